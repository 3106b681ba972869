// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../src/templates';
import AppShell from '../../../src/ui/shell/AppShell.svelte';
import SchemeView from '../../../src/ui/shell/SchemeView.svelte';
import { cellName, makeEditor, withEditor } from '../editorHarness';

afterEach(cleanup);

async function loadTemplate(id: string) {
  const t = TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t.load();
}

describe('RSN editor', () => {
  it('changing a feeder rating updates the New Network Capacity and the CAF shown on the lines', async () => {
    // 001 Ex 8A: three 7.7 MVA feeders, secure (N-1) → 15,400 kVA; 2,000 kVA → 13.0 %.
    const editor = makeEditor(await loadTemplate('ipr-ex-08a'));
    const user = userEvent.setup();
    render(SchemeView, { props: { scheme: 'minimum' }, ...withEditor(editor) });
    const caf = () => screen.getByRole('gridcell', { name: cellName('CAF %, line 1') });
    expect(caf()).toHaveTextContent('13.0%');
    // The section editors are fetched when the scheme is first shown.
    expect(
      await screen.findByText(
        /New Network Capacity: 7700 \+ 7700 \+ 7700 − largest = 15400 kVA/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();

    const rating3 = screen.getByRole('textbox', { name: 'Rating 3, kVA' });
    await user.clear(rating3);
    await user.type(rating3, '4000');
    // Secure capacity 7,700 + 7,700 + 4,000 − 7,700 = 11,700 kVA; 2,000 / 11,700 = 17.09 %.
    expect(screen.getByText(/= 11700 kVA \(secure, N-1\)/)).toBeInTheDocument();
    expect(caf()).toHaveTextContent('17.1%');

    // Non-secure: the sum, 19,400 kVA; 2,000 / 19,400 = 10.31 %.
    await user.click(screen.getByRole('checkbox', { name: /Secure \(N-1\)/ }));
    expect(caf()).toHaveTextContent('10.3%');

    // The whole run of typing undoes step by step, back to the document's figures.
    while (editor.canUndo) editor.undo();
    await Promise.resolve();
    expect(caf()).toHaveTextContent('13.0%');
  });

  it('a line can be linked to a new RSN through the How charged column', async () => {
    const editor = makeEditor();
    const user = userEvent.setup();
    render(SchemeView, { props: { scheme: 'minimum' }, ...withEditor(editor) });
    await user.click(
      await screen.findByRole('button', { name: 'Add security RSN' }, { timeout: 10_000 }),
    );
    const rating1 = screen.getByRole('textbox', { name: 'Rating 1, kVA' });
    await user.type(rating1, '1000');
    // A new section starts secure, with the two boxes that needs; this one is one feeder.
    await user.click(screen.getByRole('button', { name: 'Remove rating 2' }));
    await user.click(screen.getByRole('checkbox', { name: /Secure \(N-1\)/ }));
    await user.click(screen.getByRole('gridcell', { name: cellName('Kind, line 2') }));
    await user.keyboard('{Enter}');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Kind, line 2' }),
      'Reinforcement',
    );
    await user.keyboard('{Enter}');
    await user.click(
      screen.getByRole('gridcell', { name: cellName('Asset voltage level, line 2') }),
    );
    await user.keyboard('{Enter}');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Asset voltage level, line 2' }),
      'HV/LV substation',
    );
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('gridcell', { name: cellName('How charged, line 2') }));
    await user.keyboard('{Enter}');
    const select = screen.getByRole('combobox', { name: 'How charged, line 2' });
    await user.selectOptions(select, 'CAF: RSN A');
    await user.keyboard('{Enter}');
    // 600 kVA of a non-secure 1,000 kVA section: 60 %.
    expect(screen.getByRole('gridcell', { name: cellName('CAF %, line 2') })).toHaveTextContent(
      '60.0%',
    );
    expect(screen.getByText(/Used by line 2\./)).toBeInTheDocument();
  });
});

