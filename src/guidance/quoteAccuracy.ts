/**
 * Quotation Accuracy Scheme check (001 §7.8–7.12): is a quoted charge outside the
 * statement's band of indicative costs by more than the tolerance — 5 % or £150,
 * whichever is greater (001 §7.10)? The engine works out the band, the tolerances and
 * where the quote falls (engine/quoteAccuracy); this words them. Only the connections the
 * statement's QAS definitions cover can be checked (001 §7.9). The paragraphs shown are the
 * chosen statement's: its `quotationAccuracy` citation and its fee categories' `qas` citation.
 */
import Decimal from 'decimal.js';
import { formatMoney } from '../format/money';
import { statementCitation } from '../statements/statementCitation';
import type { StatementFile, StatementRow } from '../statements/types';
import { parseTypedNumber } from '../format/typedNumber';
import { rowLabel } from './rowLabel';
import { decimalParameter } from './statementParameters';
import { checkQuoteBand, itemBand } from '../engine/quoteAccuracy';

export interface QasItem {
  description: string;
  quantity: string;
  /** The statement's indicative charge per unit; null when the row is POA. */
  min: string | null;
  max: string | null;
  citation: string;
}

export interface QasParameters {
  /** The percentage tolerance as a fraction, e.g. "0.05" for 5 %. */
  toleranceRate: string;
  /** The same as a percentage, as shown, e.g. "5". */
  tolerancePercent?: string;
  /** The minimum tolerance in pounds, e.g. "150". */
  toleranceMinimum: string;
  citation: string;
  /** The statement's paragraphs on the scheme (001 §7.8–7.12); '' where it gives none. */
  schemeCitation?: string;
  /** The statement's paragraphs on which connections it covers (001 §7.7, §7.9). */
  coverageCitation?: string;
}

export type QasVerdict =
  | { kind: 'not-covered'; message: string; citation: string }
  | { kind: 'cannot-check'; message: string; poaItems: string[] }
  | {
      kind: 'within' | 'above' | 'below';
      bandMin: string;
      bandMax: string;
      lowerLimit: string;
      upperLimit: string;
      toleranceBelow: string;
      toleranceAbove: string;
      quoted: string;
      canEnterQas: boolean;
      message: string;
      arithmetic: string[];
      citation: string;
    };

/** Whether the statement's QAS definitions cover the connection. */
export type QasConnectionKind = 'covered' | 'other';

/**
 * The tolerance from the statement's parameters (`qasTolerancePercent`, `qasToleranceMinimum`,
 * 001 §7.10); null when the statement does not give both.
 */
export function qasParametersFromStatement(
  statement: Pick<StatementFile, 'parameters' | 'citations' | 'feeCategories'> | null | undefined,
): QasParameters | null {
  const pct = decimalParameter(statement, 'qasTolerancePercent');
  const min = decimalParameter(statement, 'qasToleranceMinimum');
  if (!pct || !min) return null;
  // Stored as printed ("5", unit "%"); a fraction ("0.05") is accepted as it stands.
  const rate = pct.unit === '%' ? new Decimal(pct.value).dividedBy(100) : new Decimal(pct.value);
  const citations = [...new Set([pct.citation, min.citation])].join(', ');
  return {
    toleranceRate: rate.toString(),
    tolerancePercent: rate.times(100).toString(),
    toleranceMinimum: min.value,
    citation: citations,
    schemeCitation: statementCitation(statement, 'quotationAccuracy'),
    coverageCitation: statement?.feeCategories?.citations.qas ?? '',
  };
}
const gbp = (d: Decimal | string): string => formatMoney(new Decimal(d).toFixed(2));

/** One item of a quote as the user enters it: a statement row and a typed quantity. */
export interface QuoteItemText {
  rowId: string;
  quantity: string;
}

/** A quote item read: the row priced, with its band from the engine, or why it cannot be. */
export type QuoteItemRead =
  | { ok: true; item: QasItem; band: { low: string; high: string } | null }
  | { ok: false; error: string | null };

/**
 * Each typed item read against the statement's rows: its quantity parsed once, the row's
 * prices and its band (quantity × the row's minimum and maximum, worked out by the engine).
 * `error` is the plain words for a quantity that is not a number; null for an unknown row.
 */
