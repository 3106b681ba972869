// @vitest-environment jsdom
// No IndexedDB (missing, blocked, or failing to open): the app keeps editing, says plainly
// and persistently that nothing is saved, offers the estimate file, turns draft actions off
// with the reason, asks before the tab closes, and never shows the storage library's error.
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { EstimatorDb } from '../../src/storage/db';
import { DraftsController } from '../../src/storage/drafts.svelte';
import { estimateFileName } from '../../src/storage/estimateFileIo';
import { NOT_SAVING_MESSAGE } from '../../src/storage/storageErrors';
import { saveStatusText } from '../../src/storage/saveStatus';
import DraftLibrary from '../../src/ui/library/DraftLibrary.svelte';
import SaveStatus from '../../src/ui/library/SaveStatus.svelte';
import StorageNotice from '../../src/ui/library/StorageNotice.svelte';
import { fakeEditor } from './fakeEditor';
import { sampleEstimate } from './fixtures/sampleEstimate';
import { freshDbName } from './testDb';

let controllers: DraftsController[] = [];
afterEach(() => {
  cleanup();
  for (const c of controllers) c.dispose();
  controllers = [];
});

/** An IndexedDB whose open() throws, as a browser that blocks storage for the site does. */
const refusingFactory = {
  open: () => {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  },
  deleteDatabase: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
} as unknown as IDBFactory;

function makeDb(kind: 'missing' | 'refusing'): EstimatorDb {
  if (kind === 'refusing') return new EstimatorDb(freshDbName(), { indexedDB: refusingFactory });
  // Dexie reads the browser's indexedDB when a database is made: without one, open() fails
  // with its MissingAPIError ("IndexedDB API missing. Please visit https://tinyurl…").
  const deps = Dexie.dependencies as { indexedDB?: IDBFactory };
  const saved = deps.indexedDB;
  deps.indexedDB = undefined;
  try {
    return new EstimatorDb(freshDbName());
  } finally {
    deps.indexedDB = saved;
  }
}

async function setup(kind: 'missing' | 'refusing') {
  const editor = fakeEditor(sampleEstimate({ title: 'Barn solar' }));
  const downloads: { name: string; text: string }[] = [];
  const drafts = new DraftsController({
    editor,
    createBlank: () => sampleEstimate({ title: 'New estimate' }),
    db: makeDb(kind),
    clock: () => new Date('2026-03-02T12:00:00.000Z'),
    storage: {},
    channel: null,
    download: (name, text) => downloads.push({ name, text }),
    location: { hash: '', href: 'http://localhost/', pathname: '/', search: '' },
    history: { replaceState: () => {} },
    pendingStorage: null,
    win: window,
    doc: document,
  });
  controllers.push(drafts);
  await drafts.start();
  return { drafts, editor, downloads };
}

/** Dispatches beforeunload as a closing tab does; true when the page asks to stay. */
function closingIsQuestioned(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe.each(['missing', 'refusing'] as const)('no IndexedDB (%s)', (kind) => {
  it('says plainly and persistently that nothing is saved, never the library error', async () => {
    const { drafts } = await setup(kind);
    expect(drafts.isUnavailable).toBe(true);
    expect(drafts.isReady).toBe(true);
    expect(saveStatusText(drafts.saveStatus)).toBe(
      'Not saved — this browser is not saving your work',
    );
    render(StorageNotice, { drafts });
    render(SaveStatus, { status: drafts.saveStatus });
    const banner = screen.getByRole('alert', { name: 'Your work is not being saved' });
    expect(banner).toHaveTextContent(NOT_SAVING_MESSAGE);
    expect(NOT_SAVING_MESSAGE).toBe(
      'This browser is not saving your work: download the estimate file before you close the tab.',
    );
    // Persistent: nothing dismisses it.
    expect(within(banner).queryByRole('button', { name: 'Dismiss' })).toBeNull();
    expect(document.body.textContent).not.toMatch(/tinyurl|IndexedDB API|Dexie|SecurityError/);
    expect(screen.getByRole('status', { name: 'Save status' })).not.toHaveTextContent(
      'No draft open',
    );
  });

  it('the banner downloads the estimate as on screen', async () => {
    const { drafts, editor, downloads } = await setup(kind);
    editor.edit((f) => (f.title = 'Typed with no storage'));
    render(StorageNotice, { drafts });
    await userEvent.click(screen.getByRole('button', { name: 'Download the estimate file' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe(estimateFileName(editor.file));
    expect(JSON.parse(downloads[0]!.text)).toMatchObject({
      id: editor.file.id,
      title: 'Typed with no storage',
    });
  });

  it('asks before the tab closes, except right after the work was downloaded', async () => {
    const { drafts, editor } = await setup(kind);
    expect(closingIsQuestioned()).toBe(true);
    drafts.downloadOnScreen();
    expect(closingIsQuestioned()).toBe(false);
    editor.edit((f) => (f.title = 'Changed after the download'));
    expect(closingIsQuestioned()).toBe(true);
  });

  it('draft actions are off with the reason, and trying one says why without the raw error', async () => {
    const { drafts } = await setup(kind);
    render(DraftLibrary, { drafts });
    expect(screen.getByRole('note', { name: 'Drafts are not available' })).toHaveTextContent(
      'This browser is not saving your work',
    );
    for (const name of ['New estimate', 'Back up all']) {
      expect(screen.getByRole('button', { name })).toBeDisabled();
    }
    expect(screen.getByLabelText('Import an estimate file')).toBeDisabled();
    expect(screen.getByLabelText('Restore from a backup file')).toBeDisabled();

    await drafts.newDraft();
    await drafts.importFile({ size: 2, text: async () => '{}' });
    await drafts.refresh();
    expect(drafts.notice?.message ?? '').not.toMatch(/tinyurl|IndexedDB API|Dexie/);
    expect(drafts.drafts).toEqual([]);
  });
});
