import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Dataset } from '@/data/schema';
import { ChangesSections } from '@/features/changes/components/changes-sections';
import { changeCountsBySector, changesSince } from '@/features/changes/logic/changes';
import { followUpList } from '@/features/changes/logic/follow-up';
import { parseChangesView, serializeChangesView, type ChangesView } from '@/features/changes/logic/url-state';
import { DroppedNotice } from '@/features/commitments/components/dropped-notice';
import { SectorFilter } from '@/features/commitments/components/sector-filter';
import { parseFilters, serializeFilters } from '@/features/commitments/logic/url-state';
import { useI18n } from '@/i18n/use-i18n';
import { todayIso } from '@/lib/today';
import { DatasetGate } from '../layout/dataset-gate';
import { usePageTitle } from '../use-page-title';

/** What changed since a date, and the follow-up list (跟进清单); the sector filter is the cards page's own. */
function ChangesPage({ dataset }: { dataset: Dataset }) {
  const { l } = useI18n();
  const [params, setParams] = useSearchParams();
  const { filters, dropped: droppedFilters } = useMemo(() => parseFilters(params), [params]);
  const { view, dropped } = useMemo(() => parseChangesView(params, dataset.asOf), [params, dataset.asOf]);
  const sourcesById = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset.sources]);
  const sectorNames = useMemo(() => new Map(dataset.sectors.map((s) => [s.id, s.name])), [dataset.sectors]);
  const today = todayIso();
  const refDate = view.ref ?? today;
  const entries = useMemo(
    () => changesSince(dataset.commitments, sourcesById, view.since, filters.sectors),
    [dataset.commitments, sourcesById, view.since, filters.sectors],
  );
  const counts = useMemo(
    () => changeCountsBySector(dataset.commitments, view.since),
    [dataset.commitments, view.since],
  );
  const followUp = useMemo(
    () => followUpList(dataset.commitments, { ref: refDate, staleMonths: view.staleMonths, sectors: filters.sectors }),
    [dataset.commitments, refDate, view.staleMonths, filters.sectors],
  );
  const setView = (next: ChangesView, replace = false) =>
    setParams(serializeChangesView(next, dataset.asOf, params), { replace });

  return (
    <>
      <DroppedNotice dropped={[...droppedFilters.filter((d) => d.param === 'sector'), ...dropped]} />
      <ChangesSections
        sectorFilter={
          <SectorFilter
            sectors={dataset.sectors}
            selected={filters.sectors}
            counts={counts}
            onChange={(sectors) => setParams(serializeFilters({ ...filters, sectors }, params))}
          />
        }
        since={view.since}
        entries={entries}
        followUp={followUp}
        refDate={refDate}
        refIsToday={view.ref === undefined || view.ref === today}
        staleMonths={view.staleMonths}
        sectorName={(id) => {
          const name = sectorNames.get(id);
          return name ? l(name) : id;
        }}
        onSinceChange={(since) => setView({ ...view, since })}
        onRefChange={(ref) => setView({ ...view, ref })}
        onStaleChange={(staleMonths) => setView({ ...view, staleMonths }, true)}
      />
    </>
  );
}

export function ChangesRoute() {
  const { t } = useI18n();
  usePageTitle(t('changes.title'));
  return (
    <>
      <h1>{t('changes.title')}</h1>
      <p>{t('changes.intro')}</p>
      <DatasetGate>{({ dataset }) => <ChangesPage dataset={dataset} />}</DatasetGate>
    </>
  );
}
