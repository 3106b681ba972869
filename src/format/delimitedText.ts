/**
 * Delimited text as spreadsheets write it: tab-separated on the clipboard, comma-separated
 * in the CSV export (RFC 4180). A cell that holds the delimiter, a line break or a double
 * quote is quoted, any quote inside doubled; rows end in CRLF, and a pasted block usually
 * ends with one trailing line break.
 *
 * Written here rather than taken from a CSV library: copying to the clipboard must
 * serialise synchronously inside the copy event, on the first screen, where a parser
 * package would not fit the first-load budget. The CSV tests read the export back with
 * papaparse as an independent reader (tests/export/csv/buildEstimateCsv.test.ts).
 */

export type Delimiter = '\t' | ',';

/** Parse a block into rows of cells. An empty string gives no rows. */
export function parseDelimited(text: string, delimiter: Delimiter = '\t'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      // Quoted cell: read to the closing quote, "" is a literal quote.
      i += 1;
      let closed = false;
      while (i < text.length) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i += 1;
          closed = true;
          break;
        }
        cell += c;
        i += 1;
      }
      if (!closed) {
        // An unmatched quote: treat the text as typed, quote included.
        cell = `"${cell}`;
      }
      atCellStart = false;
      continue;
    }
    if (ch === delimiter) {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += ch;
    atCellStart = false;
    i += 1;
  }
  // The last row, unless the block ended with a line break.
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function quote(cell: string, delimiter: Delimiter): string {
  const needsQuotes = cell.includes(delimiter) || /[\r\n"]/.test(cell);
  return needsQuotes ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Serialise rows, quoting as Excel does; rows end in CRLF, with none after the last. */
export function serialiseDelimited(
  rows: readonly (readonly string[])[],
  delimiter: Delimiter = '\t',
): string {
  return rows.map((r) => r.map((cell) => quote(cell, delimiter)).join(delimiter)).join('\r\n');
}
