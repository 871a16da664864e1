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
    const bad = { ...makeCommitment({ id: 'bad-one' }), updates: [{ ...makeUpdate(), status: 'finished' }] };
    const text = JSON.stringify(makeDataset({ commitments: [makeCommitment(), bad as never] }));
    const { dataset, skipped } = parseDatasetText(text);
    expect(dataset.commitments.map((c) => c.id)).toEqual(['jiao-ji-luo-ping-hsr']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.id).toBe('bad-one');
    expect(skipped[0]?.dropped).toBe('record');
    expect(skipped[0]?.problems[0]?.path).toBe('$.commitments[1].updates[0].status');
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

describe('ledger entries dated after asOf or today', () => {
  const ledger = [
    makeUpdate({ date: '2024-01-28', status: 'unverified' }),
    makeUpdate({ date: '2025-03', status: 'in_progress' }),
    makeUpdate({ date: '2025-11-02', status: 'completed' }),
  ];

  it('are held back from the ledger, so the current status is the newest possible entry', () => {
    const text = JSON.stringify(
      makeDataset({ asOf: '2025-10-29', commitments: [makeCommitment({ updates: ledger })] }),
    );
    const { dataset, skipped, heldBack } = parseDatasetText(text, { today: '2026-01-15' });
    expect(dataset.commitments[0]?.updates.map((u) => u.status)).toEqual(['unverified', 'in_progress']);
    expect(heldBack).toEqual([
      {
        commitmentId: 'jiao-ji-luo-ping-hsr',
        path: '$.commitments[0].updates[2]',
        update: ledger[2],
        limit: { kind: 'asOf', date: '2025-10-29' },
      },
    ]);
    expect(skipped).toEqual([
      {
        path: '$.commitments[0].updates[2]',
        id: 'jiao-ji-luo-ping-hsr',
        dropped: 'entry',
        problems: [
          {
            path: '$.commitments[0].updates[2].date',
            message: `"2025-11-02" is after the dataset's asOf (2025-10-29): not taken as the current status`,
          },
        ],
      },
    ]);
  });

  it('an entry after today is held back even when asOf is later still', () => {
    const text = JSON.stringify(makeDataset({ asOf: '2026-12', commitments: [makeCommitment({ updates: ledger })] }));
    const { dataset, heldBack } = parseDatasetText(text, { today: '2025-02-01' });
    expect(dataset.commitments[0]?.updates).toHaveLength(1);
    expect(heldBack.map((h) => [h.path, h.limit])).toEqual([
      ['$.commitments[0].updates[1]', { kind: 'today', date: '2025-02-01' }],
      ['$.commitments[0].updates[2]', { kind: 'today', date: '2025-02-01' }],
    ]);
  });

  it('a month or year under way is not in the future', () => {
    const text = JSON.stringify(
      makeDataset({ asOf: '2025-03-10', commitments: [makeCommitment({ updates: ledger.slice(0, 2) })] }),
    );
    expect(parseDatasetText(text, { today: '2025-03-10' }).heldBack).toEqual([]);
  });

  it('a commitment whose every entry is in the future is skipped whole, with why', () => {
    const updates = [makeUpdate({ date: '2027-01-01' })];
    const text = JSON.stringify(makeDataset({ commitments: [makeCommitment({ updates })] }));
    const { dataset, skipped, heldBack } = parseDatasetText(text, { today: '2026-01-15' });
    expect(dataset.commitments).toEqual([]);
    expect(heldBack).toEqual([]);
    expect(skipped.map((s) => [s.path, s.dropped, s.problems[0]?.path])).toEqual([
      ['$.commitments[0]', 'record', '$.commitments[0].updates[0].date'],
    ]);
  });
});