export function readQuoteItems(
  items: readonly QuoteItemText[],
  rows: ReadonlyMap<string, StatementRow>,
): QuoteItemRead[] {
  return items.map((i) => {
    const q = parseTypedNumber(i.quantity, 'a quantity');
    if (!q.ok) return { ok: false, error: q.message };
    const row = rows.get(i.rowId);
    if (!row) return { ok: false, error: null };
    const item: QasItem = {
      description: `${rowLabel(row)} (${row.id})`,
      quantity: q.value,
      min: row.price.poa ? null : row.price.min,
      max: row.price.poa ? null : row.price.max,
      citation: row.citation,
    };
    return { ok: true, item, band: itemBand(item) };
  });
}

export function checkQuoteAccuracy(
  kind: QasConnectionKind,
  items: QasItem[],
  quoted: string,
  p: QasParameters,
): QasVerdict {
  if (kind === 'other') {
    return {
      kind: 'not-covered',
      message:
        'The Quotation Accuracy Scheme covers only the connections the statement defines for it, so this quote cannot be checked against it.',
      citation: p.coverageCitation ?? '',
    };
  }
  const poa = items.filter((i) => i.min === null || i.max === null).map((i) => i.description);
  if (poa.length > 0) {
    return {
      kind: 'cannot-check',
      message: `Some items are priced on application, so the statement gives no band for them: ${poa.join(', ')}.`,
      poaItems: poa,
    };
  }
  const check = checkQuoteBand(items, quoted, {
    rate: p.toleranceRate,
    minimum: p.toleranceMinimum,
  });
  const arithmetic = items.map((i) => {
    const band = itemBand(i)!;
    return `${i.description}: ${new Decimal(i.quantity).toString()} × ${gbp(i.min!)}–${gbp(i.max!)} = ${gbp(band.low)}–${gbp(band.high)} (${i.citation})`;
  });
  const pct = new Decimal(p.toleranceRate).times(100).toString();
  const minimum = gbp(p.toleranceMinimum);
  arithmetic.push(`Band: ${gbp(check.bandMin)} to ${gbp(check.bandMax)}`);
  arithmetic.push(
    `Tolerance above: the greater of ${pct}% × ${gbp(check.bandMax)} and ${minimum} = ${gbp(check.toleranceAbove)}, so the upper limit is ${gbp(check.upperLimit)}`,
  );
  arithmetic.push(
    `Tolerance below: the greater of ${pct}% × ${gbp(check.bandMin)} and ${minimum} = ${gbp(check.toleranceBelow)}, so the lower limit is ${gbp(check.lowerLimit)}`,
  );
  const base = {
    bandMin: check.bandMin,
    bandMax: check.bandMax,
    lowerLimit: check.lowerLimit,
    upperLimit: check.upperLimit,
    toleranceBelow: check.toleranceBelow,
    toleranceAbove: check.toleranceAbove,
    quoted: check.quoted,
    arithmetic,
    citation: [p.schemeCitation, `tolerance ${p.citation}`].filter(Boolean).join('; '),
  };
  const q = gbp(check.quoted);
  if (check.position === 'above') {
    return {
      ...base,
      kind: 'above',
      canEnterQas: true,
      message: `The quote of ${q} is ${gbp(check.outsideBy)} above the band plus its tolerance (${gbp(check.upperLimit)}). You can ask for it to be reviewed under the Quotation Accuracy Scheme.`,
    };
  }
  if (check.position === 'below') {
    return {
      ...base,
      kind: 'below',
      canEnterQas: true,
      message: `The quote of ${q} is ${gbp(check.outsideBy)} below the band less its tolerance (${gbp(check.lowerLimit)}). It is outside the band, so you can enter the Quotation Accuracy Scheme — though a review may also raise the charge.`,
    };
  }
  return {
    ...base,
    kind: 'within',
    canEnterQas: false,
    message: `The quote of ${q} is within the band and its tolerance (${gbp(check.lowerLimit)} to ${gbp(check.upperLimit)}), so it is consistent with the statement.`,
  };
}
