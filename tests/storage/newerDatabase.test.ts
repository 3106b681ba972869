// @vitest-environment jsdom
// An older build never writes into a database a newer build has upgraded: when the database
// on disk is newer than this build knows, the app refuses every write and says
// "A newer version of the app is open; reload to use it".
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/svelte';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, EstimatorDb } from '../../src/storage/db';
import { DraftsController } from '../../src/storage/drafts.svelte';
import { saveStatusText } from '../../src/storage/saveStatus';
import StorageNotice from '../../src/ui/library/StorageNotice.svelte';
import { fakeEditor } from './fakeEditor';
import { sampleEstimate } from './fixtures/sampleEstimate';
import { freshDbName } from './testDb';

let controllers: DraftsController[] = [];
afterEach(() => {
  cleanup();
  for (const c of controllers) {
    c.dispose();
    c.db.close();
  }
  controllers = [];
});

const NEWER = 'A newer version of the app is open; reload to use it.';

/** What a newer build might do: add a table, or also drop one this build uses. */
const NEWER_SCHEMAS = {
  'adds a table': { estimates: 'id, savedAt', notes: 'id' },
  'drops a table this build uses': { estimates: 'id, savedAt', bin: null, notes: 'id' },
} as const;

/** Everything in the database, table by table, to prove nothing was written. */
async function contents(name: string): Promise<{ version: number; tables: unknown }> {
  const raw = new Dexie(name);
  await raw.open();
  const tables: Record<string, unknown[]> = {};
  for (const table of raw.tables) tables[table.name] = await table.toArray();
  const version = raw.verno;
  raw.close();
  return { version, tables };
}

async function newerDatabase(schema: keyof typeof NEWER_SCHEMAS): Promise<string> {
  const name = freshDbName();
  // This build's database, with one draft in it, then upgraded by a newer build.
  const ours = new EstimatorDb(name);
  await ours.estimates.put({
    id: 'stored-draft',
    revision: 3,
    savedAt: '2026-03-01T09:00:00.000Z',
    file: sampleEstimate({ title: 'Stored by the newer app' }),
  });
  ours.close();
  const newer = new EstimatorDb(name);
  newer.version(DB_VERSION + 1).stores(NEWER_SCHEMAS[schema]);
  await newer.open();
  newer.close();
  return name;
}

function controller(name: string) {
  const editor = fakeEditor(sampleEstimate({ title: 'On screen in the older tab' }));
  const drafts = new DraftsController({
    editor,
    createBlank: () => sampleEstimate({ title: 'New estimate' }),
    db: new EstimatorDb(name),
    clock: () => new Date('2026-03-02T12:00:00.000Z'),
    storage: { persist: async () => true, persisted: async () => false },
    channel: null,
    download: () => {},
    location: { hash: '', href: 'http://localhost/', pathname: '/', search: '' },
    history: { replaceState: () => {} },
    pendingStorage: null,
  });
  controllers.push(drafts);
  return { drafts, editor };
}

const CASES = [
  ['adds a table', true],
  ['drops a table this build uses', true],
  // Without indexedDB.databases() the version is checked just after opening.
  ['adds a table', false],
] as const;

describe.each(CASES)(
  'a database from a newer build that %s (the browser lists databases: %s)',
  (schema, canList) => {
    afterEach(() => {
      delete (indexedDB as Partial<IDBFactory> & { databases?: unknown }).databases;
    });

    it('an older build starting afterwards writes nothing and says a newer version is open', async () => {
      const name = await newerDatabase(schema);
      if (!canList) {
        Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
      }
      const before = await contents(name);
      expect(before.version).toBe(DB_VERSION + 1);

      const { drafts, editor } = controller(name);
      await drafts.start();
      expect(drafts.isStopped).toBe(true);
      expect(saveStatusText(drafts.saveStatus)).toBe(`Not saved — ${NEWER}`);
      expect(drafts.actionsOffReason).toBe(NEWER);
      render(StorageNotice, { drafts });
      expect(
        screen.getByRole('alert', { name: 'A newer version of the app is open' }),
      ).toBeInTheDocument();

      // Edits, saves and draft actions write nothing.
      editor.edit((f) => (f.title = 'Typed in the older tab'));
      await drafts.autosave.flush();
      await drafts.newDraft();
      const text = JSON.stringify(sampleEstimate({ title: 'Imported' }));
      await drafts.importFile({ size: text.length, text: async () => text });
      expect(drafts.notice?.message).toBe(NEWER);

      drafts.dispose();
      drafts.db.close();
      expect(await contents(name)).toEqual(before);
    });
  },
);
