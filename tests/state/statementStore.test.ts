import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { StatementStore } from '../../src/state/statementStore';
import type { StatementFile, StatementIndex } from '../../src/statements/types';
import type { StatementRecord } from '../../src/storage/records';

const read = (path: string): StatementFile =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as StatementFile;
const ipr = read('public/statements/ipr-v1.7-2025.json');
const spm = read('public/statements/spm-2008.json');
const fenland = read('tests/fixtures/statements/fenland-wires-2030.json');
const index = JSON.parse(
  readFileSync(new URL('../../public/statements/index.json', import.meta.url), 'utf8'),
) as StatementIndex;
const builtIn = new Map([ipr, spm].map((s) => [s.id, s]));

function store(imported: StatementRecord[] = []) {
  const loadIndex = vi.fn(async () => index);
  const loadStatement = vi.fn(async (id: string) => structuredClone(builtIn.get(id)!));
  const statements = new StatementStore({ imported: () => imported, loadIndex, loadStatement });
  return { statements, loadIndex, loadStatement };
}

describe('the statements store', () => {
  it('fetches a built-in statement once, reads the list once, and remembers its rules and parameters', async () => {
    const { statements, loadIndex, loadStatement } = store();
    expect(statements.rulesOf(spm.id)).toBeNull();
    const [a, b] = await Promise.all([statements.resolve(spm.id), statements.resolve(spm.id)]);
    expect(a).toBe(b);
    await statements.builtIn(ipr.id);
    await statements.index();
    expect(loadStatement).toHaveBeenCalledTimes(2);
    expect(loadIndex).toHaveBeenCalledTimes(1);
    expect(statements.rulesOf(spm.id)).toEqual(spm.rules);
    expect(statements.parametersOf(ipr.id)).toEqual({ parameters: ipr.parameters });
    expect(statements.sourceOf(spm.id)).toBe('built-in');
  });

  it('fetches again after a failure instead of keeping it', async () => {
    const { statements, loadStatement, loadIndex } = store();
    loadIndex.mockRejectedValueOnce(new Error('offline'));
    await expect(statements.builtIn(spm.id)).rejects.toThrow('offline');
    loadStatement.mockRejectedValueOnce(new Error('HTTP 500'));
    const failed = await statements.open(spm.id, 'ready');
    expect(failed).toEqual({
      ok: false,
      message: `The charging statement “${spm.id}” could not be loaded: HTTP 500`,
    });
    const opened = await statements.open(spm.id, 'ready');
    expect(opened.ok && opened.statement.id).toBe(spm.id);
    expect(loadIndex).toHaveBeenCalledTimes(2);
  });

  it('opens an imported statement before a built-in one of the same id, and says where it came from', async () => {
    const mine: StatementFile = { ...structuredClone(ipr), version: 'My copy' };
    const records: StatementRecord[] = [
      { id: ipr.id, importedAt: '2026-01-02T03:04:05.000Z', file: mine },
      { id: fenland.id, importedAt: '2026-01-03T00:00:00.000Z', file: fenland },
    ];
    const { statements, loadStatement } = store(records);
    expect((await statements.resolve(ipr.id)).version).toBe('My copy');
    expect(statements.sourceOf(ipr.id)).toBe('imported 2026-01-02T03:04:05.000Z');
    const opened = await statements.open(fenland.id, 'ready');
    expect(opened.ok && opened.statement.id).toBe(fenland.id);
    expect(statements.rulesOf(fenland.id)).toEqual(fenland.rules);
    expect(loadStatement).not.toHaveBeenCalled();
  });

  it('refuses a damaged imported statement in plain words', async () => {
    const damaged = { ...structuredClone(spm), rules: undefined } as unknown as StatementFile;
    const { statements } = store([{ id: spm.id, importedAt: '2026-01-02', file: damaged }]);
    const opened = await statements.open(spm.id, 'ready');
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.message).toBe(
      `The charging statement “${spm.id}” could not be loaded: Your imported statement “${spm.id}” is damaged and cannot be used: Rules: is missing`,
    );
  });

  it('waits for storage before saying a statement is nowhere, then says so', async () => {
    const { statements } = store();
    expect(await statements.open('nowhere-2040', 'opening')).toEqual({ ok: false, message: null });
    const ready = await statements.open('nowhere-2040', 'ready');
    expect(!ready.ok && ready.message).toMatch(
      /^The estimate uses the charging statement “nowhere-2040”, which is neither built into this app nor among the statements you imported\. Choose/,
    );
    const unavailable = await statements.open('nowhere-2040', 'unavailable');
    expect(!unavailable.ok && unavailable.message).toContain(
      '(your imported statements cannot be read: storage could not be opened)',
    );
  });
});
