/**
 * `npm run bench`: runs every bench/*.bench.ts module and writes docs/benchmarks.md.
 * Each module exports `run(): Promise<string>` returning a Markdown section.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const sections: string[] = [];
for (const file of files) {
  console.log(`bench: ${file}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<string> };
  const section = await mod.run();
  console.log(section);
  sections.push(section);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = [
  '# Benchmarks',
  '',
  'Measured by `npm run bench`, which rewrites this page. Figures are from one run on the',
  `machine described below; compare runs on the same machine only.`,
  '',
  `- Run: ${new Date().toISOString().slice(0, 10)}`,
  `- Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  '',
].join('\n');

if (only.length === 0) {
  writeFileSync(
    new URL('../docs/benchmarks.md', import.meta.url),
    `${header}\n${sections.join('\n\n')}\n`,
  );
  console.log('wrote docs/benchmarks.md');
}
