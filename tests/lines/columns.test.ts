import { describe, expect, it } from 'vitest';
import { COLUMNS, cellText, parseCell, selectOptions, selectValue } from '../../src/lines/columns';
import { TEMPLATES } from '../../src/templates';

const withoutNulls = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === null ? undefined : v)));

const loadAll = () => Promise.all(TEMPLATES.map((t) => t.load()));

describe('the grid columns, one declarative list', () => {
  it('gives every column an id of its own, and every editable column a parser', () => {
    expect(new Set(COLUMNS.map((c) => c.id)).size).toBe(COLUMNS.length);
    for (const c of COLUMNS) {
      if (c.editor !== 'none') expect(c, c.id).toHaveProperty('parse');
      if (c.editor === 'select') {
        expect(c, c.id).toHaveProperty('options');
        expect(c, c.id).toHaveProperty('selectValue');
      }
    }
  });

  it('reads back what it writes: every editable cell of every template line parses to the line itself', async () => {
    const files = await loadAll();
    let checked = 0;
    for (const file of files) {
      for (const scheme of [file.inputs.schemes.minimum, file.inputs.schemes.enhanced]) {
        const ctx = { rsns: scheme?.rsns ?? [], statementRows: new Map() };
        for (const line of scheme?.lines ?? []) {
          // The item column refills unit and price from the statement: its text is the row id.
          for (const c of COLUMNS.filter(
            (col) => col.editor === 'text' || col.editor === 'select',
          )) {
            const parsed = parseCell(c.id, cellText(c.id, line, null), ctx);
            expect(parsed.ok, `${file.id} ${line.id} ${c.id}`).toBe(true);
            // A range's absent and null expected figure are the same (the midpoint).
            if (parsed.ok)
              expect(withoutNulls({ ...line, ...parsed.value })).toEqual(withoutNulls(line));
            checked += 1;
          }
          for (const c of COLUMNS.filter((col) => col.editor === 'select')) {
            const values = selectOptions(c.id, ctx).map((o) => o.value);
            expect(values, `${file.id} ${line.id} ${c.id}`).toContain(selectValue(c.id, line));
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
