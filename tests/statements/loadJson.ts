// Test helper: reads a served statement file as the app would receive it.
import { readFileSync } from 'node:fs';

export const readStatementText = (file: string): string =>
  readFileSync(new URL(`../../public/statements/${file}`, import.meta.url), 'utf8');

export const readStatementJson = (file: string): Record<string, unknown> =>
  JSON.parse(readStatementText(file)) as Record<string, unknown>;
