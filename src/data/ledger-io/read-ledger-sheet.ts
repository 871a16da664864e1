import { LEDGER_COLUMNS, columnLetter, fieldOfHeader, headerText, type LedgerField } from './columns';
import type { Cell } from './csv';
import { cellText } from './cells';
import type { LedgerProblem } from './problems';

/** A sheet as read from a file: its name and its cells, row by row. */
export interface SheetGrid {
  sheet: string;
  rows: readonly (readonly Cell[])[];
}

/** Where a field sits in the file, for messages. */
export interface FieldPlace {
  column: string;
  header: string;
}

export interface RawLedgerRow {
  /** Spreadsheet row number. */
  row: number;
  cells: Partial<Record<LedgerField, Cell>>;
}

export interface ReadSheetResult {
  rows: RawLedgerRow[];
  places: Partial<Record<LedgerField, FieldPlace>>;
  problems: LedgerProblem[];
}

/** Every column but the title must be there: the title is for reading only, stage and progress may stay empty. */
const OPTIONAL_COLUMNS: readonly LedgerField[] = ['commitmentTitle', 'stage', 'progress'];

/**
 * Finds the columns by their headers (row 1) and returns the non-empty rows
 * below. A missing or repeated column is a problem of the header row.
 */
export function readLedgerSheet(grid: SheetGrid): ReadSheetResult {
  const problems: LedgerProblem[] = [];
  const header = grid.rows[0] ?? [];
  const indexOf = new Map<LedgerField, number>();
  const places: Partial<Record<LedgerField, FieldPlace>> = {};
  header.forEach((cell, index) => {
    const text = cellText(cell);
    const field = fieldOfHeader(text);
    if (!field) return;
    if (indexOf.has(field)) {
      problems.push({
        sheet: grid.sheet,
        row: 1,
        column: columnLetter(index),
        header: text,
        zh: `“${text}”列出现了两次，请删去一列`,
        en: `the column "${text}" appears twice; delete one of them`,
      });
      return;
    }
    indexOf.set(field, index);
    places[field] = { column: columnLetter(index), header: text };
  });
  for (const column of LEDGER_COLUMNS) {
    if (indexOf.has(column.field) || OPTIONAL_COLUMNS.includes(column.field)) continue;
    problems.push({
      sheet: grid.sheet,
      row: 1,
      column: '',
      header: '',
      zh: `表头缺少“${headerText(column)}”列`,
      en: `the header row has no "${headerText(column)}" column`,
    });
  }
  const rows: RawLedgerRow[] = [];
  grid.rows.slice(1).forEach((cells, i) => {
    const row: RawLedgerRow = { row: i + 2, cells: {} };
    let empty = true;
    for (const [field, index] of indexOf) {
      const cell = cells[index] ?? null;
      row.cells[field] = cell;
      if (field !== 'commitmentTitle' && cellText(cell) !== '') empty = false;
    }
    if (!empty) rows.push(row);
  });
  return { rows, places, problems };
}
