import type Decimal from 'decimal.js';
import { describeOm } from './capitalisedOm';
import { classKey, classifyLine, lineCategory, type LineClass } from './classifyLine';
import {
  D,
  ONE,
  ZERO,
  formatMoney,
  formatNumber,
  penceToDec,
  penceToMoney,
  percentOneDp,
  toPence,
} from './decimal';
import { lineCost, type LineCost } from './lineCost';
import { previousWorks } from './previousWorks';
import { rsnCaf, type RsnCaf } from './rsnCaf';
import type { SchemeContext } from './schemeContext';
import type {
  CostLineInput,
  Explanation,
  LineResult,
  Money,
  Range,
  SchemeInput,
  SchemeResult,
  SchemeTotals,
  ValidationIssue,
} from './types';

type Triple<T> = [T, T, T];

/** A line's final split: the class plus the customer's fraction of the cost in each scenario. */
interface Treatment {
  key: string;
  cls: LineClass;
  /** 'full' / 'none' for fixed classes, else the customer's fraction per scenario. */
  fractions: 'full' | 'none' | Triple<Decimal>;
  /** Extra explanation of a scheme-wide threshold, shared by every line it touches. */
  thresholdText: ((cost: Decimal) => string) | null;
}

export interface LineComputed {
  result: LineResult;
  cost: Triple<bigint>;
  customer: Triple<bigint>;
  operator: Triple<bigint>;
  om: Triple<bigint>;
}

const lineMemo = new WeakMap<CostLineInput, Map<string, LineComputed>>();
const MEMO_PER_LINE = 4;

const range = (t: Triple<bigint>): Range<Money> => ({
  low: penceToMoney(t[0]),
  expected: penceToMoney(t[1]),
  high: penceToMoney(t[2]),
});
const zero3 = (): Triple<bigint> => [0n, 0n, 0n];

function costCitation(line: CostLineInput, ctx: SchemeContext): string {
  return line.statementItemId
    ? `${ctx.rules.statementId}: ${line.statementItemId}`
    : 'price entered in the estimate';
}

function computeLine(
  line: CostLineInput,
  cost: LineCost,
  t: Treatment,
  ctx: SchemeContext,
): LineComputed {
  const cls = t.cls;
  const customer = zero3();
  const operator = zero3();
  const om = zero3();
  for (let s = 0; s < 3; s++) {
    const c = cost.pence[s]!;
    let share: bigint;
    if (t.fractions === 'full') share = c;
    else if (t.fractions === 'none') share = 0n;
    else share = toPence(cost.exact[s]!.times(t.fractions[s]!));
    customer[s] = share;
    operator[s] = c - share;
    if (cls.kind === 'fixed' && cls.hasOm && c !== 0n)
      om[s] = toPence(cost.exact[s]!.times(ctx.omFactor));
  }
  const explanation: Explanation[] = [
    {
      text: cost.isPoa
        ? 'Price on application: this line is excluded from the totals and listed separately.'
        : 'Cost of the line.',
      formula: cost.formula,
      citation: costCitation(line, ctx),
    },
    ...cls.explanation,
  ];
  const costText = formatMoney(cost.pence[1]);
  const custText = formatMoney(customer[1]);
  if (t.fractions === 'full') {
    explanation.push({
      text: 'You pay the whole cost.',
      formula: `${costText} × 100% = ${custText}`,
      citation: cls.explanation[0]!.citation,
    });
  } else if (t.fractions === 'none') {
    explanation.push({
      text: 'The operator pays the whole cost; nothing is charged to you.',
      formula: `${costText} × 0% = ${custText} (operator: ${formatMoney(operator[1])})`,
      citation: cls.explanation[0]!.citation,
    });
  } else if (t.thresholdText) {
    explanation.push({
      text: 'Your share after the high-cost threshold.',
      formula: `${t.thresholdText(cost.exact[1])} = ${custText}`,
      citation: cls.explanation[cls.explanation.length - 1]!.citation,
    });
  } else if (cls.kind === 'caf') {
    explanation.push({
      text: `Your share: the cost times the CAF (the exact ratio is used, shown here to one decimal place).`,
      formula: `${costText} × ${cls.cafPercent}% = ${custText}`,
      citation: cls.explanation[0]!.citation,
    });
  } else {
    explanation.push({
      text: 'Below the Access SCR high-cost threshold you pay nothing towards this reinforcement.',
      formula: `${costText} × 0% = ${custText}`,
      citation: cls.explanation[0]!.citation,
    });
  }
  if (om[1] !== 0n || (cls.kind === 'fixed' && cls.hasOm)) {
    explanation.push({
      text: 'Capitalised operation and maintenance on assets beyond the Minimum Scheme at your request.',
      formula: describeOm(ctx.om, costText, formatMoney(om[1])),
      citation: ctx.om.citation || ctx.rules.citations.om,
    });
  }
  const apportionment =
    cls.kind === 'caf'
      ? { rsnId: cls.rsnId, caf: cls.caf.toString(), cafPercent: cls.cafPercent }
      : null;
  const result: LineResult = {
    lineId: line.id,
    description: line.description,
    category: lineCategory(line),
    contestable: line.contestable,
    isPoa: cost.isPoa,
    cost: cost.money,
    rule: cls.kind === 'access-demand' ? 'access-scr-demand' : cls.rule,
    ruleLabel: cls.label,
    apportionment,
    customer: range(customer),
    operator: range(operator),
    om: range(om),
    explanation,
  };
  return { result, cost: cost.pence, customer, operator, om };
}

