import { describe, expect, it } from 'vitest';
import { makeCommitment, makeUpdate } from '@/test/builders';
import { followUpList } from './follow-up';

const plan = (due: string) => ({ due, sourceIds: ['article'], milestones: [] });

const late = makeCommitment({
  id: 'late',
  plan: plan('2025-06'),
  updates: [makeUpdate({ date: '2025-01-10', status: 'in_progress' })],
});
const later = makeCommitment({
  id: 'later',
  plan: plan('2025'),
  updates: [makeUpdate({ date: '2025-11-01', status: 'delayed' })],
});
const done = makeCommitment({
  id: 'done',
  plan: plan('2024-10'),
  updates: [makeUpdate({ date: '2024-09-30', status: 'completed' })],
});
const quiet = makeCommitment({ id: 'quiet', updates: [makeUpdate({ date: '2024-01-28', status: 'unverified' })] });
const fresh = makeCommitment({ id: 'fresh', updates: [makeUpdate({ date: '2026-01-05', status: 'in_progress' })] });
const future = makeCommitment({
  id: 'future',
  plan: plan('2027'),
  updates: [makeUpdate({ date: '2024-06', status: 'ongoing' })],
});

describe('followUpList', () => {
  it('puts overdue commitments with no completion first, most overdue first', () => {
    const list = followUpList([later, late, done, quiet, fresh, future], { ref: '2026-02-01', staleMonths: 12 });
    expect(list.overdue.map((i) => [i.commitment.id, i.due, i.daysOverdue])).toEqual([
      ['late', '2025-06', 216],
      ['later', '2025', 32],
    ]);
  });

  it('then lists stale evidence, oldest first, leaving out completed and overdue items', () => {
    const list = followUpList([later, late, done, quiet, fresh, future], { ref: '2026-02-01', staleMonths: 12 });
    expect(list.stale.map((i) => [i.commitment.id, i.evidenceMonths])).toEqual([
      ['quiet', 24],
      ['future', 20],
    ]);
    expect(
      followUpList([quiet, future], { ref: '2026-02-01', staleMonths: 21 }).stale.map((i) => i.commitment.id),
    ).toEqual(['quiet']);
  });

  it('counts a due date as passed only after its whole period', () => {
    expect(followUpList([late], { ref: '2025-06-30', staleMonths: 99 }).overdue).toEqual([]);
    expect(followUpList([late], { ref: '2025-07-01', staleMonths: 99 }).overdue[0]?.daysOverdue).toBe(1);
  });

  it('uses only the evidence known on the reference date', () => {
    const finished = makeCommitment({
      id: 'finished',
      plan: plan('2025-03'),
      updates: [
        makeUpdate({ date: '2024-01-28', status: 'in_progress' }),
        makeUpdate({ date: '2025-09', status: 'completed' }),
      ],
    });
    expect(
      followUpList([finished], { ref: '2025-06-01', staleMonths: 12 }).overdue.map((i) => i.latest.status),
    ).toEqual(['in_progress']);
    expect(followUpList([finished], { ref: '2026-01-01', staleMonths: 12 }).overdue).toEqual([]);
    expect(followUpList([fresh], { ref: '2025-01-01', staleMonths: 1 })).toEqual({ overdue: [], stale: [] });
  });

  it('keeps only the chosen sectors', () => {
    const other = makeCommitment({ id: 'other', sector: 'ecology', updates: [makeUpdate({ date: '2024-01-28' })] });
    const list = followUpList([quiet, other], { ref: '2026-02-01', staleMonths: 12, sectors: ['ecology'] });
    expect(list.stale.map((i) => i.commitment.id)).toEqual(['other']);
  });
});
