import type Decimal from 'decimal.js';
import { describeOm } from './capitalisedOm';
import { formatMoney, moneyToPence, penceToDec, penceToMoney, toPence } from './decimal';
import type { SchemeContext } from './schemeContext';
import type {
  ComparisonResult,
  Explanation,
  Money,
  PayableFigure,
  Range,
  Requester,
  SchemeResult,
} from './types';
import { SCENARIOS } from './types';

type Triple<T> = [T, T, T];
const pence3 = (r: Range<Money>): Triple<bigint> =>
  SCENARIOS.map((s) => moneyToPence(r[s])) as Triple<bigint>;
const range = (t: Triple<bigint>): Range<Money> => ({
  low: penceToMoney(t[0]),
  expected: penceToMoney(t[1]),
  high: penceToMoney(t[2]),
});
const zeros = (): Range<Money> => ({ low: '0.00', expected: '0.00', high: '0.00' });
const ownCharge = (scheme: SchemeResult): PayableFigure => ({
  exVat: scheme.totals.customerExVat,
  vat: scheme.totals.vat,
  incVat: scheme.totals.customerIncVat,
});

/**
 * Minimum vs Enhanced (001 §4.5–4.9, §4.13–4.14; Ex 3, Ex 9): with no Enhanced Scheme the
 * Minimum Scheme's charge; at the operator's request the lower of the two charges; at the
 * customer's request the Enhanced Scheme's charge plus O&M on the excess capital cost, less any
 * O&M already charged on the Enhanced Scheme's own beyond-minimum lines (never O&M twice).
 */
export function compareSchemes(
  minimum: SchemeResult,
  enhanced: SchemeResult | null,
  requestedBy: Requester | null,
  ctx: SchemeContext,
  vatRate: Decimal,
): ComparisonResult {
  const c = ctx.rules.citations;
  if (!enhanced || !requestedBy) {
    return {
      rule: 'minimum-only',
      chargedScheme: { low: 'minimum', expected: 'minimum', high: 'minimum' },
      excessCapitalCost: zeros(),
      excessOm: zeros(),
      payableExVat: minimum.totals.customerExVat,
      payableVat: minimum.totals.vat,
      payableIncVat: minimum.totals.customerIncVat,
      payableByScheme: { minimum: ownCharge(minimum), enhanced: null },
      difference: null,
      explanation: [
        {
          text: 'The charge is based on the Minimum Scheme: the lowest-cost scheme that provides the Required Capacity.',
          formula: `charge ${formatMoney(moneyToPence(minimum.totals.customerExVat.expected))} ex VAT`,
          citation: c.minimumScheme,
        },
      ],
    };
  }
  const minEx = pence3(minimum.totals.customerExVat);
  const enhEx = pence3(enhanced.totals.customerExVat);
  const minCap = pence3(minimum.totals.capitalCost);
  const enhCap = pence3(enhanced.totals.capitalCost);
  const difference = range([0, 1, 2].map((s) => enhEx[s]! - minEx[s]!) as Triple<bigint>);
  const excessCap = [0, 1, 2].map((s) =>
    enhCap[s]! > minCap[s]! ? enhCap[s]! - minCap[s]! : 0n,
  ) as Triple<bigint>;

  if (requestedBy === 'operator') {
    const charged = [0, 1, 2].map((s) =>
      enhEx[s]! < minEx[s]! ? 'enhanced' : 'minimum',
    ) as Triple<'minimum' | 'enhanced'>;
    const pick = (key: 'customerExVat' | 'vat' | 'customerIncVat'): Range<Money> => ({
      low: (charged[0] === 'enhanced' ? enhanced : minimum).totals[key].low,
      expected: (charged[1] === 'enhanced' ? enhanced : minimum).totals[key].expected,
      high: (charged[2] === 'enhanced' ? enhanced : minimum).totals[key].high,
    });
    const payable: PayableFigure = {
      exVat: pick('customerExVat'),
      vat: pick('vat'),
      incVat: pick('customerIncVat'),
    };
    return {
      rule: 'operator-lower-of',
      chargedScheme: { low: charged[0], expected: charged[1], high: charged[2] },
      excessCapitalCost: range(excessCap),
      excessOm: zeros(),
      payableExVat: payable.exVat,
      payableVat: payable.vat,
      payableIncVat: payable.incVat,
      payableByScheme: { minimum: ownCharge(minimum), enhanced: payable },
      difference,
      explanation: [
        {
          text: "The operator chose the Enhanced Scheme, so you pay the lower of the Enhanced and Minimum Schemes' charges.",
          formula: `min(${formatMoney(enhEx[1])}, ${formatMoney(minEx[1])}) = ${formatMoney(enhEx[1] < minEx[1] ? enhEx[1] : minEx[1])}`,
          citation: c.enhancedOperator,
        },
      ],
    };
  }

  const omAlready = pence3(enhanced.totals.om);
  const omFull = excessCap.map((e) => toPence(penceToDec(e).times(ctx.omFactor))) as Triple<bigint>;
  const excessOm = [0, 1, 2].map((s) => {
    const net = omFull[s]! - omAlready[s]!;
    return net > 0n ? net : 0n;
  }) as Triple<bigint>;
  const payEx = [0, 1, 2].map((s) => enhEx[s]! + excessOm[s]!) as Triple<bigint>;
  const payVat = payEx.map((p) => toPence(penceToDec(p).times(vatRate))) as Triple<bigint>;
  const payInc = [0, 1, 2].map((s) => payEx[s]! + payVat[s]!) as Triple<bigint>;
  const explanation: Explanation[] = [
    {
      text: 'You asked for the Enhanced Scheme, so you pay its charge, with the cost above the Minimum Scheme in full.',
      formula: `excess capital cost ${formatMoney(enhCap[1])} − ${formatMoney(minCap[1])} = ${formatMoney(excessCap[1])}`,
      citation: c.enhancedCustomer,
    },
    {
      text: 'Capitalised O&M on the excess capital cost.',
      formula: describeOm(ctx.om, formatMoney(excessCap[1]), formatMoney(omFull[1])),
      citation: ctx.om.citation || c.om,
    },
  ];
  if (omAlready[1] > 0n) {
    explanation.push({
      text: "O&M already charged on the Enhanced Scheme's own beyond-minimum lines is taken off, so O&M is never charged twice.",
      formula: `max(0, ${formatMoney(omFull[1])} − ${formatMoney(omAlready[1])}) = ${formatMoney(excessOm[1])}`,
      citation: ctx.om.citation || c.om,
    });
  }
  explanation.push({
    text: "Your charge: the Enhanced Scheme's charge plus the O&M on the excess.",
    formula: `${formatMoney(enhEx[1])} + ${formatMoney(excessOm[1])} = ${formatMoney(payEx[1])}`,
    citation: c.enhancedCustomer,
  });
  return {
    rule: 'customer-excess-plus-om',
    chargedScheme: { low: 'enhanced', expected: 'enhanced', high: 'enhanced' },
    excessCapitalCost: range(excessCap),
    excessOm: range(excessOm),
    payableExVat: range(payEx),
    payableVat: range(payVat),
    payableIncVat: range(payInc),
    payableByScheme: {
      minimum: ownCharge(minimum),
      enhanced: { exVat: range(payEx), vat: range(payVat), incVat: range(payInc) },
    },
    difference,
    explanation,
  };
}
