import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const IN_PAGE_FFLATE = fileURLToPath(
  new URL('../src/export/xlsx/fflateInPage.ts', import.meta.url),
);

/**
 * Points write-excel-file's `import 'fflate'` at src/export/xlsx/fflateInPage.ts, whose
 * `zip()` never starts a `blob:` worker (the app's CSP refuses them), so an XLSX of any
 * size is made in the page. Only that package's import is redirected; the app's own
 * imports of fflate are untouched. Used by the build, the dev server and the unit tests
 * (which must inline the package for the redirect to reach it).
 */
export function zipXlsxInPage(): Plugin {
  return {
    name: 'zip-xlsx-in-page',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'fflate' && importer && /[\\/]write-excel-file[\\/]/.test(importer)) {
        return IN_PAGE_FFLATE;
      }
      return null;
    },
  };
}
