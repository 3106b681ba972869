/**
 * Cells for the XLSX export. Money leaves decimal.js here and only here: a spreadsheet
 * stores numbers as binary floating point, so each amount is rounded to pence as a decimal
 * and then written as the number that decimal string names. Amounts are checked to fit in
 * the 15 significant digits a spreadsheet keeps, so every cell reads back exactly as the
 * engine's figure.
 *
 * Text is always written as a text cell (a shared string), never as a formula, so a
 * description such as "=HYPERLINK(…)" is shown as typed and never run.
 */
import Decimal from 'decimal.js';
import type { CellObject } from 'write-excel-file/browser';
import type { Money } from '../../engine/types';
import { formatMoney } from '../format/formatMoney';
import { ExportError } from '../types';

/** Pounds with a "£" sign, thousands separators and pence, whatever the reader's locale. */
export const MONEY_FORMAT = '"£"#,##0.00';
export const PERCENT_FORMAT = '0.0';

/** The most significant digits a spreadsheet keeps in a number. */
const SPREADSHEET_DIGITS = 15;

type Style = Omit<CellObject, 'value' | 'type' | 'format'>;

/**
 * The spreadsheet number for a decimal string, or null when the string is not a number or
 * a spreadsheet could not hold it exactly (more than 15 significant digits).
 */
export function spreadsheetNumber(value: string): number | null {
  let decimal: Decimal;
  try {
    decimal = new Decimal(value.trim());
  } catch {
    return null;
  }
  if (!decimal.isFinite() || decimal.sd(true) > SPREADSHEET_DIGITS) return null;
  // A decimal string of at most 15 significant digits names a double that prints back as
  // the same decimal, so this Number() loses nothing.
  return Number(decimal.toFixed());
}

export function textCell(value: string, style: Style = {}): CellObject {
  return { value, type: String, ...style };
}

/** An amount of money as a number cell in pounds and pence. */
export function moneyCell(amount: Money, style: Style = {}): CellObject {
  const pence = new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const value = spreadsheetNumber(pence.toFixed(2));
  if (value === null) {
    throw new ExportError(
      `The amount ${formatMoney(amount)} is too large to write exactly in a spreadsheet (at most ${SPREADSHEET_DIGITS} digits). Use the CSV or PDF export instead.`,
    );
  }
  return { value, type: Number, format: MONEY_FORMAT, ...style };
}

/** A quantity or percentage the user typed: a number cell when it is one, else its text. */
export function numberOrTextCell(value: string, format?: string): CellObject | null {
  if (value.trim() === '') return null;
  const number = spreadsheetNumber(value);
  if (number === null) return textCell(value);
  return format ? { value: number, type: Number, format } : { value: number, type: Number };
}

export const bold: Style = { fontWeight: 'bold' };

/** A header row: bold, on a light fill, and wrapping so long headings stay readable. */
export function headerRow(headings: readonly string[]): CellObject[] {
  return headings.map((heading) =>
    textCell(heading, {
      fontWeight: 'bold',
      backgroundColor: '#E8EEF4',
      wrap: true,
      alignVertical: 'top',
    }),
  );
}
