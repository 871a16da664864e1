import type { z } from 'zod/mini';
import { todayIso } from '@/lib/today';
import { readBody, type LoadProgress } from './read-body';
import {
  commitmentDrops,
  holdBackFutureEntries,
  issuesToProblems,
  salvageRecord,
  sourceDrops,
  type DataProblem,
  type DropRule,
  type HeldEntry,
  type SkippedRecord,
} from './salvage';
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

export type { DataProblem, DropKind, HeldEntry, SkippedRecord } from './salvage';
export type { LoadProgress } from './read-body';

export type LoadErrorKind = 'http' | 'network' | 'timeout' | 'cancelled' | 'html' | 'empty' | 'json' | 'schema';

/** Why the dataset could not be used at all; `problems` lists the paths for whoever maintains the data. */
export class DatasetLoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly status: number | undefined;
  readonly problems: DataProblem[];
  /** For `timeout`: how long the line stayed silent before the app gave up. */
  readonly silenceMs: number | undefined;

  constructor(
    kind: LoadErrorKind,
    message: string,
    options: { status?: number; problems?: DataProblem[]; silenceMs?: number } = {},
  ) {
    super(message);
    this.name = 'DatasetLoadError';
    this.kind = kind;
    this.status = options.status;
    this.problems = options.problems ?? [];
    this.silenceMs = options.silenceMs;
  }
}

export interface LoadedDataset {
  dataset: Dataset;
  /** Records, and parts of records, left out of the page, each with where and why. */
  skipped: SkippedRecord[];
  /** Ledger entries dated after `asOf` or today: kept out of the ledger, shown with a warning where they belong. */
  heldBack: HeldEntry[];
}

export interface ParseOptions {
  /** `YYYY-MM-DD`: ledger entries after it are held back. Defaults to the reader's today. */
  today?: string;
}

function parseRecords<T extends { id: string }>(
  records: readonly unknown[],
  schema: z.ZodMiniType<T>,
  key: string,
  rule: DropRule,
  skipped: SkippedRecord[],
): { value: T; index: number }[] {
  const seen = new Set<string>();
  const out: { value: T; index: number }[] = [];
  records.forEach((record, index) => {
    const result = salvageRecord(record, schema, [key, index], rule);
    if (!result.ok) {
      skipped.push(result.skipped);
      return;
    }
    if (seen.has(result.value.id)) {
      const path = `$.${key}[${index}]`;
      skipped.push({
        path,
        id: result.value.id,
        dropped: 'record',
        problems: [
          { path: `${path}.id`, message: `duplicate id "${result.value.id}": only the first record is shown` },
        ],
      });
      return;
    }
    seen.add(result.value.id);
    skipped.push(...result.dropped);
    out.push({ value: result.value, index });
  });
  return out;
}

const keepAll: DropRule = () => undefined;

/** Step 1: the text of the file as JSON, or the reason it is not. */
function decodeJson(raw: string): unknown {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new DatasetLoadError('empty', 'The dataset file is empty');
  if (/^\s*</.test(text)) throw new DatasetLoadError('html', 'The server returned HTML, not JSON');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DatasetLoadError('json', error instanceof Error ? error.message : 'Invalid JSON');
  }
}

/** Step 2: the envelope (version, asOf, the three lists), records still unread. A schema migration slots in after it. */
function readEnvelope(json: unknown) {
  const envelope = datasetEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new DatasetLoadError('schema', 'The dataset does not follow schema v1', {
      problems: issuesToProblems(envelope.error.issues, []),
    });
  }
  return envelope.data;
}

