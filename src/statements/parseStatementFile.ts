import { validateStatement, type StatementValidation } from './validateStatement';

/** Parses the text of a statement file (e.g. one a user imports) and validates it. */
export function parseStatementFile(text: string): StatementValidation {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [`The file is not valid JSON, so it cannot be a statement: ${detail}`],
    };
  }
  return validateStatement(data);
}
