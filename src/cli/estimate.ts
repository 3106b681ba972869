/**
 * `npm run estimate -- FILE.json [--statement ID|PATH] [--table]`
 *
 * Reads an estimate file, loads the charging statement it names (or the one given by id from
 * public/statements/, or by path), runs the engine and prints the EstimateResult as JSON, or
 * with --table as a readable table. Bad input gets a plain-words message on stderr and a
 * non-zero exit code: 1 for a bad file, statement or estimate, 2 for bad arguments.
 */
import { feeProject } from '../estimate-file/feeProject';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import checkedStatements from 'virtual:checked-statements';
import { computeEstimate } from '../engine';
import {
  MAX_ESTIMATE_FILE_BYTES,
  MAX_STATEMENT_FILE_BYTES,
  megabytesText,
} from '../estimate-file/limits';
import { parseEstimateFile } from '../estimate-file/parseEstimateFile';
import type { StatementValidation } from '../statements/validateStatement';
import type { StatementFile } from '../statements/types';
import { jsonTerminalSafe, terminalSafe } from '../format/visibleText';
import { formatResultTable } from './formatResultTable';
import { config as zodConfig } from '../zodMini';

// One parse per schema in a run: zod's compiled (eval'd) parsers would cost more to build
// than they save.
zodConfig({ jitless: true });

const USAGE = `Usage: npm run estimate -- FILE.json [--statement ID|PATH] [--table]

  FILE.json            an estimate file (docs/estimate-file.md)
  --statement ID|PATH  use this charging statement instead of the one the file names:
                       an id from public/statements/ (e.g. spm-2008) or a path to a file
  --table              print a readable table instead of JSON
  --help               show this help
`;

const STATEMENTS_DIR = fileURLToPath(new URL('../../public/statements/', import.meta.url));

interface Args {
  file: string;
  statement: string | null;
  table: boolean;
}

class UsageError extends Error {}
class InputError extends Error {}

