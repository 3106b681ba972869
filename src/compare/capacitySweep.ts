/**
 * The capacity sweep: what the customer would pay at every requested capacity from 25 % to
 * 200 % of today's request, each point worked out by the real engine on a copy of the inputs,
 * with the exact capacities where the charge changes course:
 * - a Security CAF reaches 100 % (Required Capacity = New Network Capacity, 001 §4.30,
 *   002 §2.3): above it the whole reinforcement of that section is charged;
 * - the generation high-cost threshold, £200/kW of export (001 §4.17, 002 §2.5: generation
 *   connections only): below it the reinforcement above the threshold is charged in full;
 * - the Access SCR demand threshold, £/kVA (only when that reading is the chosen rule set);
 * - the largest demand normally connected at low voltage (001 §3.18), where the works would
 *   change to another voltage.
 * Pure: the engine is the only thing it calls, and the caller's inputs are never modified.
 */
import Decimal from 'decimal.js';
import { chooseRuleSet, computeEstimate, existingCapacity } from '../engine';
import type {
  ConnectionInput,
  EstimateInput,
  EstimateOutcome,
  EstimateResult,
  Money,
  Range,
  RuleParameters,
  SchemeResult,
} from '../engine/types';
import { formatDecimal, formatMoney } from '../format/money';

export type SweepCompute = (input: EstimateInput, rules: RuleParameters) => EstimateOutcome;

/** The engine without the other reading: the sweep shows only the chosen rule set's figures. */
const computeFigures: SweepCompute = (input, rules) =>
  computeEstimate(input, rules, { otherReading: false });

export interface SweepOptions {
  /** Lowest capacity, % of today's request (default 25). */
  fromPercent?: number;
  /** Highest capacity, % of today's request (default 200). */
  toPercent?: number;
  /** Evenly spaced points between them (default 50); thresholds are added on top. */
  points?: number;
  /** The engine; default computeEstimate without the other reading. */
  compute?: SweepCompute;
  /** The largest demand normally given at LV, with its paragraph (001 §3.18: 1,000 kVA). */
  lvLimit?: { kva: string; citation: string } | null;
}

export interface SweepPoint {
  /** The requested capacity in kVA (import for demand, export for generation and storage). */
  kva: string;
  /** The same capacity in the sweep's unit (kW of export where the estimate gives kW). */
  value: string;
  /** Per cent of today's request, e.g. "90". */
  percent: string;
  /** What the customer pays, excluding VAT; null where the engine cannot work it out. */
  payable: Range<Money> | null;
  chargedScheme: 'minimum' | 'enhanced' | null;
  /** Why the engine could not work this point out, in its own words. */
  problem: string | null;
}

export type SweepMarkerKind =
  'caf-full' | 'generation-threshold' | 'access-scr-threshold' | 'voltage';

export interface SweepMarker {
  kind: SweepMarkerKind;
  /** Capacity in kVA where it happens (exact where the rule gives an exact figure). */
  kva: string;
  /** The same in the sweep's unit. */
  value: string;
  /** Short label for the chart, e.g. "CAF 100 % (Transformer 500 kVA)". */
  label: string;
  /** What changes there, in plain words. */
  text: string;
  citation: string;
  /** What you pay there (expected, excluding VAT), null where it cannot be worked out. */
  payable: Money | null;
}

export interface CapacitySweep {
  unit: 'kVA' | 'kW';
  axisLabel: string;
  today: SweepPoint;
  /** Sorted by capacity: the even points, today's, 10 % less, and every marker's. */
  points: SweepPoint[];
  markers: SweepMarker[];
  /** "What if we asked for 10 % less?" answered in words. */
  tenPercentLess: { point: SweepPoint; sentence: string };
  /** The chart in words. */
  summary: string;
}

export type SweepOutcome = { ok: true; sweep: CapacitySweep } | { ok: false; message: string };

const HUNDRED = new Decimal(100);
const blank = (v: string | null | undefined): boolean => v == null || v.trim() === '';

function field(c: ConnectionInput): 'importCapacityKva' | 'exportCapacityKva' {
  return c.type === 'demand' ? 'importCapacityKva' : 'exportCapacityKva';
}

