import { useId } from 'react';
import type { Sector } from '@/data/schema';
import { KIND_IDS, LAYER_IDS, LINK_IDS, STATUS_IDS } from '@/data/vocabulary';
import { StatusIcon } from '@/components/ui/status-icon';
import { useI18n } from '@/i18n/use-i18n';
import { STATUS_ORDER } from '@/lib/status-style';
import type { FacetCounts } from '../logic/filter';
import { EMPTY_FILTERS, SORT_IDS, hasActiveFilters, type Filters } from '../logic/filters';
import { CheckGroup } from './check-group';
import { ChoiceSelect } from './choice-select';
import { SectorFilter } from './sector-filter';
import styles from './filter-panel.module.css';

interface Props {
  filters: Filters;
  counts: FacetCounts;
  sectors: readonly Sector[];
  onChange: (next: Filters) => void;
}

export function FilterPanel({ filters, counts, sectors, onChange }: Props) {
  const { t } = useI18n();
  const searchId = useId();
  const hintId = useId();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const withCount = (label: string, count: number | undefined) =>
    t('filters.optionCount', { label, count: count ?? 0 });
  const statuses = STATUS_ORDER.filter((s) => STATUS_IDS.includes(s));

  return (
    <section className={styles.panel} aria-label={t('filters.title')}>
      <div className={styles.row}>
        <div className={`${styles.field} ${styles.search}`}>
          <label htmlFor={searchId} className={styles.legend}>
            {t('filters.search')}
          </label>
          <input
            id={searchId}
            type="search"
            className={styles.input}
            value={filters.q}
            maxLength={200}
            aria-describedby={hintId}
            onChange={(event) => set({ q: event.target.value })}
          />
          <span id={hintId} className={styles.hint}>
            {t('filters.searchHint')}
          </span>
        </div>
        <ChoiceSelect
          label={t('filters.sort')}
          value={filters.sort}
          options={SORT_IDS.map((id) => ({ value: id, label: t(`sort.${id}`) }))}
          onChange={(sort) => set({ sort: sort ?? EMPTY_FILTERS.sort })}
        />
      </div>
      <SectorFilter
        sectors={sectors}
        selected={filters.sectors}
        counts={counts.sector}
        onChange={(next) => set({ sectors: next })}
      />
      <CheckGroup
        legend={t('filters.status')}
        name="status"
        options={statuses.map((s) => ({
          value: s,
          label: (
            <>
              <StatusIcon status={s} size={14} /> {t(`status.${s}`)}
            </>
          ),
          count: counts.status.get(s) ?? 0,
        }))}
        selected={filters.statuses}
        onChange={(next) => set({ statuses: next })}
      />
      <div className={styles.row}>
        <ChoiceSelect
          label={t('filters.kind')}
          value={filters.kind}
          anyLabel={t('filters.any')}
          options={KIND_IDS.map((id) => ({ value: id, label: withCount(t(`kind.${id}`), counts.kind.get(id)) }))}
          onChange={(kind) => set({ kind })}
        />
        <ChoiceSelect
          label={t('filters.layer')}
          value={filters.layer}
          anyLabel={t('filters.any')}
          options={LAYER_IDS.map((id) => ({ value: id, label: withCount(t(`layer.${id}`), counts.layer.get(id)) }))}
          onChange={(layer) => set({ layer })}
        />
        <ChoiceSelect
          label={t('filters.link')}
          value={filters.link}
          anyLabel={t('filters.any')}
          options={LINK_IDS.map((id) => ({ value: id, label: withCount(t(`link.${id}`), counts.link.get(id)) }))}
          onChange={(link) => set({ link })}
        />
        <div className={styles.clear}>
          <button
            type="button"
            className="button"
            disabled={!hasActiveFilters(filters)}
            onClick={() => onChange({ ...EMPTY_FILTERS, sort: filters.sort })}
          >
            {t('filters.clear')}
          </button>
        </div>
      </div>
    </section>
  );
}
