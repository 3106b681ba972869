/**
 * Checks statements/index.json, the list of statements a site offers: its form (the schema)
 * and that no id is listed twice. Used on load and when the app is built.
 */
import { statementIndexSchema } from './schema';
import type { StatementIndex } from './types';

export type StatementIndexValidation =
  { ok: true; index: StatementIndex } | { ok: false; summary: string; errors: string[] };

export function validateStatementIndex(data: unknown): StatementIndexValidation {
  const parsed = statementIndexSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      summary: 'The statement list statements/index.json is not in the expected form.',
      errors: parsed.error.issues.map(
        (issue) =>
          `${issue.path.length > 0 ? `Field “${issue.path.join('.')}”: ` : ''}${issue.message}`,
      ),
    };
  }
  const index: StatementIndex = parsed.data;
  const ids = index.statements.map((entry) => entry.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) {
    return {
      ok: false,
      summary: `The statement list names “${duplicate}” more than once.`,
      errors: [],
    };
  }
  return { ok: true, index };
}
