import { lazy, Suspense } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { ChartsBoundary } from '@/features/charts/components/charts-boundary';
import { ChartsLoading } from '@/features/charts/components/charts-loading';
import { HeadlineFigures } from '@/features/charts/components/headline-figures';
import { HeadlineProjects } from '@/features/charts/components/headline-projects';
import { HEADLINE_IDS, headlineFigures, headlineProjects } from '@/features/charts/logic/headline';
import { parseReferenceDate, REFERENCE_PARAM } from '@/features/charts/logic/reference-date';
import { DroppedNotice } from '@/features/commitments/components/dropped-notice';
import { SectorFilter } from '@/features/commitments/components/sector-filter';
import { applyFilters, buildRows, facetCounts } from '@/features/commitments/logic/filter';
import { EMPTY_FILTERS } from '@/features/commitments/logic/filters';
import { useFilters } from '@/features/commitments/use-filters';
import { ExportMenu } from '@/features/export/components/export-menu';
import { useI18n } from '@/i18n/use-i18n';
import { todayIso } from '@/lib/today';
import { DatasetGate } from '../layout/dataset-gate';
import { usePageTitle } from '../use-page-title';

// The lazy boundary: recharts and the chart code load only on this route.
const OverviewCharts = lazy(() => import('@/features/charts/components/overview-charts'));

export function HomeRoute() {
  const { t, l } = useI18n();
  usePageTitle(undefined);
  const { filters, dropped, setFilters } = useFilters();
  const location = useLocation();
  const pageUrl = `${window.location.origin}${location.pathname}${location.search}`;
  // The overview follows the sector filter only; other filters of a shared link are kept in the URL but not applied.
  const sectorOnly = { ...EMPTY_FILTERS, sectors: filters.sectors };
  const [params] = useSearchParams();
  // 序时进度 is measured on this day: today, or the day a link or the reader chose (e.g. a review meeting).
  const referenceDate = parseReferenceDate(params.get(REFERENCE_PARAM)) ?? todayIso();

  return (
    <>
      <h1>{t('overview.title')}</h1>
      <p>{t('overview.intro')}</p>
      <DatasetGate>
        {({ dataset }) => {
          const rows = buildRows(dataset.commitments, referenceDate);
          const commitments = applyFilters(rows, sectorOnly).map((row) => row.commitment);
          const names = dataset.sectors.filter((s) => filters.sectors.includes(s.id)).map((s) => l(s.name));
          const filterLabel =
            names.length === 0
              ? t('charts.filter.all')
              : t('charts.filter.sectors', { names: names.join(t('charts.listSep')) });
          return (
            <>
              <DroppedNotice dropped={dropped} />
              <HeadlineFigures figures={headlineFigures(commitments)} asOf={dataset.asOf} filterLabel={filterLabel} />
              <HeadlineProjects projects={headlineProjects(dataset.commitments)} />
              <SectorFilter
                sectors={dataset.sectors}
                selected={filters.sectors}
                counts={facetCounts(rows, sectorOnly).sector}
                onChange={(sectors) => setFilters({ ...filters, sectors })}
              />
              <ChartsBoundary fallback={<p role="alert">{t('overview.chartsFailed')}</p>}>
                <Suspense fallback={<ChartsLoading label={t('overview.chartsLoading')} />}>
                  <OverviewCharts
                    commitments={commitments}
                    sectors={dataset.sectors}
                    sources={dataset.sources}
                    asOf={dataset.asOf}
                    referenceDate={referenceDate}
                    filterLabel={filterLabel}
                    pageUrl={pageUrl}
                    priorityIds={HEADLINE_IDS}
                    renderActions={(chart) => <ExportMenu {...chart} date={dataset.asOf} />}
                  />
                </Suspense>
              </ChartsBoundary>
            </>
          );
        }}
      </DatasetGate>
    </>
  );
}
