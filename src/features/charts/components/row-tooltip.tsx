import { useI18n } from '@/i18n/use-i18n';
import { formatNumber } from '@/lib/format';
import type { ChartTable } from '../logic/chart-table';
import styles from './row-tooltip.module.css';

type Row = ChartTable['rows'][number];

/**
 * Tooltip content that shows the hovered row of the chart's own table, so the
 * tooltip, the table alternative and the CSV always say the same thing.
 * `payload` is what recharts passes: entries whose `payload` is the data row.
 */
export function RowTooltip({
  active,
  payload,
  columns,
}: {
  active: boolean | undefined;
  payload: readonly { payload?: unknown }[] | undefined;
  columns: ChartTable['columns'];
}) {
  const { t, lang } = useI18n();
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  const [first, ...rest] = columns;
  const cell = (value: Row[string] | undefined) =>
    value === null || value === undefined
      ? t('charts.table.none')
      : typeof value === 'number'
        ? formatNumber(value, lang)
        : value;
  return (
    <div className={styles.tooltip} data-chart-tooltip="">
      {first && <p className={styles.heading}>{cell(row[first.key])}</p>}
      <dl className={styles.list}>
        {rest.map((column) => (
          <div key={column.key} className={styles.item}>
            <dt>{column.label}</dt>
            <dd>{cell(row[column.key])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
