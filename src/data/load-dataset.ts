import type { z } from 'zod/mini';
import { toJsonPath } from '@/lib/json-path';
import {
  commitmentSchema,
  datasetEnvelopeSchema,
  sectorSchema,
  sourceSchema,
  type Commitment,
  type Dataset,
  type Sector,
  type Source,
} from './schema';

export type LoadErrorKind = 'http' | 'network' | 'timeout' | 'html' | 'empty' | 'json' | 'schema';

export interface DataProblem {
  path: string;
  message: string;
}

/** Why the dataset could not be used at all; `problems` lists the paths for whoever maintains the data. */
export class DatasetLoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly status: number | undefined;
  readonly problems: DataProblem[];

  constructor(kind: LoadErrorKind, message: string, options: { status?: number; problems?: DataProblem[] } = {}) {
    super(message);
    this.name = 'DatasetLoadError';
    this.kind = kind;
    this.status = options.status;
    this.problems = options.problems ?? [];
  }
}

/** A record left out of the page, with every problem found in it. */
export interface SkippedRecord {
  path: string;
  id: string | undefined;
  problems: DataProblem[];
}

export interface LoadedDataset {
  dataset: Dataset;
  skipped: SkippedRecord[];
}

export const LOAD_TIMEOUT_MS = 4000;

function issuesToProblems(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): DataProblem[] {
  return issues.map((issue) => ({ path: toJsonPath([...prefix, ...issue.path]), message: issue.message }));
}

function idOf(record: unknown): string | undefined {
  if (record && typeof record === 'object' && 'id' in record) {
    const id = record.id;
    if (typeof id === 'string') return id.slice(0, 120);
  }
  return undefined;
}

function parseRecords<T extends { id: string }>(
  records: readonly unknown[],
  schema: z.ZodMiniType<T>,
  key: string,
  skipped: SkippedRecord[],
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  records.forEach((record, index) => {
    const path = toJsonPath([key, index]);
    const result = schema.safeParse(record);
    if (!result.success) {
      skipped.push({ path, id: idOf(record), problems: issuesToProblems(result.error.issues, [key, index]) });
      return;
    }
    if (seen.has(result.data.id)) {
      skipped.push({
        path,
        id: result.data.id,
        problems: [{ path: `${path}.id`, message: `duplicate id "${result.data.id}": only the first record is shown` }],
      });
      return;
    }
    seen.add(result.data.id);
    out.push(result.data);
  });
  return out;
}

/**
 * Turns the text of the dataset file into a dataset, keeping every valid record
 * and listing the rest. Throws `DatasetLoadError` only when nothing usable is there.
 */
export function parseDatasetText(raw: string): LoadedDataset {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new DatasetLoadError('empty', 'The dataset file is empty');
  if (/^\s*</.test(text)) throw new DatasetLoadError('html', 'The server returned HTML, not JSON');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetLoadError('json', error instanceof Error ? error.message : 'Invalid JSON');
  }
  const envelope = datasetEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new DatasetLoadError('schema', 'The dataset does not follow schema v1', {
      problems: issuesToProblems(envelope.error.issues, []),
    });
  }
  const skipped: SkippedRecord[] = [];
  const sources: Source[] = parseRecords(envelope.data.sources, sourceSchema, 'sources', skipped);
  const sectors: Sector[] = parseRecords(
    envelope.data.sectors,
    sectorSchema as z.ZodMiniType<Sector>,
    'sectors',
    skipped,
  );
  const commitments: Commitment[] = parseRecords(envelope.data.commitments, commitmentSchema, 'commitments', skipped);
  return {
    dataset: {
      schemaVersion: envelope.data.schemaVersion,
      asOf: envelope.data.asOf,
      sources,
      sectors,
      commitments,
    },
    skipped,
  };
}

/** Time allowed for the body once the server has answered: a large dataset on a slow line is not a failure. */
export const BODY_TIMEOUT_MS = 60_000;

/**
 * Fetches and parses the dataset, turning every way the network can fail into
 * a `DatasetLoadError`. The short timeout covers the wait for the server's
 * answer (a dead server is reported within seconds); reading the body has a
 * longer allowance.
 */
export async function fetchDataset(
  url: string,
  options: { signal?: AbortSignal; timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<LoadedDataset> {
  const timeoutMs = options.timeoutMs ?? LOAD_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  let timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  try {
    const doFetch = options.fetchImpl ?? fetch;
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, { signal: controller.signal, cache: 'no-cache', credentials: 'same-origin' });
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, BODY_TIMEOUT_MS);
      text = await response.text();
    } catch (error) {
      if (timedOut) throw new DatasetLoadError('timeout', `No answer within ${timeoutMs} ms`);
      throw new DatasetLoadError('network', error instanceof Error ? error.message : 'Network error');
    }
    if (!response.ok) throw new DatasetLoadError('http', `HTTP ${response.status}`, { status: response.status });
    return parseDatasetText(text);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** Only failures that a second try could fix are retried: the network and server errors. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof DatasetLoadError)) return false;
  return error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500);
}
