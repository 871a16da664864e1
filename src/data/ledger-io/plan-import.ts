import { parseDatasetText } from '@/data/load-dataset';
import { checkRow, type NewEntry } from './check-row';
import { indexSourcesForImport } from './source-index';
import { mergeEntries, type MergeResult } from './merge';
import type { LedgerProblem } from './problems';
import { readLedgerSheet, type SheetGrid } from './read-ledger-sheet';

export interface ImportPlan extends MergeResult {
  /** Every problem found; when there is one, nothing is added (`json` is the input unchanged). */
  problems: LedgerProblem[];
  /** Rows recognised as already in the dataset (same commitment, date, status and source). */
  present: number[];
  /** Non-empty rows read. */
  rowCount: number;
}

/**
 * What importing a ledger sheet into the dataset would do. Pure: it reads the
 * dataset file's text and the sheet, and returns the problems or the new file
 * content with a list of what changed. `today` is `YYYY-MM-DD`.
 */
export function planImport(datasetText: string, grid: SheetGrid, today: string): ImportPlan {
  const { dataset, skipped } = parseDatasetText(datasetText, { today });
  const json: unknown = JSON.parse(datasetText.replace(/^\uFEFF/, ''));
  const unchanged = (problems: LedgerProblem[], rowCount = 0, present: number[] = []): ImportPlan => ({
    json,
    added: [],
    newSources: [],
    asOf: { before: dataset.asOf, after: dataset.asOf },
    problems,
    present,
    rowCount,
  });
  if (skipped.length > 0) {
    return unchanged([
      {
        sheet: 'commitments.json',
        row: 0,
        column: '',
        header: '',
        zh: `数据集本身有 ${skipped.length} 条记录不合规范，请先运行 npm run data:check 修正`,
        en: `the dataset itself has ${skipped.length} invalid records; fix them first (npm run data:check)`,
      },
    ]);
  }

  const sheet = readLedgerSheet(grid);
  if (sheet.problems.length > 0) return unchanged(sheet.problems, sheet.rows.length);

  const ctx = {
    sheet: grid.sheet,
    places: sheet.places,
    commitments: new Map(dataset.commitments.map((c) => [c.id, c])),
    sources: indexSourcesForImport(dataset.sources),
    today,
  };
  const problems: LedgerProblem[] = [];
  const present: number[] = [];
  const entries: NewEntry[] = [];
  for (const raw of sheet.rows) {
    const checked = checkRow(raw, ctx);
    if (checked.kind === 'invalid') problems.push(...checked.problems);
    else if (checked.kind === 'present') present.push(checked.row);
    else entries.push(checked.entry);
  }
  if (problems.length > 0) return unchanged(problems, sheet.rows.length, present);
  return { ...mergeEntries(json, entries), problems, present, rowCount: sheet.rows.length };
}
