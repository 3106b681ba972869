// @vitest-environment jsdom
// The grid's spreadsheet habits, key by key. Each entry of HABITS is one row of the table in
// docs/keyboard.md (the last test checks the two agree) and has its own test below.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import SchemeView from '../../../src/ui/shell/SchemeView.svelte';
import { cellName, makeEditor, withEditor } from '../editorHarness';

afterEach(cleanup);

/** Key, then what it does: the rows of the table in docs/keyboard.md, in order. */
const HABITS: [string, string][] = [
  ['Ctrl+C', 'Copies the selected cells as tab-separated text, ready for Excel or Google Sheets.'],
  ['Ctrl+X', 'Copies the selected cells and clears them (one undo step).'],
  [
    'Ctrl+V',
    'Pastes a block at the selected cell, adding lines as needed; each cell is checked on its own and a rejected one keeps its text, marked. One undo step takes it all back.',
  ],
  [
    'Ctrl+V with a heading row',
    'When the first pasted row is headings (“Description”, “Qty”, “Quantity”, “Unit”, “Unit price”, “Price”, “£” and the like), shows which heading goes to which column and pastes by name once you confirm.',
  ],
  [
    'Ctrl+V without a heading row',
    'A block pasted at the Description column whose second column is not statement items (Description, Qty, Unit, Price from Excel) goes by what each column holds: words to Description, short words to Unit, numbers to Quantity then Unit price. The mapping is shown before anything changes.',
  ],
  ['Delete', 'Clears the selected cells: text to blank, numbers to 0 (one undo step).'],
  ['Backspace', 'Clears the active cell and starts editing it.'],
  ['Any character', 'Starts editing the active cell, replacing its text with what you type.'],
  ['F2', 'Edits the active cell, keeping its text.'],
  [
    'Enter on text that is not a value',
    'Keeps the text in the cell, marked with what is wrong; the line keeps its last valid value and no undo step is made.',
  ],
  ['Ctrl+D', 'Fills down: copies the top row of the selection into the rows below it.'],
  ['Alt+Delete', 'Deletes the selected lines (one undo step).'],
  ['Alt+N or Alt+Insert', 'Inserts as many blank lines below the selection as it has rows.'],
  ['Alt+Shift+N', 'Inserts as many blank lines above the selection as it has rows.'],
  [
    'Click a column heading',
    'Sorts the lines by that column; click again to reverse. Ctrl+Z undoes the sort.',
  ],
  ['Ctrl+Z', 'Undoes the last action, whole: a paste, a cut, a sort, a fill.'],
  ['Ctrl+Y or Ctrl+Shift+Z', 'Redoes it.'],
];

function setup() {
  const editor = makeEditor();
  const user = userEvent.setup();
  render(SchemeView, { props: { scheme: 'minimum' }, ...withEditor(editor) });
  const cell = (where: string) => screen.getByRole('gridcell', { name: cellName(where) });
  const rows = () => Number(screen.getByRole('grid').getAttribute('aria-rowcount')) - 1;
  const clipboard = () => {
    const store = new Map<string, string>();
    return {
      store,
      data: {
        setData: (type: string, value: string) => store.set(type, value),
        getData: (type: string) => store.get(type) ?? '',
      },
    };
  };
  return { editor, user, cell, rows, clipboard };
}

const habit = (key: string) => {
  const h = HABITS.find(([k]) => k === key);
  if (!h) throw new Error(`no habit ${key}`);
  return `${h[0]}: ${h[1]}`;
};

