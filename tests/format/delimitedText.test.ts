import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { parseDelimited, serialiseDelimited, type Delimiter } from '../../src/format/delimitedText';

describe('delimited text as spreadsheets write it', () => {
  it('reads rows and cells, CRLF and a trailing line break', () => {
    expect(parseDelimited('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseDelimited('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps empty cells, including trailing ones', () => {
    expect(parseDelimited('a\t\tc\n\tb\t')).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ]);
  });

  it('reads quoted cells holding tabs, line breaks and doubled quotes', () => {
    expect(parseDelimited('"x\ty"\t"say ""hi"""\n"two\nlines"\tz')).toEqual([
      ['x\ty', 'say "hi"'],
      ['two\nlines', 'z'],
    ]);
  });

  it('gives no rows for an empty clipboard', () => {
    expect(parseDelimited('')).toEqual([]);
  });

  it('serialises with quoting and CRLF', () => {
    expect(
      serialiseDelimited([
        ['a', 'b\tc'],
        ['say "hi"', ''],
      ]),
    ).toBe('a\t"b\tc"\r\n"say ""hi"""\t');
  });

  const cell = fc.string({
    unit: fc.constantFrom('a', 'b', '\t', ',', '\n', '\r', '"', ' ', '£', '1', '='),
  });
  const block = fc.integer({ min: 1, max: 4 }).chain((cols) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
      minLength: 1,
      maxLength: 4,
    }),
  );
  // A last row of one empty cell serialises to nothing after the final line break,
  // which no spreadsheet can tell from the usual trailing break.
  const endsInOneEmptyCell = (rows: string[][]) => {
    const last = rows[rows.length - 1]!;
    return last.length === 1 && last[0] === '';
  };

  it.each<Delimiter>(['\t', ','])('round-trips any block of cells (delimiter %j)', (delimiter) => {
    fc.assert(
      fc.property(block, (rows) => {
        fc.pre(!endsInOneEmptyCell(rows));
        expect(parseDelimited(serialiseDelimited(rows, delimiter), delimiter)).toEqual(rows);
      }),
    );
  });

  it('writes CSV that an independent reader (papaparse) reads back cell for cell', () => {
    fc.assert(
      fc.property(block, (rows) => {
        fc.pre(!endsInOneEmptyCell(rows));
        const { data, errors } = Papa.parse<string[]>(serialiseDelimited(rows, ','), {
          delimiter: ',',
          newline: '\r\n',
        });
        expect(errors).toEqual([]);
        expect(data).toEqual(rows);
      }),
    );
  });

  it('reads comma-separated text with quoted commas', () => {
    expect(parseDelimited('a,"b,c"\r\n"say ""hi""",', ',')).toEqual([
      ['a', 'b,c'],
      ['say "hi"', ''],
    ]);
  });
});
