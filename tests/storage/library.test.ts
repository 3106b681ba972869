// @vitest-environment jsdom
import { estimateFileName } from '../../src/storage/estimateFileIo';
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EstimatorDb } from '../../src/storage/db';
import { DraftsController } from '../../src/storage/drafts.svelte';
import { createDraft, saveDraft } from '../../src/storage/draftStore';
import { QUOTA_MESSAGE } from '../../src/storage/storageErrors';
import ConflictNotice from '../../src/ui/library/ConflictNotice.svelte';
import DraftLibrary from '../../src/ui/library/DraftLibrary.svelte';
import SaveStatus from '../../src/ui/library/SaveStatus.svelte';
import StorageNotice from '../../src/ui/library/StorageNotice.svelte';
import { fakeEditor } from './fakeEditor';
import { sampleEstimate } from './fixtures/sampleEstimate';
import { freshDbName } from './testDb';

const now = new Date('2026-03-02T12:03:00.000Z');
let controllers: DraftsController[] = [];

afterEach(() => {
  cleanup();
  for (const c of controllers) {
    c.dispose();
    c.db.close();
  }
  controllers = [];
});

async function library(seed: (db: EstimatorDb) => Promise<void> = async () => {}) {
  const dbName = freshDbName();
  const db = new EstimatorDb(dbName);
  await seed(db);
  db.close();
  const downloads: string[] = [];
  const editor = fakeEditor(sampleEstimate());
  const drafts = new DraftsController({
    editor,
    createBlank: () => sampleEstimate({ title: 'Blank' }),
    db: new EstimatorDb(dbName),
    clock: () => new Date(now),
    storage: { persist: async () => false },
    channel: null,
    download: (name) => downloads.push(name),
    location: { hash: '', href: 'http://localhost/', pathname: '/', search: '' },
    history: { replaceState: () => {} },
  });
  controllers.push(drafts);
  await drafts.start();
  return { drafts, editor, downloads };
}

async function seedThree(db: EstimatorDb) {
  const t = new Date('2026-02-01T10:00:00.000Z');
  await createDraft(db, sampleEstimate({ title: 'Workshop supply' }), t);
  const solar = sampleEstimate({ title: 'Solar farm', status: 'sent' });
  solar.inputs.connection = {
    ...solar.inputs.connection,
    type: 'generation',
    exportCapacityKva: '5000',
  };
  solar.project.site = { address: 'Hill Top', postcode: 'HG1 1AA' };
  await createDraft(db, solar, new Date('2026-02-03T10:00:00.000Z'));
  await createDraft(
    db,
    sampleEstimate({ title: 'Battery site' }),
    new Date('2026-02-02T10:00:00.000Z'),
  );
}

