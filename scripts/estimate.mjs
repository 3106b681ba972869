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
 * The statements shipped in public/statements/ are checked while bundling, by the app's own
 * checks, and the bundle holds the SHA-256 digest of each file that passed
 * (`virtual:checked-statements`): a call then trusts a shipped statement whose bytes are
 * unchanged instead of checking 180 kB against the schema every time. Editing a statement
 * makes the bundle stale like editing a source.
 *
 * The bundle sits two folders below the project root, as src/cli/estimate.ts does, so the
 * CLI's own `import.meta.url`-relative path to public/statements/ stays right.
 *
 * On a shared or slow machine `npm run` itself costs more than the whole CLI (see
 * docs/benchmarks.md, "CLI"): `node scripts/estimate.mjs FILE.json [...]` runs the same
 * without it.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src/cli/estimate.ts');
const OUT_DIR = join(ROOT, '.cache/cli');
const BUNDLE = join(OUT_DIR, 'estimate.mjs');
const INPUTS = join(OUT_DIR, 'inputs.json');
const STATEMENTS = 'public/statements';
/** What the digests depend on besides the bundle's own inputs. */
const CHECKS = [
  'build/statementDigests.ts',
  'src/statements/validateStatementIndex.ts',
  'src/statements/validateStatement.ts',
];

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
  const statements = readdirSync(join(ROOT, STATEMENTS)).map((f) => `${STATEMENTS}/${f}`);
  // The folder too: a statement added or removed changes its time.
  const watched = [
    ...inputs,
    ...CHECKS,
    STATEMENTS,
    ...statements,
    'package-lock.json',
    'scripts/estimate.mjs',
  ];
  return watched.some((input) => mtime(join(ROOT, input)) > built);
}

/** The digests of the shipped statement files that pass the app's own checks. */
async function statementDigests(esbuild) {
  const checker = join(OUT_DIR, 'check-statements.mjs');
  await esbuild({
    absWorkingDir: ROOT,
    stdin: {
      contents: CHECKS.map((f) => `export * from './${f}';`).join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    outfile: checker,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    packages: 'bundle',
  });
  try {
    const checks = await import(pathToFileURL(checker).href);
    return checks.checkedStatementDigests(checks, join(ROOT, STATEMENTS));
  } finally {
    rmSync(checker, { force: true });
  }
}

async function build() {
  const { build: esbuild } = await import('esbuild');
  mkdirSync(OUT_DIR, { recursive: true });
  const digests = await statementDigests(esbuild);
  const checkedStatements = {
    name: 'checked-statements',
    setup(b) {
      b.onResolve({ filter: /^virtual:checked-statements$/ }, () => ({
        path: 'checked-statements',
        namespace: 'checked-statements',
      }));
      b.onLoad({ filter: /.*/, namespace: 'checked-statements' }, () => ({
        contents: `export default ${JSON.stringify(digests)};`,
        loader: 'js',
      }));
    },
  };
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
    plugins: [checkedStatements],
  });
  // Files only: the digests' module is made here, and its inputs are watched above.
  const files = Object.keys(result.metafile.inputs).filter((i) => !i.startsWith('checked-'));
  writeFileSync(INPUTS, JSON.stringify(files));
}

if (isStale()) await build();
await import(pathToFileURL(BUNDLE).href);
