import { describe, expect, it } from 'vitest';
import { makeCommitment, makeDataset, makeUpdate } from '@/test/builders';
import { parseDatasetText } from './load-dataset';

/** The shape and text cases of QUALITY.md: each ends in the valid part plus a precise list of what was skipped. */
function withCommitment(bad: Record<string, unknown>) {
  const text = JSON.stringify(makeDataset({ commitments: [makeCommitment({ id: 'good' }), bad as never] }));
  return parseDatasetText(text.replace('"__PROGRESS__"', '1e309'));
}

function skippedPaths(bad: Record<string, unknown>): string[] {
  const { dataset, skipped } = withCommitment(bad);
  expect(dataset.commitments.map((c) => c.id)).toEqual(['good']);
  return skipped.flatMap((s) => s.problems.map((p) => p.path));
}

const base = (): Record<string, unknown> => ({ ...makeCommitment({ id: 'bad' }) });
const withUpdate = (patch: Record<string, unknown>) => ({ ...base(), updates: [{ ...makeUpdate(), ...patch }] });

describe('bad shapes are skipped with their JSON path', () => {
  it.each([
    ['"45%" as progress', { progress: '45%' }, '$.commitments[1].updates[0].progress'],
    ['full-width digits as progress', { progress: '４５' }, '$.commitments[1].updates[0].progress'],
    ['negative progress', { progress: -1 }, '$.commitments[1].updates[0].progress'],
    ['progress over 100', { progress: 101 }, '$.commitments[1].updates[0].progress'],
    ['"NaN" as progress', { progress: 'NaN' }, '$.commitments[1].updates[0].progress'],
    ['1e309 (Infinity) as progress', { progress: '__PROGRESS__' }, '$.commitments[1].updates[0].progress'],
    ['null progress', { progress: null }, '$.commitments[1].updates[0].progress'],
    ['an unknown status', { status: 'finished' }, '$.commitments[1].updates[0].status'],
    ['an invalid date', { date: '2024-02-30' }, '$.commitments[1].updates[0].date'],
    ['a Chinese date', { date: '2024年3月' }, '$.commitments[1].updates[0].date'],
    ['no sources', { sourceIds: [] }, '$.commitments[1].updates[0].sourceIds'],
  ])('%s', (_name, patch, path) => {
    expect(skippedPaths(withUpdate(patch))).toContain(path);
  });

  it('an unknown sector, a missing title and a null summary', () => {
    expect(skippedPaths({ ...base(), sector: 'mars' })).toContain('$.commitments[1].sector');
    const noTitle = base();
    delete noTitle.title;
    expect(skippedPaths(noTitle)).toContain('$.commitments[1].title');
    expect(skippedPaths({ ...base(), summary: null })).toContain('$.commitments[1].summary');
  });

  it('an empty ledger', () => {
    expect(skippedPaths({ ...base(), updates: [] })).toContain('$.commitments[1].updates');
  });

  it('extra fields are tolerated (the data check reports them as typos)', () => {
    const { dataset, skipped } = withCommitment({ ...base(), colour: 'red' });
    expect(skipped).toEqual([]);
    expect(dataset.commitments).toHaveLength(2);
  });

  it('an empty list of commitments is a valid, empty dataset', () => {
    const { dataset, skipped } = parseDatasetText(JSON.stringify(makeDataset({ commitments: [] })));
    expect(dataset.commitments).toEqual([]);
    expect(skipped).toEqual([]);
  });

  it('a bad source is skipped; javascript: and data: URLs never pass', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x']) {
      const text = JSON.stringify(makeDataset({ sources: [{ ...makeDataset().sources[0]!, url }] }));
      const { dataset, skipped } = parseDatasetText(text);
      expect(dataset.sources).toEqual([]);
      expect(skipped[0]?.problems[0]?.path).toBe('$.sources[0].url');
    }
  });
});

describe('hostile text is kept as text', () => {
  it('keeps long, emoji, zero-width, right-to-left and markup strings verbatim', () => {
    const title = {
      zh: `${'长'.repeat(2000)}😀\u200B\u202Eabc<img src=x onerror=alert(1)>`,
      en: '<script>alert(1)</script>',
    };
    const { dataset } = parseDatasetText(JSON.stringify(makeDataset({ commitments: [makeCommitment({ title })] })));
    expect(dataset.commitments[0]?.title).toEqual(title);
  });
});
