import { describe, expect, it } from 'vitest';
import {
  loadStatement,
  loadStatementIndex,
  StatementLoadError,
} from '../../src/statements/loadStatement';
import { readStatementText } from '../fixtures';
import { BUILT_IN_STATEMENT_IDS } from '../../src/statements/builtInIds';
import { validateStatement } from '../../src/statements/validateStatement';

type Served = Record<string, string>;

/** A fake static host: records the URLs asked for and serves `files` by URL. */
function host(files: Served) {
  const asked: string[] = [];
  const fetch = async (url: string) => {
    asked.push(url);
    const body = files[url];
    return {
      ok: body !== undefined,
      status: body === undefined ? 404 : 200,
      text: async () => body ?? '',
    };
  };
  return { asked, fetch };
}

const served = (base: string): Served => ({
  [`${base}statements/index.json`]: readStatementText('index.json'),
  [`${base}statements/ipr-v1.7-2025.json`]: readStatementText('ipr-v1.7-2025.json'),
});

describe('loadStatementIndex / loadStatement', () => {
  it('fetches relative to the base URL, so sub-path hosting works', async () => {
    const { asked, fetch } = host(served('/tools/estimator/'));
    const statement = await loadStatement('ipr-v1.7-2025', { fetch, baseUrl: '/tools/estimator/' });
    expect(statement.version).toBe('V1.7');
    expect(asked).toEqual([
      '/tools/estimator/statements/index.json',
      '/tools/estimator/statements/ipr-v1.7-2025.json',
    ]);
  });

  it("uses Vite's BASE_URL by default", async () => {
    const base = import.meta.env.BASE_URL;
    const { asked, fetch } = host(served(base));
    const index = await loadStatementIndex({ fetch });
    expect(asked).toEqual([`${base}statements/index.json`]);
    expect(index.statements.map((s) => s.id)).toEqual(BUILT_IN_STATEMENT_IDS);
  });

  it('says plainly when a file is missing', async () => {
    const { fetch } = host({ './statements/index.json': readStatementText('index.json') });
    await expect(loadStatement('ipr-v1.7-2025', { fetch, baseUrl: './' })).rejects.toThrow(
      'The file statements/ipr-v1.7-2025.json was not found on this site (HTTP 404).',
    );
  });

  it('says plainly when a statement is not listed', async () => {
    const { fetch } = host(served('./'));
    await expect(loadStatement('nope', { fetch, baseUrl: './' })).rejects.toThrow(
      'The statement “nope” is not listed in statements/index.json.',
    );
  });

  it('refuses an invalid statement file with its plain error list', async () => {
    const broken = JSON.parse(readStatementText('ipr-v1.7-2025.json'));
    broken.tables[0].rows[0].price = { min: '900', max: '800' };
    const files = served('./');
    files['./statements/ipr-v1.7-2025.json'] = JSON.stringify(broken);
    const { fetch } = host(files);
    const error = await loadStatement('ipr-v1.7-2025', { fetch, baseUrl: './' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StatementLoadError);
    expect((error as StatementLoadError).message).toMatch(
      /^The statement file statements\/ipr-v1.7-2025.json has problems/,
    );
    expect((error as StatementLoadError).errors).toEqual([
      'Table 001-A, row 001-A-01 (“Single LV Service Demand Connection”): max £800 is lower than min £900',
    ]);
  });

  it('refuses an index that is not JSON or lists a statement twice', async () => {
    await expect(
      loadStatementIndex({
        fetch: host({ './statements/index.json': '<html>' }).fetch,
        baseUrl: './',
      }),
    ).rejects.toThrow('The statement list statements/index.json is not valid JSON.');
    const index = JSON.parse(readStatementText('index.json'));
    index.statements.push(index.statements[0]);
    await expect(
      loadStatementIndex({
        fetch: host({ './statements/index.json': JSON.stringify(index) }).fetch,
        baseUrl: './',
      }),
    ).rejects.toThrow('The statement list names “ipr-v1.7-2025” more than once.');
  });

  it('does not fetch the list again when the caller has read it', async () => {
    const { asked, fetch } = host(served('./'));
    const index = await loadStatementIndex({ fetch, baseUrl: './' });
    await loadStatement('ipr-v1.7-2025', { fetch, baseUrl: './' }, index);
    expect(asked).toEqual(['./statements/index.json', './statements/ipr-v1.7-2025.json']);
  });

  it('gives a built-in statement checked when the app was built exactly as a full check would', async () => {
    const { fetch } = host(served('./'));
    const statement = await loadStatement('ipr-v1.7-2025', { fetch, baseUrl: './' });
    const checked = validateStatement(JSON.parse(readStatementText('ipr-v1.7-2025.json')));
    expect(checked.ok).toBe(true);
    expect(statement).toEqual(checked.ok ? checked.statement : null);
  });

  it('still checks a built-in file changed by one byte on the host', async () => {
    const files = served('./');
    // Valid JSON, a different file: the price of a row nobody reads, made inconsistent.
    files['./statements/ipr-v1.7-2025.json'] = readStatementText('ipr-v1.7-2025.json').replace(
      '"max": "',
      '"max": "-',
    );
    const { fetch } = host(files);
    await expect(loadStatement('ipr-v1.7-2025', { fetch, baseUrl: './' })).rejects.toThrow(
      /^The statement file statements\/ipr-v1.7-2025.json has problems/,
    );
  });

  it('reports a network failure', async () => {
    const fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(loadStatementIndex({ fetch })).rejects.toThrow(
      'Could not fetch statements/index.json: Failed to fetch',
    );
  });
});
