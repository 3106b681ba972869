// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import AppShell from '../../../src/ui/shell/AppShell.svelte';
import { makeEditor } from '../editorHarness';

afterEach(cleanup);

describe('app shell', () => {
  it('shows the estimate, the statement, its check-after warning and the rule set used', async () => {
    const editor = makeEditor();
    editor.setToday('2026-01-15');
    const user = userEvent.setup();
    render(AppShell, { props: { editor } });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('001 Example 3');
    const bar = screen.getByRole('region', { name: 'Charging statement and rules' });
    expect(bar).toHaveTextContent('Indigo Power Limited (IPR)');
    expect(bar).toHaveTextContent('published 23 November 2025');
    expect(within(bar).getByText(/Check for a newer statement/)).toBeInTheDocument();
    // The statement's own methodology by default, whatever the date; the Access SCR rules only
    // when chosen, labelled as this app's reading.
    expect(bar).toHaveTextContent(
      /Common Connection Charging Methodology \(the statement’s own rules\)/,
    );
    // Beside the total, one line says what the other reading gives (the scheme's view, with
    // its totals, is fetched on demand).
    expect(
      await screen.findByText(
        /^Under the GB Access SCR rules, as this app reads them: £[\d,]+\.\d{2}/,
      ),
    ).toBeInTheDocument();
    await user.selectOptions(
      within(bar).getByRole('combobox', { name: 'Use rules' }),
      'gb-access-scr-2023',
    );
    expect(editor.file.inputs.ruleSetOverride).toBe('gb-access-scr-2023');
    expect(bar).toHaveTextContent(/as this app reads them/);
    expect(bar).toHaveTextContent(/You chose/);
    expect(
      await screen.findByText(/^Under the statement's own rules: £[\d,]+\.\d{2}/),
    ).toBeInTheDocument();
    // The reading the Access SCR rules take where the documents are silent is named on
    // screen, with the other reading and its source.
    await user.click(within(bar).getByText(/the readings used \(\d+\)/));
    expect(bar).toHaveTextContent(/Does the Access SCR demand threshold count reinforcement/);
    expect(bar).toHaveTextContent(/Other reading: Apply the one-voltage table first/);
    expect(bar).toHaveTextContent(/this app’s reading of the Access SCR decision/);
  });

  it('navigates between sections and marks the current one', async () => {
    const editor = makeEditor();
    const user = userEvent.setup();
    render(AppShell, { props: { editor } });
    const nav = screen.getByRole('navigation', { name: 'Estimate sections' });
    expect(within(nav).getByRole('button', { name: 'Minimum Scheme' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(nav).getByRole('button', { name: 'Details' }));
    expect(
      await screen.findByRole('heading', { name: 'Connection details' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await user.click(within(nav).getByRole('button', { name: 'Enhanced Scheme' }));
    expect(screen.getByRole('grid', { name: 'Enhanced Scheme cost lines' })).toBeInTheDocument();
    await user.click(within(nav).getByRole('button', { name: 'Compare' }));
    // Ex 3B: £63,100 + 20 % × £9,000 = £64,900 (001 §5 Ex 3B).
    expect(screen.getByRole('row', { name: /You pay, excluding VAT/ })).toHaveTextContent(
      '£64,900.00',
    );
    expect(within(nav).queryByRole('button', { name: 'Drafts' })).not.toBeInTheDocument();
  });

  it('undo and redo buttons follow the history', async () => {
    const editor = makeEditor();
    const user = userEvent.setup();
    render(AppShell, { props: { editor } });
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Delete line' }));
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '5');
    await user.click(undo);
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '6');
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '5');
  });
});
