/**
 * The estimate as an Excel workbook (.xlsx), for users who carry on in a spreadsheet: the
 * same content as the CSV, with money as £ number cells, one sheet per scheme, and the
 * non-binding notice at the top of every sheet.
 *
 * write-excel-file (and fflate with it) is imported statically here, and this module is
 * itself only ever loaded with `import()` from the export menu, so neither reaches the
 * initial bundle. Its browser entry builds the file in memory; nothing is fetched.
 *
 * A workbook with a part too large to compress in the page needs a blob: worker, which the
 * app's Content-Security-Policy refuses; such an export stops with a plain-words error
 * instead of waiting for ever (inPageZipLimit.ts).
 */
import writeExcelFile from 'write-excel-file/browser';
import { estimateFileName } from '../estimateFileName';
import { ExportError, type EstimateExportInput, type ExportedFile } from '../types';
import { buildEstimateSheets, type EstimateSheet } from './buildEstimateSheets';
import { canStartBlobWorker } from './canStartBlobWorker';
import {
  IN_PAGE_ZIP_LIMIT,
  sharedStringsBytes,
  sheetSizeGuard,
  TooLargeForPage,
} from './inPageZipLimit';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "EST-2026-0001" → "EST-2026-0001-budget-estimate.xlsx", made safe as the PDF and CSV names are. */
export function estimateXlsxFileName(reference: string): string {
  return estimateFileName(reference, 'xlsx');
}

const TOO_LARGE =
  'This estimate is too large to make as an XLSX in this browser page (it has too many lines). Download the CSV instead: it holds the same content and opens in Excel.';

export interface XlsxOptions {
  /** Whether the page may start a blob: worker; probed only when a part is too large. */
  canStartWorker?: () => Promise<boolean>;
}

function write(sheets: EstimateSheet[], guarded: boolean): Promise<Blob> {
  return writeExcelFile(sheets, {
    fontFamily: 'Calibri',
    fontSize: 11,
    features: guarded ? [sheetSizeGuard()] : [],
  }).toBlob();
}

/** The workbook, zipped in the page when every part is small enough (see inPageZipLimit.ts). */
async function writeWorkbook(sheets: EstimateSheet[], options: XlsxOptions): Promise<Blob> {
  const canStartWorker = options.canStartWorker ?? (() => canStartBlobWorker());
  if (sharedStringsBytes(sheets) < IN_PAGE_ZIP_LIMIT) {
    try {
      // The guard stops the writer before zipping if a sheet would need a worker.
      return await write(sheets, true);
    } catch (error) {
      if (!(error instanceof TooLargeForPage)) throw error;
    }
  }
  // Some part is too large for the page: only a worker can compress it.
  if (!(await canStartWorker())) throw new ExportError(TOO_LARGE);
  return write(sheets, false);
}

export async function buildEstimateXlsx(
  input: EstimateExportInput,
  options: XlsxOptions = {},
): Promise<ExportedFile> {
  const sheets = buildEstimateSheets(input);
  const written = await writeWorkbook(sheets, options);
  const bytes = await written.arrayBuffer();
  return {
    fileName: estimateXlsxFileName(input.estimate.reference),
    mimeType: XLSX_MIME_TYPE,
    bytes,
    blob: new Blob([bytes], { type: XLSX_MIME_TYPE }),
  };
}
