import { describe, expect, it } from 'vitest';
import { makeCommitment, makeSource, makeUpdate } from '@/test/builders';
import { currentStatus, evidenceQuality, indexSources, latestProgress, latestStage, latestUpdate } from './ledger';

describe('ledger', () => {
  const commitment = makeCommitment({
    updates: [
      makeUpdate({ date: '2024-01-28', status: 'not_started', stage: 'planning' }),
      makeUpdate({ date: '2025-06-28', status: 'in_progress', stage: 'construction', progress: 10 }),
      makeUpdate({ date: '2025-03', status: 'in_progress', progress: 5 }),
    ],
  });

  it('takes the newest entry by date, not by position in the file', () => {
    expect(latestUpdate(commitment).date).toBe('2025-06-28');
    expect(currentStatus(commitment)).toBe('in_progress');
    expect(latestProgress(commitment)).toEqual({ value: 10, date: '2025-06-28' });
    expect(latestStage(commitment)).toBe('construction');
  });

  it('has no progress where no entry states one', () => {
    expect(latestProgress(makeCommitment())).toBeUndefined();
  });

  it('rates evidence by its best source', () => {
    const sources = indexSources([
      makeSource({ id: 'a', quality: 'repost' }),
      makeSource({ id: 'b', quality: 'media' }),
    ]);
    expect(evidenceQuality(makeUpdate({ sourceIds: ['a', 'b'] }), sources)).toBe('media');
    expect(evidenceQuality(makeUpdate({ sourceIds: ['a', 'missing'] }), sources)).toBe('repost');
    expect(evidenceQuality(makeUpdate({ sourceIds: ['missing'] }), sources)).toBeUndefined();
  });
});
