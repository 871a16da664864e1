import { describe, expect, it } from 'vitest';
import { makeCommitment, makeSource, makeUpdate } from '@/test/builders';
import { changeCountsBySector, changesSince, isAfter } from './changes';

const sources = new Map([
  ['article', makeSource()],
  ['news', makeSource({ id: 'news', title: '新闻', publisher: '洛阳网', quality: 'media' })],
]);

const hsr = makeCommitment({
  updates: [
    makeUpdate({ date: '2024-01-28', status: 'not_started' }),
    makeUpdate({ date: '2025-08-27', status: 'delayed', sourceIds: ['news', 'gone'] }),
    makeUpdate({ date: '2025-02', status: 'in_progress' }),
  ],
});
const park = makeCommitment({
  id: 'park',
  sector: 'industry',
  updates: [
    makeUpdate({ date: '2024-01-28', status: 'unverified' }),
    makeUpdate({ date: '2025-03-01', status: 'completed' }),
  ],
});

describe('changesSince', () => {
  it('lists every entry after the date, oldest first, with the transition it records', () => {
    const entries = changesSince([hsr, park], sources, '2025-01-31');
    expect(entries.map((e) => [e.commitmentId, e.date, e.from, e.to])).toEqual([
      ['jiao-ji-luo-ping-hsr', '2025-02', 'not_started', 'in_progress'],
      ['park', '2025-03-01', 'unverified', 'completed'],
      ['jiao-ji-luo-ping-hsr', '2025-08-27', 'in_progress', 'delayed'],
    ]);
  });

  it('shows nothing from on or before the date', () => {
    expect(changesSince([hsr, park], sources, '2025-08-27')).toEqual([]);
    expect(changesSince([hsr, park], sources, '2025-02-01').map((e) => e.date)).toEqual(['2025-03-01', '2025-08-27']);
  });

  it('marks the first entry of a ledger as having no previous status', () => {
    const [first] = changesSince([hsr], sources, '2024-01-01');
    expect(first).toMatchObject({ date: '2024-01-28', from: undefined, to: 'not_started' });
  });

  it('resolves sources and leaves out ids the dataset does not know', () => {
    const last = changesSince([hsr], sources, '2025-08-01')[0]!;
    expect(last.sources.map((s) => s.id)).toEqual(['news']);
  });

  it('keeps only the chosen sectors', () => {
    expect(changesSince([hsr, park], sources, '2025-01-31', ['industry']).map((e) => e.commitmentId)).toEqual(['park']);
  });

  it('counts the entries per sector for the filter', () => {
    expect(changeCountsBySector([hsr, park], '2025-01-31')).toEqual(
      new Map([
        ['transport', 2],
        ['industry', 1],
      ]),
    );
  });

  it('compares a partial date by the first day of its period', () => {
    expect(isAfter('2025-02', '2025-01-31')).toBe(true);
    expect(isAfter('2025-02', '2025-02-01')).toBe(false);
    expect(isAfter('2026', '2025-12-31')).toBe(true);
  });
});
