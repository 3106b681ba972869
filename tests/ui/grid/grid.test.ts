// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import SchemeView from '../../../src/ui/shell/SchemeView.svelte';
import { COLUMNS } from '../../../src/lines/columns';
import { cellName, makeEditor, withEditor } from '../editorHarness';

afterEach(cleanup);

function setup() {
  const editor = makeEditor();
  const user = userEvent.setup();
  render(SchemeView, { props: { scheme: 'minimum' }, ...withEditor(editor) });
  const cell = (where: string) => screen.getByRole('gridcell', { name: cellName(where) });
  return { editor, user, cell };
}

describe('cost-line grid', () => {
  it('is a labelled grid with column headers and a row count', () => {
    setup();
    const grid = screen.getByRole('grid', { name: 'Minimum Scheme cost lines' });
    expect(within(grid).getByRole('columnheader', { name: 'Quantity' })).toBeInTheDocument();
    // Header row plus the five lines of 001 Ex 3A.
    expect(grid).toHaveAttribute('aria-rowcount', '6');
  });

  it('explains the headings that are expert terms with a "?" that keeps its own keys', async () => {
    const { user, cell, editor } = setup();
    const grid = screen.getByRole('grid', { name: 'Minimum Scheme cost lines' });
    // The heading's name stays the column's, so each cell is still announced with it.
    const contestable = within(grid).getByRole('columnheader', { name: 'Contestable' });
    const help = within(contestable).getByRole('button', {
      name: 'What does “Contestable work” mean?',
    });
    within(grid).getByRole('columnheader', { name: 'CAF %' });
    // The grid's keys are for the cells: with Quantity, line 1 the active cell, Enter and
    // Delete on the heading's "?" open its meaning and change no line.
    await user.click(cell('Quantity, line 1'));
    const before = editor.snapshot();
    help.focus();
    await user.keyboard('{Enter}');
    expect(help).toHaveAttribute('aria-expanded', 'true');
    expect(contestable).toHaveTextContent('an accredited contractor (an ICP) could do');
    await user.keyboard('{Delete}x');
    await user.keyboard('{Escape}');
    expect(help).toHaveAttribute('aria-expanded', 'false');
    expect(editor.snapshot()).toEqual(before);
    expect(screen.queryByRole('textbox', { name: 'Quantity, line 1' })).toBeNull();
  });

  it('edits a cell by keyboard: type, Enter commits and moves down, arrows move, totals follow', async () => {
    const { user, cell } = setup();
    await user.click(cell('Quantity, line 1'));
    expect(cell('Quantity, line 1')).toHaveFocus();
    await user.keyboard('300');
    const box = screen.getByRole('textbox', { name: 'Quantity, line 1' });
    expect(box).toHaveValue('300');
    await user.keyboard('{Enter}');
    expect(cell('Quantity, line 1')).toHaveTextContent('300');
    // 300 m × £200.00 per m (the line's unit price in the default estimate).
    expect(cell('Cost £, line 1')).toHaveTextContent('£60,000.00');
    expect(cell('Quantity, line 2')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(cell('Unit, line 2')).toHaveFocus();
    await user.keyboard('{ArrowUp}{Home}');
    expect(cell('Description, line 1')).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(cell('Why, line 5')).toHaveFocus();
    // The scheme total: £54,100 with the cable at 150 m, plus 150 m × £200 more.
    const totals = screen.getByRole('table', { name: '' });
    expect(
      within(totals).getByRole('row', { name: /Your charge, excluding VAT/ }),
    ).toHaveTextContent('£84,100.00');
  });

  it('Esc cancels an edit and leaves the cell as it was', async () => {
    const { user, cell, editor } = setup();
    await user.click(cell('Description, line 2'));
    await user.keyboard('Something else');
    await user.keyboard('{Escape}');
    expect(cell('Description, line 2')).toHaveTextContent('800kVA substation');
    expect(cell('Description, line 2')).toHaveFocus();
    expect(editor.canUndo).toBe(false);
  });

  it('F2 edits the current text in place', async () => {
    const { user, cell } = setup();
    await user.click(cell('Unit, line 2'));
    await user.keyboard('{F2}');
    expect(screen.getByRole('textbox', { name: 'Unit, line 2' })).toHaveValue('each');
    await user.keyboard('s{Enter}');
    expect(cell('Unit, line 2')).toHaveTextContent('eachs');
  });

  it('marks an invalid entry with its message and keeps the typed text, never zero', async () => {
    const { user, cell, editor } = setup();
    await user.click(cell('Quantity, line 1'));
    await user.keyboard('abc{Enter}');
    const c = cell('Quantity, line 1');
    expect(c).toHaveAttribute('aria-invalid', 'true');
    expect(c).toHaveTextContent('abc');
    expect(c).toHaveAccessibleDescription(/“abc” is not a number/);
    expect(editor.file.inputs.schemes.minimum.lines[0]!.quantity).toBe('150');
    expect(screen.getByText(/1 cell needs a valid value/)).toBeInTheDocument();
    // Fixing it clears the mark.
    await user.click(cell('Quantity, line 1'));
    await user.keyboard('{F2}{Control>}a{/Control}7{Enter}');
    expect(cell('Quantity, line 1')).not.toHaveAttribute('aria-invalid');
    expect(cell('Cost £, line 1')).toHaveTextContent('£1,400.00');
  });

  it('names each cell by what it shows, then its column and line (WCAG 2.5.3 Label in Name)', async () => {
    const { user, cell } = setup();
    expect(cell('Quantity, line 1')).toHaveAccessibleName('150 Quantity, line 1');
    expect(cell('Unit price £, line 1')).toHaveAccessibleName('£200.00 Unit price £, line 1');
    expect(cell('Cost £, line 1')).toHaveAccessibleName('£30,000.00 Cost £, line 1');
    // An empty cell is named by its column and line alone.
    expect(cell('Statement item, line 1')).toHaveAccessibleName('Statement item, line 1');
    expect(cell('Why, line 1')).toHaveAccessibleName('Why? Why, line 1');
    expect(cell('Why, line 1')).toHaveAccessibleDescription('Explain line 1');
    // The name follows an edit, and a rejected entry is named with its text and message.
    await user.click(cell('Quantity, line 1'));
    await user.keyboard('300{Enter}');
    expect(cell('Quantity, line 1')).toHaveAccessibleName('300 Quantity, line 1');
    await user.click(cell('Quantity, line 2'));
    await user.keyboard('abc{Enter}');
    const bad = cell('Quantity, line 2');
    expect(bad).toHaveAccessibleName(/^abc “abc” is not a number.* Quantity, line 2$/);
    expect(bad).toHaveAccessibleDescription(/^“abc” is not a number/);
    // Every cell's name holds the text it shows (hidden helper text aside), then its place.
    const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const c of within(screen.getByRole('grid')).getAllByRole('gridcell')) {
      const copy = c.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
      const shown = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      const place = c.getAttribute('aria-label') ?? '';
      expect(place).toMatch(/, line \d+$/);
      expect(c).toHaveAccessibleName(new RegExp(`^${shown ? `${esc(shown)} ` : ''}${esc(place)}$`));
    }
  });

  it('marks only the active cell focusable and only the selected block selected', async () => {
    const { user, cell } = setup();
    const grid = screen.getByRole('grid');
    const focusable = () =>
      within(grid)
        .getAllByRole('gridcell')
        .filter((c) => c.getAttribute('tabindex') === '0');
    const selected = () =>
      within(grid)
        .getAllByRole('gridcell')
        .filter((c) => c.getAttribute('aria-selected') === 'true');
    expect(focusable()).toEqual([cell('Description, line 1')]);
    await user.click(cell('Quantity, line 2'));
    expect(focusable()).toEqual([cell('Quantity, line 2')]);
    expect(selected()).toEqual([cell('Quantity, line 2')]);
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{ArrowRight}{/Shift}');
    expect(focusable()).toEqual([cell('Unit, line 4')]);
    expect(selected()).toEqual([
      cell('Quantity, line 2'),
      cell('Unit, line 2'),
      cell('Quantity, line 3'),
      cell('Unit, line 3'),
      cell('Quantity, line 4'),
      cell('Unit, line 4'),
    ]);
    expect(cell('Unit, line 4').closest('tr')).toHaveClass('active-row');
    expect(cell('Unit, line 2').closest('tr')).not.toHaveClass('active-row');
    // A move without Shift collapses the block onto the new active cell.
    await user.keyboard('{ArrowUp}');
    expect(focusable()).toEqual([cell('Unit, line 3')]);
    expect(selected()).toEqual([cell('Unit, line 3')]);
    // While a cell is being edited no cell is in the tab order: the box has the focus.
    await user.keyboard('7');
    expect(focusable()).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Unit, line 3' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(focusable()).toEqual([cell('Unit, line 3')]);
    // Select all, then delete the last line: the block and focus stay inside the grid.
    await user.keyboard('{Control>}a{/Control}');
    expect(selected()).toHaveLength(5 * COLUMNS.length);
    await user.click(cell('Description, line 5'));
    await user.keyboard('{Alt>}{Delete}{/Alt}');
    expect(focusable()).toEqual([cell('Description, line 4')]);
    expect(selected()).toEqual([cell('Description, line 4')]);
  });

  it('pastes a multi-row TSV block at the active cell, adding lines and checking each cell', async () => {
    const { user, cell } = setup();
    await user.click(cell('Description, line 5'));
    await user.paste('HV joint\t\t2\teach\t950\r\nCable\t\t40\tm\t50–70\r\nBad\t\tten\tm\t5\r\n');
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '8');
    expect(cell('Description, line 5')).toHaveTextContent('HV joint');
    expect(cell('Cost £, line 5')).toHaveTextContent('£1,900.00');
    expect(cell('Unit price £, line 6')).toHaveTextContent('£50.00 – £70.00');
    expect(cell('Cost £, line 6')).toHaveTextContent('£2,000.00 – £2,800.00');
    expect(cell('Quantity, line 7')).toHaveAttribute('aria-invalid', 'true');
    expect(cell('Quantity, line 7')).toHaveTextContent('ten');
    expect(
      screen.getByText(/Pasted 3 rows × 5 columns, added 2 lines; 1 cell was not accepted/),
    ).toBeInTheDocument();
  });

  it('copies the selected cells out as TSV', async () => {
    const { user, cell } = setup();
    await user.click(cell('Description, line 1'));
    await user.keyboard('{Shift>}{ArrowDown}{ArrowRight}{ArrowRight}{/Shift}');
    // A keyboard copy fires a copy event at the focused cell; the grid fills the clipboard.
    const store = new Map<string, string>();
    const clipboardData = {
      setData: (type: string, value: string) => store.set(type, value),
      getData: (type: string) => store.get(type) ?? '',
    };
    fireEvent.copy(cell('Description, line 1'), { clipboardData });
    expect(store.get('text/plain')).toBe(
      'Provision and installation of 150m of HV cable\t\t150\r\n800kVA substation\t\t1',
    );
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Y', async () => {
    const { user, cell } = setup();
    await user.click(cell('Quantity, line 4'));
    await user.keyboard('5{Enter}');
    expect(cell('Cost £, line 4')).toHaveTextContent('£4,000.00');
    await user.click(cell('Quantity, line 4'));
    await user.keyboard('{Control>}z{/Control}');
    expect(cell('Quantity, line 4')).toHaveTextContent('1');
    expect(cell('Cost £, line 4')).toHaveTextContent('£800.00');
    await user.keyboard('{Control>}y{/Control}');
    expect(cell('Quantity, line 4')).toHaveTextContent('5');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(cell('Quantity, line 4')).toHaveTextContent('5');
  });

  it('adds, duplicates, moves and deletes lines with buttons and shortcuts', async () => {
    const { user, cell } = setup();
    await user.click(cell('Description, line 2'));
    await user.keyboard('{Alt>}d{/Alt}');
    expect(cell('Description, line 3')).toHaveTextContent('800kVA substation');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(cell('Description, line 2')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Delete line' }));
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '6');
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '7');
    expect(cell('Description, line 6')).toHaveFocus();
  });

  it('expands the engine explanation of a line', async () => {
    const { user, cell } = setup();
    await user.click(within(cell('Why, line 1')).getByRole('button', { name: 'Why?' }));
    const step = screen.getByText(/150 m × £200\.00 = £30,000\.00/).closest('ol');
    expect(step).not.toBeNull();
    expect(
      within(step as HTMLElement).getAllByText('001 §4.12', { selector: 'cite' }).length,
    ).toBeGreaterThan(0);
    expect(within(cell('Why, line 1')).getByRole('button', { name: 'Hide' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('the item search closes when the user clicks another cell, as the other cell editors do', async () => {
    const { user, cell } = setup();
    await user.click(cell('Statement item, line 1'));
    await user.keyboard('1e9');
    expect(screen.getByRole('combobox', { name: 'Statement item, line 1' })).toBeInTheDocument();
    expect(screen.getByText('No statement item matches “1e9”.')).toBeInTheDocument();
    await user.click(cell('Unit, line 2'));
    expect(screen.queryByRole('combobox', { name: 'Statement item, line 1' })).toBeNull();
    expect(screen.queryByText('No statement item matches “1e9”.')).toBeNull();
  });

  it('prices a line from the statement with the item picker (unit, range and item id)', async () => {
    const { user, cell, editor } = setup();
    await user.click(cell('Statement item, line 2'));
    await user.keyboard('{F2}');
    const box = screen.getByRole('combobox', { name: 'Statement item, line 2' });
    await user.type(box, '001-F5-13');
    const list = screen.getByRole('listbox', { name: 'Statement items' });
    const first = within(list).getAllByRole('option')[0]!;
    // The option shows the statement's own range and where it comes from.
    expect(first).toHaveTextContent('£1,905.00 – £2,860.00 each');
    expect(first).toHaveTextContent('001 §7.36 Part F5');
    await user.keyboard('{Enter}');
    expect(cell('Statement item, line 2')).toHaveTextContent('001-F5-13');
    expect(cell('Unit price £, line 2')).toHaveTextContent('£1,905.00 – £2,860.00');
    expect(cell('Cost £, line 2')).toHaveTextContent('£1,905.00 – £2,860.00');
    expect(editor.file.inputs.schemes.minimum.lines[1]!.unitPrice).toEqual({
      kind: 'range',
      low: '1905',
      high: '2860',
    });
    expect(cell('Statement item, line 3')).toHaveFocus();
  });

  it('marks the cell an engine issue points at, with the engine message', async () => {
    const { user, cell } = setup();
    await user.click(cell('Kind, line 1'));
    // Typing a letter on a pick-list cell opens it; the choice is kept with Enter.
    await user.keyboard('r');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Kind, line 1' }),
      'Reinforcement',
    );
    await user.keyboard('{Enter}');
    // Reinforcement needs its voltage level for the one-voltage rule (001 §4.36).
    const level = cell('Asset voltage level, line 1');
    expect(level).toHaveAttribute('aria-invalid', 'true');
    expect(level).toHaveAccessibleDescription(/Say at which voltage level the reinforcement/);
    // Partial results: the line is left out of the totals and named; nothing else blanks.
    expect(cell('Cost £, line 1')).toHaveTextContent('Not counted');
    expect(screen.getByText(/1 line not counted yet/)).toBeInTheDocument();
    expect(screen.queryByText(/cannot be worked out yet/)).toBeNull();
    await user.click(level);
    await user.keyboard('{Enter}');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Asset voltage level, line 1' }),
      'HV network',
    );
    await user.keyboard('{Enter}');
    expect(cell('Asset voltage level, line 1')).not.toHaveAttribute('aria-invalid');
  });
});
