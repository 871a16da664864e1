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

describe('a bad progress value drops the progress, not the entry', () => {
  it.each([
    ['"45%" as progress', { progress: '45%' }],
    ['full-width digits as progress', { progress: '４５' }],
    ['negative progress', { progress: -1 }],
    ['progress over 100', { progress: 101 }],
    ['"NaN" as progress', { progress: 'NaN' }],
    ['1e309 (Infinity) as progress', { progress: '__PROGRESS__' }],
    ['null progress', { progress: null }],
  ])('%s', (_name, patch) => {
    const { dataset, skipped } = withCommitment(withUpdate({ status: 'in_progress', ...patch }));
    expect(dataset.commitments.map((c) => c.id)).toEqual(['good', 'bad']);
    const update = dataset.commitments[1]!.updates[0]!;
    expect(update).toEqual({ ...makeUpdate(), status: 'in_progress' });
    expect(update.progress).toBeUndefined();
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ path: '$.commitments[1].updates[0].progress', id: 'bad', dropped: 'progress' });
    expect(skipped[0]!.problems.map((p) => p.path)).toEqual(['$.commitments[1].updates[0].progress']);
  });
});

describe('bad shapes are skipped with their JSON path', () => {
  it.each([
    ['an unknown status', { status: 'finished' }, '$.commitments[1].updates[0].status'],
    ['an invalid date', { date: '2024-02-30' }, '$.commitments[1].updates[0].date'],
    ['a Chinese date', { date: '2024年3月' }, '$.commitments[1].updates[0].date'],
    ['no sources', { sourceIds: [] }, '$.commitments[1].updates[0].sourceIds'],
    [
      'a bad status beside a bad progress',
      { status: 'finished', progress: '45%' },
      '$.commitments[1].updates[0].status',
    ],
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

  it('a bad link drops the link and keeps the source: javascript:, data:, relative and malformed URLs', () => {
    const source = makeDataset().sources[0]!;
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      '/relative/page',
      'http://[bad',
      42,
      `https://a.b/${'x'.repeat(2000)}`,
    ]) {
      const text = JSON.stringify(makeDataset({ sources: [{ ...source, url } as never] }));
      const { dataset, skipped } = parseDatasetText(text);
      expect(dataset.sources).toEqual([{ ...source, url: undefined }]);
      expect(dataset.sources[0]).not.toHaveProperty('url');
      expect(skipped).toHaveLength(1);
      expect(skipped[0]).toMatchObject({ path: '$.sources[0].url', id: 'article', dropped: 'link' });
      expect(skipped[0]!.problems[0]?.path).toBe('$.sources[0].url');
      expect(dataset.commitments).toHaveLength(1);
    }
  });

  it('a source with a bad link and a bad title is skipped whole', () => {
    const source = { ...makeDataset().sources[0]!, url: 'javascript:x', title: '' };
    const { dataset, skipped } = parseDatasetText(JSON.stringify(makeDataset({ sources: [source] })));
    expect(dataset.sources).toEqual([]);
    expect(skipped[0]).toMatchObject({ path: '$.sources[0]', dropped: 'record' });
  });
});

describe('a bad metric drops the metric, not the commitment', () => {
  const metric = (overrides: Record<string, unknown> = {}) => ({
    id: 'rd-intensity',
    label: { zh: '研发投入强度', en: 'R&D intensity' },
    value: 2.9,
    unit: '%',
    date: '2024-01-29',
    sourceId: 'article',
    ...overrides,
  });

  it.each([
    ['a string value', { value: '2.9%' }],
    ['a null value', { value: null }],
    ['no value', { value: undefined }],
    ['an unknown unit', { unit: 'furlongs' }],
    ['a bad date', { date: '2024年' }],
  ])('%s', (_name, patch) => {
    const { dataset, skipped } = withCommitment({
      ...base(),
      metrics: [metric({ id: 'first' }), metric(patch), metric({ id: 'third' })],
    });
    expect(dataset.commitments.map((c) => c.id)).toEqual(['good', 'bad']);
    expect(dataset.commitments[1]!.metrics.map((m) => m.id)).toEqual(['first', 'third']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ path: '$.commitments[1].metrics[1]', id: 'bad', dropped: 'metric' });
  });

  it('two bad metrics and a bad progress are each dropped and listed', () => {
    const { dataset, skipped } = withCommitment({
      ...withUpdate({ progress: '45%' }),
      metrics: [metric({ value: 'x' }), metric({ id: 'ok' }), null],
    });
    expect(dataset.commitments[1]!.metrics.map((m) => m.id)).toEqual(['ok']);
    expect(skipped.map((s) => [s.path, s.dropped])).toEqual([
      ['$.commitments[1].updates[0].progress', 'progress'],
      ['$.commitments[1].metrics[0]', 'metric'],
      ['$.commitments[1].metrics[2]', 'metric'],
    ]);
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
