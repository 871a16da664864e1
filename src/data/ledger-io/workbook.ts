import type { SheetData } from 'write-excel-file/universal';
import type { Dataset } from '@/data/schema';
import type { Lang } from '@/i18n/messages';
import { LEDGER_COLUMNS, SHEETS, columnLetter, headerText, type LedgerField } from './columns';
import type { DataValidation } from './data-validation';
import { guideSheet } from './guide-sheet';
import { vocabularyLabels } from './labels';
import { ledgerRows, type LedgerRowValues } from './ledger-rows';
import { DATE_FIELDS, TEXT, header, ledgerCell, textCell, type SheetSpec } from './sheet-cells';

/** Empty rows below the data that carry the text format and the drop-downs, ready to fill. */
export const BLANK_ROWS = 300;

/** The `取值 Lists` sheet: every id and vocabulary label the drop-downs offer. */
export function listsSheet(
  dataset: Dataset,
  lang: Lang,
): { spec: SheetSpec; ranges: Record<'id' | 'status' | 'stage' | 'quality', string> } {
  const lists = [
    { title: '承诺编号 Commitment id', values: dataset.commitments.map((c) => c.id) },
    { title: '承诺名称 Title', values: dataset.commitments.map((c) => c.title[lang]) },
    { title: '状态 Status', values: vocabularyLabels('status', lang) },
    { title: '阶段 Stage', values: vocabularyLabels('stage', lang) },
    { title: '来源类别 Source quality', values: vocabularyLabels('quality', lang) },
  ];
  const height = Math.max(...lists.map((l) => l.values.length));
  const data: SheetData = [lists.map((l) => header(l.title))];
  for (let i = 0; i < height; i += 1) data.push(lists.map((l) => textCell(l.values[i] ?? null)));
  const range = (col: number) =>
    `'${SHEETS.lists}'!$${columnLetter(col)}$2:$${columnLetter(col)}$${Math.max(2, lists[col]!.values.length + 1)}`;
  return {
    spec: {
      sheet: SHEETS.lists,
      data,
      columns: [{ width: 34 }, { width: 40 }, { width: 14 }, { width: 16 }, { width: 18 }],
      stickyRowsCount: 1,
      validations: [],
    },
    ranges: { id: range(0), status: range(2), stage: range(3), quality: range(4) },
  };
}

export function ledgerSheet(
  rows: readonly LedgerRowValues[],
  ranges: ReturnType<typeof listsSheet>['ranges'],
): SheetSpec {
  const data: SheetData = [LEDGER_COLUMNS.map((c) => header(headerText(c)))];
  for (const row of rows) data.push(LEDGER_COLUMNS.map((c) => ledgerCell(c.field, row[c.field])));
  for (let i = 0; i < BLANK_ROWS; i += 1)
    data.push(LEDGER_COLUMNS.map((c) => (DATE_FIELDS.includes(c.field) ? textCell(null, TEXT) : null)));
  const last = data.length;
  const col = (field: LedgerField) => columnLetter(LEDGER_COLUMNS.findIndex((c) => c.field === field));
  const area = (field: LedgerField) => `${col(field)}2:${col(field)}${last}`;
  const list = (field: LedgerField, source: string, error: string): DataValidation => ({
    kind: 'list',
    sqref: area(field),
    source,
    error,
  });
  return {
    sheet: SHEETS.ledger,
    data,
    columns: LEDGER_COLUMNS.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
    validations: [
      list('commitmentId', ranges.id, '请从下拉列表选择承诺编号。Pick a commitment id from the list.'),
      list('status', ranges.status, '请从下拉列表选择状态。Pick a status from the list.'),
      list('stage', ranges.stage, '请从下拉列表选择阶段，或留空。Pick a stage from the list, or leave it empty.'),
      list('sourceQuality', ranges.quality, '请从下拉列表选择来源类别。Pick a source quality from the list.'),
      {
        kind: 'decimal',
        sqref: area('progress'),
        min: 0,
        max: 100,
        prompt: '0–100 的数字，不带 %。A number from 0 to 100, no % sign.',
        error: '进度须为 0–100 的数字。Progress must be a number from 0 to 100.',
      },
    ],
  };
}

/** The template: the dataset's ledgers (so it re-imports without change), the guide and the lists. */
export function templateWorkbook(dataset: Dataset, lang: Lang): SheetSpec[] {
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const lists = listsSheet(dataset, lang);
  return [ledgerSheet(ledgerRows(dataset.commitments, sourcesById, lang), lists.ranges), guideSheet(), lists.spec];
}
