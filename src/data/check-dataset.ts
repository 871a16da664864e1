import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { toJsonPath } from '@/lib/json-path';
import { comparePartialDates, endOf, isPartialDate, startOf } from '@/lib/partial-date';
import type { DataProblem } from './load-dataset';
import { datasetSchema } from './schema';
import { SECTOR_IDS } from './vocabulary';

// The data check runs in Node (data:check, data:import), where size does not
// matter: give it zod's full English messages instead of the app's short ones.
z.config({ customError: undefined, ...en() });

/** One problem in the dataset file: a JSON path such as `$.commitments[3].updates[1].date` and what is wrong there. */
export type Problem = DataProblem;

export interface CheckOptions {
  /** Full text of each source that has one, keyed by source id: quotes are checked against it. */
  sourceTexts: Record<string, string>;
  /** `YYYY-MM-DD`: nothing in the ledger may be dated after it. */
  today: string;
}

type Path = readonly PropertyKey[];
type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const dateOf = (value: unknown): string | undefined => {
  const text = stringOf(value);
  return text !== undefined && isPartialDate(text) ? text : undefined;
};

/**
 * Everything `npm run data:check` guards against, as a pure function: the zod
 * schema, unknown keys (typos the app would silently ignore), unique ids,
 * quotes verbatim in their source, references to sources that exist, a ledger
 * in date order and never in the future, `asOf` consistent with the evidence,
 * and each of the 14 sectors present once. Checks after the schema run on the
 * raw JSON and skip what they cannot read, so one bad field does not hide the rest.
 */
export function checkDataset(json: unknown, options: CheckOptions): Problem[] {
  if (!isPartialDate(options.today) || options.today.length !== 10) {
    throw new Error(`checkDataset: today must be YYYY-MM-DD, got "${options.today}"`);
  }
  const problems: Problem[] = [];
  const add = (path: Path, message: string) => problems.push({ path: toJsonPath(path), message });

  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path, issue.message);
  }
  if (!isObject(json)) return problems;

  findUnknownKeys(datasetSchema, json, [], add);
  checkSectors(json.sectors, add);
  const sourceIds = checkSources(json.sources, options.today, add);
  const entries: LedgerDate[] = [];
  checkCommitments(json.commitments, sourceIds, options, entries, add);
  checkAsOf(json.asOf, entries, options.today, add);
  return problems;
}

type Add = (path: Path, message: string) => void;

/** The part of a zod (mini or classic) schema's internals that the unknown-key walk needs. */
interface SchemaNode {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaNode>;
      element?: SchemaNode;
      innerType?: SchemaNode;
      in?: SchemaNode;
    };
  };
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'nonoptional', 'readonly', 'catch']);

function findUnknownKeys(schema: SchemaNode, value: unknown, path: Path, add: Add): void {
  const def = schema._zod.def;
  if (WRAPPERS.has(def.type) && def.innerType) return findUnknownKeys(def.innerType, value, path, add);
  if (def.type === 'pipe' && def.in) return findUnknownKeys(def.in, value, path, add);
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    value.forEach((item, index) => findUnknownKeys(element, item, [...path, index], add));
    return;
  }
  if (def.type === 'object' && def.shape && isObject(value)) {
    const shape = def.shape;
    for (const key of Object.keys(value)) {
      const child = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (child) findUnknownKeys(child, value[key], [...path, key], add);
      else add([...path, key], `unknown key "${key}": schema v1 has no such field here (check the spelling)`);
    }
  }
}

function checkSectors(sectors: unknown, add: Add): void {
  const seen = new Set<string>();
  listOf(sectors).forEach((sector, index) => {
    const id = isObject(sector) ? stringOf(sector.id) : undefined;
    if (id === undefined) return;
    if (seen.has(id)) add(['sectors', index, 'id'], `duplicate sector "${id}": each sector is listed once`);
    seen.add(id);
  });
  for (const id of SECTOR_IDS) {
    if (!seen.has(id)) add(['sectors'], `missing sector "${id}": all ${SECTOR_IDS.length} sectors must be listed`);
  }
}

