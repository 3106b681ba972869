import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { AutosaveController } from '../../src/storage/autosave';
import { dbAutosaveStore } from '../../src/storage/dbAutosaveStore';
import type { DraftMessage } from '../../src/storage/draftChannel';
import { createDraft, loadDraft } from '../../src/storage/draftStore';
import { EstimatorDb } from '../../src/storage/db';
import { saveStatusText, type SaveStatus } from '../../src/storage/saveStatus';
import { QUOTA_MESSAGE } from '../../src/storage/storageErrors';
import type { EstimateFile } from '../../src/estimate-file/types';
import { sampleEstimate } from './fixtures/sampleEstimate';
import { freshDbName, openFreshDb } from './testDb';

/** A minimal editor: the file it shows and how often it was replaced. */
function fakeEditor(initial: EstimateFile) {
  const editor = {
    file: structuredClone(initial),
    replaced: [] as EstimateFile[],
    snapshot: () => structuredClone(editor.file),
    replace: (file: EstimateFile) => {
      editor.file = structuredClone(file);
      editor.replaced.push(file);
    },
  };
  return editor;
}

/** A channel pair standing in for BroadcastChannel between two tabs. */
function channelPair() {
  const listeners: Record<'a' | 'b', ((e: MessageEvent<DraftMessage>) => void)[]> = {
    a: [],
    b: [],
  };
  const make = (self: 'a' | 'b', other: 'a' | 'b') => ({
    postMessage: (message: DraftMessage) => {
      for (const l of listeners[other]) l({ data: message } as MessageEvent<DraftMessage>);
    },
    addEventListener: (_: 'message', l: (e: MessageEvent<DraftMessage>) => void) => {
      listeners[self].push(l);
    },
    removeEventListener: () => {},
    close: () => {},
  });
  return { a: make('a', 'b'), b: make('b', 'a') };
}

// fake-indexeddb schedules with setImmediate: fake only the timers autosave uses.
const fakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

let db: EstimatorDb;
let now: Date;
const clock = () => new Date(now);

beforeEach(async () => {
  db = await openFreshDb();
  now = new Date('2026-03-02T12:03:00.000Z');
});

afterEach(() => {
  vi.useRealTimers();
  db.close();
});

async function openDraft(
  statuses: SaveStatus[] = [],
  channel = null as ReturnType<typeof channelPair>['a'] | null,
) {
  const record = await createDraft(db, sampleEstimate(), clock());
  const editor = fakeEditor(record.file);
  const controller = new AutosaveController({
    store: dbAutosaveStore(db),
    snapshot: editor.snapshot,
    replace: editor.replace,
    clock,
    channel,
    onStatus: (s) => statuses.push(s),
  });
  controller.open(record);
  return { record, editor, controller };
}

