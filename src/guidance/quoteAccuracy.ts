/**
 * Quotation Accuracy Scheme check (001 §7.8–7.12): is a quoted charge outside the
 * statement's band of indicative costs by more than the tolerance — 5 % or £150,
 * whichever is greater (001 §7.10)? Only Single LV Service and Small Project demand
 * connections are covered (001 §7.9). The paragraphs shown are the chosen statement's: its
 * `quotationAccuracy` citation and its fee categories' `qas` citation.
 */
import Decimal from 'decimal.js';
import { formatMoney } from '../format/money';
import { statementCitation } from '../statements/statementCitation';
import type { StatementFile } from '../statements/types';
import { decimalParameter } from './statementParameters';

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

export type QasConnectionKind = 'single-lv-service' | 'small-project' | 'other';

const pounds = (d: Decimal): string => d.toFixed(2);

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
    toleranceMinimum: min.value,
    citation: citations,
    schemeCitation: statementCitation(statement, 'quotationAccuracy'),
    coverageCitation: statement?.feeCategories?.citations.qas ?? '',
  };
}
const gbp = (d: Decimal): string => formatMoney(d.toFixed(2));

/** The tolerance around one edge of the band: the greater of the percentage and the minimum. */
function toleranceAt(edge: Decimal, p: QasParameters): Decimal {
  return Decimal.max(edge.abs().times(p.toleranceRate), new Decimal(p.toleranceMinimum));
}

/**
 * One item's band: its quantity times the statement's indicative minimum and maximum per
 * unit; null where the row is priced on application.
 */
export function itemBand(
  item: Pick<QasItem, 'quantity' | 'min' | 'max'>,
): { low: string; high: string } | null {
  if (item.min === null || item.max === null) return null;
  const q = new Decimal(item.quantity);
  return { low: pounds(q.times(item.min)), high: pounds(q.times(item.max)) };
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
        'The Quotation Accuracy Scheme covers only Single LV Service and Small Project demand connections, so this quote cannot be checked against it.',
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
  let bandMin = new Decimal(0);
  let bandMax = new Decimal(0);
  const arithmetic: string[] = [];
  for (const i of items) {
    const q = new Decimal(i.quantity);
    const band = itemBand(i)!;
    const lo = new Decimal(band.low);
    const hi = new Decimal(band.high);
    bandMin = bandMin.plus(lo);
    bandMax = bandMax.plus(hi);
    arithmetic.push(
      `${i.description}: ${q.toString()} × ${gbp(new Decimal(i.min as string))}–${gbp(new Decimal(i.max as string))} = ${gbp(lo)}–${gbp(hi)} (${i.citation})`,
    );
  }
  const tolBelow = toleranceAt(bandMin, p);
  const tolAbove = toleranceAt(bandMax, p);
  const lower = bandMin.minus(tolBelow);
  const upper = bandMax.plus(tolAbove);
  const q = new Decimal(quoted);
  const pct = new Decimal(p.toleranceRate).times(100).toString();
  arithmetic.push(`Band: ${gbp(bandMin)} to ${gbp(bandMax)}`);
  arithmetic.push(
    `Tolerance above: the greater of ${pct}% × ${gbp(bandMax)} and ${gbp(new Decimal(p.toleranceMinimum))} = ${gbp(tolAbove)}, so the upper limit is ${gbp(upper)}`,
  );
  arithmetic.push(
    `Tolerance below: the greater of ${pct}% × ${gbp(bandMin)} and ${gbp(new Decimal(p.toleranceMinimum))} = ${gbp(tolBelow)}, so the lower limit is ${gbp(lower)}`,
  );
  const base = {
    bandMin: pounds(bandMin),
    bandMax: pounds(bandMax),
    lowerLimit: pounds(lower),
    upperLimit: pounds(upper),
    toleranceBelow: pounds(tolBelow),
    toleranceAbove: pounds(tolAbove),
    quoted: pounds(q),
    arithmetic,
    citation: [p.schemeCitation, `tolerance ${p.citation}`].filter(Boolean).join('; '),
  };
  if (q.gt(upper)) {
    return {
      ...base,
      kind: 'above',
      canEnterQas: true,
      message: `The quote of ${gbp(q)} is ${gbp(q.minus(upper))} above the band plus its tolerance (${gbp(upper)}). You can ask for it to be reviewed under the Quotation Accuracy Scheme.`,
    };
  }
  if (q.lt(lower)) {
    return {
      ...base,
      kind: 'below',
      canEnterQas: true,
      message: `The quote of ${gbp(q)} is ${gbp(lower.minus(q))} below the band less its tolerance (${gbp(lower)}). It is outside the band, so you can enter the Quotation Accuracy Scheme — though a review may also raise the charge.`,
    };
  }
  return {
    ...base,
    kind: 'within',
    canEnterQas: false,
    message: `The quote of ${gbp(q)} is within the band and its tolerance (${gbp(lower)} to ${gbp(upper)}), so it is consistent with the statement.`,
  };
}
