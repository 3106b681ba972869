#!/usr/bin/env node
/**
 * `npm run estimate -- FILE.json [--statement ID|PATH] [--table]`
 *
 * Runs the CLI (src/cli/estimate.ts) from one pre-bundled JavaScript file, so a call does
 * not transpile TypeScript on the fly: that cost about a second for a few milliseconds of
 * work. The bundle is rebuilt only when a source it was built from is newer than it (the
 * list comes from esbuild's metafile), so editing the engine and running the CLI again
 * always runs the edited engine.
 *
 * The bundle sits two folders below the project root, as src/cli/estimate.ts does, so the
 * CLI's own `import.meta.url`-relative path to public/statements/ stays right.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src/cli/estimate.ts');
const OUT_DIR = join(ROOT, '.cache/cli');
const BUNDLE = join(OUT_DIR, 'estimate.mjs');
const INPUTS = join(OUT_DIR, 'inputs.json');

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY; // a missing input (renamed or deleted) means rebuild
  }
}

function isStale() {
  if (!existsSync(BUNDLE) || !existsSync(INPUTS)) return true;
  const built = mtime(BUNDLE);
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return true;
  }
  const watched = [...inputs, 'package-lock.json', 'scripts/estimate.mjs'];
  return watched.some((input) => mtime(join(ROOT, input)) > built);
}

async function build() {
  const { build: esbuild } = await import('esbuild');
  mkdirSync(OUT_DIR, { recursive: true });
  const result = await esbuild({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    // Less to parse on every call; the CLI's messages are strings, so nothing readable is lost.
    minify: true,
    logLevel: 'error',
    // Node built-ins stay imports; everything else (decimal.js, zod) goes in the bundle.
    packages: 'bundle',
  });
  writeFileSync(INPUTS, JSON.stringify(Object.keys(result.metafile.inputs)));
}

if (isStale()) await build();
await import(pathToFileURL(BUNDLE).href);