describe('autosave', () => {
  it('saves 500 ms after the last edit, not before', async () => {
    fakeTimers();
    const { record, editor, controller } = await openDraft();
    editor.file.title = 'Edited';
    controller.notifyChange();
    expect(saveStatusText(controller.status)).toBe('Saving…');
    await vi.advanceTimersByTimeAsync(300);
    editor.file.title = 'Edited again';
    controller.notifyChange();
    await vi.advanceTimersByTimeAsync(499);
    expect((await loadDraft(db, record.id))?.file.title).toBe(record.file.title);
    await vi.advanceTimersByTimeAsync(1);
    await controller.flush();
    const stored = await loadDraft(db, record.id);
    expect(stored?.file.title).toBe('Edited again');
    expect(stored?.revision).toBe(2);
    expect(controller.status.kind).toBe('saved');
    expect(saveStatusText(controller.status, 'UTC')).toBe('Saved 12:03');
  });

  it('saves during non-stop editing at least every 5 seconds', async () => {
    fakeTimers();
    const { record, editor, controller } = await openDraft();
    for (let i = 1; i <= 12; i += 1) {
      editor.file.title = `Edit ${i}`;
      controller.notifyChange();
      await vi.advanceTimersByTimeAsync(450);
    }
    // 12 × 450 ms = 5.4 s of typing with no 500 ms pause: the 5 s cap saved once.
    const stored = await loadDraft(db, record.id);
    expect(stored?.revision).toBe(2);
    expect(stored?.file.title).toBe('Edit 12');
  });

  it('flushes on pagehide and when the page is hidden, without waiting for the timer', async () => {
    fakeTimers();
    const { record, editor, controller } = await openDraft();
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), {
      visibilityState: 'visible' as DocumentVisibilityState,
    });
    const detach = controller.attach(win as unknown as Window, doc as unknown as Document);

    editor.file.title = 'Before leaving';
    controller.notifyChange();
    win.dispatchEvent(new Event('pagehide'));
    await controller.flush();
    expect((await loadDraft(db, record.id))?.file.title).toBe('Before leaving');

    editor.file.title = 'Before hiding';
    controller.notifyChange();
    doc.dispatchEvent(new Event('visibilitychange')); // still visible: no save
    await Promise.resolve();
    expect((await loadDraft(db, record.id))?.file.title).toBe('Before leaving');
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await controller.flush();
    expect((await loadDraft(db, record.id))?.file.title).toBe('Before hiding');
    expect(vi.getTimerCount()).toBe(0);
    detach();
  });

  it('restores what was saved after a reload (a new controller on the same database)', async () => {
    const { record, editor, controller } = await openDraft();
    editor.file.inputs.connection.importCapacityKva = '315';
    controller.notifyChange();
    await controller.flush();
    controller.dispose();
    const reopened = await loadDraft(db, record.id);
    expect(reopened?.file.inputs.connection.importCapacityKva).toBe('315');
    expect(reopened?.revision).toBe(2);
  });

  it('on a quota error keeps the stored draft unchanged and says why', async () => {
    // A database whose estimates table refuses every put as the browser does when full.
    let isFull = false;
    const quota: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'quota-full',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req) =>
              isFull && name === 'estimates' && req.type === 'put'
                ? Promise.reject(
                    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                  )
                : table.mutate(req),
          };
        },
      }),
    };
    db.close();
    db = new EstimatorDb(freshDbName());
    db.use(quota);
    await db.open();
    const { record, editor, controller } = await openDraft();
    isFull = true;
    editor.file.title = 'Will not fit';
    controller.notifyChange();
    await controller.flush();
    expect(controller.status).toEqual({ kind: 'failed', problem: 'quota', reason: QUOTA_MESSAGE });
    expect(saveStatusText(controller.status)).toBe(`Not saved — ${QUOTA_MESSAGE}`);
    expect(await loadDraft(db, record.id)).toEqual(record);
    expect(controller.hasUnsavedEdits).toBe(true);

    // Space freed: the next flush saves the kept edits.
    isFull = false;
    await controller.flush();
    expect((await loadDraft(db, record.id))?.file.title).toBe('Will not fit');
    expect(controller.status.kind).toBe('saved');
  });

  it('stops writing after the database was upgraded elsewhere, saving what was pending first', async () => {
    const { record, editor, controller } = await openDraft();
    editor.file.title = 'Pending at upgrade';
    controller.notifyChange();
    await controller.stop('the app was updated in another tab; reload this page');
    expect((await loadDraft(db, record.id))?.file.title).toBe('Pending at upgrade');
    editor.file.title = 'After stop';
    controller.notifyChange();
    await controller.flush();
    expect((await loadDraft(db, record.id))?.file.title).toBe('Pending at upgrade');
    expect(saveStatusText(controller.status)).toBe(
      'Not saved — the app was updated in another tab; reload this page',
    );
  });
});

