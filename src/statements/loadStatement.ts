/**
 * Loads the statements a host serves from `statements/` next to the app. URLs are built
 * from Vite's BASE_URL (`./` in this build), so the app works under any sub-path. A file
 * that is byte for byte one checked when the app was built is not checked again
 * (checkedAtBuild.ts); any other is checked with the schemas (zod), imported on demand, so
 * they are not part of the first screen's JavaScript.
 */
import { isCheckedAtBuild } from './checkedAtBuild';
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
  if (await isCheckedAtBuild('index.json', text)) return data as StatementIndex;
  const { validateStatementIndex } = await import('./validateStatementIndex');
  const checked = validateStatementIndex(data);
  if (!checked.ok) throw new StatementLoadError(checked.summary, checked.errors);
  return checked.index;
}

/** Checks a statement file's text in full: its form (zod) and its meaning. */
async function checkedStatement(file: string, text: string, data: unknown): Promise<StatementFile> {
  if (await isCheckedAtBuild(file, text)) return data as StatementFile;
  const { validateStatement } = await import('./validateStatement');
  const result = validateStatement(data);
  if (!result.ok) {
    throw new StatementLoadError(
      `The statement file statements/${file} has problems and was not loaded.`,
      result.errors,
    );
  }
  return result.statement;
}

/**
 * Loads and validates one statement listed in the index. `index` is the list when the
 * caller has read it already (it is not fetched again then).
 */
export async function loadStatement(
  id: string,
  options: LoadOptions = {},
  index?: StatementIndex,
): Promise<StatementFile> {
  const list = index ?? (await loadStatementIndex(options));
  const entry = list.statements.find((candidate) => candidate.id === id);
  if (!entry) {
    throw new StatementLoadError(`The statement “${id}” is not listed in statements/index.json.`);
  }
  const text = await fetchText(entry.file, options);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StatementLoadError(`The statement file statements/${entry.file} is not valid JSON.`);
  }
  const statement = await checkedStatement(entry.file, text, data);
  if (statement.id !== id) {
    throw new StatementLoadError(
      `statements/${entry.file} holds the statement “${statement.id}”, but the list says “${id}”.`,
    );
  }
  return statement;
}
