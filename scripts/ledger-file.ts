/**
 * Reading a ledger file for `data:import` without ever throwing an unexplained
 * error: an empty, damaged, password-protected or wrong-kind file ends in one
 * clear line, in Chinese and English.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { SHEETS } from '@/data/ledger-io/columns';
import { decodeCsvBytes, parseCsv, type Cell } from '@/data/ledger-io/csv';
import type { SheetGrid } from '@/data/ledger-io/read-ledger-sheet';

/** A file `data:import` cannot read, with the reason for the person who gave it. */
export class LedgerFileError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = 'LedgerFileError';
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: an encrypted (password-protected) .xlsx, or an old .xls. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

function refuseKind(bytes: Uint8Array, expected: 'xlsx' | 'csv'): void {
  if (startsWith(bytes, CFB)) {
    throw new LedgerFileError(
      '文件受密码保护（或是旧版 .xls 工作簿），无法读取：请在 Excel 中取消密码，另存为 .xlsx 后再导入',
      'the file is password-protected (or an old .xls workbook): remove the password in Excel and save it as .xlsx, then import again',
    );
  }
  if (expected === 'xlsx' && !startsWith(bytes, ZIP)) {
    throw new LedgerFileError(
      '文件不是 Excel 工作簿（.xlsx），可能扩展名有误：请用 Excel 另存为 .xlsx，或存为 .csv',
      'the file is not an Excel workbook (.xlsx); its name may be wrong: save it from Excel as .xlsx, or as .csv',
    );
  }
  if (expected === 'csv' && (startsWith(bytes, ZIP) || bytes.includes(0))) {
    throw new LedgerFileError(
      '文件不是 CSV 文本（看起来是工作簿或其他二进制文件）：工作簿请以 .xlsx 结尾，或在 Excel 中另存为 CSV UTF-8',
      'the file is not CSV text (it looks like a workbook or other binary file): name a workbook .xlsx, or save it from Excel as CSV UTF-8',
    );
  }
}

/** The ledger sheet of a workbook (by name, else the first sheet), or the rows of a CSV file. */
export async function readLedgerFile(file: string): Promise<SheetGrid> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LedgerFileError(`无法读取文件：${reason}`, `the file cannot be read: ${reason}`);
  }
  const kind = extname(file).toLowerCase() === '.csv' ? 'csv' : 'xlsx';
  const text = kind === 'csv' ? decodeCsvBytes(bytes).text : '';
  if (bytes.length === 0 || (kind === 'csv' && text.replace(/^\uFEFF/, '').trim() === '')) {
    throw new LedgerFileError('文件是空的，没有可导入的内容', 'the file is empty: there is nothing to import');
  }
  refuseKind(bytes, kind);
  if (kind === 'csv') return { sheet: basename(file), rows: parseCsv(text) };
  let sheets: Awaited<ReturnType<typeof readExcelFile>>;
  try {
    sheets = await readExcelFile(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LedgerFileError(
      `工作簿已损坏，无法读取（${reason}）：请在 Excel 中打开并重新保存`,
      `the workbook is damaged and cannot be read (${reason}): open it in Excel and save it again`,
    );
  }
  const chosen = sheets.find((s) => s.sheet === SHEETS.ledger) ?? sheets[0];
  if (!chosen) throw new LedgerFileError('工作簿中没有工作表', 'the workbook has no sheet');
  return { sheet: chosen.sheet, rows: chosen.data as Cell[][] };
}

export interface AtomicFs {
  writeFileSync: (path: string, data: string) => void;
  renameSync: (from: string, to: string) => void;
}

/**
 * Writes `text` to a temporary file beside `path`, then renames it over `path`:
 * a run interrupted at any point leaves either the old file or the new one, never half of one.
 */
export function writeFileAtomic(path: string, text: string, fs: AtomicFs = { writeFileSync, renameSync }): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