describe('two tabs on one draft', () => {
  async function twoTabs() {
    const record = await createDraft(db, sampleEstimate(), clock());
    const channels = channelPair();
    const tab = (channel: (typeof channels)['a']) => {
      const editor = fakeEditor(record.file);
      const controller = new AutosaveController({
        store: dbAutosaveStore(db),
        snapshot: editor.snapshot,
        replace: editor.replace,
        clock,
        channel,
      });
      controller.open(record);
      return { editor, controller };
    };
    return { record, a: tab(channels.a), b: tab(channels.b) };
  }

  it('never silently overwrites: the second save is refused and the user is asked', async () => {
    const { record, a, b } = await twoTabs();
    a.editor.file.title = 'From tab A';
    a.controller.notifyChange();
    await a.controller.flush();
    // Tab B heard of A's save, and its own edit does not overwrite it.
    b.editor.file.title = 'From tab B';
    b.controller.notifyChange();
    await b.controller.flush();
    await vi.waitFor(() => expect(b.controller.status.kind).toBe('conflict'));
    expect(saveStatusText(b.controller.status)).toBe(
      'Not saved — this draft was changed in another tab',
    );
    const stored = await loadDraft(db, record.id);
    expect(stored?.file.title).toBe('From tab A');
    expect(stored?.revision).toBe(2);
  });

  it('refuses a stale save by revision even when no message arrived', async () => {
    const record = await createDraft(db, sampleEstimate(), clock());
    const editorA = fakeEditor(record.file);
    const editorB = fakeEditor(record.file);
    const make = (editor: ReturnType<typeof fakeEditor>) =>
      new AutosaveController({
        store: dbAutosaveStore(db),
        snapshot: editor.snapshot,
        replace: editor.replace,
        clock,
      });
    const a = make(editorA);
    const b = make(editorB);
    a.open(record);
    b.open(record);
    editorA.file.title = 'A';
    a.notifyChange();
    editorB.file.title = 'B';
    b.notifyChange();
    await Promise.all([a.flush(), b.flush()]);
    const kinds = [a.status.kind, b.status.kind].sort();
    expect(kinds).toEqual(['conflict', 'saved']);
    const stored = await loadDraft(db, record.id);
    const winner = a.status.kind === 'saved' ? 'A' : 'B';
    expect(stored?.file.title).toBe(winner);
  });

  it('"Load theirs" puts the stored version in the editor and saving carries on', async () => {
    const { record, a, b } = await twoTabs();
    a.editor.file.title = 'From tab A';
    a.controller.notifyChange();
    await a.controller.flush();
    b.editor.file.title = 'From tab B';
    b.controller.notifyChange();
    await b.controller.flush();
    await vi.waitFor(() => expect(b.controller.status.kind).toBe('conflict'));
    await b.controller.resolveConflict('load-theirs');
    expect(b.editor.file.title).toBe('From tab A');
    expect(b.controller.revision).toBe(2);
    b.editor.file.title = 'B after loading';
    b.controller.notifyChange();
    await b.controller.flush();
    expect((await loadDraft(db, record.id))?.file.title).toBe('B after loading');
  });

  it('"Keep both" saves this tab\'s version as a new draft and leaves theirs alone', async () => {
    const { record, a, b } = await twoTabs();
    a.editor.file.title = 'From tab A';
    a.controller.notifyChange();
    await a.controller.flush();
    b.editor.file.title = 'From tab B';
    b.controller.notifyChange();
    await b.controller.flush();
    await vi.waitFor(() => expect(b.controller.status.kind).toBe('conflict'));
    const copy = await b.controller.resolveConflict('keep-both');
    expect(copy?.id).not.toBe(record.id);
    expect(copy?.file.title).toBe('From tab B (copy)');
    expect(copy?.file.reference).toBe('EST-2026-0002');
    expect(b.controller.draftId).toBe(copy?.id);
    expect(b.editor.file.id).toBe(copy?.id);
    expect((await loadDraft(db, record.id))?.file.title).toBe('From tab A');
    expect(await db.estimates.count()).toBe(2);
  });
});
