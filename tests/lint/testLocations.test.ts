/**
 * tests/ mirrors src/ by folder: a test named after a module of src (Grid.test.ts for
 * src/ui/grid/Grid.svelte) sits in the same folder under tests/, and shared helpers live in
 * the fixtures module or beside the tests that use them, never as a stray module in another
 * layer's folder.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

const moduleName = (file: string) =>
  file
    .split(sep)
    .at(-1)!
    .replace(/\.(svelte\.ts|ts|svelte)$/, '');

describe('test locations', () => {
  it('puts each test named after a module of src in the folder that mirrors the module’s', () => {
    const modules = new Map<string, string[]>();
    for (const file of files('src')) {
      const name = moduleName(file).toLowerCase();
      modules.set(name, [...(modules.get(name) ?? []), relative('src', join(file, '..'))]);
    }
    const misplaced: string[] = [];
    for (const test of files('tests').filter((f) => f.endsWith('.test.ts'))) {
      if (test.startsWith(join('tests', 'e2e'))) continue;
      const folders = modules.get(
        moduleName(test)
          .replace(/\.test$/, '')
          .toLowerCase(),
      );
      const folder = relative('tests', join(test, '..'));
      if (folders && !folders.includes(folder)) misplaced.push(`${test} (src/${folders[0]})`);
    }
    expect(misplaced).toEqual([]);
  });
});
