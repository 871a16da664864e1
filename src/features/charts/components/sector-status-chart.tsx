import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { Commitment } from '@/data/schema';
import { SECTOR_IDS } from '@/data/vocabulary';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate, formatNumber } from '@/lib/format';
import { STATUS_STYLE } from '@/lib/status-style';
import { sectorStatusSeries, sectorStatusTable } from '../logic/sector-status';
import { sourceLine } from '../logic/source-line';
import { truncateLabel } from '../logic/truncate-label';
import { latestUpdate } from '@/data/ledger';
import type { ChartContext } from './chart-context';
import { statusLegend } from './status-legend';
import { ChartFrame } from './chart-frame';
import { EndLabel } from './end-label';
import { RowTooltip } from './row-tooltip';
import { TwoLineTick } from './two-line-tick';
import { sourceText } from './source-text';
import { useChartSlot } from './use-chart-slot';
import { useReducedMotion } from './use-reduced-motion';

const ROW = 34;

/** Chart 1: where does each sector stand? Commitments by sector, stacked by current status. */
export function SectorStatusChart({
  commitments,
  context,
}: {
  commitments: readonly Commitment[];
  context: ChartContext;
}) {
  const { t, l, lang } = useI18n();
  const reduced = useReducedMotion();
  const { ref, width, active } = useChartSlot();
  const names = useMemo(() => new Map(context.sectors.map((s) => [s.id, l(s.name)])), [context.sectors, l]);
  const order = useMemo(() => [...context.sectors.map((s) => s.id), ...SECTOR_IDS], [context.sectors]);
  const series = useMemo(() => sectorStatusSeries(commitments, order), [commitments, order]);
  const table = useMemo(
    () =>
      sectorStatusTable(series, {
        sector: t('charts.sectorStatus.sector'),
        total: t('charts.total'),
        sectorName: (id) => names.get(id) ?? id,
        status: (id) => t(`status.${id}`),
      }),
    [series, names, t],
  );
  const source = useMemo(
    () =>
      sourceText(
        sourceLine(
          commitments.flatMap((c) => latestUpdate(c).sourceIds),
          context.sourcesById,
        ),
        t,
        lang,
      ),
    [commitments, context.sourcesById, t, lang],
  );
  const axisWidth = Math.min(170, Math.round(width * (width < 480 ? 0.38 : 0.28)));
  const maxUnits = Math.floor((axisWidth - 12) / 8);
  // The total is written after the last segment actually drawn in each row.
  const lastNonZero = useMemo(
    () => series.rows.map((row) => [...series.statuses].reverse().find((s) => row.counts[s] > 0)),
    [series],
  );

  const chartHeight = series.rows.length * ROW + 48;
  return (
    <ChartFrame
      title={t('charts.sectorStatus.title')}
      subtitle={t('charts.subtitle', { what: t('charts.sectorStatus.what'), filters: context.filterLabel })}
      unit={t('charts.unit', { unit: t('charts.unit.commitments') })}
      legend={statusLegend(series.statuses, t)}
      source={source}
      asOf={t('charts.asOf', { date: formatDate(context.asOf, lang) })}
      pageUrl={context.pageUrl}
      table={table}
      fileSlug="sector-status"
      empty={series.rows.length === 0 ? t('charts.empty.commitments') : undefined}
      renderActions={context.renderActions}
    >
      <div ref={ref} style={{ minHeight: chartHeight }}>
        {width > 0 && active && (
          <BarChart
            layout="vertical"
            width={width}
            height={chartHeight}
            data={table.rows}
            margin={{ top: 4, right: 40, bottom: 4, left: 0 }}
            title={t('charts.sectorStatus.title')}
            desc={t('charts.tableHint')}
          >
            <CartesianGrid horizontal={false} stroke="#d4d8db" />
            <XAxis
              type="number"
              allowDecimals={false}
              tickFormatter={(v: number) => formatNumber(v, lang)}
              stroke="#505a5f"
            />
            <YAxis
              type="category"
              dataKey="sector"
              width={axisWidth}
              tick={(p) => (
                <TwoLineTick x={p.x} y={p.y} payload={p.payload} lines={(v) => [truncateLabel(v, maxUnits)]} />
              )}
              stroke="#505a5f"
              interval={0}
            />
            <Tooltip
              cursor={{ fill: 'rgba(0,0,0,0.06)' }}
              isAnimationActive={!reduced}
              content={({ active, payload }) => (
                <RowTooltip active={active} payload={payload} columns={table.columns} />
              )}
            />
            {series.statuses.map((status) => (
              <Bar
                key={status}
                dataKey={status}
                name={t(`status.${status}`)}
                stackId="status"
                fill={STATUS_STYLE[status].fill}
                stroke="#ffffff"
                strokeWidth={1}
                isAnimationActive={!reduced}
              >
                <LabelList
                  dataKey="total"
                  content={(props) =>
                    lastNonZero[Number(props.index)] === status ? (
                      <EndLabel {...props} format={(v) => formatNumber(v, lang)} />
                    ) : null
                  }
                />
              </Bar>
            ))}
          </BarChart>
        )}
      </div>
    </ChartFrame>
  );
}
