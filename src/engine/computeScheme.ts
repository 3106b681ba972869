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
import { RecentStates } from './lineDiff';
import { internKey, lineRecord, type LineRecord } from './lineRecord';
import { previousWorks } from './previousWorks';
import { rsnCaf, type RsnCaf } from './rsnCaf';
import type { SchemeContext } from './schemeContext';
import type {
  GenerationThresholdReading,
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
  /** Interned id of everything that decides the split and its explanation. */
  tid: number;
  cls: LineClass;
  /** 'full' / 'none' for fixed classes, else the customer's fraction per scenario. */
  fractions: 'full' | 'none' | Triple<Decimal>;
  /** Extra explanation of a scheme-wide threshold, shared by every line it touches. */
  thresholdText: ((cost: Decimal) => string) | null;
}

export interface LineComputed {
  result: LineResult;
  /** Index of the line's category in the scheme sums (see CATEGORY_INDEX). */
  cat: number;
  cost: Triple<bigint>;
  customer: Triple<bigint>;
  operator: Triple<bigint>;
  om: Triple<bigint>;
  /**
   * The same whole-pence amounts as plain integers, for fast exact sums while every amount and
   * every total stays within Number.MAX_SAFE_INTEGER pence (about £90 trillion); null otherwise.
   */
  fast: { cost: number[]; customer: number[]; operator: number[]; om: number[] } | null;
}

const MEMO_PER_LINE = 4;

const CATEGORY_INDEX: Record<LineResult['category'], number> = {
  'extension-contestable': 0,
  'extension-non-contestable': 1,
  reinforcement: 2,
  'pass-through': 3,
  fees: 4,
  'land-rights': 5,
};
// Offsets (× 3 scenarios) of the other sums after the six category sums of customer money.
const OM = 6;
const OPERATOR = 7;
const REINFORCEMENT_OPERATOR = 8;
const CAPITAL = 9;
const SLOTS = 10;