function checkSources(sources: unknown, today: string, add: Add): Set<string> {
  const firstIndex = new Map<string, number>();
  listOf(sources).forEach((source, index) => {
    if (!isObject(source)) return;
    const id = stringOf(source.id);
    if (id !== undefined) {
      const first = firstIndex.get(id);
      if (first !== undefined)
        add(['sources', index, 'id'], `duplicate source id "${id}" (first used at $.sources[${first}])`);
      else firstIndex.set(id, index);
    }
    notAfterToday(source.date, ['sources', index, 'date'], today, add);
  });
  return new Set(firstIndex.keys());
}

/** A readable ledger date and its JSON path. */
interface LedgerDate {
  date: string;
  path: Path;
}

/** Collects every readable ledger date in `entries`, for the asOf checks. */
function checkCommitments(
  commitments: unknown,
  sourceIds: ReadonlySet<string>,
  options: CheckOptions,
  entries: LedgerDate[],
  add: Add,
): void {
  const firstIndex = new Map<string, number>();
  listOf(commitments).forEach((commitment, index) => {
    if (!isObject(commitment)) return;
    const base: Path = ['commitments', index];
    const id = stringOf(commitment.id);
    if (id !== undefined) {
      const first = firstIndex.get(id);
      if (first !== undefined)
        add([...base, 'id'], `duplicate commitment id "${id}" (first used at $.commitments[${first}])`);
      else firstIndex.set(id, index);
    }
    const ref = (value: unknown, path: Path) => {
      const sourceId = stringOf(value);
      if (sourceId !== undefined && !sourceIds.has(sourceId))
        add(path, `unknown source "${sourceId}": no such id in $.sources`);
    };
    const refs = (value: unknown, path: Path) => listOf(value).forEach((item, i) => ref(item, [...path, i]));

    checkOrigin(commitment.origin, [...base, 'origin'], sourceIds, options.sourceTexts, ref, add);
    listOf(commitment.caveats).forEach((caveat, i) => {
      if (isObject(caveat)) refs(caveat.sourceIds, [...base, 'caveats', i, 'sourceIds']);
    });
    checkPlan(commitment.plan, [...base, 'plan'], options.today, refs, add);
    listOf(commitment.metrics).forEach((metric, i) => {
      if (!isObject(metric)) return;
      ref(metric.sourceId, [...base, 'metrics', i, 'sourceId']);
      notAfterToday(metric.date, [...base, 'metrics', i, 'date'], options.today, add);
    });
    uniqueIds(commitment.metrics, [...base, 'metrics'], 'metric', add);

    let previous: string | undefined;
    listOf(commitment.updates).forEach((update, i) => {
      if (!isObject(update)) return;
      const path: Path = [...base, 'updates', i];
      refs(update.sourceIds, [...path, 'sourceIds']);
      const date = dateOf(update.date);
      if (date === undefined) return;
      if (previous !== undefined && comparePartialDates(date, previous) < 0) {
        add(
          [...path, 'date'],
          `"${date}" is earlier than the entry before it ("${previous}"): the ledger runs oldest first`,
        );
      }
      notAfterToday(date, [...path, 'date'], options.today, add);
      entries.push({ date, path: [...path, 'date'] });
      previous = date;
    });
  });
}

function checkOrigin(
  origin: unknown,
  path: Path,
  sourceIds: ReadonlySet<string>,
  sourceTexts: Record<string, string>,
  ref: (value: unknown, path: Path) => void,
  add: Add,
): void {
  if (!isObject(origin)) return;
  ref(origin.sourceId, [...path, 'sourceId']);
  const sourceId = stringOf(origin.sourceId);
  const quote = stringOf(origin.quote);
  if (sourceId === undefined || quote === undefined || quote === '' || !sourceIds.has(sourceId)) return;
  const text = Object.hasOwn(sourceTexts, sourceId) ? sourceTexts[sourceId] : undefined;
  if (text === undefined) {
    add(
      [...path, 'quote'],
      `cannot check the quote: source "${sourceId}" has no text (give it a textPath and ship the file)`,
    );
  } else if (!text.includes(quote)) {
    const matched = longestMatchingPrefix(quote, text);
    add(
      [...path, 'quote'],
      `not a verbatim substring of source "${sourceId}": only the first ${matched} of ${quote.length} characters match (check punctuation and full-width/half-width characters)`,
    );
  }
}

