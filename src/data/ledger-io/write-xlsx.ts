import writeExcelFile from 'write-excel-file/universal';
import { dataValidationFeature } from './data-validation';
import type { SheetSpec } from './sheet-cells';

/**
 * Writes sheets to an `.xlsx` Blob, in the browser and in Node alike. This
 * module pulls in write-excel-file: the app reaches it only through a dynamic
 * import, on click.
 */
export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Blob> {
  const feature = dataValidationFeature(sheets.map((s) => s.validations));
  return writeExcelFile(
    sheets.map(({ sheet, data, columns, stickyRowsCount }) => ({ sheet, data, columns, stickyRowsCount })),
    { features: [feature], fontFamily: 'DengXian', fontSize: 11 },
  ).toBlob();
}
