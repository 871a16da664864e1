import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Commitment } from '@/data/schema';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate, formatNumber } from '@/lib/format';
import { startOf } from '@/lib/partial-date';
import { milestoneSeries, milestoneTable } from '../logic/milestone-timeline';
import { sourceLine } from '../logic/source-line';
import { truncateLabel } from '../logic/truncate-label';
import type { ChartContext } from './chart-context';
import { ChartFrame } from './chart-frame';
import { RowTooltip } from './row-tooltip';
import { sourceText } from './source-text';
import { TwoLineTick } from './two-line-tick';
import { useChartSlot } from './use-chart-slot';
import { useReducedMotion } from './use-reduced-motion';

const PLANNED = { fill: '#c9ced2', ink: '#505a5f' };
/** A planned period that has passed with no actual date: the delayed tint, with a heavier outline. */
const OVERDUE = { fill: '#FBEADF', ink: '#A54700' };
const ACTUAL = { fill: '#D55E00', ink: '#A54700' };
const AS_OF = '#1d4f91';
const ROW = 46;

/**
 * One milestone row: the planned period as a band at least 6 px wide (so a
 * single planned day still shows), and the actual date as a diamond. recharts
 * hands the shape the band's box; the axis is linear, so the actual date's
 * position follows from the band's two ends. (Drawing the diamond here rather
 * than with a Line series keeps recharts' Line out of the chart code.)
 */
function MilestoneMarks(props: {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Record<string, unknown>;
}) {
  const { x = 0, y = 0, width = 0, height = 0, payload = {} } = props;
  const style = payload._overdue ? OVERDUE : PLANNED;
  const w = Math.max(6, Math.abs(width));
  const left = Math.min(x, x + width) - (w - Math.abs(width)) / 2;
  const from = Number(payload._planned);
  const to = Number(payload._plannedEnd);
  const actual = payload._actual;
  const ax = typeof actual === 'number' && to > from ? x + ((actual - from) * width) / (to - from) : null;
  const cy = y + height / 2;
  return (
    <g>
      <rect
        x={left}
        y={y + height * 0.2}
        width={w}
        height={height * 0.6}
        fill={style.fill}
        stroke={style.ink}
        strokeWidth={style === OVERDUE ? 2 : 1}
        rx={2}
      />
      {ax !== null && Number.isFinite(ax) && (
        <path
          d={`M${ax} ${cy - 7}L${ax + 7} ${cy}L${ax} ${cy + 7}L${ax - 7} ${cy}Z`}
          fill={ACTUAL.fill}
          stroke={ACTUAL.ink}
          data-mark="actual"
        />
      )}
    </g>
  );
}

/** Chart 3: when did things happen against plan? Planned periods and actual dates of milestones. */
export function MilestoneTimelineChart({
  commitments,
  context,
}: {
  commitments: readonly Commitment[];
  context: ChartContext;
}) {
  const { t, l, lang } = useI18n();
  const reduced = useReducedMotion();
  const { ref, width, active } = useChartSlot();
  const series = useMemo(() => milestoneSeries(commitments, context.asOf), [commitments, context.asOf]);
  const table = useMemo(
    () =>
      milestoneTable(series, {
        milestone: t('charts.milestones.milestone'),
        commitment: t('charts.commitment'),
        planned: t('charts.milestones.planned'),
        actual: t('charts.milestones.actual'),
        slip: t('charts.milestones.slip'),
        label: (item) => l(item.label),
        title: (item) => l(item.commitmentTitle),
        date: (v) => formatDate(v, lang),
        none: t('charts.milestones.none'),
        overdue: t('charts.milestones.overdue'),
      }),
    [series, t, l, lang],
  );
  const byKey = useMemo(() => new Map(series.items.map((i) => [i.key, i])), [series]);
  const source = useMemo(
    () =>
      sourceText(
        sourceLine(
          series.items.flatMap((i) => i.sourceIds),
          context.sourcesById,
        ),
        t,
        lang,
      ),
    [series, context.sourcesById, t, lang],
  );
  const axisWidth = Math.min(240, Math.round(width * (width < 480 ? 0.45 : 0.36)));
  const maxUnits = Math.floor((axisWidth - 12) / 8);
  const lines = (key: string): [string, string] => {
    const item = byKey.get(key);
    return item
      ? [truncateLabel(l(item.label), maxUnits), truncateLabel(l(item.commitmentTitle), maxUnits + 2)]
      : [key, ''];
  };
  const limited = series.dated > series.items.length;

  const chartHeight = series.items.length * ROW + 48;
  return (
    <ChartFrame
      title={t('charts.milestones.title')}
      subtitle={t('charts.subtitle', { what: t('charts.milestones.what'), filters: context.filterLabel })}
      unit={t('charts.unit', { unit: t('charts.unit.date') })}
      note={
        limited
          ? t('charts.limited', {
              shown: formatNumber(series.items.length, lang),
              total: formatNumber(series.dated, lang),
            })
          : undefined
      }
      legend={[
        { key: 'planned', label: t('charts.milestones.planned'), color: PLANNED.fill, ink: PLANNED.ink, shape: 'band' },
        {
          key: 'overdue',
          label: t('charts.milestones.overdueLegend'),
          color: OVERDUE.fill,
          ink: OVERDUE.ink,
          shape: 'band',
        },
        { key: 'actual', label: t('charts.milestones.actual'), color: ACTUAL.fill, ink: ACTUAL.ink, shape: 'diamond' },
        { key: 'as-of', label: t('charts.milestones.asOfLine'), color: AS_OF, ink: AS_OF, shape: 'dash' },
      ]}
      source={source}
      asOf={t('charts.asOf', { date: formatDate(context.asOf, lang) })}
      pageUrl={context.pageUrl}
      table={table}
      fileSlug="milestones"
      empty={series.items.length === 0 ? t('charts.milestones.empty') : undefined}
      renderActions={context.renderActions}
    >
      <div ref={ref} style={{ minHeight: chartHeight }}>
        {width > 0 && active && (
          <BarChart
            layout="vertical"
            width={width}
            height={chartHeight}
            data={table.rows}
            margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
            title={t('charts.milestones.title')}
            desc={t('charts.tableHint')}
          >
            <CartesianGrid horizontal={false} stroke="#d4d8db" />
            <XAxis
              type="number"
              domain={series.axis.domain}
              ticks={series.axis.ticks}
              allowDataOverflow
              tickFormatter={(v: number) => formatDate(String(new Date(v).getUTCFullYear()), lang)}
              stroke="#505a5f"
            />
            <YAxis
              type="category"
              dataKey="_key"
              width={axisWidth}
              interval={0}
              stroke="#505a5f"
              tick={(p) => <TwoLineTick x={p.x} y={p.y} payload={p.payload} lines={lines} />}
            />
            <Tooltip
              cursor={{ fill: 'rgba(0,0,0,0.06)' }}
              isAnimationActive={!reduced}
              content={({ active, payload }) => (
                <RowTooltip active={active} payload={payload} columns={table.columns} />
              )}
            />
            <ReferenceLine x={startOf(context.asOf)} stroke={AS_OF} strokeDasharray="4 3" ifOverflow="extendDomain" />
            <Bar
              dataKey={(row: Record<string, unknown>) => [row._planned, row._plannedEnd]}
              name={t('charts.milestones.planned')}
              shape={<MilestoneMarks />}
              isAnimationActive={!reduced}
            />
          </BarChart>
        )}
      </div>
    </ChartFrame>
  );
}
