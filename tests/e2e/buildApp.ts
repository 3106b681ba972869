/** Builds the app exactly as `npm run build` does, into a folder of the caller's choosing. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function buildApp(outDir: string): Promise<void> {
  await build({
    root: PROJECT_ROOT,
    configFile: `${PROJECT_ROOT}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
