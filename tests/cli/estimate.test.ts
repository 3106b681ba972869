/**
 * The estimate CLI, run as users run it (`npm run estimate` runs scripts/estimate.mjs, which
 * runs the pre-bundled CLI) in a child process.
 * Expected figures are the worked examples' published figures (001 §5).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { EstimateResult } from '../../src/engine/types';
import { MAX_ESTIMATE_FILE_BYTES } from '../../src/estimate-file/limits';

const root = fileURLToPath(new URL('../../', import.meta.url));
const launcher = join(root, 'scripts/estimate.mjs');
const template = (name: string) => join(root, 'src/templates/worked-examples', `${name}.json`);
const scratch = mkdtempSync(join(tmpdir(), 'estimate-cli-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [launcher, ...args],
      { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

function writeScratch(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

const near = (a: string, b: string) => new Decimal(a).minus(b).abs().lte(1);

// Each run starts Node; the first may bundle the CLI first (a second or two on a busy machine).
describe('npm run estimate', { timeout: 60_000 }, () => {
  it('prints the EstimateResult as JSON (001 §5 Ex 8A: £628,117)', async () => {
    const run = await runCli(template('ipr-ex-08a'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as EstimateResult;
    expect(result.schemes.minimum.lines).toHaveLength(7);
    expect(near(result.comparison.payableExVat.expected, '628117')).toBe(true);
    expect(result.schemes.minimum.rsns[0]!.cafPercent).toBe('13.0');
  });

  it('prints a table with each line’s cost, rule, CAF and customer £ (001 §5 Ex 2B B)', async () => {
    const run = await runCli(template('ipr-ex-02b-b'), '--table');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('Description'))).toMatch(/Cost.*Rule.*CAF.*Customer/);
    const cable = lines.find((l) => l.startsWith('Provision and installation 100m 11kV'));
    expect(cable).toMatch(/£11,000\.00.*79\.4%.*£8,730\.16$/);
    const interconnector = lines.find((l) => l.startsWith('Interconnecting LV cable'));
    expect(interconnector).toMatch(/£10,000\.00.*£0\.00$/);
    expect(run.stdout).toMatch(/You pay \(ex VAT\)\s+£199,365\.08/);
    expect(run.stdout).toContain('not a formal connection offer');
  });

  it('prints each scheme’s fees from the result: the category, then each row with its paragraph', async () => {
    const run = await runCli(template('ipr-ex-02b-b'), '--table');
    expect(run.code).toBe(0);
    const result = JSON.parse((await runCli(template('ipr-ex-02b-b'))).stdout) as EstimateResult;
    const fees = result.fees?.minimum;
    expect(fees?.ok).toBe(true);
    if (!fees?.ok) return;
    expect(run.stdout).toContain(`Fees: ${fees.classification.label}.`);
    const partC = fees.summary.assessmentAndDesign!;
    const line = run.stdout
      .split('\n')
      .find((l) => l.includes(`Assessment and design ${partC.rowId}`));
    expect(line).toBeDefined();
    expect(line).toContain(partC.citation);
    expect(run.stdout).toMatch(/Budget Estimate 001-A-\d+ .*\(for information\)/);
  });

  it('never prints ESC, BEL, NUL, C1 or bidi controls from the file raw: escaped instead', async () => {
    const file = JSON.parse(readFileSync(template('ipr-ex-02b-b'), 'utf8'));
    file.title = 'Bell\u0007 clear\u001b[2J nul\u0000 abc\u202Eexe.pdf';
    file.reference = 'EST-2026-0001\u202E';
    file.inputs.schemes.minimum.lines[0].description = '\u001b[31mRed\u009b1m cable';
    const path = writeScratch('hostile.json', JSON.stringify(file));
    // eslint-disable-next-line no-control-regex -- the characters the test looks for
    const raw = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

    const table = await runCli(path, '--table');
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(raw);
    expect(table.stdout).toContain('Bell\\x07 clear\\x1B[2J nul\\x00 abc[U+202E]exe.pdf');
    expect(table.stdout).toContain('EST-2026-0001[U+202E]');
    expect(table.stdout).toContain('\\x1B[31mRed\\x9B1m cable');

    const json = await runCli(path);
    expect(json.code).toBe(0);
    expect(json.stdout).not.toMatch(raw);
    // Escaped as JSON escapes: the same data reads back.
    const result = JSON.parse(json.stdout) as EstimateResult;
    expect(result.schemes.minimum.lines[0]!.description).toBe('\u001b[31mRed\u009b1m cable');

    // An error quoting a value from the file escapes it too.
    file.status = '\u001b]0;owned\u0007';
    const bad = await runCli(writeScratch('hostile-bad.json', JSON.stringify(file)));
    expect(bad.code).toBe(1);
    expect(bad.stderr).not.toMatch(raw);
    expect(bad.stderr).toContain('\\x1B]0;owned\\x07');
  });

  it('shows both schemes and the payable figure of a two-scheme estimate (001 §5 Ex 9c)', async () => {
    const run = await runCli('--table', template('ipr-ex-09c'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Minimum Scheme: .*\n[\s\S]*You pay \(ex VAT\)\s+£4,000\.00/);
    // The Enhanced Scheme's own charge is £4,500; under it you pay the lower, £4,000 (001 §4.8).
    expect(run.stdout).toMatch(
      /Enhanced Scheme: [\s\S]*Scheme charge \(ex VAT\)\s+£4,500\.00\n\s+You pay \(ex VAT\)\s+£4,000\.00/,
    );
    expect(run.stdout).toMatch(
      /the customer pays the lower charge\n\s+You pay \(ex VAT\)\s+£4,000\.00/,
    );
  });

  it('takes the statement by id or by path', async () => {
    const statementPath = join(root, 'public/statements/spm-2008.json');
    const byPath = await runCli(
      join(root, 'src/templates/worked-examples/spm-s4-1-ex-5.json'),
      '--statement',
      statementPath,
    );
    expect(byPath.code).toBe(0);
    const byId = await runCli(
      join(root, 'src/templates/worked-examples/spm-s4-1-ex-5.json'),
      '--statement=spm-2008',
    );
    expect(byId.code).toBe(0);
    expect(byPath.stdout).toBe(byId.stdout);
  });

  it('says when the statement given differs from the one the estimate names', async () => {
    const run = await runCli(template('ipr-ex-01'), '--statement', 'spm-2008');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('the estimate names statement “ipr-v1.7-2025”; using “spm-2008”');
  });

  it('leaves a line it cannot work out of the totals and explains why in plain words', async () => {
    const file = JSON.parse(readFileSync(template('ipr-ex-03a'), 'utf8')) as {
      inputs: { schemes: { minimum: { lines: { quantity: string }[] } } };
    };
    file.inputs.schemes.minimum.lines[4]!.quantity = '-2';
    const run = await runCli(writeScratch('bad-quantity.json', JSON.stringify(file)));
    // The file opens (a number box may hold unfinished text); the engine names the problem
    // and works out the rest (partial results).
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Note: 1 line not counted yet: "HV joint to network".');
    expect(run.stderr).toContain('The quantity of "HV joint to network" cannot be negative.');
    const result = JSON.parse(run.stdout) as EstimateResult;
    // 001 Ex 3A's £54,100 less the £1,900 HV joint.
    expect(near(result.comparison.payableExVat.expected, '52200')).toBe(true);
  });

  it.each(['/etc/passwd', '/dev/zero', '../../package', 'nope'])(
    'takes the statement a file names (%s) as an id, never as a path',
    async (statementId) => {
      const file = JSON.parse(readFileSync(template('ipr-ex-01'), 'utf8')) as Record<
        string,
        unknown
      >;
      const run = await runCli(
        writeScratch('named.json', JSON.stringify({ ...file, statementId })),
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`The estimate names the statement “${statementId}”`);
      expect(run.stderr).not.toContain('root:');
    },
  );

  it('refuses text that is not JSON, and a missing file', async () => {
    const notJson = await runCli(writeScratch('not-json.json', 'hello'));
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('not valid JSON');
    const missing = await runCli(join(scratch, 'nowhere.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('there is no such file');
  });

  it('refuses an estimate file or a statement over its cap unread (estimate-file/limits.ts)', async () => {
    const big = writeScratch('big.json', ' '.repeat(MAX_ESTIMATE_FILE_BYTES + 1));
    const run = await runCli(big);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The estimate file');
    expect(run.stderr).toContain('over the 5.0 MB a file may be');
    const statement = await runCli(template('ipr-ex-01'), '--statement', big);
    expect(statement.code).toBe(1);
    expect(statement.stderr).toMatch(
      /The charging statement .* over the 5\.0 MB a statement may be/,
    );
  });

  it('refuses an unknown statement', async () => {
    const run = await runCli(template('ipr-ex-01'), '--statement', 'no-such-statement');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cannot read the charging statement .*no-such-statement\.json/);
  });

  it('reports the engine’s objections to the estimate as a whole and exits 1', async () => {
    const file = JSON.parse(readFileSync(template('ipr-ex-04'), 'utf8')) as {
      inputs: { applicationDate: string };
    };
    file.inputs.applicationDate = '2025-02-30';
    const run = await runCli(writeScratch('bad-date.json', JSON.stringify(file)));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^The estimate in .* cannot be computed:\n {2}- /);
  });

  it('prints a partial result with a note of the lines not counted yet', async () => {
    const file = JSON.parse(readFileSync(template('ipr-ex-04'), 'utf8')) as {
      inputs: { schemes: { minimum: { rsns: unknown[] } } };
    };
    // Without its network section, the reinforcement it shared cannot be worked out.
    file.inputs.schemes.minimum.rsns = [];
    const path = writeScratch('no-rsn.json', JSON.stringify(file));
    const run = await runCli(path);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as EstimateResult;
    expect(result.notCounted.length).toBeGreaterThan(0);
    expect(run.stderr).toContain(`Note: ${result.notCountedNote}\n`);
    const table = await runCli(path, '--table');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(result.notCountedNote);
  });

  it('prints usage and exits 2 on bad arguments', async () => {
    const none = await runCli();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: npm run estimate -- FILE.json');
    const unknown = await runCli(template('ipr-ex-01'), '--csv');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown option --csv.');
    const help = await runCli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--statement ID|PATH');
  });
});