describe('draft library', () => {
  it('lists drafts with reference, title, site, type, capacity, status and expected charge', async () => {
    const { drafts } = await library(seedThree);
    render(DraftLibrary, {
      drafts,
      expectedCharge: (file) => (file.title === 'Solar farm' ? '£1,234.00' : null),
    });
    const table = screen.getByRole('table');
    const solarRow = within(table).getByRole('row', { name: /Solar farm/ });
    expect(within(solarRow).getByRole('rowheader')).toHaveTextContent('EST-2026-0002');
    expect(solarRow).toHaveTextContent('Hill Top, HG1 1AA');
    expect(solarRow).toHaveTextContent('Generation');
    expect(solarRow).toHaveTextContent('5000');
    expect(solarRow).toHaveTextContent('Sent');
    expect(solarRow).toHaveTextContent('£1,234.00');
    // Newest first by default: Solar (3 Feb), Battery (2 Feb), Workshop (1 Feb).
    const headers = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['EST-2026-0002', 'EST-2026-0003', 'EST-2026-0001']);
  });

  it('searches, filters by type and status, and sorts', async () => {
    const { drafts } = await library(seedThree);
    render(DraftLibrary, { drafts });
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'hill');
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['EST-2026-0002']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Connection type' }), 'demand');
    expect(screen.getAllByRole('rowheader')).toHaveLength(2);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'sent');
    expect(screen.getByText('No estimates match.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Connection type' }), 'all');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'all');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'title');
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'EST-2026-0003',
      'EST-2026-0002',
      'EST-2026-0001',
    ]);
  });

  it('shows bidi controls in a title and reference as visible marks, never reordering the text', async () => {
    const { drafts } = await library(async (db) => {
      await createDraft(
        db,
        sampleEstimate({ title: 'Invoice abc\u202Eexe.pdf' }),
        new Date('2026-02-01T10:00:00.000Z'),
      );
    });
    render(DraftLibrary, { drafts });
    const row = screen.getByRole('row', { name: /Invoice/ });
    expect(row).toHaveTextContent('Invoice abc[U+202E]exe.pdf');
    expect(row.textContent).not.toContain('\u202E');
  });

  it('renames, duplicates, opens', async () => {
    const { drafts, editor } = await library(seedThree);
    render(DraftLibrary, { drafts });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Rename EST-2026-0001' }));
    const input = screen.getByRole('textbox', { name: 'New title for EST-2026-0001' });
    await user.clear(input);
    await user.type(input, 'Workshop, revised{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /Workshop, revised/ })).toBeInTheDocument(),
    );

    await user.click(screen.getByRole('button', { name: 'Duplicate EST-2026-0003' }));
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /Copy of Battery site/ })).toBeInTheDocument(),
    );

    await user.click(screen.getByRole('button', { name: 'Open EST-2026-0001' }));
    await waitFor(() => expect(editor.file.title).toBe('Workshop, revised'));
    expect(screen.getByRole('row', { name: /Workshop, revised/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('delete moves to the bin with undo', async () => {
    const { drafts } = await library(seedThree);
    render(DraftLibrary, { drafts });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete EST-2026-0003' }));
    const undo = await screen.findByRole('status', { name: 'Deleted draft' });
    expect(undo).toHaveTextContent('EST-2026-0003');
    expect(screen.queryByRole('row', { name: /Battery site/ })).not.toBeInTheDocument();
    expect(screen.getByText('Bin (1)')).toBeInTheDocument();
    await user.click(within(undo).getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /Battery site/ })).toBeInTheDocument(),
    );
    expect(screen.queryByText(/Bin \(/)).not.toBeInTheDocument();
  });

  it('lists a damaged record apart, with a download of its raw JSON, and still lists the rest', async () => {
    const { drafts, downloads } = await library(async (db) => {
      await seedThree(db);
      await db.estimates.put({
        id: 'bad-1',
        revision: 1,
        savedAt: now.toISOString(),
        file: { nonsense: true },
      } as never);
    });
    render(DraftLibrary, { drafts });
    expect(screen.getAllByRole('rowheader')).toHaveLength(3);
    const damaged = screen.getByRole('region', { name: 'Damaged drafts (1)' });
    await userEvent.click(
      within(damaged).getByRole('button', {
        name: 'Download damaged draft a draft with no title (stored as bad-1)',
      }),
    );
    expect(downloads).toEqual(['damaged-draft-bad-1.json']);
  });

  it('shows the backup reminder with a one-click "Back up all" when storage is not persistent', async () => {
    const { drafts, downloads } = await library(seedThree);
    render(DraftLibrary, { drafts });
    expect(screen.getByText(/persistent storage not granted/)).toBeInTheDocument();
    const reminder = screen.getByRole('note', { name: 'Backup reminder' });
    await userEvent.click(within(reminder).getByRole('button', { name: 'Back up all' }));
    await waitFor(() => expect(downloads).toEqual(['estimates-backup-2026-03-02.json']));
  });

  it('restore shows adds and replaces before doing anything, then applies', async () => {
    const { drafts } = await library(seedThree);
    const target = drafts.drafts.find((d) => d.file.title === 'Workshop supply')!;
    const backup = {
      format: 'connection-estimator-backup',
      version: 1,
      createdAt: now.toISOString(),
      estimates: [
        { ...target, revision: 1, file: { ...target.file, title: 'Workshop from backup' } },
        {
          id: 'new-one',
          revision: 4,
          savedAt: now.toISOString(),
          file: sampleEstimate({ id: 'new-one', reference: 'EST-2025-0099', title: 'Old project' }),
        },
      ],
      statements: [],
    };
    // Make the stored one newer so the preview shows both revisions.
    await saveDraft(drafts.db, target.file, target.revision, now);
    await drafts.refresh();
    render(DraftLibrary, { drafts });
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText('Restore from a backup file'),
      new File([JSON.stringify(backup)], 'backup.json', { type: 'application/json' }),
    );
    const preview = await screen.findByRole('region', { name: 'What the restore will do' });
    expect(within(preview).getByRole('list', { name: 'Drafts to add' })).toHaveTextContent(
      'EST-2025-0099 — Old project (revision 4)',
    );
    expect(within(preview).getByRole('list', { name: 'Drafts to replace' })).toHaveTextContent(
      "EST-2026-0001 — Workshop from backup: stored revision 2 replaced by the backup's revision 1",
    );
    expect(screen.queryByRole('row', { name: /Old project/ })).not.toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Restore' }));
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /Old project/ })).toBeInTheDocument(),
    );
    expect(screen.getByRole('row', { name: /Workshop from backup/ })).toBeInTheDocument();
  });
});