describe('grid habits of Excel and Google Sheets', () => {
  it(habit('Ctrl+C'), async () => {
    const { user, cell, clipboard } = setup();
    await user.click(cell('Quantity, line 1'));
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    const c = clipboard();
    fireEvent.copy(cell('Quantity, line 2'), { clipboardData: c.data });
    expect(c.store.get('text/plain')).toBe('150\r\n1');
  });

  it(habit('Ctrl+X'), async () => {
    const { user, cell, clipboard, editor } = setup();
    await user.click(cell('Description, line 1'));
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    const c = clipboard();
    fireEvent.cut(cell('Description, line 2'), { clipboardData: c.data });
    expect(c.store.get('text/plain')).toBe(
      'Provision and installation of 150m of HV cable\r\n800kVA substation',
    );
    expect(editor.scheme('minimum')!.lines[0]!.description).toBe('');
    expect(editor.scheme('minimum')!.lines[1]!.description).toBe('');
    await user.keyboard('{Control>}z{/Control}');
    expect(cell('Description, line 2')).toHaveTextContent('800kVA substation');
  });

  it(habit('Ctrl+V'), async () => {
    const { user, cell, rows, editor } = setup();
    const before = editor.snapshot();
    await user.click(cell('Description, line 5'));
    await user.paste('HV joint\t\t2\teach\t950\r\nBad\t\tten\tm\t5\r\nMore\t\t1\teach\t10\r\n');
    expect(rows()).toBe(7);
    expect(cell('Quantity, line 6')).toHaveTextContent('ten');
    expect(screen.getByText(/Pasted 3 rows/)).toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    // All of it: the lines, the rejected text and the "Pasted" message.
    expect(rows()).toBe(5);
    expect(editor.snapshot()).toEqual(before);
    expect(editor.invalid).toEqual({});
    expect(screen.queryByText(/Pasted 3 rows/)).toBeNull();
    expect(screen.getByText('Undone: Paste')).toBeInTheDocument();
  });

  it(habit('Ctrl+V with a heading row'), async () => {
    const { user, cell, rows, editor } = setup();
    await user.click(cell('Description, line 5'));
    await user.keyboard('{Control>}{End}{/Control}{Home}');
    await user.paste(
      'Description\tQty\tUnit\tPrice\r\nCable\t40\tm\t55\r\nJoint\t2\teach\t950\r\n',
    );
    // Nothing changes until the mapping is confirmed.
    expect(rows()).toBe(5);
    const preview = await screen.findByRole(
      'region',
      { name: /Paste 2 rows by heading/ },
      { timeout: 10_000 },
    );
    expect(within(preview).getByText(/“Qty” →/)).toHaveTextContent('“Qty” → Quantity');
    expect(within(preview).getByText(/“Price” →/)).toHaveTextContent('“Price” → Unit price £');
    await user.click(within(preview).getByRole('button', { name: 'Paste by heading' }));
    const line = editor.scheme('minimum')!.lines[4]!;
    expect(line).toMatchObject({ description: 'Cable', quantity: '40', unit: 'm' });
    expect(line.unitPrice).toEqual({ kind: 'fixed', amount: '55' });
    expect(cell('Cost £, line 6')).toHaveTextContent('£1,900.00');
  });

  it(habit('Ctrl+V without a heading row'), async () => {
    const { user, cell, rows, editor } = setup();
    const before = editor.snapshot();
    await user.click(cell('Description, line 5'));
    await user.paste('Cable trench\t40\tm\t£55.00\r\nJoint\t2\teach\t950\r\n');
    // Nothing changes until the mapping is confirmed.
    expect(rows()).toBe(5);
    expect(editor.snapshot()).toEqual(before);
    const preview = await screen.findByRole(
      'region',
      { name: /Paste 2 rows by what they hold/ },
      { timeout: 10_000 },
    );
    const mapped = within(preview)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(mapped).toEqual([
      'Column 1 (“Cable trench”) → Description',
      'Column 2 (“40”) → Quantity',
      'Column 3 (“m”) → Unit',
      'Column 4 (“£55.00”) → Unit price £',
    ]);
    await user.click(within(preview).getByRole('button', { name: 'Paste as shown' }));
    expect(rows()).toBe(6);
    const lines = editor.scheme('minimum')!.lines;
    expect(lines[4]).toMatchObject({ description: 'Cable trench', quantity: '40', unit: 'm' });
    expect(lines[4]!.unitPrice).toEqual({ kind: 'fixed', amount: '55.00' });
    expect(lines[5]).toMatchObject({ description: 'Joint', quantity: '2', unit: 'each' });
    expect(cell('Cost £, line 6')).toHaveTextContent('£1,900.00');
    // One undo step takes it all back.
    await user.keyboard('{Control>}z{/Control}');
    expect(editor.snapshot()).toEqual(before);
  });

  it('a block pasted by position stays by position: one copied from this grid, or pasted elsewhere', async () => {
    const { user, cell, editor } = setup();
    // Description, Statement item (blank), Quantity, Unit: as this grid copies a line.
    await user.click(cell('Description, line 5'));
    await user.paste('Joint\t\t2\teach\r\n');
    expect(screen.queryByRole('region', { name: /Paste .* by what they hold/ })).toBeNull();
    expect(editor.scheme('minimum')!.lines[4]).toMatchObject({
      description: 'Joint',
      quantity: '2',
    });
    // Pasted at Quantity: the user chose where the block goes.
    await user.click(cell('Quantity, line 1'));
    await user.paste('7\tm\r\n');
    expect(screen.queryByRole('region', { name: /Paste .* by what they hold/ })).toBeNull();
    expect(editor.scheme('minimum')!.lines[0]).toMatchObject({ quantity: '7', unit: 'm' });
  });

  it(habit('Delete'), async () => {
    const { user, cell, editor } = setup();
    await user.click(cell('Quantity, line 1'));
    await user.keyboard('{Shift>}{ArrowDown}{ArrowRight}{/Shift}{Delete}');
    expect(editor.scheme('minimum')!.lines[0]!.quantity).toBe('0');
    expect(editor.scheme('minimum')!.lines[1]!.unit).toBe('');
    expect(cell('Cost £, line 1')).toHaveTextContent('£0.00');
    expect(editor.undoLabel).toBe('Clear cells');
  });

  it(habit('Backspace'), async () => {
    const { user, cell } = setup();
    await user.click(cell('Quantity, line 1'));
    await user.keyboard('{Backspace}');
    expect(screen.getByRole('textbox', { name: 'Quantity, line 1' })).toHaveValue('');
    await user.keyboard('7{Enter}');
    expect(cell('Quantity, line 1')).toHaveTextContent('7');
  });

  it(habit('Any character'), async () => {
    const { user, cell } = setup();
    await user.click(cell('Unit, line 2'));
    await user.keyboard('m');
    expect(screen.getByRole('textbox', { name: 'Unit, line 2' })).toHaveValue('m');
  });

  it(habit('F2'), async () => {
    const { user, cell } = setup();
    await user.click(cell('Quantity, line 1'));
    await user.keyboard('{F2}');
    expect(screen.getByRole('textbox', { name: 'Quantity, line 1' })).toHaveValue('150');
  });

  it(habit('Enter on text that is not a value'), async () => {
    const { user, cell, editor } = setup();
    await user.click(cell('Quantity, line 1'));
    // "1" is a valid quantity on the way to "1x": the totals follow it while typing, but the
    // rejected text must not leave it behind.
    await user.keyboard('1x{Enter}');
    expect(cell('Quantity, line 1')).toHaveTextContent('1x');
    expect(cell('Quantity, line 1')).toHaveAttribute('aria-invalid', 'true');
    expect(editor.scheme('minimum')!.lines[0]!.quantity).toBe('150');
    expect(editor.canUndo).toBe(false);
  });

  it(habit('Ctrl+D'), async () => {
    const { user, cell, editor } = setup();
    await user.click(cell('Quantity, line 1'));
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{/Shift}{Control>}d{/Control}');
    const q = editor.scheme('minimum')!.lines.map((l) => l.quantity);
    expect(q.slice(0, 3)).toEqual(['150', '150', '150']);
    expect(editor.undoLabel).toBe('Fill down');
  });

  it(habit('Alt+Delete'), async () => {
    const { user, cell, rows, editor } = setup();
    const ids = editor.scheme('minimum')!.lines.map((l) => l.id);
    await user.click(cell('Description, line 2'));
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}{Alt>}{Delete}{/Alt}');
    expect(rows()).toBe(3);
    expect(editor.scheme('minimum')!.lines.map((l) => l.id)).toEqual([ids[0], ids[3], ids[4]]);
    await user.keyboard('{Control>}z{/Control}');
    expect(rows()).toBe(5);
  });

  it(habit('Alt+N or Alt+Insert'), async () => {
    const { user, cell, rows, editor } = setup();
    const ids = editor.scheme('minimum')!.lines.map((l) => l.id);
    await user.click(cell('Description, line 1'));
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}{Alt>}n{/Alt}');
    expect(rows()).toBe(7);
    const after = editor.scheme('minimum')!.lines.map((l) => l.id);
    expect(after.slice(0, 2)).toEqual(ids.slice(0, 2));
    expect(after.slice(4)).toEqual(ids.slice(2));
    await user.keyboard('{Alt>}{Insert}{/Alt}');
    expect(rows()).toBe(8);
  });

  it(habit('Alt+Shift+N'), async () => {
    const { user, cell, editor } = setup();
    const ids = editor.scheme('minimum')!.lines.map((l) => l.id);
    await user.click(cell('Description, line 2'));
    await user.keyboard('{Alt>}{Shift>}n{/Shift}{/Alt}');
    const after = editor.scheme('minimum')!.lines.map((l) => l.id);
    expect(after[0]).toBe(ids[0]);
    expect(after[2]).toBe(ids[1]);
  });

  it(habit('Click a column heading'), async () => {
    const { user, editor } = setup();
    const before = editor.scheme('minimum')!.lines.map((l) => l.id);
    const header = screen.getByRole('columnheader', { name: 'Quantity' });
    await user.click(within(header).getByRole('button', { name: 'Quantity' }));
    const qty = editor.scheme('minimum')!.lines.map((l) => Number(l.quantity));
    expect(qty).toEqual([...qty].sort((a, b) => a - b));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(header).getByRole('button', { name: 'Quantity' }));
    const desc = editor.scheme('minimum')!.lines.map((l) => Number(l.quantity));
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    editor.undo();
    editor.undo();
    expect(editor.scheme('minimum')!.lines.map((l) => l.id)).toEqual(before);
  });

  it(habit('Ctrl+Z'), async () => {
    const { user, cell, editor } = setup();
    const before = editor.snapshot();
    await user.click(cell('Quantity, line 1'));
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{/Shift}{Control>}d{/Control}');
    await user.keyboard('{Delete}');
    await user.keyboard('{Control>}z{/Control}{Control>}z{/Control}');
    expect(editor.snapshot()).toEqual(before);
  });

  it(habit('Ctrl+Y or Ctrl+Shift+Z'), async () => {
    const { user, cell, editor } = setup();
    await user.click(cell('Quantity, line 1'));
    await user.keyboard('{Delete}{Control>}z{/Control}');
    expect(editor.scheme('minimum')!.lines[0]!.quantity).toBe('150');
    await user.keyboard('{Control>}y{/Control}');
    expect(editor.scheme('minimum')!.lines[0]!.quantity).toBe('0');
    await user.keyboard('{Control>}z{/Control}{Control>}{Shift>}z{/Shift}{/Control}');
    expect(editor.scheme('minimum')!.lines[0]!.quantity).toBe('0');
  });

  it('docs/keyboard.md lists exactly these habits, in this order', () => {
    const md = readFileSync(resolve(process.cwd(), 'docs/keyboard.md'), 'utf8');
    const section = md.split('## Spreadsheet habits')[1]?.split('\n## ')[0] ?? '';
    const rows = section
      .split('\n')
      .filter((l) => l.startsWith('|') && !/^\|\s*-/.test(l))
      .slice(1)
      .map((l) =>
        l
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    expect(rows).toEqual(HABITS);
  });
});
