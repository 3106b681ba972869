// @vitest-environment jsdom
// Each grid column's width, wrapping and stickiness live in its entry in the column list
// (src/lines/columns.ts): the grid sets them on the column's heading and cells, and no
// stylesheet names a column, so changing a width (or adding a column) is one edit.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { COLUMNS, COLUMN_INDEX } from '../../../src/lines/columns';
import SchemeView from '../../../src/ui/shell/SchemeView.svelte';
import { makeEditor, withEditor } from '../editorHarness';

afterEach(cleanup);

const SRC = join(import.meta.dirname, '../../../src');

/** Every stylesheet of the app: app.css and the style blocks of the components. */
function stylesheets(): { file: string; css: string }[] {
  const found: { file: string; css: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.css'))
        found.push({ file: path, css: readFileSync(path, 'utf8') });
      else if (entry.name.endsWith('.svelte')) {
        const blocks = readFileSync(path, 'utf8').match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? [];
        if (blocks.length) found.push({ file: path, css: blocks.join('\n') });
      }
    }
  };
  walk(SRC);
  return found;
}

describe('grid column widths come from the column list', () => {
  it('sets each column’s widths and classes on its heading and cells', () => {
    render(SchemeView, { props: { scheme: 'minimum' }, ...withEditor(makeEditor()) });
    const grid = screen.getByRole('grid', { name: 'Minimum Scheme cost lines' });
    const headings = within(grid).getAllByRole('columnheader');
    const firstRow = within(grid).getAllByRole('row')[1]!;
    const cells = within(firstRow).getAllByRole('gridcell');
    expect(headings).toHaveLength(COLUMNS.length);
    expect(cells).toHaveLength(COLUMNS.length);
    for (const col of COLUMNS) {
      const width = 'width' in col ? col.width : undefined;
      const th = headings[COLUMN_INDEX[col.id]]!;
      const td = cells[COLUMN_INDEX[col.id]]!;
      for (const el of [th, td]) {
        expect(el.style.getPropertyValue('--col-min'), col.id).toBe(width?.min ?? '');
        expect(el.style.getPropertyValue('--col-min-narrow'), col.id).toBe(width?.narrowMin ?? '');
        expect(el.classList.contains('sticky'), col.id).toBe(
          'sticky' in col && col.sticky === true,
        );
        expect(el.classList.contains('wraps'), col.id).toBe('wraps' in col && col.wraps === true);
      }
      // A heading is never cut short: only the cells are held to the most width.
      expect(td.style.getPropertyValue('--col-max'), col.id).toBe(width?.max ?? '');
      expect(th.style.getPropertyValue('--col-max'), col.id).toBe('');
      expect(td.classList.contains('truncates'), col.id).toBe(
        'truncates' in col && col.truncates === true,
      );
    }
  });

  it('keeps the look the stylesheet gave before: the description sticks and wraps', () => {
    const description = COLUMNS[COLUMN_INDEX.description];
    expect(description).toMatchObject({
      width: { min: '16rem', max: '24rem', narrowMin: '10rem' },
      sticky: true,
      wraps: true,
    });
    // A column cut short has a most width to be cut at.
    for (const col of COLUMNS) {
      if ('truncates' in col && col.truncates) expect(col.width?.max, col.id).toBeTruthy();
    }
  });

  it('leaves no stylesheet naming a column', () => {
    const ids = COLUMNS.map((c) => c.id);
    const pattern = new RegExp(`\\.(col|cell)-(${ids.join('|')})\\b`);
    const naming = stylesheets()
      .filter(({ css }) => pattern.test(css))
      .map(({ file, css }) => `${file}: ${pattern.exec(css)![0]}`);
    expect(naming).toEqual([]);
    // The generic rules the grid's entries drive are there.
    const app = readFileSync(join(SRC, 'app.css'), 'utf8');
    expect(app).toMatch(/var\(--col-min/);
    expect(app).toMatch(/var\(--col-max/);
  });
});
