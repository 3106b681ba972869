import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedStatementDigests } from '../../build/statementDigests';
import { isCheckedAtBuild } from '../../src/statements/checkedAtBuild';
import { validateStatement } from '../../src/statements/validateStatement';
import { validateStatementIndex } from '../../src/statements/validateStatementIndex';
import { readStatementText } from '../fixtures';

const checks = { validateStatement, validateStatementIndex };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A statements/ folder holding the built-in files, with `changes` applied by name. */
function folder(changes: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'statements-'));
  dirs.push(dir);
  for (const file of ['index.json', 'ipr-v1.7-2025.json', 'spm-2008.json']) {
    const text = file in changes ? changes[file] : readStatementText(file);
    if (text !== null && text !== undefined) writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe('statements checked when the app is built', () => {
  it('lists the index and every statement it names that passes the checks', () => {
    const digests = checkedStatementDigests(checks, folder());
    expect(Object.keys(digests).sort()).toEqual([
      'index.json',
      'ipr-v1.7-2025.json',
      'spm-2008.json',
    ]);
    for (const digest of Object.values(digests)) expect(digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves out a statement that fails, is missing or holds another id, so the app checks it on load', () => {
    const broken = JSON.parse(readStatementText('ipr-v1.7-2025.json'));
    broken.tables[0].rows[0].price = { min: '900', max: '800' };
    const renamed = JSON.parse(readStatementText('spm-2008.json'));
    renamed.id = 'another';
    renamed.rules.statementId = 'another';
    expect(
      checkedStatementDigests(
        checks,
        folder({
          'ipr-v1.7-2025.json': JSON.stringify(broken),
          'spm-2008.json': JSON.stringify(renamed),
        }),
      ),
    ).toEqual({ 'index.json': expect.any(String) });
    expect(checkedStatementDigests(checks, folder({ 'spm-2008.json': null }))).not.toHaveProperty(
      'spm-2008.json',
    );
  });

  it('lists nothing when the index fails its checks', () => {
    expect(checkedStatementDigests(checks, folder({ 'index.json': '{"format":"nope"}' }))).toEqual(
      {},
    );
  });

  it('in the page: only the same bytes under the same name count as checked', async () => {
    const dir = folder();
    const digests = checkedStatementDigests(checks, dir);
    const text = readFileSync(join(dir, 'spm-2008.json'), 'utf8');
    expect(await isCheckedAtBuild('spm-2008.json', text, digests)).toBe(true);
    expect(await isCheckedAtBuild('spm-2008.json', `${text} `, digests)).toBe(false);
    expect(await isCheckedAtBuild('ipr-v1.7-2025.json', text, digests)).toBe(false);
    expect(await isCheckedAtBuild('other.json', text, digests)).toBe(false);
  });
});