describe('fetchDataset', () => {
  const respond =
    (body: string, status = 200) =>
    () =>
      Promise.resolve(new Response(body, { status }));

  it('reports HTTP errors with their status, and retries only what a retry can fix', async () => {
    const error = await fetchDataset('/d.json', { fetchImpl: respond('nope', 500) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).status).toBe(500);
    expect(isRetryable(error)).toBe(true);
    const notFound = await fetchDataset('/d.json', { fetchImpl: respond('nope', 404) }).catch((e: unknown) => e);
    expect(isRetryable(notFound)).toBe(false);
  });

  it('gives up after a silence with no answer', async () => {
    const never: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const error = await fetchDataset('/d.json', { fetchImpl: never, silenceMs: 20 }).catch((e: unknown) => e);
    expect((error as DatasetLoadError).kind).toBe('timeout');
    expect((error as DatasetLoadError).silenceMs).toBe(20);
    expect(isRetryable(error)).toBe(false);
  });

  /** A response whose body arrives in `chunks`, `gapMs` apart, then (unless `stallAfter`) ends. */
  function trickle(text: string, chunks: number, gapMs: number, headers: HeadersInit = {}, stallAfter?: number) {
    const bytes = new TextEncoder().encode(text);
    const size = Math.ceil(bytes.length / chunks);
    const fetchImpl: typeof fetch = (_url, init) => {
      let sent = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const body = new ReadableStream<Uint8Array>({
        pull: (controller) =>
          new Promise<void>((resolve) => {
            if (stallAfter !== undefined && sent >= stallAfter) return; // never another byte
            timer = setTimeout(() => {
              const chunk = bytes.slice(sent * size, (sent + 1) * size);
              sent += 1;
              if (chunk.length === 0) controller.close();
              else controller.enqueue(chunk);
              resolve();
            }, gapMs);
          }),
        cancel: () => clearTimeout(timer),
      });
      init?.signal?.addEventListener('abort', () => clearTimeout(timer));
      return Promise.resolve(new Response(body, { status: 200, headers }));
    };
    return fetchImpl;
  }

  it('waits for a slow body as long as bytes keep coming, far past the silence allowed between them', async () => {
    const text = JSON.stringify(makeDataset());
    const seen: { received: number; total: number | undefined }[] = [];
    const started = Date.now();
    const loaded = await fetchDataset('/d.json', {
      fetchImpl: trickle(text, 10, 15, { 'content-length': String(new TextEncoder().encode(text).length) }),
      silenceMs: 60,
      onProgress: (p) => seen.push(p),
    });
    expect(Date.now() - started).toBeGreaterThan(60);
    expect(loaded.dataset.commitments).toHaveLength(1);
    expect(seen.length).toBeGreaterThanOrEqual(10);
    expect(seen.at(-1)).toEqual({ received: new TextEncoder().encode(text).length, total: seen.at(-1)?.received });
  });

  it('fails when the body stalls half-way for longer than the silence allowed', async () => {
    const error = await fetchDataset('/d.json', {
      fetchImpl: trickle(JSON.stringify(makeDataset()), 10, 5, {}, 4),
      silenceMs: 50,
    }).catch((e: unknown) => e);
    expect((error as DatasetLoadError).kind).toBe('timeout');
  });

  it('gives no total for a compressed body, whose Content-Length counts other bytes', async () => {
    const text = JSON.stringify(makeDataset());
    const seen: (number | undefined)[] = [];
    await fetchDataset('/d.json', {
      fetchImpl: trickle(text, 2, 1, { 'content-length': '10', 'content-encoding': 'gzip' }),
      onProgress: (p) => seen.push(p.total),
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((total) => total === undefined)).toBe(true);
  });

  it('ends in a cancelled error, not retried, when the reader cancels', async () => {
    const cancel = new AbortController();
    const pending = fetchDataset('/d.json', {
      fetchImpl: trickle(JSON.stringify(makeDataset()), 10, 5, {}, 2),
      cancel: cancel.signal,
    }).catch((e: unknown) => e);
    setTimeout(() => cancel.abort(), 30);
    const error = await pending;
    expect((error as DatasetLoadError).kind).toBe('cancelled');
    expect(isRetryable(error)).toBe(false);
  });

  it('still fails at once on a genuine failure, whatever the silence allowed', async () => {
    const started = Date.now();
    const html = await fetchDataset('/d.json', { fetchImpl: respond('<!doctype html>'), silenceMs: 60_000 }).catch(
      (e: unknown) => e,
    );
    const truncated = await fetchDataset('/d.json', {
      fetchImpl: respond(JSON.stringify(makeDataset()).slice(0, 100)),
    }).catch((e: unknown) => e);
    expect([(html as DatasetLoadError).kind, (truncated as DatasetLoadError).kind]).toEqual(['html', 'json']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('reports a network failure', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await fetchDataset('/d.json', { fetchImpl: failing }).catch((e: unknown) => e);
    expect((error as DatasetLoadError).kind).toBe('network');
  });
});
