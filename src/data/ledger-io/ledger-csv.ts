import type { Dataset } from '@/data/schema';
import type { Lang } from '@/i18n/messages';
import { LEDGER_COLUMNS, headerText } from './columns';
import { toCsv } from './csv';
import { ledgerRows } from './ledger-rows';

/** The template as CSV (UTF-8 with BOM): the same header and rows as the workbook's ledger sheet. */
export function templateCsv(dataset: Dataset, lang: Lang): string {
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const rows = ledgerRows(dataset.commitments, sourcesById, lang);
  return toCsv([LEDGER_COLUMNS.map(headerText), ...rows.map((row) => LEDGER_COLUMNS.map((c) => row[c.field]))]);
}
