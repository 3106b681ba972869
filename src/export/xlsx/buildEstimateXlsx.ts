/**
 * The estimate as an Excel workbook (.xlsx), for users who carry on in a spreadsheet: the
 * same content as the CSV, with money as £ number cells, one sheet per scheme, and the
 * non-binding notice at the top of every sheet.
 *
 * write-excel-file (and fflate with it) is imported statically here, and this module is
 * itself only ever loaded with `import()` from the export menu, so neither reaches the
 * initial bundle. Its browser entry builds the file in memory; nothing is fetched.
 *
 * The zipping stays in the page for a workbook of any size, as the app's Content-Security-
 * Policy requires (src/export/xlsx/fflateInPage.ts).
 */
import writeExcelFile from 'write-excel-file/browser';
import { estimateFileName } from '../estimateFileName';
import type { EstimateExportInput, ExportedFile } from '../types';
import { buildEstimateSheets } from './buildEstimateSheets';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "EST-2026-0001" → "EST-2026-0001-budget-estimate.xlsx", made safe as the PDF and CSV names are. */
export function estimateXlsxFileName(reference: string): string {
  return estimateFileName(reference, 'xlsx');
}

export async function buildEstimateXlsx(input: EstimateExportInput): Promise<ExportedFile> {
  const sheets = buildEstimateSheets(input);
  const written = await writeExcelFile(sheets, { fontFamily: 'Calibri', fontSize: 11 }).toBlob();
  const bytes = await written.arrayBuffer();
  return {
    fileName: estimateXlsxFileName(input.estimate.reference),
    mimeType: XLSX_MIME_TYPE,
    bytes,
    blob: new Blob([bytes], { type: XLSX_MIME_TYPE }),
  };
}