describe('templates', () => {
  it('loads a worked example as an editable estimate and shows its published total beside ours', async () => {
    const editor = makeEditor();
    const user = userEvent.setup();
    render(AppShell, { props: { editor, now: () => '2025-11-23T10:00:00.000Z' } });
    await user.click(screen.getByRole('button', { name: 'Start from a worked example' }));
    // The list of templates is fetched on first opening.
    const dialog = await screen.findByRole('dialog', { name: 'Start from a worked example' });
    // One group per statement (named from statements/index.json, which jsdom cannot fetch;
    // tests/ui/templates/TemplatePicker.test.ts checks the names).
    expect(within(dialog).getAllByRole('heading', { name: /^Worked examples: / })).toHaveLength(2);
    expect(within(dialog).getByRole('heading', { name: 'Blank starters' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: /001 Ex 8A/ }));

    const banner = await screen.findByRole('complementary', { name: 'Worked example' });
    // The dialog closes after the template is applied; under load that is a later tick.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The document prints £628,117 (001 §5 Ex 8A).
    expect(within(banner).getByTestId('published-total')).toHaveTextContent('£628,117');
    const ours = within(banner).getByTestId('engine-total').textContent ?? '';
    const pence = Number(ours.replace(/[£,]/g, '')) * 100;
    expect(Math.abs(pence - 62_811_700)).toBeLessThanOrEqual(100);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/001 Ex 8A/);
    expect(editor.file.id).not.toBe('ipr-ex-08a');
    expect(editor.canUndo).toBe(true);
  });

  it('shows the erratum note of a worked example with a slip in the document', async () => {
    const editor = makeEditor();
    const user = userEvent.setup();
    render(AppShell, { props: { editor } });
    await user.click(screen.getByRole('button', { name: 'Start from a worked example' }));
    await user.click(await screen.findByRole('button', { name: /001 Ex 2A/ }));
    await screen.findByRole('heading', { level: 1, name: /001 Ex 2A/ });
    const banner = await screen.findByRole('complementary', { name: 'Worked example' });
    expect(within(banner).getByTestId('published-total')).toHaveTextContent('£207,000');
    expect(within(banner).getByText(/Erratum in the document/)).toBeInTheDocument();
  });

  it('says "Ctrl+Z brings it back" only where Undo really brings back the previous estimate', async () => {
    const editor = makeEditor();
    const before = editor.snapshot();
    const user = userEvent.setup();
    render(AppShell, { props: { editor } });
    await user.click(screen.getByRole('button', { name: 'Start from a worked example' }));
    expect(screen.getByRole('dialog')).toHaveTextContent(/Ctrl\+Z brings it back/);
    await user.click(screen.getByRole('button', { name: /001 Ex 2A/ }));
    await screen.findByRole('heading', { level: 1, name: /001 Ex 2A/ });
    await user.keyboard('{Control>}z{/Control}');
    expect(editor.snapshot()).toEqual(before);
  });

  it('when a template opens as a new draft, says the open estimate stays in Drafts', async () => {
    const editor = makeEditor();
    const user = userEvent.setup();
    render(AppShell, {
      props: { editor, onloadtemplate: () => {}, templatesOpenAsNewDraft: true },
    });
    await user.click(screen.getByRole('button', { name: 'Start from a worked example' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent(/opens as a new draft/);
    expect(dialog).toHaveTextContent(/stays in Drafts/);
    expect(dialog).not.toHaveTextContent(/Ctrl\+Z/);
  });

  it('Esc closes the dialog and returns focus to its button', async () => {
    const editor = makeEditor();
    const user = userEvent.setup();
    render(AppShell, { props: { editor } });
    const open = screen.getByRole('button', { name: 'Start from a worked example' });
    await user.click(open);
    await screen.findByRole('dialog', { name: 'Start from a worked example' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });

  it('Esc closes the dialog even after a click on the dimmed page behind it took focus out of it', async () => {
    const editor = makeEditor();
    const user = userEvent.setup();
    render(AppShell, { props: { editor } });
    const open = screen.getByRole('button', { name: 'Start from a worked example' });
    await user.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Start from a worked example' });
    await user.click(dialog.parentElement!);
    expect(dialog).not.toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });
});
