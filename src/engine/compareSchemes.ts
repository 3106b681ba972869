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
const zero3 = (): Triple<bigint> => [0n, 0n, 0n];
const zeros = (): Range<Money> => ({ low: '0.00', expected: '0.00', high: '0.00' });
const ownCharge = (scheme: SchemeResult): PayableFigure => ({
  exVat: scheme.totals.customerExVat,
  vat: scheme.totals.vat,
  incVat: scheme.totals.customerIncVat,
});

/**
 * Minimum vs Enhanced (001 §4.5–4.9, §4.13–4.14; Ex 3, Ex 9): with no Enhanced Scheme the
 * Minimum Scheme's charge; at the operator's request the lower of the two charges plus what the
 * customer asked for on top; at the customer's request the Minimum Scheme's charge plus the
 * extra capital cost in full plus O&M on it.
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

  const vatOf = (t: Triple<bigint>) =>
    t.map((p) => toPence(penceToDec(p).times(vatRate))) as Triple<bigint>;

  if (requestedBy === 'operator') {
    // 001 §4.8: the lower of the two charges. Anything the customer asked for on top inside
    // the Enhanced Scheme (beyond-minimum at their request, Exception 2) they pay in full,
    // with its O&M, on top of that lower charge (001 §4.13–4.14, §4.23).
    const extras = zero3();
    for (const l of enhanced.lines) {
      if (l.rule !== 'beyond-minimum-customer' && l.rule !== 'exception-2') continue;
      SCENARIOS.forEach((sc, s) => {
        extras[s]! += moneyToPence(l.customer[sc]) + moneyToPence(l.om[sc]);
      });
    }
    const enhBase = [0, 1, 2].map((s) => enhEx[s]! - extras[s]!) as Triple<bigint>;
    const charged = [0, 1, 2].map((s) =>
      enhBase[s]! < minEx[s]! ? 'enhanced' : 'minimum',
    ) as Triple<'minimum' | 'enhanced'>;
    const lower = [0, 1, 2].map((s) =>
      enhBase[s]! < minEx[s]! ? enhBase[s]! : minEx[s]!,
    ) as Triple<bigint>;
    const payEx = [0, 1, 2].map((s) => lower[s]! + extras[s]!) as Triple<bigint>;
    const payVat = vatOf(payEx);
    const payable: PayableFigure = {
      exVat: range(payEx),
      vat: range(payVat),
      incVat: range([0, 1, 2].map((s) => payEx[s]! + payVat[s]!) as Triple<bigint>),
    };
    const explanation: Explanation[] = [
      {
        text: "The operator chose the Enhanced Scheme, so you pay the lower of the Enhanced and Minimum Schemes' charges.",
        formula: `min(${formatMoney(enhBase[1])}, ${formatMoney(minEx[1])}) = ${formatMoney(lower[1])}`,
        citation: c.enhancedOperator,
      },
    ];
    if (extras.some((e) => e !== 0n)) {
      explanation.push({
        text: 'What you asked for on top in the Enhanced Scheme is paid in full, with its O&M, on top of that charge.',
        formula: `${formatMoney(lower[1])} + ${formatMoney(extras[1])} = ${formatMoney(payEx[1])}`,
        citation: c.beyondMinimumCustomer,
      });
    }
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
      explanation,
    };
  }

  // 001 §4.13–4.14, §4.23: the Minimum Scheme's charge, plus the Enhanced Scheme's extra
  // capital cost in full, plus O&M on that extra. It never depends on how each extra line is
  // tagged, and is never less than the Minimum Scheme's charge.
  const omFull = excessCap.map((e) => toPence(penceToDec(e).times(ctx.omFactor))) as Triple<bigint>;
  const excessOm = omFull;
  const payEx = [0, 1, 2].map((s) => minEx[s]! + excessCap[s]! + omFull[s]!) as Triple<bigint>;
  const payVat = vatOf(payEx);
  const payInc = [0, 1, 2].map((s) => payEx[s]! + payVat[s]!) as Triple<bigint>;
  const explanation: Explanation[] = [
    {
      text: "You asked for the Enhanced Scheme: you pay the Minimum Scheme's charge plus the extra capital cost in full.",
      formula: `extra capital cost ${formatMoney(enhCap[1])} − ${formatMoney(minCap[1])} = ${formatMoney(excessCap[1])}`,
      citation: c.enhancedCustomer,
    },
    {
      text: 'Capitalised O&M on the extra capital cost.',
      formula: describeOm(ctx.om, formatMoney(excessCap[1]), formatMoney(omFull[1])),
      citation: ctx.om.citation || c.om,
    },
    {
      text: "Your charge: the Minimum Scheme's charge, the extra capital cost and its O&M.",
      formula: `${formatMoney(minEx[1])} + ${formatMoney(excessCap[1])} + ${formatMoney(omFull[1])} = ${formatMoney(payEx[1])}`,
      citation: c.enhancedCustomer,
    },
  ];
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