describe('save status and notices', () => {
  it('shows the save status by role with its accessible name', () => {
    render(SaveStatus, { status: { kind: 'saved', at: now }, timeZone: 'UTC' });
    expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved 12:03');
  });

  it('shows "Not saved" with the quota reason and offers a backup', async () => {
    const { drafts, downloads, editor } = await library(seedThree);
    drafts.notice = { tone: 'error', message: QUOTA_MESSAGE, offerBackup: true };
    render(StorageNotice, { drafts });
    const alert = screen.getByRole('alert', { name: 'Storage problem' });
    expect(alert).toHaveTextContent(QUOTA_MESSAGE);
    await userEvent.click(within(alert).getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    // And the estimate as on screen, which needs no storage (on a full disk the backup,
    // which reads every stored draft, may not come).
    await userEvent.click(within(alert).getByRole('button', { name: 'Download this estimate' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]).toBe(estimateFileName(editor.snapshot()));
  });

  it('a refused import is announced as an import problem, not a storage problem', async () => {
    const { drafts } = await library(seedThree);
    const text = '{"format":"something else"}';
    expect(await drafts.importFile({ size: text.length, text: async () => text })).toBe(false);
    render(StorageNotice, { drafts });
    const alert = screen.getByRole('alert', { name: 'Import problem' });
    expect(alert).toHaveTextContent(/Nothing was imported/);
    expect(screen.queryByRole('alert', { name: 'Storage problem' })).toBeNull();
  });

  it('after an upgrade in another tab, tells the user to reload', async () => {
    const { drafts } = await library(seedThree);
    let reloads = 0;
    await drafts.autosave.stop('A newer version of the app is open; reload to use it.');
    render(StorageNotice, { drafts, onreload: () => (reloads += 1) });
    const alert = screen.getByRole('alert', { name: 'A newer version of the app is open' });
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload this page' }));
    expect(reloads).toBe(1);
  });

  it('conflict notice offers "Load their version" and "Keep both"', async () => {
    const { drafts, editor } = await library(seedThree);
    const id = drafts.currentId!;
    const stored = await drafts.db.estimates.get(id);
    // Another tab saves first.
    await saveDraft(drafts.db, { ...stored!.file, title: 'Their title' }, stored!.revision, now);
    editor.edit((f) => (f.title = 'My title'));
    await drafts.autosave.flush();
    render(ConflictNotice, { drafts });
    const alert = await screen.findByRole('alert', {
      name: 'This draft was changed in another tab',
    });
    expect(alert).toHaveTextContent('Your changes in this tab are not saved yet.');
    await userEvent.click(
      within(alert).getByRole('button', { name: 'Keep both (save mine as a copy)' }),
    );
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(editor.file.title).toBe('My title (copy)');
    expect((await drafts.db.estimates.get(id))?.file.title).toBe('Their title');
  });
});
