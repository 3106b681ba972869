/**
 * fflate as write-excel-file sees it (build/zipXlsxInPage.ts points its `import 'fflate'`
 * here). fflate's asynchronous `zip()` hands any file of 160,000 bytes or more to a Web
 * Worker started from a `blob:` URL; the app's Content-Security-Policy refuses such workers
 * (no `worker-src`, so `script-src 'self'` applies), and fflate then never calls back. Here
 * `zip()` compresses in the page instead, so a workbook of any size is made under the
 * policy. Everything else is fflate unchanged.
 */
import { zipSync, type AsyncZipOptions, type AsyncZippable, type FlateCallback } from 'fflate';

export * from 'fflate';

export function zip(
  data: AsyncZippable,
  optionsOrCallback: AsyncZipOptions | FlateCallback,
  maybeCallback?: FlateCallback,
): () => void {
  const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback!;
  const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
  // A macrotask, as fflate's own callback is never synchronous: the busy label can paint first.
  const timer = setTimeout(() => {
    let archive: ReturnType<typeof zipSync>;
    try {
      archive = zipSync(data, options);
    } catch (error) {
      callback(error as Parameters<FlateCallback>[0], new Uint8Array(0));
      return;
    }
    callback(null, archive);
  });
  return () => clearTimeout(timer);
}
