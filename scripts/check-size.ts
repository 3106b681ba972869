/**
 * `npm run size`: builds the app into a temporary folder and checks the size budget.
 * - The initial JavaScript (the entry chunk and everything it imports statically) must be
 *   at most 86 kB gzipped (86,000 bytes, as Vite counts).
 * - Chart.js and jsPDF must not be in that initial graph: they are fetched only when the
 *   comparison is opened or a PDF is made (and must exist in some lazily loaded chunk, so
 *   the check cannot pass by accident).
 * It also reports everything the browser fetches at start: the page, its styles, the
 * manifest and icon, the default statement, the chunks the page preloads for the first
 * screen (loaded on demand, but fetched alongside the entry: build/firstScreen.ts), and the
 * chunks loaded just after first paint (drafts storage, service worker registration).
 * Module origins are read from the source maps, so the checks do not depend on chunk names.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

// The engine (with the fees) arrives alongside the statement, not in the entry's graph: no
// figure can be worked out before a statement is there.
export const INITIAL_JS_BUDGET = 85_000;
/** Libraries that must only ever arrive in chunks loaded on demand. */
export const LAZY_ONLY = ['chart.js', 'jspdf'] as const;
/** Modules the app imports right after first paint (App.svelte, src/pwa/UpdatePrompt.svelte). */
const AFTER_FIRST_PAINT = ['src/storage/drafts.svelte.ts', 'src/pwa/registerServiceWorker.ts'];
/** Public files the first screen fetches. */
const FETCHED_AT_START = ['manifest.webmanifest', 'favicon.svg', 'statements/ipr-v1.7-2025.json'];

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

export interface SizeReport {
  initialJs: SizedFile[];
  initialCss: SizedFile[];
  initialJsGzip: number;
  /** Chunks loaded on demand that index.html preloads for the first screen. */
  preloaded: SizedFile[];
  afterFirstPaint: SizedFile[];
  publicAtStart: SizedFile[];
  /** For each lazy-only library: chunks holding it, and whether any is in the initial graph. */
  libraries: { name: string; inInitial: string[]; inLazy: string[] }[];
  allJsGzip: number;
  /** Gzipped size of every JavaScript chunk, by file. */
  lazyGzip: Record<string, number>;
  problems: string[];
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export async function buildInto(outDir: string): Promise<void> {
  // Measure what ships, whatever NODE_ENV the caller runs with.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

function sized(dir: string, file: string): SizedFile {
  const bytes = readFileSync(join(dir, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Chunk keys reachable from `start` through static imports (start included). */
function staticGraph(manifest: Manifest, start: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const key = queue.shift()!;
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    queue.push(...(manifest[key].imports ?? []));
  }
  return [...seen];
}

/** The modules a chunk was built from (its source map), or null when it has no map. */
function sourcesOf(dir: string, file: string): string[] | null {
  try {
    const map = JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')) as { sources: string[] };
    return map.sources;
  } catch {
    return null;
  }
}

/** Chunks without a source map can only be the bundler's tiny runtime. */
const UNMAPPED_LIMIT = 2_000;

export function analyseBuild(dir: string): SizeReport {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error('The build manifest has no entry chunk.');
  const initialKeys = staticGraph(manifest, [entryKey]);
  const initialFiles = initialKeys.map((k) => manifest[k]!.file);
  const initialJs = initialFiles.map((f) => sized(dir, f));
  const initialCss = [...new Set(initialKeys.flatMap((k) => manifest[k]!.css ?? []))].map((f) =>
    sized(dir, f),
  );
  const initialJsGzip = initialJs.reduce((n, f) => n + f.gzip, 0);

  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const preloaded = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)]
    .map((tag) => /\bhref="\.\/([^"]+)"/.exec(tag[0])?.[1])
    .filter((f): f is string => f !== undefined && !initialFiles.includes(f))
    .map((f) => sized(dir, f));

  // workbox-window arrives through a dynamic import inside registerServiceWorker.ts.
  const workbox = Object.keys(manifest).filter((k) => k.includes('node_modules/workbox-window/'));
  const afterKeys = staticGraph(manifest, [...AFTER_FIRST_PAINT, ...workbox]).filter(
    (k) => !initialKeys.includes(k) && !preloaded.some((p) => p.file === manifest[k]!.file),
  );
  const afterFirstPaint = afterKeys.map((k) => sized(dir, manifest[k]!.file));
  const publicAtStart = ['index.html', ...FETCHED_AT_START]
    .filter((f) => {
      try {
        return statSync(join(dir, f)).isFile();
      } catch {
        return false;
      }
    })
    .map((f) => sized(dir, f));

  const allJs = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) =>
    f.endsWith('.js'),
  );
  const libraries = LAZY_ONLY.map((name) => {
    const holds = (file: string) =>
      (sourcesOf(dir, file) ?? []).some((s) => s.includes(`node_modules/${name}/`));
    return {
      name,
      inInitial: initialFiles.filter(holds),
      inLazy: allJs.filter((f) => !initialFiles.includes(f)).filter(holds),
    };
  });
  const lazyGzip = Object.fromEntries(allJs.map((f) => [f, sized(dir, f).gzip]));
  const allJsGzip = Object.values(lazyGzip).reduce((n, g) => n + g, 0);

  const problems: string[] = [];
  for (const file of allJs) {
    if (sourcesOf(dir, file) === null && sized(dir, file).gzip > UNMAPPED_LIMIT) {
      problems.push(`${file} has no source map, so its modules cannot be checked.`);
    }
  }
  if (initialJsGzip > INITIAL_JS_BUDGET) {
    problems.push(
      `The initial JavaScript is ${kB(initialJsGzip)} gzipped, over the ${kB(INITIAL_JS_BUDGET)} budget.`,
    );
  }
  for (const lib of libraries) {
    if (lib.inInitial.length > 0) {
      problems.push(`${lib.name} is in the initial bundle (${lib.inInitial.join(', ')}).`);
    }
    if (lib.inLazy.length === 0) {
      problems.push(`${lib.name} was not found in any chunk: is the check still looking right?`);
    }
  }
  return {
    initialJs,
    initialCss,
    initialJsGzip,
    preloaded,
    afterFirstPaint,
    publicAtStart,
    libraries,
    allJsGzip,
    lazyGzip,
    problems,
  };
}

