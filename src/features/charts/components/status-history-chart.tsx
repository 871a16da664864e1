import { useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Commitment } from '@/data/schema';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate, formatNumber } from '@/lib/format';
import { startOf } from '@/lib/partial-date';
import { STATUS_STYLE } from '@/lib/status-style';
import { sourceLine } from '../logic/source-line';
import { statusHistorySeries, statusHistoryTable } from '../logic/status-history';
import { yearAxis } from '../logic/time-axis';
import type { ChartContext } from './chart-context';
import { statusLegend } from './status-legend';
import { ChartFrame } from './chart-frame';
import { RowTooltip } from './row-tooltip';
import { sourceText } from './source-text';
import { useChartSlot } from './use-chart-slot';
import { useReducedMotion } from './use-reduced-motion';

/** Chart 4: how has the portfolio moved? Commitments by status at each date of the ledger. */
export function StatusHistoryChart({
  commitments,
  context,
}: {
  commitments: readonly Commitment[];
  context: ChartContext;
}) {
  const { t, lang } = useI18n();
  const reduced = useReducedMotion();
  const { ref, width, active } = useChartSlot();
  const series = useMemo(() => statusHistorySeries(commitments, context.asOf), [commitments, context.asOf]);
  const table = useMemo(
    () =>
      statusHistoryTable(series, {
        date: t('charts.history.date'),
        total: t('charts.total'),
        status: (id) => t(`status.${id}`),
        formatDate: (v) => formatDate(v, lang),
        asOfSuffix: t('charts.history.asOfSuffix'),
      }),
    [series, t, lang],
  );
  const axis = useMemo(
    () =>
      yearAxis(
        series.points.map((p) => p.at),
        startOf(context.asOf),
        8,
        true,
      ),
    [series, context.asOf],
  );
  const source = useMemo(
    () =>
      sourceText(
        sourceLine(
          commitments.flatMap((c) => c.updates.flatMap((u) => u.sourceIds)),
          context.sourcesById,
        ),
        t,
        lang,
      ),
    [commitments, context.sourcesById, t, lang],
  );

  const chartHeight = Math.min(340, Math.max(220, Math.round(width * 0.45)));
  return (
    <ChartFrame
      title={t('charts.history.title')}
      subtitle={t('charts.subtitle', { what: t('charts.history.what'), filters: context.filterLabel })}
      unit={t('charts.unit', { unit: t('charts.unit.commitments') })}
      legend={statusLegend(series.statuses, t)}
      source={source}
      asOf={t('charts.asOf', { date: formatDate(context.asOf, lang) })}
      pageUrl={context.pageUrl}
      table={table}
      fileSlug="status-history"
      empty={series.points.length === 0 ? t('charts.empty.commitments') : undefined}
      renderActions={context.renderActions}
    >
      <div ref={ref} style={{ minHeight: chartHeight }}>
        {width > 0 && active && (
          <AreaChart
            width={width}
            height={chartHeight}
            data={table.rows}
            margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
            title={t('charts.history.title')}
            desc={t('charts.tableHint')}
          >
            <CartesianGrid vertical={false} stroke="#d4d8db" />
            <XAxis
              type="number"
              dataKey="_at"
              domain={axis.domain}
              ticks={axis.ticks}
              tickFormatter={(v: number) => formatDate(String(new Date(v).getUTCFullYear()), lang)}
              stroke="#505a5f"
            />
            <YAxis
              allowDecimals={false}
              tickFormatter={(v: number) => formatNumber(v, lang)}
              width={48}
              stroke="#505a5f"
            />
            <Tooltip
              isAnimationActive={!reduced}
              content={({ active, payload }) => (
                <RowTooltip active={active} payload={payload} columns={table.columns} />
              )}
            />
            {series.statuses.map((status) => (
              <Area
                key={status}
                type="stepAfter"
                dataKey={status}
                name={t(`status.${status}`)}
                stackId="status"
                fill={STATUS_STYLE[status].fill}
                fillOpacity={0.85}
                stroke={STATUS_STYLE[status].ink}
                dot={series.points.length < 2}
                isAnimationActive={!reduced}
              />
            ))}
          </AreaChart>
        )}
      </div>
    </ChartFrame>
  );
}
