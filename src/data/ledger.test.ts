import { describe, expect, it } from 'vitest';
import { makeCommitment, makeUpdate } from '@/test/builders';
import { currentStatus, latestUpdate, sortedUpdates } from './ledger';

describe('shared ledger rule', () => {
  it('orders by date, keeps file order on equal dates, and takes the newest as current', () => {
    const commitment = makeCommitment({
      updates: [
        makeUpdate({ date: '2025-06-28', status: 'in_progress', note: { zh: 'b', en: 'b' } }),
        makeUpdate({ date: '2024-01-28', status: 'not_started' }),
        makeUpdate({ date: '2025-06-28', status: 'delayed', note: { zh: 'c', en: 'c' } }),
      ],
    });
    expect(sortedUpdates(commitment).map((u) => u.status)).toEqual(['not_started', 'in_progress', 'delayed']);
    expect(latestUpdate(commitment).note.zh).toBe('c');
    expect(currentStatus(commitment)).toBe('delayed');
  });

  it('refuses an empty ledger instead of inventing a status', () => {
    expect(() => currentStatus(makeCommitment({ updates: [] }))).toThrow(/empty ledger/);
  });
});
