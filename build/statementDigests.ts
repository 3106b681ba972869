import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StatementValidation } from '../src/statements/validateStatement.ts';
import type { StatementIndexValidation } from '../src/statements/validateStatementIndex.ts';

/** The app's own checks, the same code it runs on load. */
export interface StatementChecks {
  validateStatement: (data: unknown) => StatementValidation;
  validateStatementIndex: (data: unknown) => StatementIndexValidation;
}

const STATEMENTS = fileURLToPath(new URL('../public/statements/', import.meta.url));

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The statement files built into the app (public/statements/: the index and each statement
 * it lists) that pass the same checks the app makes on load, by SHA-256 digest of their bytes.
 * A file that fails is left out, so the app checks it on load and names its problems there, as
 * docs/hosting.md says.
 */
export function checkedStatementDigests(
  { validateStatement, validateStatementIndex }: StatementChecks,
  dir = STATEMENTS,
): Record<string, string> {
  const digests: Record<string, string> = {};
  let indexBytes: Buffer;
  try {
    indexBytes = readFileSync(join(dir, 'index.json'));
  } catch {
    return digests;
  }
  let index;
  try {
    index = validateStatementIndex(JSON.parse(indexBytes.toString('utf8')));
  } catch {
    return digests;
  }
  if (!index.ok) return digests;
  digests['index.json'] = sha256(indexBytes);
  for (const entry of index.index.statements) {
    try {
      const bytes = readFileSync(join(dir, entry.file));
      const checked = validateStatement(JSON.parse(bytes.toString('utf8')));
      if (checked.ok && checked.statement.id === entry.id) digests[entry.file] = sha256(bytes);
    } catch {
      // Missing or not JSON: the app says so when it loads it.
    }
  }
  return digests;
}