/** Step 3: every record on its own, each bad field dropping only what it must, future-dated entries held back. */
function readRecords(envelope: ReturnType<typeof readEnvelope>, today: string): LoadedDataset {
  const skipped: SkippedRecord[] = [];
  const heldBack: HeldEntry[] = [];
  const sources: Source[] = parseRecords(envelope.sources, sourceSchema, 'sources', sourceDrops, skipped).map(
    (r) => r.value,
  );
  const sectors: Sector[] = parseRecords(
    envelope.sectors,
    sectorSchema as z.ZodMiniType<Sector>,
    'sectors',
    keepAll,
    skipped,
  ).map((r) => r.value);
  const commitments: Commitment[] = [];
  for (const { value, index } of parseRecords(
    envelope.commitments,
    commitmentSchema,
    'commitments',
    commitmentDrops,
    skipped,
  )) {
    const result = holdBackFutureEntries(value, ['commitments', index], { asOf: envelope.asOf, today });
    skipped.push(...result.skipped);
    heldBack.push(...result.held);
    if (result.commitment) commitments.push(result.commitment);
  }
  return {
    dataset: { schemaVersion: envelope.schemaVersion, asOf: envelope.asOf, sources, sectors, commitments },
    skipped,
    heldBack,
  };
}

/**
 * Turns the text of the dataset file into a dataset, keeping every valid record
 * (and every valid part of a record) and listing the rest. Throws
 * `DatasetLoadError` only when nothing usable is there.
 */
export function parseDatasetText(raw: string, options: ParseOptions = {}): LoadedDataset {
  const envelope = readEnvelope(decodeJson(raw));
  return readRecords(envelope, options.today ?? todayIso());
}

/**
 * How long the line may stay silent — no answer yet, or no new bytes — before
 * the app gives up. A slow link that keeps sending is never cut off; a deploy can
 * change this in `config.js` (`loadSilenceSeconds`). See docs/decisions/0013.
 */
export const SILENCE_TIMEOUT_MS = 60_000;

export interface FetchOptions {
  /** Aborts without a message of its own (react-query's signal: nobody is waiting any more). */
  signal?: AbortSignal;
  /** The reader's own "cancel": ends in a `cancelled` error, which the page shows with a retry. */
  cancel?: AbortSignal;
  silenceMs?: number;
  fetchImpl?: typeof fetch;
  onProgress?: (progress: LoadProgress) => void;
  today?: string;
}

/**
 * Fetches and parses the dataset, turning every way the network can fail into
 * a `DatasetLoadError`. The only timer is one of silence: it runs until the
 * server answers and restarts with every chunk of the body, so a dead server or
 * a stalled transfer fails after `silenceMs`, a slow one never does.
 */
export async function fetchDataset(url: string, options: FetchOptions = {}): Promise<LoadedDataset> {
  const silenceMs = options.silenceMs ?? SILENCE_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restartSilence = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, silenceMs);
  };
  const onAbort = () => controller.abort();
  const signals = [options.signal, options.cancel].filter((s): s is AbortSignal => s !== undefined);
  for (const signal of signals) {
    if (signal.aborted) controller.abort();
    signal.addEventListener('abort', onAbort);
  }
  restartSilence();
  try {
    const doFetch = options.fetchImpl ?? fetch;
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, { signal: controller.signal, cache: 'no-cache', credentials: 'same-origin' });
      restartSilence();
      text = await readBody(response, controller.signal, (progress) => {
        restartSilence();
        options.onProgress?.(progress);
      });
    } catch (error) {
      if (timedOut) {
        throw new DatasetLoadError('timeout', `Nothing received for ${silenceMs} ms`, { silenceMs });
      }
      if (options.cancel?.aborted) throw new DatasetLoadError('cancelled', 'Loading was cancelled by the reader');
      throw new DatasetLoadError('network', error instanceof Error ? error.message : 'Network error');
    }
    if (!response.ok) throw new DatasetLoadError('http', `HTTP ${response.status}`, { status: response.status });
    return parseDatasetText(text, { today: options.today });
  } finally {
    clearTimeout(timer);
    for (const signal of signals) signal.removeEventListener('abort', onAbort);
  }
}

/** Only failures that a second try could fix are retried: the network and server errors. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof DatasetLoadError)) return false;
  return error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500);
}
