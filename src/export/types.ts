import type { EstimateResult, IsoDate } from '../engine/types';
import type { EstimateFile } from '../estimate-file/types';
import type { StatementFile } from '../statements/types';

/** A chart rendered by the caller (e.g. Chart.js `toBase64Image()`), placed in the PDF as is. */
export interface ChartImage {
  title: string;
  /** "data:image/png;base64,…". Nothing is fetched: the image travels inside the data URL. */
  pngDataUrl: string;
}

export interface EstimateExportInput {
  estimate: EstimateFile;
  statement: StatementFile;
  result: EstimateResult;
  /** The date the export is prepared: passed in, never read from the clock here. */
  preparedOn: IsoDate;
}

export interface EstimatePdfInput extends EstimateExportInput {
  /** Charts to show as images; when absent or empty, simple bar charts are drawn instead. */
  charts?: ChartImage[] | null;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: ArrayBuffer;
  blob: Blob;
}

export interface ExportedPdf extends ExportedFile {
  pageCount: number;
}

/** An export failed for a reason the user can act on; `message` is in plain words. */
export class ExportError extends Error {
  override name = 'ExportError';
}
