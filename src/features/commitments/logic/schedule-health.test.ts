import { describe, expect, it } from 'vitest';
import { makeCommitment, makeUpdate } from '@/test/builders';
import { scheduleHealth } from './schedule-health';

const plan = { start: '2024-01-01', due: '2025-12-31', sourceIds: ['article'], milestones: [] };

describe('scheduleHealth', () => {
  it('has none without a dated plan', () => {
    expect(scheduleHealth(makeCommitment(), '2025-01-01')).toBeUndefined();
    expect(scheduleHealth(makeCommitment({ plan: { ...plan, due: undefined } }), '2025-01-01')).toBeUndefined();
  });

  it('computes the expected share of the elapsed period', () => {
    const health = scheduleHealth(makeCommitment({ plan }), '2024-12-31');
    expect(health?.expected).toBeCloseTo(50.1, 0);
  });

  it('is green at a gap of −10 and amber just below', () => {
    const at = (progress: number) =>
      scheduleHealth(
        makeCommitment({ plan, updates: [makeUpdate({ status: 'in_progress', progress, date: '2024-06-01' })] }),
        '2024-12-31',
      );
    const expected = at(0)!.expected;
    expect(at(Math.ceil(expected - 10))?.level).toBe('green');
    expect(at(Math.floor(expected - 11))?.level).toBe('amber');
    expect(at(Math.floor(expected - 31))?.level).toBe('red');
    expect(at(Math.floor(expected - 31))?.reason).toBe('gap-red');
  });

  it('is red once the due date has passed without completion, whatever the progress', () => {
    const c = makeCommitment({ plan, updates: [makeUpdate({ status: 'in_progress', progress: 95 })] });
    const health = scheduleHealth(c, '2026-03-01');
    expect(health?.level).toBe('red');
    expect(health?.reason).toBe('overdue');
    expect(health?.daysOverdue).toBe(60);
  });

  it('reads a month due date as the end of that month', () => {
    const c = makeCommitment({ plan: { ...plan, due: '2025-12' } });
    expect(scheduleHealth(c, '2025-12-31')?.reason).not.toBe('overdue');
    expect(scheduleHealth(c, '2026-01-01')?.reason).toBe('overdue');
  });

  it('is green when completed, even late', () => {
    const c = makeCommitment({ plan, updates: [makeUpdate({ status: 'completed', date: '2026-02-01' })] });
    expect(scheduleHealth(c, '2026-03-01')?.reason).toBe('completed');
  });

  it('is amber when not started after the planned start, and unknown without progress otherwise', () => {
    const notStarted = makeCommitment({ plan, updates: [makeUpdate({ status: 'not_started', stage: 'planning' })] });
    expect(scheduleHealth(notStarted, '2024-06-01')?.reason).toBe('not-started-late');
    const started = makeCommitment({ plan, updates: [makeUpdate({ status: 'in_progress', stage: 'construction' })] });
    expect(scheduleHealth(started, '2024-06-01')).toMatchObject({
      level: 'unknown',
      reason: 'progress-unknown',
      actual: undefined,
    });
  });
});
