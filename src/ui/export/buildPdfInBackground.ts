/**
 * Makes the estimate PDF in a module worker (src/export/pdf/pdfWorker.ts), reporting the
 * share done, so the page stays responsive while a long estimate is laid out. Where no
 * worker can be started (an environment without workers, or the worker's code could not
 * be loaded), the PDF is made in the page as before: slower to answer, same file.
 */
import type { EstimatePdfInput, ExportedPdf } from '../../export/types';
import type { PdfWorkerMessage } from '../../export/pdf/pdfWorker';

export type Progress = (fraction: number) => void;

async function buildInPage(input: EstimatePdfInput, onProgress: Progress): Promise<ExportedPdf> {
  const { buildEstimatePdf } = await import('../../export/pdf/buildEstimatePdf');
  return buildEstimatePdf(input, { onProgress });
}

/** A plain Error carrying the worker's error name, so an ExportError is worded as one. */
function namedError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

export function buildPdfInBackground(
  input: EstimatePdfInput,
  onProgress: Progress,
): Promise<ExportedPdf> {
  if (typeof Worker === 'undefined') return buildInPage(input, onProgress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('../../export/pdf/pdfWorker.ts', import.meta.url), {
      type: 'module',
      name: 'PDF export',
    });
  } catch {
    return buildInPage(input, onProgress);
  }
  return new Promise<ExportedPdf>((resolve, reject) => {
    let started = false;
    const finish = () => worker.terminate();
    worker.addEventListener('message', (event: MessageEvent<PdfWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'ready') {
        started = true;
        worker.postMessage(input);
      } else if (message.type === 'progress') {
        onProgress(message.fraction);
      } else if (message.type === 'done') {
        finish();
        const { fileName, mimeType, bytes, pageCount } = message;
        resolve({
          fileName,
          mimeType,
          bytes,
          pageCount,
          blob: new Blob([bytes], { type: mimeType }),
        });
      } else {
        finish();
        reject(namedError(message.name, message.message));
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      // The worker's code did not load (e.g. offline before it was stored): make the PDF
      // in the page, which reports its own loading failure in plain words.
      if (!started) buildInPage(input, onProgress).then(resolve, reject);
      else reject(new Error(event.message || 'the background PDF maker stopped'));
    });
  });
}
