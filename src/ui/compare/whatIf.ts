/**
 * What-if: change the Required Capacity or the quantity (length) of one line and recompute
 * with the engine — always on a copy, so the draft is never touched until the user applies
 * the change. Pure apart from the engine call it is given.
 */
import Decimal from 'decimal.js';
import { computeEstimate } from '../../engine';
import type {
  ConnectionInput,
  EstimateInput,
  EstimateOutcome,
  EstimateResult,
  RuleParameters,
} from '../../engine/types';
import { formatDecimal, formatMoney } from '../../format/money';
import { parseTypedNumber } from '../../format/typedNumber';

export type WhatIfScheme = 'minimum' | 'enhanced';

export interface WhatIfChange {
  /** New Required Capacity, kVA; null or '' keeps the draft's. */
  capacityKva?: string | null;
  /** New quantity for one line; null keeps the draft's. */
  line?: { scheme: WhatIfScheme; lineId: string; quantity: string } | null;
}

export interface WhatIfLineChoice {
  scheme: WhatIfScheme;
  lineId: string;
  description: string;
  quantity: string;
  unit: string;
  /** Priced by length (m, km): the lines a what-if on "length" is for. */
  isLength: boolean;
  /** Plain label for a picker, e.g. "Minimum: LV main (50 m)". */
  label: string;
}

export type WhatIfRun =
  | { ok: true; input: EstimateInput; result: EstimateResult; sentence: string }
  | { ok: false; input: EstimateInput | null; messages: string[] };

// What-if boxes read typed numbers as the draft's own boxes do ("1,000", "300 kVA").
const readCapacity = (text: string) => parseTypedNumber(text, 'the capacity', 'kVA');
const readQuantity = (text: string) => parseTypedNumber(text, 'the quantity');
const LENGTH_UNITS = new Set(['m', 'km', 'metre', 'metres', 'meter', 'meters']);
const CABLE_WORDS = /cable|main|feeder|line|circuit|overhead/i;

/** The field that holds the Required Capacity: export for generation and storage. */
export function capacityField(
  connection: ConnectionInput,
): 'importCapacityKva' | 'exportCapacityKva' {
  return connection.type === 'demand' ? 'importCapacityKva' : 'exportCapacityKva';
}

export function currentCapacity(input: EstimateInput): string {
  return input.connection[capacityField(input.connection)] ?? '';
}

/** Lines a what-if can vary: those priced by length first, then cable or main lines. */
export function whatIfLineChoices(input: EstimateInput): WhatIfLineChoice[] {
  const out: WhatIfLineChoice[] = [];
  const schemes: [WhatIfScheme, EstimateInput['schemes']['minimum'] | null | undefined][] = [
    ['minimum', input.schemes.minimum],
    ['enhanced', input.schemes.enhanced],
  ];
  for (const [key, scheme] of schemes) {
    for (const line of scheme?.lines ?? []) {
      const isLength = LENGTH_UNITS.has(line.unit.trim().toLowerCase());
      if (!isLength && !CABLE_WORDS.test(line.description)) continue;
      if (line.kind === 'fee') continue;
      out.push({
        scheme: key,
        lineId: line.id,
        description: line.description,
        quantity: line.quantity,
        unit: line.unit,
        isLength,
        label: `${key === 'minimum' ? 'Minimum' : 'Enhanced'}: ${line.description} (${line.quantity} ${line.unit})`,
      });
    }
  }
  return out.sort((a, b) => Number(b.isLength) - Number(a.isLength));
}

/** Plain-words problems with a what-if change, before anything is computed. */
export function whatIfProblems(input: EstimateInput, change: WhatIfChange): string[] {
  const problems: string[] = [];
  const cap = change.capacityKva?.trim() ?? '';
  const capRead = readCapacity(cap);
  if (cap !== '' && (!capRead.ok || new Decimal(capRead.value).isZero())) {
    problems.push(`The capacity “${cap}” is not a number of kVA above zero.`);
  }
  if (change.line) {
    const q = change.line.quantity.trim();
    if (!readQuantity(q).ok) problems.push(`The quantity “${q}” is not a number of zero or more.`);
    const scheme = input.schemes[change.line.scheme];
    if (!scheme?.lines.some((l) => l.id === change.line?.lineId)) {
      problems.push('The line chosen for the what-if is no longer in the estimate.');
    }
  }
  return problems;
}

/** A deep copy of the inputs with the change made. The original is never modified. */
export function applyWhatIf(input: EstimateInput, change: WhatIfChange): EstimateInput {
  // JSON-safe plain data (the caller hands in a snapshot, not a proxy).
  const copy = structuredClone(input);
  const cap = readCapacity(change.capacityKva ?? '');
  if (cap.ok) copy.connection[capacityField(copy.connection)] = cap.value;
  if (change.line) {
    const line = copy.schemes[change.line.scheme]?.lines.find((l) => l.id === change.line?.lineId);
    const q = readQuantity(change.line.quantity);
    if (line) line.quantity = q.ok ? q.value : change.line.quantity.trim();
  }
  return copy;
}

function cafWords(result: EstimateResult): string {
  const charged = result.comparison.chargedScheme.expected;
  const scheme =
    charged === 'enhanced' && result.schemes.enhanced
      ? result.schemes.enhanced
      : result.schemes.minimum;
  const rsns = scheme.rsns;
  if (rsns.length === 0) return 'no reinforcement would be apportioned by a CAF';
  if (rsns.length === 1) return `the CAF would be ${rsns[0]!.cafPercent}%`;
  return `the CAFs would be ${rsns.map((r) => `${r.cafPercent}% (${r.name})`).join(', ')}`;
}

/** "At 300 kVA the CAF would be 95.2% and you would pay £…". */
export function whatIfSentence(
  input: EstimateInput,
  change: WhatIfChange,
  result: EstimateResult,
): string {
  const cap = currentCapacity(input);
  const choice = change.line
    ? input.schemes[change.line.scheme]?.lines.find((l) => l.id === change.line?.lineId)
    : null;
  const linePart = choice
    ? ` with ${formatDecimal(choice.quantity)} ${choice.unit} of “${choice.description}”`
    : '';
  const pay = result.comparison.payableExVat;
  const range =
    pay.low === pay.high ? '' : ` (between ${formatMoney(pay.low)} and ${formatMoney(pay.high)})`;
  return `At ${formatDecimal(cap)} kVA${linePart} ${cafWords(result)} and you would pay ${formatMoney(pay.expected)} excluding VAT${range}.`;
}

export type ComputeFn = (input: EstimateInput, rules: RuleParameters) => EstimateOutcome;

/** Recomputes a copy of `input` with the change; never mutates `input`. */
export function runWhatIf(
  input: EstimateInput,
  rules: RuleParameters,
  change: WhatIfChange,
  compute: ComputeFn = computeEstimate,
): WhatIfRun {
  const problems = whatIfProblems(input, change);
  if (problems.length > 0) return { ok: false, input: null, messages: problems };
  const copy = applyWhatIf(input, change);
  const outcome = compute(copy, rules);
  if (!outcome.ok)
    return { ok: false, input: copy, messages: outcome.issues.map((i) => i.message) };
  return {
    ok: true,
    input: copy,
    result: outcome.result,
    sentence: whatIfSentence(copy, change, outcome.result),
  };
}
