// @vitest-environment jsdom
// The statement chooser in the app: lists the built-in statements with operator, version and
// publication date; switching is one undoable edit that changes the statement, rules and fees
// shown; a statement that cannot be found is refused in plain words and changes nothing.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import App from '../../../src/App.svelte';
import { createDefaultEstimate } from '../../../src/state/defaultEstimate';
import { DB_NAME, EstimatorDb } from '../../../src/storage/db';
import { createDraft } from '../../../src/storage/draftStore';

const IPR = 'Indigo Power Limited (IPR), V1.7, published 23 November 2025';
const SPM = 'SP Manweb plc, October 2008, published 9 October 2008';

// The site's statements/ folder, served from public/, with one extra index entry whose file
// is missing (as when a host forgot to upload it).
function serve(url: string) {
  const name = url.split('/').pop() ?? '';
  const path = resolve(process.cwd(), 'public/statements', name);
  if (name === 'index.json') {
    const index = JSON.parse(readFileSync(path, 'utf8'));
    index.statements.push({
      id: 'gone-2020',
      file: 'gone-2020.json',
      operator: 'Gone Networks Ltd',
      version: 'V1',
      publicationDate: '2020-01-31',
    });
    return { ok: true, status: 200, text: async () => JSON.stringify(index) };
  }
  try {
    const text = readFileSync(path, 'utf8');
    return { ok: true, status: 200, text: async () => text };
  } catch {
    return { ok: false, status: 404, text: async () => '' };
  }
}

beforeEach(() => {
  vi.stubGlobal('fetch', async (url: string) => serve(url));
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  // Each test starts with empty storage, so no draft carries a statement over.
  await Dexie.delete(DB_NAME);
});

/** A stored draft of 001 §5 Example 3 (HV, 250 kVA to 1 MVA), which opens on its grid. */
async function storeExample3(statementId?: string) {
  const db = new EstimatorDb(DB_NAME);
  await db.open();
  const file = createDefaultEstimate('2025-11-23', '2025-11-23T09:00:00.000Z');
  if (statementId) file.statementId = statementId;
  await createDraft(db, file, new Date('2025-11-23T09:00:00Z'));
  db.close();
}

async function openApp() {
  render(App);
  await screen.findByText(/^Saved /, {}, { timeout: 10_000 });
  const bar = screen.getByRole('region', { name: 'Charging statement and rules' });
  const chooser = await within(bar).findByRole(
    'combobox',
    { name: 'Charging statement' },
    { timeout: 10_000 },
  );
  await within(chooser).findByRole('option', { name: SPM });
  return { bar, chooser };
}

describe('statement chooser', () => {
  it('lists the built-in statements with operator, version and publication date', async () => {
    const { chooser } = await openApp();
    const group = within(chooser).getByRole('group', { name: 'Built into the app' });
    expect(
      within(group)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([IPR, SPM, 'Gone Networks Ltd, V1, published 31 January 2020']);
    expect(chooser).toHaveValue('ipr-v1.7-2025');
  });

  it('switching changes the statement, the rules and the fees shown, and undoes as one step', async () => {
    // A new user lands on the Quick estimate; this test works on the expert grid's fees.
    await storeExample3();
    const user = userEvent.setup();
    const { bar, chooser } = await openApp();
    expect(bar).toHaveTextContent('Statement: Indigo Power Limited (IPR)');
    // Each statement's own methodology applies whatever the application date (001 §1.25,
    // §2.15), so the rule set shows which statement is in use.
    const rules = () => within(bar).getByText(/^Rules:/).parentElement;
    expect(rules()).toHaveTextContent('Rules: Common Connection Charging Methodology');
    // The Minimum Scheme's fees come from 001 Part C (row 09: HV, 250 kVA to 1 MVA).
    const fees = await screen.findByRole(
      'table',
      { name: 'Minimum Scheme fees from the statement' },
      { timeout: 10_000 },
    );
    expect(fees).toHaveTextContent('£1,260–£9,460');

    await user.selectOptions(chooser, 'spm-2008');
    await waitFor(() => expect(bar).toHaveTextContent('Statement: SP Manweb plc'));
    expect(chooser).toHaveValue('spm-2008');
    // The rule set is now 002's own; and 002 has no Part A–E fee tables.
    expect(rules()).toHaveTextContent('Rules: SP Manweb 2008 methodology');
    expect(
      screen.queryByRole('table', { name: 'Minimum Scheme fees from the statement' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Minimum Scheme fees' })).toHaveTextContent(
      /does not price fees by connection category/,
    );

    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo.getAttribute('title')).toMatch(/^Undo Use statement SP Manweb plc /);
    await user.click(undo);
    await waitFor(() => expect(bar).toHaveTextContent('Statement: Indigo Power Limited (IPR)'));
    expect(chooser).toHaveValue('ipr-v1.7-2025');
    expect(rules()).toHaveTextContent('Rules: Common Connection Charging Methodology');
    expect(
      await screen.findByRole('table', { name: 'Minimum Scheme fees from the statement' }),
    ).toHaveTextContent('£1,260–£9,460');
  });

  it('a statement that cannot be found gives a plain message and leaves the estimate as it was', async () => {
    const user = userEvent.setup();
    const { bar, chooser } = await openApp();
    const undo = screen.getByRole('button', { name: 'Undo' });
    const couldUndo = undo.hasAttribute('disabled');
    await user.selectOptions(chooser, 'gone-2020');
    const alert = await within(bar).findByRole('alert');
    expect(alert).toHaveTextContent(
      'That statement could not be opened, so the estimate still uses Indigo Power Limited (IPR), V1.7.',
    );
    expect(alert).toHaveTextContent('statements/gone-2020.json was not found');
    expect(chooser).toHaveValue('ipr-v1.7-2025');
    expect(bar).toHaveTextContent('Statement: Indigo Power Limited (IPR)');
    // No edit was recorded.
    expect(undo.hasAttribute('disabled')).toBe(couldUndo);
  });

  it('a draft naming a statement this browser does not have shows why, hides figures, and can be switched', async () => {
    await storeExample3('nowhere-1999');

    const user = userEvent.setup();
    render(App);
    const bar = screen.getByRole('region', { name: 'Charging statement and rules' });
    expect(
      await within(bar).findByText(
        /neither built into this app nor among the statements you imported/,
        {},
        { timeout: 10_000 },
      ),
    ).toHaveTextContent('“nowhere-1999”');
    expect(bar).not.toHaveTextContent('Statement: Indigo Power');
    expect(
      screen.queryByRole('table', { name: 'Minimum Scheme fees from the statement' }),
    ).toBeNull();

    const chooser = await within(bar).findByRole(
      'combobox',
      { name: 'Charging statement' },
      { timeout: 10_000 },
    );
    expect(chooser).toHaveValue('nowhere-1999');
    await within(chooser).findByRole('option', { name: IPR });
    await user.selectOptions(chooser, 'ipr-v1.7-2025');
    await waitFor(() => expect(bar).toHaveTextContent('Statement: Indigo Power Limited (IPR)'));
    expect(within(bar).queryByText(/neither built into/)).toBeNull();
  });
});
