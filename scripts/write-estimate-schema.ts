/**
 * Writes docs/estimate-file.schema.json, the JSON Schema of the estimate file, from the zod
 * schema in src/estimate-file/schema.ts. Run `npx tsx scripts/write-estimate-schema.ts`
 * after changing the schema; a test fails while the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { estimateFileJsonSchema } from '../src/estimate-file/jsonSchema';

export const SCHEMA_PATH = fileURLToPath(
  new URL('../docs/estimate-file.schema.json', import.meta.url),
);

/** The file's exact text, formatted as the repository's Prettier settings would. */
export async function estimateSchemaText(): Promise<string> {
  const options = (await resolveConfig(SCHEMA_PATH)) ?? {};
  return format(JSON.stringify(estimateFileJsonSchema()), { ...options, parser: 'json' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, await estimateSchemaText());
  console.log('wrote docs/estimate-file.schema.json');
}