function memoLine(
  line: CostLineInput,
  cost: LineCost,
  t: Treatment,
  ctx: SchemeContext,
): LineComputed {
  let entries = lineMemo.get(line);
  const hit = entries?.get(t.key);
  if (hit) return hit;
  const value = computeLine(line, cost, t, ctx);
  if (!entries) {
    entries = new Map();
    lineMemo.set(line, entries);
  } else if (entries.size >= MEMO_PER_LINE) {
    entries.delete(entries.keys().next().value as string);
  }
  entries.set(t.key, value);
  return value;
}

function classKeyString(cls: LineClass, ctx: SchemeContext): string {
  return JSON.stringify([
    cls,
    cls.kind === 'fixed' && cls.hasOm ? [ctx.omFactor.toString(), ctx.om] : null,
  ]);
}

/** The threshold adjustment of one scheme: the generation £/kW or the Access SCR demand £/kVA. */
interface Threshold {
  applies: boolean;
  excess: Triple<bigint>;
  explanation: Explanation[];
}

/** Computes one scheme: RSN CAFs, each line's split, thresholds, previous works and totals. */
export function computeScheme(
  scheme: SchemeInput,
  key: 'minimum' | 'enhanced',
  ctx: SchemeContext,
  vatRate: Decimal,
  warnings: ValidationIssue[],
): SchemeResult {
  const rsns = new Map<string, RsnCaf>();
  for (const rsn of scheme.rsns) rsns.set(rsn.id, rsnCaf(rsn, ctx));

  // 002 Sch 4 §4.1 Ex 5: the highest CAF of all the scheme's sections ("the customer will be
  // allocated the highest figure"), applied to the whole apportioned reinforcement cost.
  let highest: { rsnId: string; caf: RsnCaf } | null = null;
  if (ctx.ruleSet.cafInteraction === 'highest-caf-whole-cost') {
    for (const rsn of scheme.rsns) {
      const r = rsns.get(rsn.id)!;
      if (!highest || r.caf.greaterThan(highest.caf.caf)) highest = { rsnId: rsn.id, caf: r };
    }
  }

  // First pass: costs and classes (lines with equal class keys share one class).
  const classes = new Map<string, LineClass>();
  const lineClasses: LineClass[] = new Array(scheme.lines.length);
  const costs: LineCost[] = new Array(scheme.lines.length);
  const genR = zero3();
  const demandR = zero3();
  scheme.lines.forEach((line, i) => {
    const k = classKey(line);
    let cls = classes.get(k);
    if (!cls) {
      cls = classifyLine(line, ctx, rsns, highest);
      classes.set(k, cls);
    }
    lineClasses[i] = cls;
    const cost = lineCost(line);
    costs[i] = cost;
    if (cls.kind === 'caf' && cls.isHighCost)
      for (let s = 0; s < 3; s++) genR[s]! += cost.pence[s]!;
    if (cls.kind === 'access-demand') for (let s = 0; s < 3; s++) demandR[s]! += cost.pence[s]!;
    if (cls.kind !== 'access-demand' && cls.warning) {
      warnings.push({
        code: 'line.assetLevel.notApplicable',
        path: ['schemes', key, 'lines', i, 'assetLevel'],
        message: cls.warning,
      });
    }
  });

  // Scheme-wide thresholds, per scenario.
  const threshold = computeThreshold(ctx, genR, demandR);
  const treatments = new Map<LineClass, Treatment>();
  const treatmentOf = (cls: LineClass): Treatment => {
    let t = treatments.get(cls);
    if (t) return t;
    t = makeTreatment(cls, ctx, threshold.factors);
    treatments.set(cls, t);
    return t;
  };

  const lines: LineResult[] = new Array(scheme.lines.length);
  const sums = {
    extensionContestable: zero3(),
    extensionNonContestable: zero3(),
    reinforcementCustomer: zero3(),
    reinforcementOperator: zero3(),
    passThrough: zero3(),
    om: zero3(),
    fees: zero3(),
    landRights: zero3(),
    operatorFunded: zero3(),
    capitalCost: zero3(),
  };
  const poaItems: string[] = [];
  scheme.lines.forEach((line, i) => {
    const computed = memoLine(line, costs[i]!, treatmentOf(lineClasses[i]!), ctx);
    lines[i] = computed.result;
    if (computed.result.isPoa) poaItems.push(line.description);
    const cat = computed.result.category;
    const target =
      cat === 'extension-contestable'
        ? sums.extensionContestable
        : cat === 'extension-non-contestable'
          ? sums.extensionNonContestable
          : cat === 'reinforcement'
            ? sums.reinforcementCustomer
            : cat === 'pass-through'
              ? sums.passThrough
              : cat === 'fees'
                ? sums.fees
                : sums.landRights;
    for (let s = 0; s < 3; s++) {
      target[s]! += computed.customer[s]!;
      sums.om[s]! += computed.om[s]!;
      sums.operatorFunded[s]! += computed.operator[s]!;
      if (cat === 'reinforcement') sums.reinforcementOperator[s]! += computed.operator[s]!;
      if (cat !== 'fees') sums.capitalCost[s]! += computed.cost[s]!;
    }
  });

  const works = previousWorks(scheme.previousWorks, ctx);
  const worksPence = works.reduce((a, w) => a + w.pence, 0n);
  const exVat = zero3();
  const vat = zero3();
  const incVat = zero3();
  for (let s = 0; s < 3; s++) {
    exVat[s] =
      sums.extensionContestable[s]! +
      sums.extensionNonContestable[s]! +
      sums.reinforcementCustomer[s]! +
      sums.passThrough[s]! +
      sums.om[s]! +
      sums.fees[s]! +
      sums.landRights[s]! +
      worksPence;
    vat[s] = toPence(penceToDec(exVat[s]!).times(vatRate));
    incVat[s] = exVat[s]! + vat[s]!;
  }
  const totals: SchemeTotals = {
    extensionContestable: range(sums.extensionContestable),
    extensionNonContestable: range(sums.extensionNonContestable),
    reinforcementCustomer: range(sums.reinforcementCustomer),
    reinforcementOperator: range(sums.reinforcementOperator),
    passThrough: range(sums.passThrough),
    previousWorks: range([worksPence, worksPence, worksPence]),
    om: range(sums.om),
    fees: range(sums.fees),
    landRights: range(sums.landRights),
    customerExVat: range(exVat),
    vat: range(vat),
    customerIncVat: range(incVat),
    operatorFunded: range(sums.operatorFunded),
    capitalCost: range(sums.capitalCost),
  };
  return {
    schemeId: scheme.id,
    name: scheme.name,
    lines,
    rsns: scheme.rsns.map((r) => rsns.get(r.id)!.result),
    previousWorks: works.map((w) => w.result),
    highCost: {
      applies: threshold.applies,
      excess: range(threshold.excess),
      explanation: threshold.explanation,
    },
    poaItems,
    totals,
  };
}

