import type { z } from 'zod/mini';
import { toJsonPath } from '@/lib/json-path';
import { endOf, startOf } from '@/lib/partial-date';
import type { Commitment, Update } from './schema';

export interface DataProblem {
  path: string;
  message: string;
}

/**
 * What a problem cost the page: the whole record (`record`), or only a part of
 * a record that is otherwise shown — a source's link, one metric, an entry's
 * progress figure, or a ledger entry dated after `asOf` or today (`entry`).
 */
export type DropKind = 'record' | 'link' | 'metric' | 'progress' | 'entry';

/** A record, or a part of one, left out of the page, with every problem found in it. */
export interface SkippedRecord {
  /** JSON path of what was left out: `$.sources[2].url`, `$.commitments[4]`, … */
  path: string;
  /** Id of the record it belongs to. */
  id: string | undefined;
  dropped: DropKind;
  problems: DataProblem[];
}

/** A ledger entry held back because it is dated after the dataset's `asOf` or after today: not the current status. */
export interface HeldEntry {
  commitmentId: string;
  path: string;
  update: Update;
  /** The date it is after, and which one that is. */
  limit: { kind: 'asOf' | 'today'; date: string };
}

type Path = readonly PropertyKey[];

export function issuesToProblems(issues: readonly z.core.$ZodIssue[], prefix: Path): DataProblem[] {
  return issues.map((issue) => ({ path: toJsonPath([...prefix, ...issue.path]), message: issue.message }));
}

export function idOf(record: unknown): string | undefined {
  if (record && typeof record === 'object' && 'id' in record) {
    const id = record.id;
    if (typeof id === 'string') return id.slice(0, 120);
  }
  return undefined;
}

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A copy without one key (own properties only, so a `__proto__` key stays a plain key). */
function without(record: JsonObject, key: string): JsonObject {
  const copy: JsonObject = {};
  for (const [k, v] of Object.entries(record))
    if (k !== key) Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** One part of a record that may go without the record going: where it is (relative to the record) and how to remove it. */
interface Droppable {
  key: string;
  kind: Exclude<DropKind, 'record' | 'entry'>;
  path: Path;
  remove: (record: JsonObject) => JsonObject;
}

/**
 * The parts a bad field may cost, by record type (QUALITY.md: "a bad field drops
 * only what it must"). A problem anywhere else costs the record.
 */
export type DropRule = (issuePath: Path) => Droppable | undefined;

export const sourceDrops: DropRule = (path) => {
  if (path[0] !== 'url') return undefined;
  return {
    key: 'url',
    kind: 'link',
    path: ['url'],
    remove: (record) => without(record, 'url'),
  };
};

export const commitmentDrops: DropRule = (path) => {
  const [list, index, field] = path;
  if (typeof index !== 'number') return undefined;
  if (list === 'metrics') {
    return {
      key: `metrics.${index}`,
      kind: 'metric',
      path: ['metrics', index],
      remove: (record) => ({
        ...record,
        metrics: listOf(record.metrics).map((m, i) => (i === index ? undefined : m)),
      }),
    };
  }
  if (list === 'updates' && field === 'progress') {
    return {
      key: `updates.${index}.progress`,
      kind: 'progress',
      path: ['updates', index, 'progress'],
      remove: (record) => ({
        ...record,
        updates: Array.isArray(record.updates)
          ? listOf(record.updates).map((u, i) => (i === index && isObject(u) ? without(u, 'progress') : u))
          : record.updates,
      }),
    };
  }
  return undefined;
};

/** Metrics removed by `commitmentDrops` are left as holes so indexes stay stable while removing; this closes them. */
function closeHoles(record: JsonObject): JsonObject {
  return Array.isArray(record.metrics)
    ? { ...record, metrics: listOf(record.metrics).filter((m) => m !== undefined) }
    : record;
}

export type Salvaged<T> = { ok: true; value: T; dropped: SkippedRecord[] } | { ok: false; skipped: SkippedRecord };

/**
 * Validates one record; where every problem lies in a part the rule lets go,
 * removes those parts and keeps the rest, listing each part removed.
 */
export function salvageRecord<T>(record: unknown, schema: z.ZodMiniType<T>, base: Path, rule: DropRule): Salvaged<T> {
  const id = idOf(record);
  const first = schema.safeParse(record);
  if (first.success) return { ok: true, value: first.data, dropped: [] };
  const problems = issuesToProblems(first.error.issues, base);
  const skipWhole = (): Salvaged<T> => ({
    ok: false,
    skipped: { path: toJsonPath(base), id, dropped: 'record', problems },
  });
  if (!isObject(record)) return skipWhole();

  const drops = new Map<string, { drop: Droppable; problems: DataProblem[] }>();
  for (const issue of first.error.issues) {
    const drop = rule(issue.path);
    if (!drop) return skipWhole();
    const entry = drops.get(drop.key) ?? { drop, problems: [] };
    entry.problems.push(...issuesToProblems([issue], base));
    drops.set(drop.key, entry);
  }
  let trimmed: JsonObject = record;
  for (const { drop } of drops.values()) trimmed = drop.remove(trimmed);
  const second = schema.safeParse(closeHoles(trimmed));
  if (!second.success) return skipWhole();
  return {
    ok: true,
    value: second.data,
    dropped: [...drops.values()].map(({ drop, problems: found }) => ({
      path: toJsonPath([...base, ...drop.path]),
      id,
      dropped: drop.kind,
      problems: found,
    })),
  };
}

/** A date is after a limit when the whole period it names starts after it: `2026` is not after 2026-03-01. */
const isAfter = (date: string, limit: string) => startOf(date) > endOf(limit);

/**
 * Takes ledger entries dated after the dataset's `asOf` or after today out of
 * the ledger, so none of them becomes the current status; they are returned to
 * be shown with a warning. Returns `undefined` for the ledger when no entry is left.
 */
export function holdBackFutureEntries(
  commitment: Commitment,
  base: Path,
  limits: { asOf: string; today: string },
): { commitment: Commitment | undefined; held: HeldEntry[]; skipped: SkippedRecord[] } {
  const held: HeldEntry[] = [];
  const skipped: SkippedRecord[] = [];
  const kept = commitment.updates.filter((update, index) => {
    const limit = isAfter(update.date, limits.today)
      ? ({ kind: 'today', date: limits.today } as const)
      : isAfter(update.date, limits.asOf)
        ? ({ kind: 'asOf', date: limits.asOf } as const)
        : undefined;
    if (!limit) return true;
    const path = toJsonPath([...base, 'updates', index]);
    held.push({ commitmentId: commitment.id, path, update, limit });
    skipped.push({
      path,
      id: commitment.id,
      dropped: 'entry',
      problems: [
        {
          path: `${path}.date`,
          message: `"${update.date}" is after ${limit.kind === 'asOf' ? "the dataset's asOf" : 'today'} (${limit.date}): not taken as the current status`,
        },
      ],
    });
    return false;
  });
  if (held.length === 0) return { commitment, held, skipped };
  if (kept.length === 0) {
    return {
      commitment: undefined,
      held: [],
      skipped: [
        {
          path: toJsonPath(base),
          id: commitment.id,
          dropped: 'record',
          problems: skipped.flatMap((s) => s.problems),
        },
      ],
    };
  }
  return { commitment: { ...commitment, updates: kept }, held, skipped };
}
