// @vitest-environment jsdom
// Details drive the scheme: changing the homes, heating, EV chargers or capacity in Details
// re-runs the Quick estimate's build, and asks before replacing lines edited by hand.
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { newEstimateFile } from '../../../src/estimate-file/newEstimateFile';
import type { EstimateFile } from '../../../src/estimate-file/types';
import {
  buildQuickEstimate,
  defaultQuickAnswers,
  writeQuickBuild,
  type QuickAnswers,
} from '../../../src/quick';
import { SERVICE_ROWS } from '../../../src/quick/detailsMismatches';
import starter from '../../../src/templates/starters/starter-housing-development.json';
import DetailsForm from '../../../src/ui/details/DetailsForm.svelte';
import { ipr, makeEditor, withEditor } from '../editorHarness';

afterEach(cleanup);

/** 30 gas-heated homes with EV chargers, 40 m of verge, as the Quick estimate builds them. */
function quickBuilt(): EstimateFile {
  const file = newEstimateFile({ now: new Date('2025-11-23T09:00:00Z'), statementId: ipr.id });
  const answers: QuickAnswers = {
    ...defaultQuickAnswers(),
    homes: '30',
    heating: 'gas',
    evPerHome: 'yes',
    distanceM: '40',
    surface: 'verge',
  };
  const out = buildQuickEstimate(answers, ipr, { today: '2025-11-23' });
  if (!out.ok) throw new Error('build failed');
  writeQuickBuild(file, answers, out.build);
  return file;
}

const services = (f: EstimateFile) =>
  f.inputs.schemes.minimum.lines
    .filter((l) => l.statementItemId && SERVICE_ROWS.has(l.statementItemId))
    .reduce((n, l) => n + Number(l.quantity), 0);

function setup(file: EstimateFile) {
  const editor = makeEditor(file);
  render(DetailsForm, withEditor(editor));
  return { editor, user: userEvent.setup() };
}

async function setHomes(user: ReturnType<typeof userEvent.setup>, n: string) {
  const box = screen.getByRole('spinbutton', { name: 'Number of connections or plots' });
  await user.clear(box);
  await user.type(box, n);
}

describe('Details drive the scheme', () => {
  it('rebuilds a Quick-built scheme when homes, heating and EV chargers change; Undo reverts each', async () => {
    const { editor, user } = setup(quickBuilt());
    await setHomes(user, '12');
    expect(services(editor.file)).toBe(12);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Heating' }), 'heat-pump');
    // 12 × 4.5 kVA (heat pump and EV charger per home, after diversity).
    expect(editor.file.inputs.connection.importCapacityKva).toBe('54');
    expect(screen.getByText(/The scheme was rebuilt from these details: 54 kVA/)).toHaveAttribute(
      'role',
      'status',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'An EV charger at each home' }),
      'no',
    );
    // 12 × 3 kVA (heat pump, no EV charger).
    expect(editor.file.inputs.connection.importCapacityKva).toBe('36');
    flushSync(() => editor.undo());
    expect(editor.file.inputs.connection.importCapacityKva).toBe('54');
    flushSync(() => editor.undo());
    flushSync(() => editor.undo());
    expect(services(editor.file)).toBe(30);
  });

  it('takes a capacity typed in Details as the user’s own figure', async () => {
    const { editor, user } = setup(quickBuilt());
    const box = screen.getByRole('textbox', { name: 'Import capacity, kVA' });
    await user.clear(box);
    await user.type(box, '120');
    expect(editor.file.quick?.answers.capacityOverrideKva).toBe('120');
    expect(editor.file.inputs.connection.importCapacityKva).toBe('120');
    expect(box).toHaveValue('120');
  });

  it('asks before replacing lines edited by hand: keep my lines, or rebuild', async () => {
    const file = quickBuilt();
    file.inputs.schemes.minimum.lines[0]!.description = 'Our own main, agreed on site';
    const { editor, user } = setup(file);
    await setHomes(user, '12');
    const ask = await screen.findByRole('alert', { name: 'Rebuild the scheme?' });
    expect(ask).toHaveTextContent('The details now say 12 homes with gas heating');
    expect(services(editor.file)).toBe(30);
    await user.click(within(ask).getByRole('button', { name: 'Keep my lines' }));
    expect(screen.queryByRole('alert', { name: 'Rebuild the scheme?' })).not.toBeInTheDocument();
    expect(services(editor.file)).toBe(30);
    // The lines no longer match the details: the warning says so, with its fix.
    const warn = await screen.findByRole('status', {
      name: 'The scheme does not match these details',
    });
    expect(warn).toHaveTextContent('The Minimum Scheme has 30 services for 12 homes.');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Heating' }), 'heat-pump');
    const again = await screen.findByRole('alert', { name: 'Rebuild the scheme?' });
    await user.click(
      within(again).getByRole('button', { name: 'Rebuild the scheme from these details' }),
    );
    expect(services(editor.file)).toBe(12);
    expect(editor.file.inputs.connection.importCapacityKva).toBe('54');
    expect(editor.file.inputs.schemes.minimum.lines[0]!.description).not.toBe(
      'Our own main, agreed on site',
    );
  });

  it('offers to build a starter’s scheme afresh from its details (housing starter → 12 heat-pump homes)', async () => {
    const { editor, user } = setup(structuredClone(starter) as EstimateFile);
    await setHomes(user, '12');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Heating' }), 'heat-pump');
    const warn = await screen.findByRole('status', {
      name: 'The scheme does not match these details',
    });
    expect(warn).toHaveTextContent('The Minimum Scheme has 30 services for 12 homes.');
    expect(warn).toHaveTextContent('The Required Capacity is 75 kVA for 12 heat-pump homes');
    await user.click(
      within(warn).getByRole('button', { name: 'Build the scheme from these details' }),
    );
    expect(services(editor.file)).toBe(12);
    expect(editor.file.inputs.connection.importCapacityKva).toBe('54');
    expect(editor.file.quick?.answers).toMatchObject({ homes: '12', heating: 'heat-pump' });
    expect(
      screen.queryByRole('status', { name: 'The scheme does not match these details' }),
    ).not.toBeInTheDocument();
  });
});
