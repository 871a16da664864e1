import { isPartialDate } from '@/lib/partial-date';
import type { Cell } from './csv';

/** A cell as text: trimmed, full-width letters and digits folded (ＡＢ１ → AB1), a date as `YYYY-MM-DD`. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).normalize('NFKC').trim();
}

const LOOSE_DATE = /^(\d{4})(?:(?:[-/.]|年)(\d{1,2})(?:(?:[-/.]|月)(\d{1,2})日?|月)?)?年?$/;

/**
 * A date cell to an ISO partial date (`2025`, `2025-06`, `2025-06-28`), keeping
 * the precision written. Accepts 2025/6/28, 2025.6.28, 2025年6月28日 and a
 * spreadsheet date. `undefined` when the cell is not a date.
 */
export function parseDateCell(cell: Cell | undefined): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) && isPartialDate(String(cell)) ? String(cell) : undefined;
  const text = cellText(cell).replace(/\s+/g, '');
  const match = LOOSE_DATE.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const iso = [y, m?.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-');
  return isPartialDate(iso) ? iso : undefined;
}

export type ProgressCell =
  { kind: 'empty' } | { kind: 'ok'; value: number } | { kind: 'fraction'; value: number } | { kind: 'invalid' };

/**
 * Progress in percentage points. `45` and `45%` mean 45. A value strictly
 * between 0 and 1 is refused as a likely percentage-formatted cell (Excel
 * stores 45% as 0.45), rather than read as 0.45 %.
 */
export function parseProgressCell(cell: Cell | undefined): ProgressCell {
  let value: number;
  if (typeof cell === 'number') value = cell;
  else {
    const text = cellText(cell).replace(/\s+/g, '');
    if (text === '') return { kind: 'empty' };
    const match = /^([+-]?\d+(?:\.\d+)?)%?$/.exec(text);
    if (!match) return { kind: 'invalid' };
    value = Number(match[1]);
  }
  if (!Number.isFinite(value) || value < 0 || value > 100) return { kind: 'invalid' };
  if (value > 0 && value < 1) return { kind: 'fraction', value };
  return { kind: 'ok', value };
}

/** An absolute http(s) URL in its normal form, or `undefined`. */
export function normalizeHttpUrl(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