/** The sweep's axis: kW of export where the estimate gives kW (the £/kW threshold's unit), else kVA. */
function axis(input: EstimateInput): { unit: 'kVA' | 'kW'; perKva: Decimal } {
  const c = input.connection;
  if (c.type !== 'demand' && !blank(c.exportCapacityKw) && !blank(c.exportCapacityKva)) {
    const kva = new Decimal(c.exportCapacityKva!);
    if (kva.greaterThan(0))
      return { unit: 'kW', perKva: new Decimal(c.exportCapacityKw!).div(kva) };
  }
  return { unit: 'kVA', perKva: new Decimal(1) };
}

/** Capacities as plain decimals the engine reads ("270", "58.139535"), never in exponent form. */
const plain = (d: Decimal, dp = 6): string =>
  d.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed();

/**
 * A copy of the inputs at another requested capacity. Only the connection is copied: the
 * engine never mutates its input, and sharing the lines lets it reuse its per-line work.
 * For generation with kW given, the kW moves with the kVA (the same power factor).
 */
export function inputAtCapacity(input: EstimateInput, kva: string): EstimateInput {
  const c = input.connection;
  const connection: ConnectionInput = { ...c, [field(c)]: kva };
  if (c.type !== 'demand' && !blank(c.exportCapacityKw) && !blank(c.exportCapacityKva)) {
    const ratio = new Decimal(c.exportCapacityKw!).div(c.exportCapacityKva!);
    connection.exportCapacityKw = plain(new Decimal(kva).times(ratio));
  }
  return { ...input, connection };
}

/** What the customer pays at one requested capacity (kVA), worked out by the engine. */
export function chargeAtCapacity(
  input: EstimateInput,
  rules: RuleParameters,
  kva: string,
  compute: SweepCompute = computeFigures,
): SweepPoint & { result: EstimateResult | null } {
  const today = new Decimal(input.connection[field(input.connection)] ?? '0');
  const { perKva } = axis(input);
  const d = new Decimal(kva);
  const percent = today.isZero() ? '' : plain(d.div(today).times(HUNDRED), 1);
  const outcome = compute(inputAtCapacity(input, kva), rules);
  const base = { kva, value: plain(d.times(perKva), 3), percent };
  if (!outcome.ok)
    return {
      ...base,
      payable: null,
      chargedScheme: null,
      problem: outcome.issues[0]?.message ?? 'The estimate cannot be worked out here.',
      result: null,
    };
  const r = outcome.result;
  return {
    ...base,
    payable: r.comparison.payableExVat,
    chargedScheme: r.comparison.chargedScheme.expected,
    problem: null,
    result: r,
  };
}

/** Capacity (kVA requested) at which the Required Capacity (or increment) equals `target`. */
function capacityForRequired(
  c: ConnectionInput,
  target: Decimal,
  rules: RuleParameters,
): Decimal | null {
  let kva = target;
  if (c.increase) {
    const existing = existingCapacity(c.increase.existing, rules.citations.existingCapacity).kva;
    const related = blank(c.increase.relatedIncreasesKva)
      ? new Decimal(0)
      : new Decimal(c.increase.relatedIncreasesKva!);
    kva = target.plus(existing).minus(related);
  }
  // Storage: the Required Capacity is the larger of import and export, so below the import
  // the export request does not move it.
  if (c.type === 'storage' && kva.lessThan(new Decimal(c.importCapacityKva || '0'))) return null;
  return kva.greaterThan(0) ? kva : null;
}

/** Capacity (kVA of export) at which the £/kW threshold equals `pool` (001 §4.17 with §4.32). */
function capacityForGenerationThreshold(
  c: ConnectionInput,
  pool: Decimal,
  rules: RuleParameters,
  perKva: Decimal,
): Decimal | null {
  const kw = pool.div(rules.generationHighCost.thresholdPerKw);
  let kva = kw.div(perKva);
  if (c.increase) {
    const existing = existingCapacity(c.increase.existing, rules.citations.existingCapacity).kva;
    const related = blank(c.increase.relatedIncreasesKva)
      ? new Decimal(0)
      : new Decimal(c.increase.relatedIncreasesKva!);
    kva = kva.plus(existing).minus(related);
  }
  return kva.greaterThan(0) ? kva : null;
}

const SCHEME_NAMES = { minimum: 'Minimum Scheme', enhanced: 'Enhanced Scheme' } as const;

function poolOf(scheme: SchemeResult, test: (l: SchemeResult['lines'][number]) => boolean) {
  return scheme.lines.filter(test).reduce((a, l) => a.plus(l.cost.expected), new Decimal(0));
}

