// @vitest-environment jsdom
// Partial results on screen: an item that cannot be worked out yet is marked where it is,
// like a spreadsheet's error cell, and named beside the totals and in "What you pay"; the
// rest of the estimate keeps its figures.
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import PayableBar from '../../src/ui/shell/PayableBar.svelte';
import SchemeView from '../../src/ui/shell/SchemeView.svelte';
import { cellName, makeEditor, withEditor } from './editorHarness';

afterEach(cleanup);

function setup() {
  const editor = makeEditor();
  const user = userEvent.setup();
  render(SchemeView, { props: { scheme: 'minimum' }, ...withEditor(editor) });
  const cell = (where: string) => screen.getByRole('gridcell', { name: cellName(where) });
  const totalRow = () =>
    within(screen.getByRole('region', { name: 'Minimum Scheme totals' })).getByRole('row', {
      name: /Your charge, excluding VAT/,
    });
  return { editor, user, cell, totalRow };
}

describe('partial results on screen', () => {
  it('a line that cannot be worked out is marked in place and left out; the rest keeps its totals', async () => {
    const { editor, cell, totalRow } = setup();
    const first = editor.file.inputs.schemes.minimum.lines[0]!;
    // 001 Ex 3A: £54,100 in all; the HV cable line is 150 m × £200 = £30,000.
    expect(totalRow()).toHaveTextContent('£54,100.00');
    editor.patchLine('minimum', first.id, { kind: 'reinforcement', assetLevel: null }, 'Kind');
    await Promise.resolve();
    expect(cell('Asset voltage level, line 1')).toHaveAttribute('aria-invalid', 'true');
    const cost = cell('Cost £, line 1');
    expect(cost).toHaveTextContent('Not counted');
    expect(cost).toHaveAttribute('aria-invalid', 'true');
    expect(cost).toHaveAccessibleDescription(/Left out of the totals/);
    expect(totalRow()).toHaveTextContent('£24,100.00');
    const totals = screen.getByRole('region', { name: 'Minimum Scheme totals' });
    expect(within(totals).getByText(/1 line not counted yet/)).toHaveTextContent(
      '1 line not counted yet: "Provision and installation of 150m of HV cable".',
    );
    expect(screen.queryByText(/cannot be worked out yet/)).toBeNull();
  });

  it('adding a network section never blanks the estimate: the section is marked as not complete', async () => {
    const { user, totalRow } = setup();
    await user.click(
      await screen.findByRole('button', { name: 'Add security RSN' }, { timeout: 10_000 }),
    );
    expect(totalRow()).toHaveTextContent('£54,100.00');
    const section = screen.getByRole('group', { name: 'RSN A' });
    expect(within(section).getByText(/Not complete yet/)).toBeInTheDocument();
    // A secure (N-1) section needs two ratings: both boxes are there to fill.
    expect(within(section).getByRole('textbox', { name: 'Rating 1, kVA' })).toHaveValue('');
    expect(within(section).getByRole('textbox', { name: 'Rating 2, kVA' })).toHaveValue('');
    await user.type(within(section).getByRole('textbox', { name: 'Rating 1, kVA' }), '500');
    await user.type(within(section).getByRole('textbox', { name: 'Rating 2, kVA' }), '500');
    expect(within(section).queryByText(/Not complete yet/)).toBeNull();
    expect(within(section).getByText(/CAF/)).toBeInTheDocument();
  });

  it('"What you pay" keeps its figure and says what is not counted', async () => {
    const editor = makeEditor();
    render(PayableBar, withEditor(editor));
    const bar = screen.getByTestId('payable-bar');
    expect(bar).toHaveTextContent('£64,900.00');
    expect(bar).not.toHaveTextContent('not counted');
    const first = editor.file.inputs.schemes.minimum.lines[0]!;
    editor.setCell('minimum', first.id, 'quantity', '150');
    editor.patchLine('minimum', first.id, { quantity: '' }, 'Quantity');
    await Promise.resolve();
    expect(bar).toHaveTextContent(/What you pay/);
    expect(bar).toHaveTextContent('1 line not counted yet');
  });
});
