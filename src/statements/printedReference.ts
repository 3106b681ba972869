/**
 * A statement row as its printed document names it ("001 §7.41 Part F5, row 15"), for
 * anything a customer reads: the app's internal row ids ("001-F5-15") are never shown.
 */
import type { StatementFile } from './types';

export function printedRowReference(statement: StatementFile, rowId: string): string | null {
  for (const table of statement.tables) {
    const row = table.rows.find((r) => r.id === rowId);
    if (!row) continue;
    const suffix = rowId.startsWith(`${table.id}-`) ? rowId.slice(table.id.length + 1) : '';
    const rowNumber = /^\d+$/.test(suffix) ? `, row ${Number(suffix)}` : '';
    return `${table.citation}${rowNumber}`;
  }
  return null;
}

/**
 * The engine cites a priced line as "<statement id>: <row id>"; this gives the printed
 * reference instead, leaving every other citation as it is.
 */
export function printedCitation(citation: string, statement: StatementFile): string {
  const prefix = `${statement.id}: `;
  if (!citation.startsWith(prefix)) return citation;
  return printedRowReference(statement, citation.slice(prefix.length)) ?? citation;
}