interface Candidate {
  kind: SweepMarkerKind;
  kva: Decimal;
  label: string;
  text: string;
  citation: string;
}

function candidates(
  input: EstimateInput,
  rules: RuleParameters,
  result: EstimateResult,
  unit: string,
  perKva: Decimal,
  lvLimit: SweepOptions['lvLimit'],
): Candidate[] {
  const c = input.connection;
  const out: Candidate[] = [];
  const fmt = (kva: Decimal) => `${formatDecimal(plain(kva.times(perKva), 1))} ${unit}`;
  const schemes = (['minimum', 'enhanced'] as const).flatMap((key) => {
    const s = result.schemes[key];
    const given = input.schemes[key];
    return s && given ? [{ key, s, given }] : [];
  });
  // The chosen rule set says what is apportioned: a £/kVA threshold for Access SCR demand.
  const ruleSet = chooseRuleSet(rules, input.applicationDate, input.ruleSetOverride).ruleSet;
  const demandThreshold = ruleSet.apportionment(rules, c);
  for (const { key, s, given } of schemes) {
    const who = result.schemes.enhanced ? ` (${SCHEME_NAMES[key]})` : '';
    // A Security CAF driven by the requested capacity reaches its 100 % cap (001 §4.30).
    for (const rsn of given.rsns) {
      if (rsn.driver !== 'security' || !blank(rsn.requiredCapacityKva)) continue;
      const res = s.rsns.find((r) => r.rsnId === rsn.id);
      if (!res) continue;
      const at = capacityForRequired(c, new Decimal(res.denominator), rules);
      if (!at) continue;
      out.push({
        kind: 'caf-full',
        kva: at,
        label: `CAF 100 %: ${rsn.name}${who}`,
        text: `At ${fmt(at)} the CAF of “${rsn.name}” reaches 100 % (the Required Capacity equals its New Network Capacity, ${formatDecimal(res.denominator)} kVA): below it you pay that share of its reinforcement, above it all of it.`,
        citation: rules.citations.securityCaf,
      });
    }
    if (c.type !== 'demand' && rules.generationHighCost.reading !== 'operator-share-capped') {
      // 001 §4.17, 002 §2.5: generation only. The pool is the apportioned reinforcement.
      const pool = poolOf(s, (l) => l.apportionment !== null && !l.isPoa);
      const at = pool.greaterThan(0)
        ? capacityForGenerationThreshold(c, pool, rules, perKva)
        : null;
      if (at) {
        const per = formatMoney(rules.generationHighCost.thresholdPerKw, { wholePounds: true });
        out.push({
          kind: 'generation-threshold',
          kva: at,
          label: `${per}/kW threshold${who}`,
          text: `At ${fmt(at)} the high-cost threshold (${per}/kW) equals the reinforcement apportioned by the CAF (${formatMoney(pool.toFixed(2))}): below it the reinforcement above ${per} for each kW is charged to you in full.`,
          citation: ruleSet.generationThresholdCitation(rules),
        });
      }
    }
    if (demandThreshold.kind === 'demand-threshold') {
      const pool = poolOf(s, (l) => l.rule === 'access-scr-demand' && !l.isPoa);
      const perKvaMoney = demandThreshold.perKva;
      const at = pool.greaterThan(0) ? capacityForRequired(c, pool.div(perKvaMoney), rules) : null;
      if (at) {
        const per = formatMoney(perKvaMoney, { wholePounds: true });
        out.push({
          kind: 'access-scr-threshold',
          kva: at,
          label: `${per}/kVA threshold${who}`,
          text: `At ${fmt(at)} the Access SCR high-cost threshold (${per}/kVA) equals the reinforcement (${formatMoney(pool.toFixed(2))}): below it you pay the reinforcement above the threshold, from there up you pay none of it.`,
          citation: demandThreshold.citation,
        });
      }
    }
  }
  if (lvLimit && c.type === 'demand' && (c.pocVoltage === 'LV' || c.pocVoltage === 'HV')) {
    const at = new Decimal(lvLimit.kva);
    out.push({
      kind: 'voltage',
      kva: at,
      label: `Normally ${c.pocVoltage === 'LV' ? 'HV' : 'LV'} ${c.pocVoltage === 'LV' ? 'above' : 'up to'} ${formatDecimal(lvLimit.kva)} kVA`,
      text:
        c.pocVoltage === 'LV'
          ? `Above ${formatDecimal(lvLimit.kva)} kVA a connection is normally given at high voltage: the works would change, and the figures above this point still price today's low-voltage scheme.`
          : `Up to ${formatDecimal(lvLimit.kva)} kVA a connection is normally given at low voltage: a smaller request could be offered at LV, with other works that this chart does not price.`,
      citation: lvLimit.citation,
    });
  }
  return out;
}

