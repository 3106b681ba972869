/** The estimate file's JSON Schema, generated from the zod schema (docs/estimate-file.schema.json). */
import * as z from '../zodMini';
import { estimateFileSchema } from './schema';
import { ESTIMATE_FILE_VERSION } from './types';

export function estimateFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(estimateFileSchema, { target: 'draft-2020-12' });
  return {
    ...schema,
    $id: `connection-estimate.v${ESTIMATE_FILE_VERSION}.schema.json`,
    title: 'Connection charge estimate file',
    description:
      'The inputs of a budget estimate of a network connection charge (docs/estimate-file.md). Money and quantities are decimal strings.',
  };
}
