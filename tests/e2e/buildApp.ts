/** Builds the app exactly as `npm run build` does, into a folder of the caller's choosing. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function buildApp(outDir: string): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite would then build a development bundle (Svelte's dev
  // checks, import.meta.env.DEV true, no service worker). Test what ships instead.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: PROJECT_ROOT,
      configFile: `${PROJECT_ROOT}vite.config.ts`,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
