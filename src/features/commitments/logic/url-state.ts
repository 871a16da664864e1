import { KIND_IDS, LAYER_IDS, LINK_IDS, SECTOR_IDS, STATUS_IDS } from '@/data/vocabulary';
import { EMPTY_FILTERS, SORT_IDS, type Filters } from './filters';

/** A query value the parser refused, shown to the reader so a mistyped link never fails silently. */
export interface DroppedParam {
  param: string;
  value: string;
}

/** Longest search text kept from a URL; anything longer is cut and reported. */
export const MAX_QUERY_LENGTH = 200;
const MAX_SHOWN_VALUE = 60;

const FILTER_PARAMS = ['sector', 'status', 'kind', 'layer', 'link', 'q', 'sort'] as const;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function shown(value: string): string {
  return value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value;
}

function many<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  dropped: DroppedParam[],
): T[] {
  const out: T[] = [];
  for (const raw of params.getAll(name)) {
    for (const value of raw.split(',')) {
      const v = value.trim();
      if (v === '') continue;
      if (isOneOf(allowed, v)) {
        if (!out.includes(v)) out.push(v);
      } else dropped.push({ param: name, value: shown(v) });
    }
  }
  return out;
}

function one<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  dropped: DroppedParam[],
): T | undefined {
  let chosen: T | undefined;
  for (const raw of params.getAll(name)) {
    const v = raw.trim();
    if (v === '') continue;
    if (chosen === undefined && isOneOf(allowed, v)) chosen = v;
    else dropped.push({ param: name, value: shown(v) });
  }
  return chosen;
}

/**
 * Reads the list's view from the URL. Never throws: unknown values, repeats of
 * a single-valued parameter and over-long text are dropped and reported.
 * Parameters that are not filters (e.g. `lang`) are left alone.
 */
export function parseFilters(params: URLSearchParams): { filters: Filters; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const qValues = params.getAll('q');
  let q = qValues[0] ?? '';
  qValues.slice(1).forEach((value) => dropped.push({ param: 'q', value: shown(value) }));
  if (q.length > MAX_QUERY_LENGTH) {
    dropped.push({ param: 'q', value: shown(q.slice(MAX_QUERY_LENGTH)) });
    q = q.slice(0, MAX_QUERY_LENGTH);
  }
  const filters: Filters = {
    sectors: many(params, 'sector', SECTOR_IDS, dropped),
    statuses: many(params, 'status', STATUS_IDS, dropped),
    kind: one(params, 'kind', KIND_IDS, dropped),
    layer: one(params, 'layer', LAYER_IDS, dropped),
    link: one(params, 'link', LINK_IDS, dropped),
    q,
    sort: one(params, 'sort', SORT_IDS, dropped) ?? EMPTY_FILTERS.sort,
  };
  return { filters, dropped };
}

/**
 * Writes the view into query parameters, in one canonical order, leaving
 * defaults out so that the plainest view has the plainest link. Other
 * parameters of `base` (such as `lang`) are kept.
 */
export function serializeFilters(filters: Filters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of base) {
    if (!(FILTER_PARAMS as readonly string[]).includes(key)) out.append(key, value);
  }
  filters.sectors.forEach((s) => out.append('sector', s));
  filters.statuses.forEach((s) => out.append('status', s));
  if (filters.kind) out.set('kind', filters.kind);
  if (filters.layer) out.set('layer', filters.layer);
  if (filters.link) out.set('link', filters.link);
  if (filters.q.trim() !== '') out.set('q', filters.q);
  if (filters.sort !== EMPTY_FILTERS.sort) out.set('sort', filters.sort);
  return out;
}
