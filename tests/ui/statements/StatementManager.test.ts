// @vitest-environment jsdom
// Importing and removing statements in the app: a valid file is stored and appears in the
// chooser (and opens again after a reload); a malformed file is refused with the message
// naming the field and row, and nothing stored changes; built-in statements cannot be
// replaced or removed; without storage the section says so plainly.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/App.svelte';
import { DB_NAME } from '../../../src/storage/db';
import StatementManager from '../../../src/ui/statements/StatementManager.svelte';

const served = (name: string) =>
  readFileSync(resolve(process.cwd(), 'public/statements', name), 'utf8');
const MINE = 'Example Networks Ltd, V2.0, published 10 January 2026';
const UPLOAD = 'Import a charging statement (JSON file)';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The IPR statement re-issued under another id, operator, version and date. */
function myStatement(): Json {
  const data = JSON.parse(served('ipr-v1.7-2025.json'));
  data.id = 'example-v2.0-2026';
  data.rules.statementId = 'example-v2.0-2026';
  data.operator = 'Example Networks Ltd';
  data.version = 'V2.0';
  data.publicationDate = '2026-01-10';
  return data;
}
const asFile = (data: unknown, name = 'statement.json') =>
  new File([JSON.stringify(data)], name, { type: 'application/json' });

beforeEach(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    const text = served(url.split('/').pop() ?? '');
    return { ok: true, status: 200, text: async () => text };
  });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await Dexie.delete(DB_NAME);
});

async function openApp() {
  const user = userEvent.setup();
  render(App);
  await screen.findByText(/^Saved /, {}, { timeout: 10_000 });
  const bar = screen.getByRole('region', { name: 'Charging statement and rules' });
  const chooser = await within(bar).findByRole(
    'combobox',
    { name: 'Charging statement' },
    { timeout: 10_000 },
  );
  await within(chooser).findByRole('option', { name: /^SP Manweb plc/ });
  return { user, bar, chooser };
}

async function openManager(user: ReturnType<typeof userEvent.setup>, bar: HTMLElement) {
  const toggle = within(bar).getByRole('button', { name: 'Import or remove statements' });
  if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
  const region = within(bar).getByRole('region', { name: 'Imported charging statements' });
  // "Saved" can show a moment before the drafts controller finishes starting (it saves the
  // draft it opens), and imports wait for that.
  await waitFor(() => expect(region).not.toHaveTextContent(/storage is still opening/));
  return region;
}

const optionNames = (chooser: HTMLElement) =>
  within(chooser)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('statement import in the app', () => {
  it('stores a valid file, lists it in the chooser, opens it after a reload, and removes it', async () => {
    const { user, bar, chooser } = await openApp();
    const manager = await openManager(user, bar);
    expect(manager).toHaveTextContent('You have not imported any statements.');

    await user.upload(within(manager).getByLabelText(UPLOAD), asFile(myStatement()));
    expect(
      await within(manager).findByText(/^Imported “Statement of Methodology/),
    ).toHaveTextContent('Example Networks Ltd, V2.0');
    const group = await within(chooser).findByRole('group', { name: 'Imported by you' });
    expect(within(group).getByRole('option')).toHaveTextContent(MINE);

    // Use it, then reload: the estimate opens with the imported statement again.
    await user.selectOptions(chooser, 'example-v2.0-2026');
    await waitFor(() => expect(bar).toHaveTextContent('Statement: Example Networks Ltd'));
    // While in use it cannot be removed.
    expect(
      within(manager).queryByRole('button', { name: 'Remove Example Networks Ltd, V2.0' }),
    ).not.toBeInTheDocument();
    expect(manager).toHaveTextContent('In use by the open estimate');
    await screen.findByText(/^Saved /, {}, { timeout: 10_000 });
    cleanup();

    const again = await openApp();
    await waitFor(() => expect(again.bar).toHaveTextContent('Statement: Example Networks Ltd'), {
      timeout: 10_000,
    });
    expect(again.chooser).toHaveValue('example-v2.0-2026');
    expect(again.bar).not.toHaveTextContent(/could not be loaded|neither built into/);

    // Back to a built-in statement, then remove the imported one.
    await again.user.selectOptions(again.chooser, 'ipr-v1.7-2025');
    await waitFor(() => expect(again.bar).toHaveTextContent('Statement: Indigo Power Limited'));
    const manager2 = await openManager(again.user, again.bar);
    await again.user.click(
      within(manager2).getByRole('button', { name: 'Remove Example Networks Ltd, V2.0' }),
    );
    await waitFor(() => expect(optionNames(again.chooser)).not.toContain(MINE));
    expect(manager2).toHaveTextContent('You have not imported any statements.');
  });

  it('refuses a malformed file with the field and row, and changes nothing stored', async () => {
    const { user, bar, chooser } = await openApp();
    const manager = await openManager(user, bar);
    const before = optionNames(chooser);
    const bad = myStatement();
    bad.tables[5].rows[2].unit = 'per furlong';
    await user.upload(within(manager).getByLabelText(UPLOAD), asFile(bad, 'mine.json'));
    const alert = await within(manager).findByRole('alert');
    expect(alert).toHaveTextContent('mine.json was not imported.');
    expect(alert).toHaveTextContent(
      /Table 001-F1, row 001-F1-03 \(.*\): field “unit” should be .* \(found “per furlong”\)/,
    );
    expect(optionNames(chooser)).toEqual(before);
    expect(within(chooser).queryByRole('group', { name: 'Imported by you' })).toBeNull();
    expect(manager).toHaveTextContent('You have not imported any statements.');
    expect(bar).toHaveTextContent('Statement: Indigo Power Limited (IPR)');
  });

  it('will not let an import take the id of a built-in statement', async () => {
    const { user, bar, chooser } = await openApp();
    const manager = await openManager(user, bar);
    const before = optionNames(chooser);
    const clash = myStatement();
    clash.id = 'spm-2008';
    clash.rules.statementId = 'spm-2008';
    await user.upload(within(manager).getByLabelText(UPLOAD), asFile(clash));
    expect(await within(manager).findByRole('alert')).toHaveTextContent(
      '“spm-2008” is the id of a statement built into the app',
    );
    expect(optionNames(chooser)).toEqual(before);
    expect(manager).toHaveTextContent('You have not imported any statements.');
  });
});

describe('StatementManager without storage', () => {
  const props = {
    imported: [],
    builtInIds: ['ipr-v1.7-2025'],
    inUseId: 'ipr-v1.7-2025',
    onimport: vi.fn(async () => {}),
    onremove: vi.fn(async () => {}),
  };

  it('says plainly that storage is still opening, and offers no upload yet', () => {
    render(StatementManager, { ...props, storage: 'opening' });
    expect(screen.getByText(/storage is still opening/)).toBeInTheDocument();
    expect(screen.queryByLabelText(UPLOAD)).not.toBeInTheDocument();
  });

  it('says plainly that storage could not be opened', () => {
    render(StatementManager, { ...props, storage: 'unavailable' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      /could not be opened, so a statement cannot be imported or removed now/,
    );
    expect(screen.queryByLabelText(UPLOAD)).not.toBeInTheDocument();
  });
});
