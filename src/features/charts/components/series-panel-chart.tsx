import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate, formatMetricValue } from '@/lib/format';
import { seriesPanelTable, type FiguresText, type SeriesPanel } from '../logic/figures';
import { sourceLine } from '../logic/source-line';
import type { ChartContext } from './chart-context';
import { ChartFrame } from './chart-frame';
import { EndLabel } from './end-label';
import { PlainBar } from './plain-bar';
import { RowTooltip } from './row-tooltip';
import { sourceText } from './source-text';
import { useChartSlot } from './use-chart-slot';
import { useReducedMotion } from './use-reduced-motion';

const BAR = '#1d4f91';

/** Chart 5a: one figure over time (e.g. R&D intensity by year), one bar per period. */
export function SeriesPanelChart({
  panel,
  text,
  unitName,
  context,
}: {
  panel: SeriesPanel;
  text: FiguresText;
  unitName: string;
  context: ChartContext;
}) {
  const { t, l, lang } = useI18n();
  const reduced = useReducedMotion();
  const { ref, width, active } = useChartSlot();
  const table = useMemo(() => seriesPanelTable(panel, text), [panel, text]);
  const source = useMemo(
    () =>
      sourceText(
        sourceLine(
          panel.points.map((p) => p.sourceId),
          context.sourcesById,
        ),
        t,
        lang,
      ),
    [panel, context.sourcesById, t, lang],
  );
  const format = (v: number) => formatMetricValue(v, panel.unit, lang);
  const title = l(panel.label);

  const chartHeight = 220;
  return (
    <ChartFrame
      title={title}
      subtitle={t('charts.subtitle', {
        what: t('charts.figures.seriesWhat', { title: l(panel.commitmentTitle) }),
        filters: context.filterLabel,
      })}
      unit={t('charts.unit', { unit: unitName })}
      source={source}
      asOf={t('charts.asOf', { date: formatDate(context.asOf, lang) })}
      pageUrl={context.pageUrl}
      table={table}
      fileSlug={`series-${panel.key}`}
      headingLevel={3}
      renderActions={context.renderActions}
    >
      <div ref={ref} style={{ minHeight: chartHeight }}>
        {width > 0 && active && (
          <BarChart
            width={width}
            height={chartHeight}
            data={table.rows}
            margin={{ top: 22, right: 8, bottom: 4, left: 8 }}
            title={title}
            desc={t('charts.tableHint')}
          >
            <CartesianGrid vertical={false} stroke="#d4d8db" />
            <XAxis dataKey="period" stroke="#505a5f" interval={0} />
            <YAxis hide domain={[(min: number) => (min < 0 ? min * 1.5 : 0), (max: number) => Math.max(0, max) || 1]} />
            <ReferenceLine y={0} stroke="#505a5f" />
            <Tooltip
              cursor={{ fill: 'rgba(0,0,0,0.06)' }}
              isAnimationActive={!reduced}
              content={({ active, payload }) => (
                <RowTooltip active={active} payload={payload} columns={table.columns} />
              )}
            />
            <Bar
              dataKey="value"
              name={title}
              fill={BAR}
              shape={<PlainBar />}
              maxBarSize={56}
              isAnimationActive={!reduced}
            >
              <LabelList dataKey="value" content={(props) => <EndLabel {...props} format={format} vertical />} />
            </Bar>
          </BarChart>
        )}
      </div>
    </ChartFrame>
  );
}
