/**
 * Builds the estimate PDF off the page's thread, so a long estimate (thousands of lines)
 * leaves the page free to answer the user meanwhile; src/ui/export/buildPdfInBackground.ts
 * starts it. A same-origin module worker: the app's CSP (script-src 'self', which worker-src
 * falls back to) allows it, where a blob: worker would be refused.
 *
 * Messages out: `ready` once the PDF code has loaded, `progress` with the share done,
 * then `done` with the file's bytes (transferred, not copied) or `error` in plain words.
 */
import type { EstimatePdfInput } from '../types';
import { buildEstimatePdf } from './buildEstimatePdf';

export type PdfWorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; fraction: number }
  | { type: 'done'; fileName: string; mimeType: string; bytes: ArrayBuffer; pageCount: number }
  | { type: 'error'; name: string; message: string };

const post = (message: PdfWorkerMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

self.addEventListener('message', (event: MessageEvent<EstimatePdfInput>) => {
  try {
    const pdf = buildEstimatePdf(event.data, {
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    post(
      {
        type: 'done',
        fileName: pdf.fileName,
        mimeType: pdf.mimeType,
        bytes: pdf.bytes,
        pageCount: pdf.pageCount,
      },
      [pdf.bytes],
    );
  } catch (e) {
    // An ExportError keeps its name, so the page words it as one.
    post({
      type: 'error',
      name: e instanceof Error ? e.name : 'Error',
      message: e instanceof Error ? e.message : String(e),
    });
  }
});

post({ type: 'ready' });
