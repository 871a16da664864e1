import type { KindId, LayerId, LinkId, SectorId, StatusId } from '@/data/vocabulary';

export const SORT_IDS = ['report', 'status', 'latest', 'progress', 'gap'] as const;
export type SortId = (typeof SORT_IDS)[number];

/**
 * The reader's view of the list: every field lives in the URL (see url-state.ts).
 * Empty arrays and undefined mean "no restriction".
 */
export interface Filters {
  sectors: SectorId[];
  statuses: StatusId[];
  kind: KindId | undefined;
  layer: LayerId | undefined;
  link: LinkId | undefined;
  q: string;
  sort: SortId;
}

export const EMPTY_FILTERS: Filters = {
  sectors: [],
  statuses: [],
  kind: undefined,
  layer: undefined,
  link: undefined,
  q: '',
  sort: 'report',
};

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.sectors.length > 0 ||
    filters.statuses.length > 0 ||
    filters.kind !== undefined ||
    filters.layer !== undefined ||
    filters.link !== undefined ||
    filters.q.trim() !== ''
  );
}
