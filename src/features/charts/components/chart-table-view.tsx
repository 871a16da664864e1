import { useState } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import { formatNumber } from '@/lib/format';
import type { ChartTable } from '../logic/chart-table';
import styles from './chart-frame.module.css';

/**
 * "View as table": a real table with the chart's own numbers. Rows are put in
 * the page only once opened, so a chart of thousands of dates costs nothing
 * until the reader asks for its table.
 */
export function ChartTableView({ table, caption }: { table: ChartTable; caption: string }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const cell = (value: string | number | null | undefined) =>
    value === null || value === undefined
      ? t('charts.table.none')
      : typeof value === 'number'
        ? formatNumber(value, lang)
        : value;
  const [first, ...rest] = table.columns;
  return (
    <details className={styles.tableDetails} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={styles.tableSummary}>{t('charts.table.show')}</summary>
      {open && first && (
        <div className={styles.tableScroll}>
          <table className={styles.table}>
            <caption>{caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column.key} scope="col">
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                <tr key={index}>
                  <th scope="row">{cell(row[first.key])}</th>
                  {rest.map((column) => (
                    <td key={column.key} data-numeric={typeof row[column.key] === 'number' || undefined}>
                      {cell(row[column.key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
