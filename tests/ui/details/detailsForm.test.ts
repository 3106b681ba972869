// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DetailsForm from '../../../src/ui/details/DetailsForm.svelte';
import { makeEditor, withEditor } from '../editorHarness';

afterEach(cleanup);

function setup() {
  const editor = makeEditor();
  const user = userEvent.setup();
  render(DetailsForm, withEditor(editor));
  return { editor, user };
}

describe('connection details form', () => {
  it('keeps the exclusions checklist (001 §4.10): all left out by default, each tick undoable', async () => {
    const { editor, user } = setup();
    const group = screen.getByRole('group', { name: 'Left out of this estimate (001 §4.10)' });
    const earthing = within(group).getByRole('checkbox', { name: 'Earthing of your installation' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(7);
    expect(
      within(group)
        .getAllByRole('checkbox')
        .every((c) => (c as HTMLInputElement).checked),
    ).toBe(true);
    await user.click(earthing);
    expect(editor.file.project.exclusions).toEqual({ earthing: false });
    expect(earthing).not.toBeChecked();
    flushSync(() => editor.undo());
    expect(editor.file.project.exclusions ?? null).toBeNull();
    expect(earthing).toBeChecked();
  });

  it('edits the project and connection through labelled controls; typing undoes as one step', async () => {
    const { editor, user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Postcode' }), 'ab1 2cd');
    expect(editor.file.project.site.postcode).toBe('AB1 2CD');
    const steps = (() => {
      let n = 0;
      while (editor.canUndo) {
        editor.undo();
        n += 1;
      }
      return n;
    })();
    expect(steps).toBe(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Connection voltage' }), 'HV');
    expect(editor.file.inputs.connection.pocVoltage).toBe('HV');
  });

  it('says when a capacity is not a number and when LV is beyond 1,000 kVA (001 §3.18)', async () => {
    const { user } = setup();
    const imp = screen.getByRole('textbox', { name: 'Import capacity, kVA' });
    await user.clear(imp);
    await user.type(imp, '12x');
    expect(imp).toHaveAttribute('aria-invalid', 'true');
    expect(imp).toHaveAccessibleDescription('“12x” is not a number of kVA.');
    await user.clear(imp);
    await user.type(imp, '1500');
    expect(
      screen.getByText(/normally given at LV up to 1,000 kVA \(001 §3\.18\)/),
    ).toBeInTheDocument();
  });

  it('reads “1,000” and “100 kVA” as every number box does, keeping the text while typing', async () => {
    const { editor, user } = setup();
    const imp = screen.getByRole('textbox', { name: 'Import capacity, kVA' });
    await user.clear(imp);
    await user.type(imp, '1,000');
    // The hint's own "1,000" style is the number 1000 here as in the grid and the Quick estimate.
    expect(editor.file.inputs.connection.importCapacityKva).toBe('1000');
    expect(imp).not.toHaveAttribute('aria-invalid');
    expect(imp).toHaveValue('1,000');
    await user.tab();
    expect(imp).toHaveValue('1000');
    await user.clear(imp);
    await user.type(imp, '100 kVA');
    expect(editor.file.inputs.connection.importCapacityKva).toBe('100');
    // Text that is not a number yet is kept as typed, for the engine to name.
    await user.clear(imp);
    await user.type(imp, '100 kW');
    expect(editor.file.inputs.connection.importCapacityKva).toBe('100 kW');
    expect(imp).toHaveAttribute('aria-invalid', 'true');
  });

  it('closes the brackets its rule citations open', () => {
    setup();
    const temporary = screen.getByRole('radio', { name: /^Temporary, 5 years or less/ });
    expect(temporary).toHaveAccessibleName(/^Temporary, 5 years or less \(Exception 3[^()]*\)$/);
    const increase = screen.getByRole('checkbox', { name: /increase to an existing connection/ });
    expect(increase).toHaveAccessibleName(/\(the CAF uses the increase[^()]*\)$/);
  });

  it('takes the O&M rate as “7.5 %” (a per cent) as well as “7.5”', async () => {
    const { editor, user } = setup();
    const om = screen.getByRole('textbox', { name: /O&M rate on assets beyond the minimum/ });
    await user.clear(om);
    await user.type(om, '7.5 %');
    await user.tab();
    expect(editor.file.inputs.omOverride).toMatchObject({ method: 'percentage', rate: '0.075' });
  });

  it('works out the Existing Capacity for an increase and says which figure is lower (001 §4.29)', async () => {
    const { user, editor } = setup();
    await user.click(screen.getByRole('checkbox', { name: /increase to an existing connection/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Existing supply phases' }), '3');
    const kv = screen.getByRole('textbox', { name: /phase-neutral voltage, kV/ });
    await user.clear(kv);
    await user.type(kv, '0.23');
    await user.type(screen.getByRole('textbox', { name: /fuse rating, A/ }), '100');
    await user.type(screen.getByRole('textbox', { name: /Service equipment rating, kVA/ }), '50');
    // 3 × 0.23 kV × 100 A = 69 kVA against a 50 kVA service: the service rating is lower.
    expect(screen.getByText('50 kVA')).toBeInTheDocument();
    expect(screen.getByText(/The service rating is lower/)).toBeInTheDocument();
    expect(editor.file.inputs.connection.increase?.existing.fuseA).toBe('100');
  });

  it('concludes the speculative-development self-check in plain words (001 §4.46)', async () => {
    const { user } = setup();
    expect(screen.getByText(/unlikely to be treated as speculative/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Only infrastructure is provided/ }));
    expect(screen.getByText(/1 of the 001 §4\.46 characteristics applies/)).toBeInTheDocument();
  });

  it('hints 15 kW per non-electrically heated home (001 §3.17)', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Premises' }), 'domestic');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Heating' }), 'non-electric');
    const count = screen.getByRole('spinbutton', { name: 'Number of connections or plots' });
    await user.clear(count);
    await user.type(count, '12');
    expect(screen.getByText(/12 × 15 kW = 180 kW/)).toBeInTheDocument();
  });
});

describe('connection details under another statement', () => {
  it('with 002 chosen: its own paragraphs or none, never 001’s, and no 001 figures', async () => {
    const { parseStatementFile } = await import('../../../src/statements/parseStatementFile');
    const { readStatementText } = await import('../../fixtures');
    const spm = parseStatementFile(readStatementText('spm-2008.json'));
    if (!spm.ok) throw new Error('002 should parse');
    const editor = makeEditor();
    editor.statement = spm.statement;
    render(DetailsForm, withEditor(editor));
    expect(
      screen.getByRole('group', { name: 'Left out of this estimate (002 Sch 1 Attachment)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'What you are preparing for' })).toBeVisible();
    expect(
      screen.getByRole('group', { name: 'Is the development speculative? (002 §2.4.2)' }),
    ).toBeInTheDocument();
    expect(document.body.textContent ?? '').not.toMatch(/001 §|cf\. 001|1,000 kVA/);
  });
});
