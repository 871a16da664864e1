import { Suspense, lazy, useMemo } from 'react';
import type { Dataset } from '@/data/schema';
import { useI18n } from '@/i18n/use-i18n';
import { toCardView } from '../logic/card-view';
import { applyFilters, buildRows, facetCounts } from '../logic/filter';
import { EMPTY_FILTERS } from '../logic/filters';
import { VIRTUALIZE_ABOVE } from '../logic/grid-columns';
import { indexSources } from '../logic/ledger';
import { serializeFilters } from '../logic/url-state';
import { useFilters } from '../use-filters';
import { CardGrid } from './card-grid';
import { CommitmentCard } from './commitment-card';
import { DroppedNotice } from './dropped-notice';
import { FilterPanel } from './filter-panel';
import styles from './commitments-browser.module.css';

const VirtualCardGrid = lazy(() => import('./virtual-card-grid'));

/** The cards page: filters from the URL, the count announced, the cards (virtualised when many). */
export function CommitmentsBrowser({ dataset, today }: { dataset: Dataset; today: string }) {
  const { t, l } = useI18n();
  const { filters, dropped, setFilters } = useFilters();
  const rows = useMemo(() => buildRows(dataset.commitments, today), [dataset.commitments, today]);
  const shown = useMemo(() => applyFilters(rows, filters), [rows, filters]);
  const counts = useMemo(() => facetCounts(rows, filters), [rows, filters]);
  const sourcesById = useMemo(() => indexSources(dataset.sources), [dataset.sources]);
  const sectorNames = useMemo(() => new Map(dataset.sectors.map((s) => [s.id, s.name])), [dataset.sectors]);
  const query = serializeFilters(filters).toString();
  const search = query ? `?${query}` : '';

  const renderCard = (index: number) => {
    const row = shown[index];
    if (!row) return null;
    const name = sectorNames.get(row.commitment.sector);
    return (
      <CommitmentCard
        commitment={row.commitment}
        view={toCardView(row, sourcesById, today)}
        sectorName={name ? l(name) : row.commitment.sector}
        search={search}
      />
    );
  };

  return (
    <>
      <DroppedNotice dropped={dropped} />
      <FilterPanel filters={filters} counts={counts} sectors={dataset.sectors} onChange={setFilters} />
      <p className={styles.count} role="status" aria-live="polite" aria-atomic="true">
        {t('results.count', { shown: shown.length, total: rows.length })}
      </p>
      {shown.length === 0 ? (
        <div className={styles.empty}>
          <p>{t('results.empty')}</p>
          <p>{t('results.emptyHint')}</p>
          <button type="button" className="button" onClick={() => setFilters({ ...EMPTY_FILTERS, sort: filters.sort })}>
            {t('filters.clear')}
          </button>
        </div>
      ) : shown.length > VIRTUALIZE_ABOVE ? (
        <Suspense fallback={<CardGrid count={Math.min(shown.length, 24)} renderCard={renderCard} />}>
          <VirtualCardGrid
            count={shown.length}
            renderCard={renderCard}
            keyOf={(i) => shown[i]?.commitment.id ?? String(i)}
          />
        </Suspense>
      ) : (
        <CardGrid count={shown.length} renderCard={renderCard} />
      )}
    </>
  );
}
