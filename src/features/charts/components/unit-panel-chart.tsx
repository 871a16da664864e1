import { useMemo } from 'react';
import { Bar, BarChart, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Localized } from '@/data/schema';
import { useI18n } from '@/i18n/use-i18n';
import { formatDate, formatMetricValue, formatNumber } from '@/lib/format';
import { unitPanelTable, type FiguresText, type UnitPanel } from '../logic/figures';
import { sourceLine } from '../logic/source-line';
import { truncateLabel } from '../logic/truncate-label';
import type { ChartContext } from './chart-context';
import { ChartFrame } from './chart-frame';
import { EndLabel } from './end-label';
import { PlainBar } from './plain-bar';
import { RowTooltip } from './row-tooltip';
import { sourceText } from './source-text';
import { useChartSlot } from './use-chart-slot';
import { useReducedMotion } from './use-reduced-motion';

const BAR = '#1d4f91';
const ROW = 32;

/** Chart 5b: one commitment's figures in one unit (e.g. capacity by phase), one bar per stated figure. */
export function UnitPanelChart({
  panel,
  text,
  unitName,
  commitmentTitle,
  context,
}: {
  panel: UnitPanel;
  text: FiguresText;
  unitName: string;
  commitmentTitle: Localized;
  context: ChartContext;
}) {
  const { t, l, lang } = useI18n();
  const reduced = useReducedMotion();
  const { ref, width, active } = useChartSlot();
  const table = useMemo(() => unitPanelTable(panel, text), [panel, text]);
  const source = useMemo(
    () =>
      sourceText(
        sourceLine(
          panel.items.map((p) => p.sourceId),
          context.sourcesById,
        ),
        t,
        lang,
      ),
    [panel, context.sourcesById, t, lang],
  );
  const format = (v: number) => formatMetricValue(v, panel.unit, lang);
  const axisWidth = Math.min(220, Math.max(96, Math.round(width * 0.4)));
  const maxUnits = Math.floor((axisWidth - 12) / 8);
  const title = t('charts.figures.unitTitle', { title: l(commitmentTitle), unit: unitName });

  const chartHeight = panel.items.length * ROW + 16;
  return (
    <ChartFrame
      title={title}
      subtitle={t('charts.subtitle', { what: t('charts.figures.unitWhat'), filters: context.filterLabel })}
      unit={t('charts.unit', { unit: unitName })}
      note={
        panel.total > panel.items.length
          ? t('charts.limited', {
              shown: formatNumber(panel.items.length, lang),
              total: formatNumber(panel.total, lang),
            })
          : undefined
      }
      source={source}
      asOf={t('charts.asOf', { date: formatDate(context.asOf, lang) })}
      pageUrl={context.pageUrl}
      table={table}
      fileSlug={`figures-${panel.items[0]?.commitmentId ?? 'none'}-${panel.unit}`}
      headingLevel={3}
      renderActions={context.renderActions}
    >
      <div ref={ref} style={{ minHeight: chartHeight }}>
        {width > 0 && active && (
          <BarChart
            layout="vertical"
            width={width}
            height={chartHeight}
            data={table.rows}
            margin={{ top: 4, right: 96, bottom: 4, left: 0 }}
            title={title}
            desc={t('charts.tableHint')}
          >
            <XAxis
              type="number"
              hide
              domain={[(min: number) => (min < 0 ? min * 1.5 : 0), (max: number) => Math.max(0, max) || 1]}
            />
            <YAxis
              type="category"
              dataKey="_key"
              width={axisWidth}
              interval={0}
              stroke="#505a5f"
              tickFormatter={(key: string) =>
                truncateLabel(String(table.rows.find((r) => r._key === key)?.item ?? key), maxUnits)
              }
            />
            <ReferenceLine x={0} stroke="#505a5f" />
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
              maxBarSize={22}
              isAnimationActive={!reduced}
            >
              <LabelList dataKey="value" content={(props) => <EndLabel {...props} format={format} />} />
            </Bar>
          </BarChart>
        )}
      </div>
    </ChartFrame>
  );
}