const toFast = (t: Triple<bigint>): number[] | null => {
  const n = t.map(Number);
  return n.every(Number.isSafeInteger) ? n : null;
};

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
  // Built only when read ("Why?", the PDF, the CLI, an export): most lines of a long
  // estimate are never asked, and the words cost more than the sums.
  const explain = (): Explanation[] => {
    const explanation: Explanation[] = [
      {
        text: cost.isPoa
          ? 'Price on application: this line is excluded from the totals and listed separately.'
          : 'Cost of the line.',
        formula: cost.formula(),
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
      const apportionment = ctx.ruleSet.ruleSet.apportionment(ctx.rules, ctx.connection);
      explanation.push({
        text: 'Your share after the high-cost threshold.',
        formula: `${t.thresholdText(cost.exact[1])} = ${custText}`,
        citation:
          apportionment.kind === 'demand-threshold'
            ? apportionment.citation
            : ctx.ruleSet.ruleSet.generationThresholdCitation(ctx.rules),
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
    return explanation;
  };
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
    explanation: [],
  };
  lazyExplanation(result, explain);
  const fc = toFast(cost.pence);
  const fcu = toFast(customer);
  const fo = toFast(operator);
  const fom = toFast(om);
  const fast = fc && fcu && fo && fom ? { cost: fc, customer: fcu, operator: fo, om: fom } : null;
  const cat = CATEGORY_INDEX[result.category];
  return { result, cat, cost: cost.pence, customer, operator, om, fast };
}

/**
 * The lines' money summed into SLOTS × 3 totals as plain integers (whole pence), or null when a
 * line or a total is beyond exact integers (then sumLines adds them up as BigInt).
 */
function fastSums(computed: readonly LineComputed[]): number[] | null {
  const acc = new Array<number>(SLOTS * 3).fill(0);
  for (const c of computed) {
    if (!c.fast) return null;
    addFast(acc, c, 1);
  }
  // All addends are non-negative whole numbers, so a safe final sum means every partial sum was exact.
  return acc.every(Number.isSafeInteger) ? acc : null;
}

/**
 * Makes `result.explanation` a property that builds its steps when first read and then keeps
 * them as a plain value. It reads as data everywhere (spread, structuredClone, JSON, equality).
 */
function lazyExplanation(result: LineResult, build: () => Explanation[]): void {
  Object.defineProperty(result, 'explanation', {
    enumerable: true,
    configurable: true,
    get(this: LineResult) {
      const value = build();
      Object.defineProperty(this, 'explanation', {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return value;
    },
    set(this: LineResult, value: Explanation[]) {
      Object.defineProperty(this, 'explanation', {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    },
  });
}

/** Sums the lines' money into SLOTS × 3 totals as exact BigInt pence. */
function sumLines(computed: readonly LineComputed[]): bigint[] {
  const big = new Array<bigint>(SLOTS * 3).fill(0n);
  for (const c of computed) {
    const base = c.cat * 3;
    for (let s = 0; s < 3; s++) {
      big[base + s]! += c.customer[s]!;
      big[OM * 3 + s]! += c.om[s]!;
      big[OPERATOR * 3 + s]! += c.operator[s]!;
      if (c.cat === 2) big[REINFORCEMENT_OPERATOR * 3 + s]! += c.operator[s]!;
      if (c.cat !== 4) big[CAPITAL * 3 + s]! += c.cost[s]!;
    }
  }
  return big;
}

function memoLine(
  line: CostLineInput,
  record: LineRecord,
  cost: LineCost,
  t: Treatment,
  ctx: SchemeContext,
): LineComputed {
  const memo = (record.memo ??= []);
  for (const entry of memo) if (entry.tid === t.tid) return entry.value as LineComputed;
  const value = computeLine(line, cost, t, ctx);
  if (memo.length >= MEMO_PER_LINE) memo.shift();
  memo.push({ tid: t.tid, value });
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

/**
 * One scheme's per-line work, kept for the last few lists of lines (see lineDiff): after an
 * edit to a few lines only those are classified, costed and split again, and the pools and
 * sums are updated by difference. Everything else a scheme's work depends on is in the
 * signature, so a change there starts afresh.
 */
interface SchemeState {
  signature: string;
  rules: SchemeContext['rules'];
  lines: CostLineInput[];
  rsns: Map<string, RsnCaf>;
  classes: Map<string, LineClass>;
  lineClasses: LineClass[];
  costs: LineCost[];
  /** The reinforcement pools of the generation and Access SCR demand thresholds (whole pence). */
  genR: Triple<bigint>;
  demandR: Triple<bigint>;
  /** Whether any line is high-cost generation reinforcement (its Decimal pool is summed afresh). */
  highCostLines: number;
  /** How many lines carry a class warning (the warnings are listed afresh when any do). */
  warningLines: number;
  /** The last results handed out (a copy) and the POA items among them. */
  results: LineResult[];
  poaItems: string[];
  /** Everything the lines' splits depend on that the threshold decides. */
  thresholdKey: string;
  treatments: Map<LineClass, Treatment>;
  computed: LineComputed[];
  /** The sums as plain integers while they are exact (see sumLines), else null. */
  fastSums: number[] | null;
  /**
   * The last scheme-wide figures and their words, kept with what they were worked out from:
   * an edit to one line changes a few totals, and the rest need not be worked out or
   * formatted again.
   */
  kept: {
    works?: { key: string; value: ReturnType<typeof previousWorks> };
    threshold?: { key: string; value: ReturnType<typeof computeThreshold>; tKey: string };
    vat?: { key: string; vat: Triple<bigint>; explanation: Explanation };
    ranges: Map<string, { pence: Triple<bigint>; range: Range<Money> }>;
  };
}

const recentSchemes = new RecentStates<SchemeState>(8);

/** Everything besides the lines that a scheme's per-line work depends on, as one string. */
function schemeSignature(scheme: SchemeInput, key: string, ctx: SchemeContext): string {
  return JSON.stringify([
    key,
    ctx.rules.statementId,
    ctx.ruleSet.id,
    ctx.connection,
    ctx.applicationDate,
    ctx.requiredKva.toString(),
    ctx.exportKw ? [ctx.exportKw.kw.toString(), ctx.exportKw.explanation] : null,
    ctx.generationReading,
    ctx.om,
    ctx.omFactor.toString(),
    ctx.smallPremises,
    scheme.rsns,
  ]);
}

function thresholdKey(f: ThresholdFactors): string {
  return JSON.stringify([f.demand.map(String), f.demandText, f.genKey, f.gen.map(Boolean)]);
}

/** Adds (by 1) or takes away (by -1) line i's cost from the threshold pools. */
function pool(state: SchemeState, i: number, by: 1 | -1): void {
  const cls = state.lineClasses[i]!;
  const pence = state.costs[i]!.pence;
  const b = BigInt(by);
  if (cls.kind === 'caf' && cls.isHighCost) {
    state.highCostLines += by;
    for (let s = 0; s < 3; s++) state.genR[s]! += b * pence[s]!;
  }
  if (cls.kind === 'access-demand') for (let s = 0; s < 3; s++) state.demandR[s]! += b * pence[s]!;
  if (hasWarning(cls)) state.warningLines += by;
}

const hasWarning = (cls: LineClass): boolean => cls.kind !== 'access-demand' && !!cls.warning;

/** Line i's class and cost, worked out (or found) afresh. */
function classifyAndCost(state: SchemeState, line: CostLineInput, i: number, ctx: SchemeContext) {
  const record = lineRecord(line);
  const k = classKey(line, record);
  let cls = state.classes.get(k);
  if (!cls) {
    cls = classifyLine(line, ctx, state.rsns);
    state.classes.set(k, cls);
  }
  state.lineClasses[i] = cls;
  state.costs[i] = lineCost(line, record);
}

/** Adds (by 1) or takes away (by -1) one line's money from the exact integer sums. */
function addFast(acc: number[], c: LineComputed, by: 1 | -1): void {
  const f = c.fast!;
  const base = c.cat * 3;
  for (let s = 0; s < 3; s++) {
    acc[base + s]! += by * f.customer[s]!;
    acc[OM * 3 + s]! += by * f.om[s]!;
    acc[OPERATOR * 3 + s]! += by * f.operator[s]!;
    if (c.cat === 2) acc[REINFORCEMENT_OPERATOR * 3 + s]! += by * f.operator[s]!;
    if (c.cat !== 4) acc[CAPITAL * 3 + s]! += by * f.cost[s]!;
  }
}

/** Computes one scheme: RSN CAFs, each line's split, thresholds, previous works and totals. */
export function computeScheme(
  scheme: SchemeInput,
  key: 'minimum' | 'enhanced',
  ctx: SchemeContext,
  vatRate: Decimal,
  warnings: ValidationIssue[],
): SchemeResult {
  const signature = schemeSignature(scheme, key, ctx);
  const found = recentSchemes.find(signature, scheme.lines);
  // The statement's rules are compared by identity too: its prices are not in the signature.
  const reuse = found && found.state.rules === ctx.rules ? found : null;
  if (found && !reuse) recentSchemes.forget(found.state);
  try {
    return computeWithState(scheme, key, ctx, vatRate, warnings, signature, reuse);
  } catch (e) {
    // A state left half-updated must not serve the next call.
    if (reuse) recentSchemes.forget(reuse.state);
    throw e;
  }
}

function computeWithState(
  scheme: SchemeInput,
  key: 'minimum' | 'enhanced',
  ctx: SchemeContext,
  vatRate: Decimal,
  warnings: ValidationIssue[],
  signature: string,
  reuse: { state: SchemeState; changed: number[] } | null,
): SchemeResult {
  let state: SchemeState;
  if (reuse) {
    state = reuse.state;
    // First pass for the changed lines only: out of the pools, classified and costed, back in.
    for (const i of reuse.changed) {
      pool(state, i, -1);
      classifyAndCost(state, scheme.lines[i]!, i, ctx);
      pool(state, i, 1);
      state.lines[i] = scheme.lines[i]!;
    }
  } else {
    const rsns = new Map<string, RsnCaf>();
    for (const rsn of scheme.rsns) rsns.set(rsn.id, rsnCaf(rsn, ctx));
    const n = scheme.lines.length;
    state = {
      signature,
      rules: ctx.rules,
      lines: scheme.lines.slice(),
      rsns,
      classes: new Map(),
      lineClasses: new Array<LineClass>(n),
      costs: new Array<LineCost>(n),
      genR: zero3(),
      demandR: zero3(),
      highCostLines: 0,
      warningLines: 0,
      results: [],
      poaItems: [],
      thresholdKey: '',
      treatments: new Map(),
      computed: new Array<LineComputed>(n),
      fastSums: null,
      kept: { ranges: new Map() },
    };
    // First pass: costs and classes (lines with equal class keys share one class).
    for (let i = 0; i < n; i++) {
      classifyAndCost(state, scheme.lines[i]!, i, ctx);
      pool(state, i, 1);
    }
  }
  const { rsns, lineClasses, costs } = state;
  // The operator's CAF share of the generation pool, for the 'operator-share-capped' reading:
  // Decimal sums, so always added up afresh in line order (never by difference).
  const genOperator: Triple<Decimal> = [ZERO, ZERO, ZERO];
  if (state.highCostLines > 0) {
    for (let i = 0; i < lineClasses.length; i++) {
      const cls = lineClasses[i]!;
      if (cls.kind !== 'caf' || !cls.isHighCost) continue;
      const exact = costs[i]!.exact;
      for (let s = 0; s < 3; s++)
        genOperator[s] = genOperator[s]!.plus(exact[s]!.times(ONE.minus(cls.caf)));
    }
  }
  if (state.warningLines > 0)
    lineClasses.forEach((cls, i) => {
      if (cls.kind !== 'access-demand' && cls.warning) {
        warnings.push({
          code: 'line.assetLevel.notApplicable',
          path: ['schemes', key, 'lines', i, 'assetLevel'],
          message: cls.warning,
        });
      }
    });

  // Scheme-wide thresholds, per scenario: the same pools give the same threshold.
  const poolsKey = [state.genR, genOperator, state.demandR].map((p) => p.join(',')).join('|');
  if (state.kept.threshold?.key !== poolsKey) {
    const value = computeThreshold(ctx, state.genR, genOperator, state.demandR);
    state.kept.threshold = { key: poolsKey, value, tKey: thresholdKey(value.factors) };
  }
  const { value: threshold, tKey } = state.kept.threshold;
  // The same threshold: every unchanged line keeps its split, and the sums change by difference.
  const isDelta = reuse !== null && tKey === state.thresholdKey;
  if (!isDelta) {
    state.treatments = new Map();
    state.thresholdKey = tKey;
  }
  const treatments = state.treatments;
  const treatmentOf = (cls: LineClass): Treatment => {
    let t = treatments.get(cls);
    if (t) return t;
    t = makeTreatment(cls, ctx, threshold.factors);
    treatments.set(cls, t);
    return t;
  };

  const computed = state.computed;
  const lineAt = (i: number) =>
    memoLine(
      scheme.lines[i]!,
      lineRecord(scheme.lines[i]!),
      costs[i]!,
      treatmentOf(lineClasses[i]!),
      ctx,
    );
  if (isDelta) {
    for (const i of reuse.changed) {
      const before = computed[i]!;
      const after = lineAt(i);
      computed[i] = after;
      if (state.fastSums && before.fast && after.fast) {
        addFast(state.fastSums, before, -1);
        addFast(state.fastSums, after, 1);
      } else state.fastSums = null;
    }
    if (state.fastSums && !state.fastSums.every(Number.isSafeInteger)) state.fastSums = null;
  } else {
    for (let i = 0; i < computed.length; i++) computed[i] = lineAt(i);
    state.fastSums = null;
  }
  // The results handed out are fresh arrays: an earlier result must never change.
  let lines: LineResult[];
  if (isDelta) {
    lines = state.results.slice();
    for (const i of reuse.changed) lines[i] = computed[i]!.result;
  } else lines = computed.map((c) => c.result);
  if (!isDelta || reuse.changed.some((i) => lines[i]!.isPoa || state.results[i]!.isPoa)) {
    state.poaItems = [];
    for (let i = 0; i < lines.length; i++)
      if (lines[i]!.isPoa) state.poaItems.push(scheme.lines[i]!.description);
  }
  state.results = lines.slice();
  const poaItems = state.poaItems.slice();
  if (!state.fastSums) state.fastSums = fastSums(computed);
  const acc = state.fastSums ? state.fastSums.map((v) => BigInt(v)) : sumLines(computed);
  const slot = (k: number): Triple<bigint> => [acc[k * 3]!, acc[k * 3 + 1]!, acc[k * 3 + 2]!];
  const rangeOf = (name: string, pence: Triple<bigint>): Range<Money> => {
    const kept = state.kept.ranges.get(name);
    if (kept && kept.pence.every((p, s) => p === pence[s])) return kept.range;
    const value = range(pence);
    state.kept.ranges.set(name, { pence, range: value });
    return value;
  };
  const sums = {
    extensionContestable: slot(CATEGORY_INDEX['extension-contestable']),
    extensionNonContestable: slot(CATEGORY_INDEX['extension-non-contestable']),
    reinforcementCustomer: slot(CATEGORY_INDEX.reinforcement),
    reinforcementOperator: slot(REINFORCEMENT_OPERATOR),
    passThrough: slot(CATEGORY_INDEX['pass-through']),
    om: slot(OM),
    fees: slot(CATEGORY_INDEX.fees),
    landRights: slot(CATEGORY_INDEX['land-rights']),
    operatorFunded: slot(OPERATOR),
    capitalCost: slot(CAPITAL),
  };

  const worksKey = JSON.stringify(scheme.previousWorks);
  if (state.kept.works?.key !== worksKey)
    state.kept.works = { key: worksKey, value: previousWorks(scheme.previousWorks, ctx) };
  const works = state.kept.works.value;
  const worksPence = works.reduce((a, w) => a + w.pence, 0n);
  const exVat = zero3();
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
  }
  const vatKey = `${exVat.join(',')}|${vatRate.toString()}`;
  if (state.kept.vat?.key !== vatKey) {
    const vat = exVat.map((v) => toPence(penceToDec(v).times(vatRate))) as Triple<bigint>;
    state.kept.vat = {
      key: vatKey,
      vat,
      explanation: {
        text: 'VAT on your charge before VAT.',
        formula: `${formatNumber(vatRate.times(100), 2)}% × ${formatMoney(exVat[1])} = ${formatMoney(vat[1])}`,
        citation: ctx.rules.citations.vat,
      },
    };
  }
  const { vat, explanation: vatExplanation } = state.kept.vat;
  const incVat = exVat.map((v, s) => v + vat[s]!) as Triple<bigint>;
  const totals: SchemeTotals = {
    extensionContestable: rangeOf('extensionContestable', sums.extensionContestable),
    extensionNonContestable: rangeOf('extensionNonContestable', sums.extensionNonContestable),
    reinforcementCustomer: rangeOf('reinforcementCustomer', sums.reinforcementCustomer),
    reinforcementOperator: rangeOf('reinforcementOperator', sums.reinforcementOperator),
    passThrough: rangeOf('passThrough', sums.passThrough),
    previousWorks: rangeOf('previousWorks', [worksPence, worksPence, worksPence]),
    om: rangeOf('om', sums.om),
    fees: rangeOf('fees', sums.fees),
    landRights: rangeOf('landRights', sums.landRights),
    customerExVat: rangeOf('customerExVat', exVat),
    vat: rangeOf('vat', vat),
    customerIncVat: rangeOf('customerIncVat', incVat),
    operatorFunded: rangeOf('operatorFunded', sums.operatorFunded),
    capitalCost: rangeOf('capitalCost', sums.capitalCost),
  };
  // Kept only once the work is done: a state whose work stopped with an error is not kept.
  recentSchemes.keep(state, reuse?.state ?? null);
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
    // Items left out of this scheme are named by computeEstimate, which left them out.
    notCounted: [],
    notCountedNote: null,
    totals,
    vatExplanation,
  };
}

interface ThresholdFactors {
  /** Generation: the customer's fraction of a line as a function of its CAF, per scenario; null below the threshold. */
  gen: Triple<((caf: Decimal) => Decimal) | null>;
  /** How the generation share is worked out, in words and numbers, for one line (expected scenario). */
  genText: ((cost: Decimal, cafPercent: string) => string) | null;
  /** Access SCR demand: the customer's fraction (R − T) / R per scenario, zero below T. */
  demand: Triple<Decimal>;
  demandText: Triple<string>;
  /** Distinguishes the generation reading and its numbers in treatment keys. */
  genKey: string;
}

function computeThreshold(
  ctx: SchemeContext,
  genR: Triple<bigint>,
  genOperator: Triple<Decimal>,
  demandR: Triple<bigint>,
): Threshold & { factors: ThresholdFactors } {
  const factors: ThresholdFactors = {
    gen: [null, null, null],
    genText: null,
    demand: [ZERO, ZERO, ZERO],
    demandText: ['', '', ''],
    genKey: '',
  };
  const excess = zero3();
  const explanation: Explanation[] = [];
  let applies = false;
  const apportionment = ctx.ruleSet.ruleSet.apportionment(ctx.rules, ctx.connection);
  if (apportionment.kind === 'demand-threshold') {
    const perKva = new D(apportionment.perKva);
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
      citation: apportionment.citation,
    });
  } else if (ctx.exportKw && genR.some((r) => r > 0n)) {
    const perKw = new D(ctx.rules.generationHighCost.thresholdPerKw);
    const T = perKw.times(ctx.exportKw.kw);
    const tPence = toPence(T);
    const reading = ctx.generationReading;
    for (let s = 0; s < 3; s++) {
      const R = penceToDec(genR[s]!);
      if (reading === 'operator-share-capped') {
        // The operator funds its CAF share only up to the threshold.
        const O = genOperator[s]!;
        if (O.greaterThan(T)) {
          applies = true;
          const k = T.div(O);
          excess[s] = toPence(O.minus(T));
          factors.gen[s] = (caf) => ONE.minus(ONE.minus(caf).times(k));
          if (s === 1)
            factors.genText = (cost, pct) =>
              `${formatMoney(cost)} − ${formatMoney(cost)} × (100% − ${pct}%) × ${formatMoney(T)} / ${formatMoney(O)}`;
        }
      } else if (genR[s]! > tPence) {
        applies = true;
        excess[s] = genR[s]! - tPence;
        const a = T.div(R);
        factors.gen[s] =
          reading === 'excess-plus-caf'
            ? (caf) => D.min(ONE, caf.plus(ONE.minus(a)))
            : (caf) => caf.times(a).plus(ONE.minus(a));
        if (s === 1)
          factors.genText =
            reading === 'excess-plus-caf'
              ? (cost, pct) =>
                  `min(${formatMoney(cost)}, ${formatMoney(cost)} × ${pct}% + ${formatMoney(cost)} × (1 − ${percentOneDp(a)}%))`
              : (cost, pct) =>
                  `${formatMoney(cost)} × ${pct}% × (${formatMoney(T)} / ${formatMoney(R)}) + ${formatMoney(cost)} × (1 − ${percentOneDp(a)}%)`;
      }
    }
    factors.genKey = `${reading}\u0000${T.toString()}\u0000${genR.join(',')}\u0000${genOperator.join(',')}`;
    const citation = ctx.ruleSet.ruleSet.generationThresholdCitation(ctx.rules);
    if (ctx.exportKw.explanation) explanation.push(ctx.exportKw.explanation);
    explanation.push({
      text: applies
        ? `Generation reinforcement above the high-cost threshold is charged in full (${GENERATION_READING_TEXT[reading]}).`
        : 'The apportionable reinforcement is within the generation high-cost threshold, so only the CAF share is charged.',
      formula: `threshold £${formatNumber(perKw)}/kW × ${formatNumber(ctx.exportKw.kw)} kW = ${formatMoney(T)}; apportionable reinforcement ${formatMoney(genR[1])}; excess ${formatMoney(excess[1])}`,
      citation,
    });
  }
  return { applies, excess, explanation, factors };
}

const GENERATION_READING_TEXT: Record<GenerationThresholdReading, string> = {
  'pro-rata-per-line':
    'reading: you pay the CAF share of each line up to the threshold and the excess in full, pro rata per line',
  'excess-plus-caf':
    'reading: you pay the CAF share of the whole reinforcement plus the excess over the threshold, at most its cost',
  'operator-share-capped':
    'reading: the operator funds its share only up to the threshold; you pay the rest',
};

function makeTreatment(cls: LineClass, ctx: SchemeContext, f: ThresholdFactors): Treatment {
  if (cls.kind === 'fixed') {
    return {
      tid: internKey(`${ctx.rules.statementId}\u0000${classKeyString(cls, ctx)}`),
      cls,
      fractions: cls.isCustomer ? 'full' : 'none',
      thresholdText: null,
    };
  }
  if (cls.kind === 'access-demand') {
    const fractions = f.demand;
    const over = fractions[1]!.greaterThan(0);
    return {
      tid: internKey(
        JSON.stringify([ctx.rules.statementId, cls, fractions.map(String), f.demandText]),
      ),
      cls,
      fractions,
      thresholdText: over ? (cost) => `${formatMoney(cost)} × ${f.demandText[1]}` : null,
    };
  }
  const fractions = f.gen.map((g) =>
    g && cls.isHighCost ? g(cls.caf) : cls.caf,
  ) as Triple<Decimal>;
  const text = f.gen[1] && cls.isHighCost ? f.genText : null;
  return {
    tid: internKey(
      JSON.stringify([
        ctx.rules.statementId,
        cls,
        fractions.map(String),
        cls.isHighCost ? f.genKey : null,
      ]),
    ),
    cls,
    fractions,
    thresholdText: text ? (cost) => text(cost, cls.cafPercent) : null,
  };
}
