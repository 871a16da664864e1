import { isPartialDate, startOf, toIsoDay } from '@/lib/partial-date';

/** The page's own view, kept in the URL next to the shared `sector` filter. */
export interface ChangesView {
  /** `YYYY-MM-DD`: entries after this day are listed. */
  since: string;
  /** Newest evidence this many whole months old, or older, counts as stale. */
  staleMonths: number;
  /** `YYYY-MM-DD` reference date of the follow-up list; `undefined` means today. */
  ref: string | undefined;
}

export interface DroppedValue {
  param: string;
  value: string;
}

export const DEFAULT_STALE_MONTHS = 12;
export const MAX_STALE_MONTHS = 120;
const STALE_CHOICES = [1, 2, 3, 6, 9, 12, 18, 24, 36];

/** The choices offered for the stale threshold, with the current one included wherever a link set it. */
export function staleChoices(current: number): number[] {
  return STALE_CHOICES.includes(current) ? STALE_CHOICES : [...STALE_CHOICES, current].sort((a, b) => a - b);
}
const SHOWN = 60;

/** A full `YYYY-MM-DD` day, or `undefined`. */
export function parseDay(value: string): string | undefined {
  const v = value.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && isPartialDate(v) ? v : undefined;
}

/** One year before the dataset's as-of date: the default window of "what changed". */
export function defaultSince(asOf: string): string {
  const start = new Date(startOf(asOf));
  if (Number.isNaN(start.getTime())) return '2024-01-28';
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  return toIsoDay(start.getTime());
}

function single(
  params: URLSearchParams,
  name: string,
  read: (v: string) => string | undefined,
  dropped: DroppedValue[],
) {
  let chosen: string | undefined;
  for (const raw of params.getAll(name)) {
    if (raw.trim() === '') continue;
    const value = read(raw);
    if (chosen === undefined && value !== undefined) chosen = value;
    else dropped.push({ param: name, value: raw.length > SHOWN ? `${raw.slice(0, SHOWN)}…` : raw });
  }
  return chosen;
}

const readMonths = (raw: string) => {
  const v = raw.trim();
  if (!/^\d{1,3}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= 1 && n <= MAX_STALE_MONTHS ? v : undefined;
};

/**
 * Reads `since`, `stale` and `ref` from the URL. Never throws: an invalid or
 * repeated value is dropped, reported, and the default used.
 */
export function parseChangesView(
  params: URLSearchParams,
  asOf: string,
): { view: ChangesView; dropped: DroppedValue[] } {
  const dropped: DroppedValue[] = [];
  const since = single(params, 'since', parseDay, dropped) ?? defaultSince(asOf);
  const stale = single(params, 'stale', readMonths, dropped);
  const ref = single(params, 'ref', parseDay, dropped);
  return { view: { since, staleMonths: stale ? Number(stale) : DEFAULT_STALE_MONTHS, ref }, dropped };
}

/** Writes the view into `base` (keeping `sector`, `lang`…), leaving defaults out. */
export function serializeChangesView(view: ChangesView, asOf: string, base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of ['since', 'stale', 'ref']) params.delete(name);
  if (view.since !== defaultSince(asOf)) params.set('since', view.since);
  if (view.staleMonths !== DEFAULT_STALE_MONTHS) params.set('stale', String(view.staleMonths));
  if (view.ref) params.set('ref', view.ref);
  return params;
}
