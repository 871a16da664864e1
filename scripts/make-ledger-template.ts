/**
 * `npm run data:template [-- --dataset path] [--out dir]`: writes the ledger
 * template (台账模板) from the dataset: `ledger-template.xlsx` (ledger sheet with
 * drop-down lists, explanation sheet, lists sheet) and `ledger-template.csv`
 * (UTF-8 with BOM), by default into public/templates/, served at
 * `<base>/templates/…`. Run by `npm run build`, so a fresh clone's build has it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDatasetText } from '@/data/load-dataset';
import { templateCsv } from '@/data/ledger-io/ledger-csv';
import { templateWorkbook } from '@/data/ledger-io/workbook';
import { writeWorkbook } from '@/data/ledger-io/write-xlsx';

export const TEMPLATE_BASENAME = 'ledger-template';

export async function makeTemplate(datasetText: string): Promise<{ xlsx: Buffer; csv: string; rows: number }> {
  const { dataset, skipped } = parseDatasetText(datasetText);
  if (skipped.length > 0) {
    throw new Error(`the dataset has ${skipped.length} invalid records; run npm run data:check first`);
  }
  const sheets = templateWorkbook(dataset, 'zh');
  const blob = await writeWorkbook(sheets);
  const rows = dataset.commitments.reduce((n, c) => n + c.updates.reduce((m, u) => m + u.sourceIds.length, 0), 0);
  return { xlsx: Buffer.from(await blob.arrayBuffer()), csv: templateCsv(dataset, 'zh'), rows };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const value = (flag: string, fallback: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
  };
  const datasetPath = resolve(value('--dataset', 'public/data/commitments.json'));
  const outDir = resolve(value('--out', 'public/templates'));
  const { xlsx, csv, rows } = await makeTemplate(readFileSync(datasetPath, 'utf8'));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${TEMPLATE_BASENAME}.xlsx`), xlsx);
  writeFileSync(join(outDir, `${TEMPLATE_BASENAME}.csv`), csv);
  const shown = relative(process.cwd(), outDir) || outDir;
  console.log(`data:template: wrote ${shown}/${TEMPLATE_BASENAME}.xlsx and .csv (${rows} ledger rows)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(`data:template: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
