import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Filters } from './logic/filters';
import { parseFilters, serializeFilters, type DroppedParam } from './logic/url-state';

/**
 * The list's view, read from and written to the URL: the one place filters live.
 * Each change is a history entry (back steps through them), except typing on in
 * the search box, which replaces the entry it started.
 */
export function useFilters(): { filters: Filters; dropped: DroppedParam[]; setFilters: (next: Filters) => void } {
  const [params, setParams] = useSearchParams();
  const { filters, dropped } = useMemo(() => parseFilters(params), [params]);
  const setFilters = useCallback(
    (next: Filters) => {
      const typing = filters.q !== '' && next.q !== '' && filters.q !== next.q;
      setParams(serializeFilters(next, params), { replace: typing });
    },
    [filters.q, params, setParams],
  );
  return { filters, dropped, setFilters };
}
