// Test helper: reads a served statement file as the app would receive it. Paths are taken
// from the project root (where vitest runs) because jsdom tests do not see a file: import.meta.url.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const readStatementText = (file: string): string =>
  readFileSync(join(process.cwd(), 'public', 'statements', file), 'utf8');

export const readStatementJson = (file: string): Record<string, unknown> =>
  JSON.parse(readStatementText(file)) as Record<string, unknown>;
