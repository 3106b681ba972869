/** Real statements and templates for the guidance tests, read from the files the app ships. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EstimateFile } from '../../src/estimate-file/types';
import type { StatementFile } from '../../src/statements/types';

const root = join(import.meta.dirname, '..', '..');

export function statement(id: 'ipr-v1.7-2025' | 'spm-2008'): StatementFile {
  return JSON.parse(
    readFileSync(join(root, 'public', 'statements', `${id}.json`), 'utf8'),
  ) as StatementFile;
}

export function template(path: string): EstimateFile {
  return JSON.parse(readFileSync(join(root, 'src', 'templates', path), 'utf8')) as EstimateFile;
}

export const starter = (name: string): EstimateFile => template(`starters/${name}.json`);

/** A statement row by id, failing loudly when the statement lost it. */
export function row(s: StatementFile, id: string) {
  for (const t of s.tables) for (const r of t.rows) if (r.id === id) return r;
  throw new Error(`row ${id} is missing from ${s.id}`);
}
