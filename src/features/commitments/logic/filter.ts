import type { Commitment } from '@/data/schema';
import type { KindId, LayerId, LinkId, SectorId, StatusId } from '@/data/vocabulary';
import { startOf } from '@/lib/partial-date';
import { STATUS_ORDER } from '@/lib/status-style';
import type { Filters } from './filters';
import { latestProgress, latestUpdate } from './ledger';
import { scheduleHealth, type ScheduleHealth } from './schedule-health';
import { matchesTerms, queryTerms, searchText } from './search';

/** What filtering and sorting need of a commitment, computed once per dataset and reference date. */
export interface Row {
  commitment: Commitment;
  /** Position in the report (the dataset's order). */
  index: number;
  status: StatusId;
  latestAt: number;
  progress: number | undefined;
  health: ScheduleHealth | undefined;
  text: string;
}

export function buildRows(commitments: readonly Commitment[], referenceDate: string): Row[] {
  return commitments.map((commitment, index) => ({
    commitment,
    index,
    status: latestUpdate(commitment).status,
    latestAt: startOf(latestUpdate(commitment).date),
    progress: latestProgress(commitment)?.value,
    health: scheduleHealth(commitment, referenceDate),
    text: searchText(commitment),
  }));
}

type Facet = 'sector' | 'status' | 'kind' | 'layer' | 'link' | 'q';

function rowMatcher(filters: Filters, skip?: Facet): (row: Row) => boolean {
  const sectors = skip === 'sector' ? [] : filters.sectors;
  const statuses = skip === 'status' ? [] : filters.statuses;
  const kind = skip === 'kind' ? undefined : filters.kind;
  const layer = skip === 'layer' ? undefined : filters.layer;
  const link = skip === 'link' ? undefined : filters.link;
  const terms = skip === 'q' ? [] : queryTerms(filters.q);
  return (row) => {
    const c = row.commitment;
    if (sectors.length > 0 && !sectors.includes(c.sector)) return false;
    if (statuses.length > 0 && !statuses.includes(row.status)) return false;
    if (kind && c.kind !== kind) return false;
    if (layer && c.origin.layer !== layer) return false;
    if (link && c.luoyangLink !== link) return false;
    if (terms.length > 0 && !matchesTerms(row.text, terms)) return false;
    return true;
  };
}

const STATUS_RANK = new Map(STATUS_ORDER.map((status, rank) => [status, rank]));

/** Unknown values sort last whatever the direction. */
function byNumber(a: number | undefined, b: number | undefined, direction: 1 | -1): number {
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return (a - b) * direction;
}

const COMPARATORS: Record<Filters['sort'], (a: Row, b: Row) => number> = {
  report: () => 0,
  status: (a, b) => (STATUS_RANK.get(a.status) ?? 99) - (STATUS_RANK.get(b.status) ?? 99),
  latest: (a, b) => byNumber(a.latestAt, b.latestAt, -1),
  progress: (a, b) => byNumber(a.progress, b.progress, -1),
  // Most behind first; overdue counts as the furthest behind.
  gap: (a, b) =>
    byNumber(
      a.health?.reason === 'overdue' ? -1000 - a.health.daysOverdue : a.health?.gap,
      b.health?.reason === 'overdue' ? -1000 - b.health.daysOverdue : b.health?.gap,
      1,
    ),
};

/** The rows the view shows, in its order; ties keep the report's order. */
export function applyFilters(rows: readonly Row[], filters: Filters): Row[] {
  const matches = rows.filter(rowMatcher(filters));
  const compare = COMPARATORS[filters.sort];
  return matches.sort((a, b) => compare(a, b) || a.index - b.index);
}

export interface FacetCounts {
  sector: Map<SectorId, number>;
  status: Map<StatusId, number>;
  kind: Map<KindId, number>;
  layer: Map<LayerId, number>;
  link: Map<LinkId, number>;
}

function countBy<K>(rows: readonly Row[], match: (row: Row) => boolean, key: (row: Row) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const row of rows) {
    if (!match(row)) continue;
    const k = key(row);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** For each option, how many commitments it would give under the other active filters. */
export function facetCounts(rows: readonly Row[], filters: Filters): FacetCounts {
  return {
    sector: countBy(rows, rowMatcher(filters, 'sector'), (r) => r.commitment.sector),
    status: countBy(rows, rowMatcher(filters, 'status'), (r) => r.status),
    kind: countBy(rows, rowMatcher(filters, 'kind'), (r) => r.commitment.kind),
    layer: countBy(rows, rowMatcher(filters, 'layer'), (r) => r.commitment.origin.layer),
    link: countBy(rows, rowMatcher(filters, 'link'), (r) => r.commitment.luoyangLink),
  };
}
