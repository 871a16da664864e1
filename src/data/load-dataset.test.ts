import { describe, expect, it } from 'vitest';
import { makeCommitment, makeDataset, makeUpdate } from '@/test/builders';
import { DatasetLoadError, fetchDataset, isRetryable, parseDatasetText } from './load-dataset';

function kindOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DatasetLoadError ? error.kind : 'other';
  }
  return undefined;
}

describe('parseDatasetText', () => {
  it('parses a valid dataset and skips nothing', () => {
    const { dataset, skipped } = parseDatasetText(JSON.stringify(makeDataset()));
    expect(dataset.commitments).toHaveLength(1);
    expect(skipped).toEqual([]);
  });

  it('accepts a byte-order mark', () => {
    expect(parseDatasetText(`\uFEFF${JSON.stringify(makeDataset())}`).dataset.commitments).toHaveLength(1);
  });

  it('names each way the file can be unusable', () => {
    expect(kindOf(() => parseDatasetText(''))).toBe('empty');
    expect(kindOf(() => parseDatasetText('  \n'))).toBe('empty');
    expect(kindOf(() => parseDatasetText('<!doctype html><html></html>'))).toBe('html');
    expect(kindOf(() => parseDatasetText(JSON.stringify(makeDataset()).slice(0, 200)))).toBe('json');
    expect(kindOf(() => parseDatasetText('[]'))).toBe('schema');
    expect(kindOf(() => parseDatasetText(JSON.stringify({ ...makeDataset(), schemaVersion: 2 })))).toBe('schema');
  });

  it('keeps the valid records and lists the bad ones with their JSON paths', () => {
    const bad = { ...makeCommitment({ id: 'bad-one' }), updates: [{ ...makeUpdate(), progress: '45%' }] };
    const text = JSON.stringify(makeDataset({ commitments: [makeCommitment(), bad as never] }));
    const { dataset, skipped } = parseDatasetText(text);
    expect(dataset.commitments.map((c) => c.id)).toEqual(['jiao-ji-luo-ping-hsr']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.id).toBe('bad-one');
    expect(skipped[0]?.problems[0]?.path).toBe('$.commitments[1].updates[0].progress');
  });

  it('shows only the first of two records with the same id', () => {
    const text = JSON.stringify(makeDataset({ commitments: [makeCommitment(), makeCommitment()] }));
    const { dataset, skipped } = parseDatasetText(text);
    expect(dataset.commitments).toHaveLength(1);
    expect(skipped[0]?.problems[0]?.message).toMatch(/duplicate id/);
  });

  it('does not let a __proto__ key reach the prototype', () => {
    const text = JSON.stringify(makeDataset()).replace('{', '{"__proto__":{"polluted":true},');
    const { dataset } = parseDatasetText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((dataset as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('fetchDataset', () => {
  const respond = (body: string, status = 200) => () => Promise.resolve(new Response(body, { status }));

  it('reports HTTP errors with their status, and retries only what a retry can fix', async () => {
    const error = await fetchDataset('/d.json', { fetchImpl: respond('nope', 500) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).status).toBe(500);
    expect(isRetryable(error)).toBe(true);
    const notFound = await fetchDataset('/d.json', { fetchImpl: respond('nope', 404) }).catch((e: unknown) => e);
    expect(isRetryable(notFound)).toBe(false);
  });

  it('gives up after the timeout', async () => {
    const never: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const error = await fetchDataset('/d.json', { fetchImpl: never, timeoutMs: 20 }).catch((e: unknown) => e);
    expect((error as DatasetLoadError).kind).toBe('timeout');
  });

  it('reports a network failure', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await fetchDataset('/d.json', { fetchImpl: failing }).catch((e: unknown) => e);
    expect((error as DatasetLoadError).kind).toBe('network');
  });
});
