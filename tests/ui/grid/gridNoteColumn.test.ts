// @vitest-environment jsdom
// The Note column was added by one entry in the column list (src/lines/columns.ts): the line's
// `note` was already part of the estimate file. This checks that every grid habit follows the
// list: the heading, editing by keyboard with undo, Delete, copying out, pasting by heading
// and by position, the engine's messages, and sorting; and that files with and without a
// note read back the same.
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEstimateFile } from '../../../src/estimate-file/parseEstimateFile';
import { COLUMNS, COLUMN_INDEX, cellText } from '../../../src/lines/columns';
import { issueColumn } from '../../../src/state/issuePaths';
import { headerMapping, isPastable } from '../../../src/ui/grid/headerMapping';
import { SORTABLE } from '../../../src/ui/grid/sortLines';
import SchemeView from '../../../src/ui/shell/SchemeView.svelte';
import { cellName, makeEditor, withEditor } from '../editorHarness';

afterEach(cleanup);

const lines = (ed: ReturnType<typeof makeEditor>) => ed.scheme('minimum')!.lines;

describe('the Note column, added by its entry in the column list', () => {
  it('is a column of the grid, edited by keyboard and undone like any other', async () => {
    const editor = makeEditor();
    const user = userEvent.setup();
    render(SchemeView, { props: { scheme: 'minimum' }, ...withEditor(editor) });
    const grid = screen.getByRole('grid', { name: 'Minimum Scheme cost lines' });
    const heading = within(grid).getByRole('columnheader', { name: /^Note/ });
    expect(heading).toHaveAttribute('aria-colindex', String(COLUMN_INDEX.note + 1));
    expect(grid).toHaveAttribute('aria-colcount', String(COLUMNS.length));

    const cell = () => screen.getByRole('gridcell', { name: cellName('Note, line 1') });
    await user.click(cell());
    await user.keyboard('Agreed on site{Enter}');
    expect(lines(editor)[0]!.note).toBe('Agreed on site');
    expect(cell()).toHaveTextContent('Agreed on site');
    expect(editor.undoLabel).toBe('Edit Note');
    editor.undo();
    expect(lines(editor)[0]!.note).toBeUndefined();
  });

  it('copies out, pastes by heading and by position, clears, sorts and takes its messages', () => {
    const ed = makeEditor();
    const [first, second] = lines(ed);
    // Pasted by heading: "Notes" names the column.
    const mapping = headerMapping(['Description', 'Qty', 'Notes']);
    expect(mapping).toEqual(['description', 'quantity', 'note']);
    expect(isPastable('note')).toBe(true);
    // Pasted by position, as a block copied from the grid lands.
    const r = ed.pasteBlock('minimum', 0, COLUMN_INDEX.note, [['  From the survey  '], ['']]);
    expect(r.rejected).toBe(0);
    expect(lines(ed)[0]!.note).toBe('From the survey');
    // A blank note is no note: the file leaves the field out.
    expect(lines(ed)[1]!.note).toBeUndefined();
    expect(cellText('note', lines(ed)[0]!, null)).toBe('From the survey');

    ed.clearCells('minimum', [first!.id, second!.id], ['note']);
    expect(lines(ed)[0]!.note).toBeUndefined();

    expect(SORTABLE.has('note')).toBe(true);
    expect(issueColumn(['schemes', 'minimum', 'lines', 1, 'note'], ed.file.inputs)).toEqual({
      scheme: 'minimum',
      lineId: second!.id,
      column: 'note',
    });
  });

  it('reads files with and without a note, and writes the note it was given', () => {
    const ed = makeEditor();
    ed.setCell('minimum', lines(ed)[0]!.id, 'note', 'Price from the 2025 statement');
    const withNote = parseEstimateFile(JSON.stringify(ed.snapshot()));
    expect(withNote.ok && withNote.file.inputs.schemes.minimum.lines[0]!.note).toBe(
      'Price from the 2025 statement',
    );
    ed.setCell('minimum', lines(ed)[0]!.id, 'note', '');
    const text = JSON.stringify(ed.snapshot());
    const without = parseEstimateFile(text);
    expect(without.ok).toBe(true);
    expect(
      without.ok && without.file.inputs.schemes.minimum.lines.every((l) => l.note === undefined),
    ).toBe(true);
  });
});
