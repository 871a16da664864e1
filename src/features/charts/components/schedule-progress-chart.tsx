import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { Commitment } from '@/data/schema';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate, formatNumber } from '@/lib/format';
import { parseReferenceDate, REFERENCE_PARAM } from '../logic/reference-date';
import { scheduleProgressSeries, scheduleProgressTable } from '../logic/schedule-progress';
import { sourceLine } from '../logic/source-line';
import { truncateLabel } from '../logic/truncate-label';
import type { ChartContext } from './chart-context';
import { ChartFrame } from './chart-frame';
import { RowTooltip } from './row-tooltip';
import { sourceText } from './source-text';
import { TwoLineTick } from './two-line-tick';
import { useChartSlot } from './use-chart-slot';
import { useReducedMotion } from './use-reduced-motion';

const EXPECTED = { fill: '#c9ced2', ink: '#505a5f' };
const ACTUAL = { fill: '#1d4f91', ink: '#1d4f91' };
const ROW = 52;

/** Chart 2: which dated projects are behind? 序时进度 against sourced progress, with the gap. */
export function ScheduleProgressChart({
  commitments,
  context,
}: {
  commitments: readonly Commitment[];
  context: ChartContext;
}) {
  const { t, l, lang } = useI18n();
  const reduced = useReducedMotion();
  const { ref, width, active } = useChartSlot();
  const series = useMemo(
    () => scheduleProgressSeries(commitments, context.referenceDate),
    [commitments, context.referenceDate],
  );
  const table = useMemo(
    () =>
      scheduleProgressTable(series, {
        commitment: t('charts.commitment'),
        start: t('charts.schedule.start'),
        due: t('charts.schedule.due'),
        expected: t('charts.schedule.expectedPct'),
        actual: t('charts.schedule.actualPct'),
        gap: t('charts.schedule.gapPp'),
        note: t('charts.note'),
        title: (item) => l(item.title),
        date: (v) => formatDate(v, lang),
        overdue: t('charts.schedule.overdue'),
        completed: t('charts.schedule.completed'),
        actualUnknown: t('charts.schedule.actualUnknown'),
        actualAsOf: (date) => t('charts.schedule.actualAsOf', { date }),
        separator: t('charts.sep'),
      }),
    [series, t, l, lang],
  );
  const byId = useMemo(() => new Map(series.items.map((i) => [i.id, i])), [series]);
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
  // On a phone the labels get half the width: the bars only run from 0 to 100%.
  const axisWidth = Math.min(240, Math.round(width * (width < 480 ? 0.5 : 0.36)));
  const maxUnits = Math.floor((axisWidth - 12) / 8);
  const lines = (id: string): [string, string] => {
    const item = byId.get(id);
    if (!item) return [id, ''];
    const parts = [
      item.overdue ? t('charts.schedule.overdueShort') : '',
      item.status === 'completed' ? t('status.completed') : '',
      item.gap === null
        ? item.status === 'completed'
          ? ''
          : t('charts.schedule.unknownShort')
        : t('charts.schedule.gapShort', { gap: formatNumber(item.gap, lang, 1) }),
    ];
    const second = parts.filter(Boolean).join(' · ');
    return [truncateLabel(l(item.title), maxUnits), truncateLabel(second, maxUnits + 2)];
  };
  const percent = (v: unknown) => (v === null || v === undefined ? '' : `${formatNumber(Number(v), lang, 1)}%`);
  const limited = series.withPlan > series.items.length;

  const refId = useId();
  const [params, setParams] = useSearchParams();
  const chosen = parseReferenceDate(params.get(REFERENCE_PARAM));
  const setReference = (value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(REFERENCE_PARAM, value);
        else next.delete(REFERENCE_PARAM);
        return next;
      },
      { replace: true },
    );
  const controls = (
    <>
      <label htmlFor={refId}>{t('charts.schedule.refLabel')}</label>
      <input
        id={refId}
        type="date"
        min="1900-01-01"
        max="2200-12-31"
        value={context.referenceDate}
        onChange={(event) => {
          const value = parseReferenceDate(event.currentTarget.value);
          if (value) setReference(value);
        }}
      />
      {chosen && (
        <button type="button" className="button" onClick={() => setReference(undefined)}>
          {t('charts.schedule.refToday')}
        </button>
      )}
    </>
  );
  const chartHeight = series.items.length * ROW + 48;
  return (
    <ChartFrame
      title={t('charts.schedule.title')}
      subtitle={t('charts.subtitle', {
        what: t('charts.schedule.what', { date: formatDate(context.referenceDate, lang) }),
        filters: context.filterLabel,
      })}
      unit={t('charts.unit', { unit: t('charts.unit.percent') })}
      note={
        limited
          ? t('charts.limited', {
              shown: formatNumber(series.items.length, lang),
              total: formatNumber(series.withPlan, lang),
            })
          : undefined
      }
      legend={[
        { key: 'expected', label: t('charts.schedule.expected'), color: EXPECTED.fill, ink: EXPECTED.ink },
        // Listed only where a bar shows it; rows without a figure say so on their label.
        ...(series.items.some((i) => i.actual !== null)
          ? [{ key: 'actual', label: t('charts.schedule.actual'), color: ACTUAL.fill, ink: ACTUAL.ink }]
          : []),
      ]}
      source={source}
      asOf={t('charts.asOf', { date: formatDate(context.asOf, lang) })}
      pageUrl={context.pageUrl}
      table={table}
      fileSlug="schedule-progress"
      controls={controls}
      empty={series.items.length === 0 ? t('charts.schedule.empty') : undefined}
      renderActions={context.renderActions}
    >
      <div ref={ref} style={{ minHeight: chartHeight }}>
        {width > 0 && active && (
          <BarChart
            layout="vertical"
            width={width}
            height={chartHeight}
            data={table.rows}
            margin={{ top: 4, right: 56, bottom: 4, left: 0 }}
            barGap={2}
            barCategoryGap="22%"
            title={t('charts.schedule.title')}
            desc={t('charts.tableHint')}
          >
            <CartesianGrid horizontal={false} stroke="#d4d8db" />
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={percent}
              stroke="#505a5f"
            />
            <YAxis
              type="category"
              dataKey="_id"
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
            <Bar
              dataKey="expected"
              name={t('charts.schedule.expected')}
              fill={EXPECTED.fill}
              stroke={EXPECTED.ink}
              isAnimationActive={!reduced}
            >
              <LabelList dataKey="expected" position="right" fontSize={12} fill="#1b1b1b" formatter={percent} />
            </Bar>
            <Bar dataKey="actual" name={t('charts.schedule.actual')} fill={ACTUAL.fill} isAnimationActive={!reduced}>
              <LabelList dataKey="actual" position="right" fontSize={12} fill="#1b1b1b" formatter={percent} />
            </Bar>
          </BarChart>
        )}
      </div>
    </ChartFrame>
  );
}
