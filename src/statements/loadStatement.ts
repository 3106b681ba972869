/**
 * Loads the statements a host serves from `statements/` next to the app. URLs are built
 * from Vite's BASE_URL (`./` in this build), so the app works under any sub-path. The
 * schemas (zod) are imported on demand, while the statement downloads, so they are not part
 * of the first screen's JavaScript.
 */
import type { StatementFile, StatementIndex } from './types';

/** A statement or the index could not be loaded; `errors` are plain words for the user. */
export class StatementLoadError extends Error {
  readonly errors: string[];
  constructor(summary: string, errors: string[] = []) {
    super(errors.length > 0 ? `${summary}\n${errors.join('\n')}` : summary);
    this.name = 'StatementLoadError';
    this.errors = errors;
  }
}

export interface LoadOptions {
  /** Defaults to the global fetch; tests pass their own. */
  fetch?: (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;
  /** Defaults to import.meta.env.BASE_URL. */
  baseUrl?: string;
}

function statementsUrl(file: string, options: LoadOptions): string {
  const base = options.baseUrl ?? import.meta.env.BASE_URL ?? './';
  return `${base.endsWith('/') ? base : `${base}/`}statements/${file}`;
}

async function fetchText(file: string, options: LoadOptions): Promise<string> {
  const url = statementsUrl(file, options);
  const doFetch = options.fetch ?? ((u: string) => fetch(u));
  let response: Pick<Response, 'ok' | 'status' | 'text'>;
  try {
    response = await doFetch(url);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new StatementLoadError(`Could not fetch statements/${file}: ${detail}`);
  }
  if (!response.ok) {
    throw new StatementLoadError(
      response.status === 404
        ? `The file statements/${file} was not found on this site (HTTP 404).`
        : `The site answered HTTP ${response.status} for statements/${file}.`,
    );
  }
  return response.text();
}

/** Reads `statements/index.json`: which statements this site offers. */
export async function loadStatementIndex(options: LoadOptions = {}): Promise<StatementIndex> {
  const text = await fetchText('index.json', options);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StatementLoadError('The statement list statements/index.json is not valid JSON.');
  }
  const { statementIndexSchema } = await import('./schema');
  const parsed = statementIndexSchema.safeParse(data);
  if (!parsed.success) {
    throw new StatementLoadError(
      'The statement list statements/index.json is not in the expected form.',
      parsed.error.issues.map(
        (issue) =>
          `${issue.path.length > 0 ? `Field “${issue.path.join('.')}”: ` : ''}${issue.message}`,
      ),
    );
  }
  const index: StatementIndex = parsed.data;
  const ids = index.statements.map((entry) => entry.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) {
    throw new StatementLoadError(`The statement list names “${duplicate}” more than once.`);
  }
  return index;
}

/** Loads and validates one statement listed in the index. */
export async function loadStatement(id: string, options: LoadOptions = {}): Promise<StatementFile> {
  const index = await loadStatementIndex(options);
  const entry = index.statements.find((candidate) => candidate.id === id);
  if (!entry) {
    throw new StatementLoadError(`The statement “${id}” is not listed in statements/index.json.`);
  }
  const [text, { validateStatement }] = await Promise.all([
    fetchText(entry.file, options),
    import('./validateStatement'),
  ]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StatementLoadError(`The statement file statements/${entry.file} is not valid JSON.`);
  }
  const result = validateStatement(data);
  if (!result.ok) {
    throw new StatementLoadError(
      `The statement file statements/${entry.file} has problems and was not loaded.`,
      result.errors,
    );
  }
  if (result.statement.id !== id) {
    throw new StatementLoadError(
      `statements/${entry.file} holds the statement “${result.statement.id}”, but the list says “${id}”.`,
    );
  }
  return result.statement;
}
