/**
 * Why a large workbook needs a guard. write-excel-file zips with fflate's asynchronous
 * `zip()`, which compresses a file in the page when it is under 160,000 bytes and hands
 * anything larger to a Web Worker started from a `blob:` URL. The app's Content-Security-
 * Policy (no `worker-src`, so `script-src 'self'` applies) refuses such workers, and fflate
 * then never calls back: the export would wait for ever. So, before anything is zipped, the
 * sizes of the parts are checked; when one is too large for the page, the export goes ahead
 * only if this page may start such a worker, and otherwise stops with a plain-words error.
 */
import type { Feature } from 'write-excel-file/browser';
import type { EstimateSheet } from './buildEstimateSheets';

/** What the browser entry accepts as file content (its own type is not exported). */
type BrowserFileContent = File | Blob | ArrayBuffer;

/** fflate compresses files under 160,000 bytes in the page; kept below it with a margin. */
export const IN_PAGE_ZIP_LIMIT = 150_000;

const encoder = new TextEncoder();

/** Thrown from inside the writer, before zipping, when a sheet is too large for the page. */
export class TooLargeForPage extends Error {
  override name = 'TooLargeForPage';
  constructor(readonly part: string) {
    super(`${part} is too large to compress in the page`);
  }
}

/** XML-escaped length in UTF-8 bytes, counting the longest escape (&quot;) for every special. */
function escapedBytes(text: string): number {
  const specials = text.match(/[&<>"']/g)?.length ?? 0;
  return encoder.encode(text).length + specials * 5;
}

/**
 * An upper bound on the size of the shared-strings part: every distinct text cell once,
 * each in `<si><t xml:space="preserve">…</t></si>`.
 */
export function sharedStringsBytes(sheets: readonly EstimateSheet[]): number {
  const strings = new Set<string>();
  for (const sheet of sheets) {
    for (const row of sheet.data) {
      for (const cell of row) {
        if (cell && typeof cell === 'object' && 'value' in cell && typeof cell.value === 'string') {
          strings.add(cell.value);
        }
      }
    }
  }
  let bytes = 200;
  for (const text of strings) bytes += escapedBytes(text) + 40;
  return bytes;
}

/**
 * A write-excel-file feature that measures each sheet's XML as it is made (unchanged) and
 * throws `TooLargeForPage` for one over the limit, so nothing reaches the zipper.
 */
export function sheetSizeGuard(limit = IN_PAGE_ZIP_LIMIT): Feature<BrowserFileContent> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (content, options) => {
            if (encoder.encode(content).length >= limit) {
              throw new TooLargeForPage(`The sheet "${options.sheet ?? 'sheet'}"`);
            }
            return content;
          },
        },
      },
    },
  };
}