/** How many leading characters of `quote` occur together in `text`; the first differing character is the one to look at. */
function longestMatchingPrefix(quote: string, text: string): number {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}

function checkPlan(
  plan: unknown,
  path: Path,
  today: string,
  refs: (value: unknown, path: Path) => void,
  add: Add,
): void {
  if (!isObject(plan)) return;
  refs(plan.sourceIds, [...path, 'sourceIds']);
  const start = dateOf(plan.start);
  const due = dateOf(plan.due);
  if (start !== undefined && due !== undefined && startOf(start) > endOf(due)) {
    add([...path, 'due'], `due "${due}" is before start "${start}"`);
  }
  listOf(plan.milestones).forEach((milestone, i) => {
    if (!isObject(milestone)) return;
    refs(milestone.sourceIds, [...path, 'milestones', i, 'sourceIds']);
    notAfterToday(milestone.actual, [...path, 'milestones', i, 'actual'], today, add);
  });
  uniqueIds(plan.milestones, [...path, 'milestones'], 'milestone', add);
}

function uniqueIds(records: unknown, path: Path, what: string, add: Add): void {
  const firstIndex = new Map<string, number>();
  listOf(records).forEach((record, index) => {
    const id = isObject(record) ? stringOf(record.id) : undefined;
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first !== undefined)
      add([...path, index, 'id'], `duplicate ${what} id "${id}" (first used at ${toJsonPath([...path, first])})`);
    else firstIndex.set(id, index);
  });
}

/** A date is in the future when the whole period it names starts after today: `2026` is not after 2026-03-01. */
function notAfterToday(value: unknown, path: Path, today: string, add: Add): void {
  const date = dateOf(value);
  if (date !== undefined && startOf(date) > endOf(today)) add(path, `"${date}" is after today (${today})`);
}

/**
 * `asOf` is the date of the newest evidence: not in the future, not before any
 * entry. Each entry after it is reported at its own path too, since the app
 * holds such an entry back rather than take it as the current status.
 */
function checkAsOf(value: unknown, entries: readonly LedgerDate[], today: string, add: Add): void {
  const asOf = dateOf(value);
  if (asOf === undefined) return;
  let newest: LedgerDate | undefined;
  for (const entry of entries) {
    if (!newest || comparePartialDates(entry.date, newest.date) > 0) newest = entry;
    if (startOf(entry.date) > endOf(asOf)) {
      add(
        entry.path,
        `"${entry.date}" is after the dataset's asOf ("${asOf}"): the app does not take it as the current status`,
      );
    }
  }
  notAfterToday(asOf, ['asOf'], today, add);
  if (newest && endOf(asOf) < startOf(newest.date)) {
    add(
      ['asOf'],
      `"${asOf}" is before the newest ledger entry ("${newest.date}" at ${toJsonPath(newest.path)}): asOf is the date of the newest evidence`,
    );
  }
}

/** Where each source's full text lives, relative to the dataset file, for whoever has to read it (the CLI, the tests). */
export function sourceTextPaths(json: unknown): { sourceId: string; textPath: string; path: string }[] {
  if (!isObject(json)) return [];
  return listOf(json.sources).flatMap((source, index) => {
    if (!isObject(source)) return [];
    const sourceId = stringOf(source.id);
    const textPath = stringOf(source.textPath);
    if (sourceId === undefined || textPath === undefined || !/^sources\/[a-z0-9-]+\.txt$/.test(textPath)) return [];
    return [{ sourceId, textPath, path: toJsonPath(['sources', index, 'textPath']) }];
  });
}