interface ThresholdFactors {
  /** Generation: min(1, T/R) per scenario, or null when below the threshold. */
  gen: Triple<Decimal | null>;
  /** Access SCR demand: the customer's fraction (R − T) / R per scenario, zero below T. */
  demand: Triple<Decimal>;
  genText: Triple<string>;
  demandText: Triple<string>;
}

function computeThreshold(
  ctx: SchemeContext,
  genR: Triple<bigint>,
  demandR: Triple<bigint>,
): Threshold & { factors: ThresholdFactors } {
  const c = ctx.rules.citations;
  const factors: ThresholdFactors = {
    gen: [null, null, null],
    demand: [ZERO, ZERO, ZERO],
    genText: ['', '', ''],
    demandText: ['', '', ''],
  };
  const excess = zero3();
  const explanation: Explanation[] = [];
  let applies = false;
  const isAccessDemand =
    ctx.ruleSet.id === 'gb-access-scr-2023' && ctx.connection.type === 'demand';
  if (isAccessDemand && ctx.rules.accessScr) {
    const perKva = new D(ctx.rules.accessScr.demandHighCostThresholdPerKva);
    const T = perKva.times(ctx.requiredKva);
    const tPence = toPence(T);
    for (let s = 0; s < 3; s++) {
      const R = demandR[s]!;
      if (R > tPence) {
        applies = true;
        excess[s] = R - tPence;
        factors.demand[s] = penceToDec(R).minus(T).div(penceToDec(R));
      }
      factors.demandText[s] = `(${formatMoney(R)} − ${formatMoney(T)}) / ${formatMoney(R)}`;
    }
    explanation.push({
      text: applies
        ? 'The reinforcement exceeds the Access SCR demand high-cost threshold: you pay the excess, shared across the reinforcement lines in proportion to their cost.'
        : 'The reinforcement is within the Access SCR demand high-cost threshold, so you pay none of it.',
      formula: `threshold £${formatNumber(perKva)}/kVA × ${formatNumber(ctx.requiredKva)} kVA = ${formatMoney(T)}; reinforcement ${formatMoney(demandR[1])}; excess ${formatMoney(excess[1])}`,
      citation: c.accessScrDemand,
    });
  } else if (ctx.exportKw && genR.some((r) => r > 0n)) {
    const perKw = new D(ctx.rules.generationHighCost.thresholdPerKw);
    const T = perKw.times(ctx.exportKw);
    const tPence = toPence(T);
    for (let s = 0; s < 3; s++) {
      const R = genR[s]!;
      if (R > tPence) {
        applies = true;
        excess[s] = R - tPence;
        factors.gen[s] = T.div(penceToDec(R));
      }
      factors.genText[s] = `${formatMoney(T)} / ${formatMoney(R)}`;
    }
    const citation =
      ctx.ruleSet.id === 'gb-access-scr-2023'
        ? `${c.generationHighCost}; ${c.accessScrGeneration}`
        : c.generationHighCost;
    explanation.push({
      text: applies
        ? 'Generation reinforcement above the high-cost threshold is charged in full: you pay the CAF share of each line up to the threshold and the excess in full, pro rata per line.'
        : 'The apportionable reinforcement is within the generation high-cost threshold, so only the CAF share is charged.',
      formula: `threshold £${formatNumber(perKw)}/kW × ${formatNumber(ctx.exportKw)} kW = ${formatMoney(T)}; apportionable reinforcement ${formatMoney(genR[1])}; excess ${formatMoney(excess[1])}`,
      citation,
    });
  }
  return { applies, excess, explanation, factors };
}