function moneyDiff(a: Money, b: Money): Decimal {
  return new Decimal(b).minus(a);
}

function tenPercentSentence(
  today: SweepPoint,
  less: SweepPoint,
  unit: string,
  markers: SweepMarker[],
): string {
  const ask = `Asking for 10 % less (${formatDecimal(less.value)} ${unit} instead of ${formatDecimal(today.value)} ${unit})`;
  if (!less.payable || !today.payable)
    return `${ask}, the estimate cannot be worked out: ${less.problem ?? today.problem ?? ''}`.trim();
  const d = moneyDiff(today.payable.expected, less.payable.expected);
  const pay = formatMoney(less.payable.expected);
  let change: string;
  if (d.isZero()) change = 'the same as today';
  else {
    const pct = new Decimal(today.payable.expected).isZero()
      ? ''
      : ` (${plain(d.abs().div(today.payable.expected).times(HUNDRED), 1)} %)`;
    change = `${formatMoney(d.abs().toFixed(2))}${pct} ${d.isNegative() ? 'less' : 'more'} than today`;
  }
  const lo = new Decimal(less.kva);
  const hi = new Decimal(today.kva);
  const passed = markers.filter((m) => {
    const k = new Decimal(m.kva);
    return k.greaterThanOrEqualTo(lo) && k.lessThan(hi);
  });
  const via =
    passed.length > 0 ? ` On the way down it passes ${passed.map((m) => m.label).join('; ')}.` : '';
  const why =
    d.greaterThan(0) && passed.some((m) => m.kind !== 'caf-full' && m.kind !== 'voltage')
      ? ' Less capacity lowers the high-cost threshold, so more of the reinforcement is charged in full.'
      : '';
  return `${ask}, you would pay ${pay} excluding VAT: ${change}.${via}${why}`;
}