function parseArgs(argv: string[]): Args | 'help' {
  let file: string | null = null;
  let statement: string | null = null;
  let table = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--table') table = true;
    else if (arg === '--statement' || arg.startsWith('--statement=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) throw new UsageError('--statement needs a statement id or a path.');
      statement = value;
    } else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}.`);
    else if (file === null) file = arg;
    else throw new UsageError(`Only one estimate file can be given (got ${file} and ${arg}).`);
  }
  if (file === null) throw new UsageError('Give the estimate file to read.');
  return { file, statement, table };
}

/** Files larger than their cap (estimate-file/limits.ts) are refused unread. */
function readText(path: string, what: string, maxBytes: number): string {
  try {
    // Only a regular file of sensible size: never a device such as /dev/zero.
    const info = statSync(path);
    if (!info.isFile()) throw new InputError(`The ${what} ${path} is not a file.`);
    if (info.size > maxBytes) {
      throw new InputError(
        `The ${what} ${path} is ${megabytesText(info.size)}, over the ${megabytesText(maxBytes)} a ${what.split(' ').at(-1)} may be. Is it the right file?`,
      );
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'there is no such file' : String((error as Error).message);
    throw new InputError(`Cannot read the ${what} ${path}: ${reason}.`);
  }
}

/**
 * The statement an estimate file names: an id of a shipped statement, never a path (a file
 * naming "/etc/passwd" must not make the command read it).
 */
function statementById(id: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) || id.includes('..')) {
    throw new InputError(
      `The estimate names the statement “${id}”, which is not a statement id. Give one with --statement ID|PATH.`,
    );
  }
  const path = resolve(STATEMENTS_DIR, `${id}.json`);
  if (!existsSync(path)) {
    throw new InputError(
      `The estimate names the statement “${id}”, which is not one of the statements shipped with the app. Give one with --statement ID|PATH.`,
    );
  }
  return path;
}

/** --statement: an id names a file in public/statements/; anything that looks like a path is a path. */
function statementPath(idOrPath: string): string {
  const looksLikePath = /[/\\]/.test(idOrPath) || idOrPath.endsWith('.json');
  if (looksLikePath || existsSync(idOrPath)) return resolve(idOrPath);
  if (!/^[A-Za-z0-9._-]+$/.test(idOrPath)) {
    throw new InputError(`“${idOrPath}” is not a statement id or a path to a statement file.`);
  }
  return resolve(STATEMENTS_DIR, `${idOrPath}.json`);
}

/**
 * A statement shipped with the app whose bytes are the ones checked when the CLI was bundled
 * (scripts/estimate.mjs runs the app's own checks on every file in public/statements/) needs
 * no checking again; any other file, or a shipped one changed since, is checked in full.
 */
async function parseStatement(path: string, text: string): Promise<StatementValidation> {
  const digest = checkedStatements[basename(path)];
  const shipped = resolve(dirname(path)) === resolve(STATEMENTS_DIR);
  if (shipped && digest && createHash('sha256').update(text).digest('hex') === digest) {
    return { ok: true, statement: JSON.parse(text) as StatementFile };
  }
  // The statement schema is built only when a file needs it.
  const { parseStatementFile } = await import('../statements/parseStatementFile');
  return parseStatementFile(text);
}

async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const parsed = parseEstimateFile(readText(args.file, 'estimate file', MAX_ESTIMATE_FILE_BYTES));
  if (!parsed.ok) {
    throw new InputError(
      [
        `${args.file} is not a usable estimate file:`,
        ...parsed.errors.map((e) => `  - ${e.message}`),
      ].join('\n'),
    );
  }
  const file = parsed.file;
  const path = args.statement ? statementPath(args.statement) : statementById(file.statementId);
  const statement = await parseStatement(
    path,
    readText(path, 'charging statement', MAX_STATEMENT_FILE_BYTES),
  );
  if (!statement.ok) {
    throw new InputError(
      [
        `${path} is not a usable charging statement:`,
        ...statement.errors.map((e) => `  - ${e}`),
      ].join('\n'),
    );
  }
  if (statement.statement.id !== file.statementId) {
    process.stderr.write(
      `${terminalSafe(`Note: the estimate names statement “${file.statementId}”; using “${statement.statement.id}” as asked.`)}\n`,
    );
  }
  const outcome = computeEstimate(file.inputs, statement.statement.rules, {
    fees: { schedule: statement.statement, project: feeProject(file.project) },
  });
  if (!outcome.ok) {
    throw new InputError(
      [
        `The estimate in ${args.file} cannot be computed:`,
        ...outcome.issues.map((i) => `  - ${i.message}`),
      ].join('\n'),
    );
  }
  // Partial results: the figures leave out what the engine could not work out yet; say so,
  // and why, where a person (or a script's log) will see it.
  const { notCounted, notCountedNote } = outcome.result;
  if (notCountedNote) {
    const why = [...new Set(notCounted.flatMap((n) => n.issues.map((i) => `  - ${i.message}`)))];
    process.stderr.write(`Note: ${notCountedNote}\n${why.join('\n')}\n`);
  }
  const title = `${file.title}${file.reference ? ` (${file.reference})` : ''} — ${statement.statement.operator}, ${statement.statement.version}`;
  process.stdout.write(
    args.table
      ? formatResultTable(outcome.result, title)
      : `${jsonTerminalSafe(JSON.stringify(outcome.result, null, 2))}\n`,
  );
  return 0;
}

async function main(): Promise<void> {
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (error) {
    // Messages quote the file (snippets of values, names): printed with controls escaped.
    const safe = (message: string) => message.split('\n').map(terminalSafe).join('\n');
    if (error instanceof UsageError) {
      process.stderr.write(`${safe(error.message)}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof InputError) {
      process.stderr.write(`${safe(error.message)}\n`);
      process.exitCode = 1;
    } else throw error;
  }
}

await main();