function makeTreatment(cls: LineClass, ctx: SchemeContext, f: ThresholdFactors): Treatment {
  if (cls.kind === 'fixed') {
    return {
      key: classKeyString(cls, ctx),
      cls,
      fractions: cls.isCustomer ? 'full' : 'none',
      thresholdText: null,
    };
  }
  if (cls.kind === 'access-demand') {
    const fractions = f.demand;
    const over = fractions[1]!.greaterThan(0);
    return {
      key: JSON.stringify([cls, fractions.map(String), f.demandText]),
      cls,
      fractions,
      thresholdText: over ? (cost) => `${formatMoney(cost)} × ${f.demandText[1]}` : null,
    };
  }
  const fractions = f.gen.map((a) =>
    a && cls.isHighCost ? cls.caf.times(a).plus(ONE.minus(a)) : cls.caf,
  ) as Triple<Decimal>;
  const a = f.gen[1];
  return {
    key: JSON.stringify([cls, fractions.map(String), cls.isHighCost ? f.genText : null]),
    cls,
    fractions,
    thresholdText:
      a && cls.isHighCost
        ? (cost) =>
            `${formatMoney(cost)} × ${cls.cafPercent}% × (${f.genText[1]}) + ${formatMoney(cost)} × (1 − ${percentOneDp(a)}%)`
        : null,
  };
}