/** Sweeps the requested capacity from 25 % to 200 % of today's and marks the thresholds. */
export function sweepCapacity(
  input: EstimateInput,
  rules: RuleParameters,
  options: SweepOptions = {},
): SweepOutcome {
  const compute = options.compute ?? computeFigures;
  const from = new Decimal(options.fromPercent ?? 25).div(HUNDRED);
  const to = new Decimal(options.toPercent ?? 200).div(HUNDRED);
  const n = Math.max(2, options.points ?? 50);
  const raw = input.connection[field(input.connection)];
  if (blank(raw) || !/^\d+(\.\d+)?$/.test(raw!.trim()) || new Decimal(raw!).isZero())
    return {
      ok: false,
      message: 'Enter the requested capacity to see the charge at other capacities.',
    };
  const todayKva = new Decimal(raw!.trim());
  const { unit, perKva } = axis(input);
  const todayRun = chargeAtCapacity(input, rules, plain(todayKva), compute);
  if (!todayRun.result)
    return {
      ok: false,
      message: `The estimate cannot be worked out at today's capacity: ${todayRun.problem}`,
    };
  const lowKva = todayKva.times(from);
  const highKva = todayKva.times(to);

  const cands = candidates(input, rules, todayRun.result, unit, perKva, options.lvLimit).filter(
    (m) => m.kva.greaterThanOrEqualTo(lowKva) && m.kva.lessThanOrEqualTo(highKva),
  );

  const wanted = new Map<string, Decimal>();
  const want = (d: Decimal, dp = 2) => {
    const s = plain(d, dp);
    if (!wanted.has(s)) wanted.set(s, new Decimal(s));
  };
  for (let i = 0; i < n; i++)
    want(
      lowKva.plus(
        highKva
          .minus(lowKva)
          .times(i)
          .div(n - 1),
      ),
    );
  want(todayKva, 6);
  const lessKva = todayKva.times('0.9');
  want(lessKva, 6);
  for (const m of cands) want(m.kva, 6);

  const byKva = new Map<string, SweepPoint>();
  for (const kva of wanted.keys()) {
    const { result: _r, ...p } =
      kva === todayRun.kva ? todayRun : chargeAtCapacity(input, rules, kva, compute);
    byKva.set(kva, p);
  }
  const points = [...byKva.values()].sort((a, b) => new Decimal(a.kva).comparedTo(b.kva));

  // One marker per capacity and kind (the two schemes often share a section).
  const seen = new Map<string, SweepMarker>();
  for (const m of cands) {
    const kva = plain(m.kva, 6);
    const key = `${m.kind}\u0000${kva}`;
    if (seen.has(key)) continue;
    const p = byKva.get(kva);
    seen.set(key, {
      kind: m.kind,
      kva,
      value: plain(m.kva.times(perKva), 3),
      label: m.label,
      text: m.text,
      citation: m.citation,
      payable: p?.payable?.expected ?? null,
    });
  }
  const markers = [...seen.values()].sort((a, b) => new Decimal(a.kva).comparedTo(b.kva));
  const { result: _t, ...today } = todayRun;
  const less = byKva.get(plain(lessKva, 6))!;
  const sentence = tenPercentSentence(today, less, unit, markers);

  const priced = points.filter((p) => p.payable);
  const lowest = priced.reduce<SweepPoint | null>(
    (a, p) => (!a || new Decimal(p.payable!.expected).lessThan(a.payable!.expected) ? p : a),
    null,
  );
  const highest = priced.reduce<SweepPoint | null>(
    (a, p) => (!a || new Decimal(p.payable!.expected).greaterThan(a.payable!.expected) ? p : a),
    null,
  );
  const at = (p: SweepPoint) => `${formatDecimal(plain(new Decimal(p.value), 1))} ${unit}`;
  const range = `from ${at(points[0]!)} to ${at(points.at(-1)!)}`;
  const extremes =
    lowest && highest
      ? ` The lowest is ${formatMoney(lowest.payable!.expected)} at ${at(lowest)}, the highest ${formatMoney(highest.payable!.expected)} at ${at(highest)}.`
      : '';
  const marks =
    markers.length > 0
      ? ` The charge changes course at: ${markers.map((m) => `${m.label} (${formatDecimal(plain(new Decimal(m.value), 1))} ${unit}, ${m.citation})`).join('; ')}.`
      : ' No threshold falls in this range: the charge moves smoothly with the capacity.';
  const unpriced = points.length - priced.length;
  const gaps =
    unpriced > 0
      ? ` ${unpriced} of the ${points.length} capacities cannot be worked out (${points.find((p) => p.problem)?.problem ?? ''}).`
      : '';
  const summary = `What you pay (expected prices, excluding VAT) for a requested capacity ${range}; today ${at(today)}, ${formatMoney(today.payable!.expected)}.${extremes}${marks}${gaps}`;

  return {
    ok: true,
    sweep: {
      unit,
      axisLabel:
        input.connection.type === 'demand' ? 'Requested capacity, kVA' : `Export capacity, ${unit}`,
      today,
      points,
      markers,
      tenPercentLess: { point: less, sentence },
      summary,
    },
  };
}

/**
 * The largest demand normally given at LV, where the statement in use publishes it (its
 * `lvNormalMaximumKva` parameter, 001 §3.18: "up to 1000kVA at low voltage"), with its own
 * paragraph; null for a statement that does not.
 */
export function lvLimitFor(
  parameters: { lvNormalMaximumKva?: { value: unknown; citation: string } } | null | undefined,
): { kva: string; citation: string } | null {
  const p = parameters?.lvNormalMaximumKva;
  return p && p.citation ? { kva: String(p.value), citation: p.citation } : null;
}

/** "At 270 kVA (90 % of today's request) you would pay £7,500.00 excluding VAT." */
export function sweepPointSentence(point: SweepPoint, unit: string): string {
  const at = `At ${formatDecimal(plain(new Decimal(point.value), 1))} ${unit} (${formatDecimal(point.percent)} % of today's request)`;
  if (!point.payable)
    return `${at} the estimate cannot be worked out: ${point.problem ?? ''}`.trim();
  const p = point.payable;
  const range =
    p.low === p.high ? '' : ` (between ${formatMoney(p.low)} and ${formatMoney(p.high)})`;
  return `${at} you would pay ${formatMoney(p.expected)} excluding VAT${range}.`;
}