export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}

export function formatReport(report: SizeReport): string {
  const rows = (files: SizedFile[]) =>
    files.map(
      (f) => `  ${f.file.padEnd(52)} ${kB(f.bytes).padStart(11)} ${kB(f.gzip).padStart(11)} gz`,
    );
  const total = (files: SizedFile[]) => kB(files.reduce((n, f) => n + f.gzip, 0));
  return [
    `Initial JavaScript (entry + static imports): ${kB(report.initialJsGzip)} gzipped of ${kB(INITIAL_JS_BUDGET)}`,
    ...rows(report.initialJs),
    `Initial CSS: ${total(report.initialCss)} gzipped`,
    ...rows(report.initialCss),
    `Preloaded for the first screen, loaded on demand (Quick estimate, engine): ${total(report.preloaded)} gzipped`,
    ...rows(report.preloaded),
    `Fetched just after first paint (drafts storage, service worker): ${total(report.afterFirstPaint)} gzipped`,
    ...rows(report.afterFirstPaint),
    `Page and public files fetched at start: ${total(report.publicAtStart)} gzipped`,
    ...rows(report.publicAtStart),
    ...report.libraries.map(
      (l) =>
        `${l.name}: ${l.inInitial.length === 0 ? 'not in the initial bundle' : `IN THE INITIAL BUNDLE (${l.inInitial.join(', ')})`}; loaded on demand from ${l.inLazy.join(', ') || 'nowhere'}`,
    ),
    `All JavaScript chunks together: ${kB(report.allJsGzip)} gzipped`,
  ].join('\n');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'estimator-size-'));
  try {
    await buildInto(dir);
    const report = analyseBuild(dir);
    console.log(formatReport(report));
    if (report.problems.length > 0) {
      console.error(`\nSize check failed:\n- ${report.problems.join('\n- ')}`);
      process.exitCode = 1;
    } else {
      console.log('\nSize check passed.');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
