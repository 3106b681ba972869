/**
 * A price cell in plain words for tables, explanations and the PDF: "£2,350–£3,620",
 * "£800", "POA", "from £15,400 (max POA)", "POA (up to £19,480)", "n/a–£150".
 * Uses only characters jsPDF's built-in fonts print (an en dash, no narrow spaces).
 */
import { formatMoney } from '../format/money';
import type { PriceCell, PriceUnit } from './types';

/** As the statement prints it: "2350" → "£2,350", "400.00" → "£400.00", "1234.5" → "£1,234.50". */
export const formatPounds = (amount: string): string =>
  formatMoney(amount, { wholePounds: !amount.includes('.') });

export function describePrice(cell: PriceCell): string {
  if (cell.poa) {
    if (cell.from) return `from ${formatPounds(cell.from)} (max POA)`;
    if (cell.upTo) return `POA (up to ${formatPounds(cell.upTo)})`;
    return 'POA';
  }
  const min = cell.minIsNotApplicable ? 'n/a' : formatPounds(cell.min);
  return cell.min === cell.max && !cell.minIsNotApplicable
    ? formatPounds(cell.min)
    : `${min}–${formatPounds(cell.max)}`;
}

const UNIT_WORDS: Record<PriceUnit, string> = {
  each: 'each',
  m: 'per metre',
  km: 'per km',
  'per visit': 'per visit',
  'per plot': 'per plot',
  'per hour': 'per hour',
  'per day': 'per day',
  'per lamp': 'per lamp',
  'per application': 'per application',
  'per kVA': 'per kVA',
  percent: '%',
};

/** "£55–£80 per metre". */
export function describePriceWithUnit(cell: PriceCell, unit: PriceUnit): string {
  return `${describePrice(cell)} ${UNIT_WORDS[unit]}`;
}
