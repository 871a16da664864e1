import type { Cell, SheetData } from 'write-excel-file/universal';
import type { LedgerField } from './columns';
import type { DataValidation } from './data-validation';

/** One sheet, ready for write-excel-file, with the drop-downs our feature adds. */
export interface SheetSpec {
  sheet: string;
  data: SheetData;
  columns: { width: number }[];
  stickyRowsCount?: number;
  validations: DataValidation[];
}

export const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#E8EEF6', wrap: true } as const;
/** Text format, so that Excel keeps `2025-06` as typed instead of turning it into 1 June 2025. */
export const TEXT = '@';
export const DATE_FIELDS: readonly LedgerField[] = ['date', 'sourceDate'];

export const header = (text: string): Cell => ({ value: text, type: String, ...HEADER_STYLE });

export function textCell(value: string | null, format?: string): Cell {
  return format ? { value: value ?? '', type: String, format } : value === null ? null : { value, type: String };
}

export function ledgerCell(field: LedgerField, value: string | number | null): Cell {
  if (field === 'progress') return typeof value === 'number' ? { value, type: Number } : null;
  return textCell(value === null ? null : String(value), DATE_FIELDS.includes(field) ? TEXT : undefined);
}
