import type { ExportTable } from './types';

/** UTF-8 byte-order mark: without it Excel on Windows opens UTF-8 Chinese as mojibake. */
export const BOM = '\ufeff';

/**
 * Characters that make a spreadsheet read a text cell as a formula (OWASP
 * "CSV injection"): = + - @, and tab / carriage return that some programs
 * strip before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers as plain digits (no grouping), text neutralised against formulas and quoted when needed. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The chart's table as CSV (RFC 4180: comma-separated, CRLF line ends,
 * double-quoted where needed), preceded by a byte-order mark. One header row of
 * column labels, then one row per data row, in the table's column order; keys
 * a row holds beyond the columns are left out.
 */
export function toCsv(table: ExportTable): string {
  const lines = [
    table.columns.map((column) => csvCell(column.label)).join(','),
    ...table.rows.map((row) => table.columns.map((column) => csvCell(row[column.key])).join(',')),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
