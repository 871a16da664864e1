import { useMemo } from 'react';
import type { Commitment, Sector, Source } from '@/data/schema';
import type { RenderChartActions } from './chart-frame';
import type { ChartContext } from './chart-context';
import { FiguresSection } from './figures-section';
import { MilestoneTimelineChart } from './milestone-timeline-chart';
import { ScheduleProgressChart } from './schedule-progress-chart';
import { SectorStatusChart } from './sector-status-chart';
import { StatusHistoryChart } from './status-history-chart';
import styles from './overview-charts.module.css';

export interface OverviewChartsProps {
  /** The commitments after the active filters. */
  commitments: readonly Commitment[];
  sectors: readonly Sector[];
  sources: readonly Source[];
  asOf: string;
  referenceDate: string;
  filterLabel: string;
  pageUrl: string;
  /** Commitments whose figures come first (the headline projects). */
  priorityIds: readonly string[];
  renderActions?: RenderChartActions;
}

/**
 * Every chart of the overview. This module is the lazy boundary: the route
 * imports it with React.lazy, so recharts loads only where charts are drawn.
 */
export function OverviewCharts(props: OverviewChartsProps) {
  const { commitments, sectors, sources, asOf, referenceDate, filterLabel, pageUrl, renderActions } = props;
  const sourcesById = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const context = useMemo<ChartContext>(
    () => ({ sectors, sourcesById, asOf, referenceDate, filterLabel, pageUrl, renderActions }),
    [sectors, sourcesById, asOf, referenceDate, filterLabel, pageUrl, renderActions],
  );
  return (
    <div className={styles.charts}>
      <SectorStatusChart commitments={commitments} context={context} />
      <ScheduleProgressChart commitments={commitments} context={context} />
      <MilestoneTimelineChart commitments={commitments} context={context} />
      <StatusHistoryChart commitments={commitments} context={context} />
      <FiguresSection commitments={commitments} priorityIds={props.priorityIds} context={context} />
    </div>
  );
}

export default OverviewCharts;
