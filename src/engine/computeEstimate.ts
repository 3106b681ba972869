import { omFactor } from './capitalisedOm';
import { compareSchemes } from './compareSchemes';
import { computeScheme } from './computeScheme';
import { schemeFees } from './fee-schedule/schemeFees';
import type { FeeProject, FeeSchedule } from './fee-schedule/types';
import {
  D,
  EngineInputError,
  formatMoney,
  formatNumber,
  moneyToPence,
  parseDecimal,
} from './decimal';
import {
  notCountedNote,
  setAsideUnfinished,
  withNotCounted,
  type PartialInput,
} from './partialEstimate';
import { requiredCapacity } from './requiredCapacity';
import { chooseRuleSet, otherRuleSet, type RuleSetChoice } from './rule-sets';
import type { SchemeContext } from './schemeContext';
import { smallPremisesFunding } from './smallPremisesFunding';
import { existingCapacity } from './existingCapacity';
import {
  ECCR_DATE_READING,
  GENERATION_THRESHOLD_READING,
  MIDPOINT_READING,
  THRESHOLD_INCREMENT_READING,
} from './readings';
import type {
  EstimateInput,
  EstimateOutcome,
  EstimateResult,
  Explanation,
  ReadingUsed,
  RuleParameters,
  SchemeInput,
  ValidationIssue,
} from './types';
import { validateEstimate } from './validateEstimate';

export interface ComputeOptions {
  /**
   * Also work out the other reading (default true). A caller that computes many variants of
   * one estimate and shows only its figures (the capacity sweep) leaves it out: it halves the work.
   */
  otherReading?: boolean;
  /**
   * The statement's fee tables and the project facts, to work out each scheme's fees into
   * the result (`result.fees`). Without them the result has no fees.
   */
  fees?: { schedule: FeeSchedule; project: FeeProject } | null;
}

/**
 * Computes the budget estimate: validates the input, chooses the rule set, works out the
 * Required Capacity, each scheme's lines, thresholds and totals in the low, expected and high
 * scenarios, and the Minimum vs Enhanced comparison. Pure and deterministic: the same input
 * and rules give the same result, and nothing is read from the environment.
 */
export function computeEstimate(
  input: EstimateInput,
  rules: RuleParameters,
  options: ComputeOptions = {},
): EstimateOutcome {
  const issues = validateEstimate(input, rules);
  try {
    const withOther = options.otherReading ?? true;
    if (issues.length === 0)
      return { ok: true, result: withFees(compute(input, rules, withOther), input, options) };
    // Items that cannot be worked out yet are left out and named; the rest is worked out.
    const partial = setAsideUnfinished(input, issues);
    if (!partial || validateEstimate(partial.reduced, rules).length > 0)
      return { ok: false, issues };
    return {
      ok: true,
      result: withFees(
        withItemsSetAside(compute(partial.reduced, rules, withOther), partial),
        // The fees follow every line of the scheme, as the fees panel's do.
        input,
        options,
      ),
    };
  } catch (e) {
    // Validation should have caught every impossible input; report anything left in plain words.
    if (e instanceof EngineInputError)
      return { ok: false, issues: [{ code: e.code, path: [], message: e.message }] };
    throw e;
  }
}

/** The result with each scheme's fees, when the fee tables and project facts are given. */
function withFees(
  result: EstimateResult,
  input: EstimateInput,
  options: ComputeOptions,
): EstimateResult {
  const fees = options.fees;
  if (!fees) return result;
  const of = (scheme: SchemeInput) =>
    schemeFees(input.connection, fees.project, scheme.lines, fees.schedule);
  const enhanced = input.schemes.enhanced;
  return {
    ...result,
    fees: { minimum: of(input.schemes.minimum), enhanced: enhanced ? of(enhanced) : null },
  };
}

/** The result of the estimate without the items set aside, saying which they were and where. */
function withItemsSetAside(result: EstimateResult, partial: PartialInput): EstimateResult {
  const { notCounted, originalIndex } = partial;
  const { minimum, enhanced } = result.schemes;
  return {
    ...result,
    schemes: {
      minimum: withNotCounted(minimum, 'minimum', notCounted),
      enhanced: enhanced ? withNotCounted(enhanced, 'enhanced', notCounted) : null,
    },
    // A warning about a counted item points at that item's place in the user's estimate.
    warnings: result.warnings.map((w) => {
      const [root, scheme, list, index] = w.path;
      if (
        root !== 'schemes' ||
        (scheme !== 'minimum' && scheme !== 'enhanced') ||
        (list !== 'lines' && list !== 'rsns' && list !== 'previousWorks') ||
        typeof index !== 'number'
      )
        return w;
      const path = [...w.path];
      path[3] = originalIndex(scheme, list, index);
      return { ...w, path };
    }),
    notCounted,
    notCountedNote: notCountedNote(notCounted, true),
  };
}

function compute(
  input: EstimateInput,
  rules: RuleParameters,
  withOtherReading: boolean,
): EstimateResult {
  const ruleSet = chooseRuleSet(rules, input.applicationDate, input.ruleSetOverride);
  const result = computeWith(input, rules, ruleSet);
  const other = withOtherReading ? otherRuleSet(rules, ruleSet.ruleSet) : null;
  let otherReading: EstimateResult['otherReading'] = null;
  if (other) {
    // The same estimate under the other reading, so nobody is misled either way.
    const alt = computeWith(input, rules, {
      ...ruleSet,
      id: other.id,
      label: other.label,
      ruleSet: other,
    });
    const pay = alt.comparison.payableExVat;
    const under =
      other.kind === 'reading'
        ? 'Under the GB Access SCR rules, as this app reads them'
        : "Under the statement's own rules";
    otherReading = {
      ruleSetId: other.id,
      label: other.label,
      payableExVat: pay,
      text: `${under}: ${formatMoney(moneyToPence(pay.expected))} before VAT`,
    };
  }
  return { ...result, otherReading };
}

function computeWith(
  input: EstimateInput,
  rules: RuleParameters,
  ruleSet: RuleSetChoice,
): Omit<EstimateResult, 'otherReading'> {
  const warnings: ValidationIssue[] = [];
  const connection = input.connection;
  const required = requiredCapacity(connection, rules.citations);
  const generationReading = rules.generationHighCost.reading ?? 'pro-rata-per-line';
  const readings: ReadingUsed[] = [...ruleSet.ruleSet.readings];
  // The readings cite the chosen statement's own paragraphs.
  const cites = {
    generationHighCost: rules.citations.generationHighCost,
    capacityIncrease: rules.citations.capacityIncrease,
    previousWorks: rules.citations.previousWorks,
    eccrPeriod: ruleSet.ruleSet.eccrPeriodCitation(rules),
  };
  let exportKw: SchemeContext['exportKw'] = null;
  if (connection.type !== 'demand') {
    const given =
      connection.exportCapacityKw == null || connection.exportCapacityKw.trim() === ''
        ? null
        : parseDecimal(connection.exportCapacityKw);
    const exportKva = new D(connection.exportCapacityKva as string);
    let kw = given;
    if (!kw) {
      kw = exportKva;
      warnings.push({
        code: 'connection.exportKw.assumed',
        path: ['connection', 'exportCapacityKw'],
        message:
          'No export capacity in kW was given, so the high-cost threshold uses the export capacity in kVA (unity power factor).',
      });
    }
    let explanation: Explanation | null = null;
    if (connection.increase && exportKva.greaterThan(0)) {
      // 001 §4.17 with §4.32: the threshold is on the capacity being charged, the increase.
      // The existing export in kW is taken at the same power factor as the new export.
      const existing = existingCapacity(
        connection.increase.existing,
        rules.citations.existingCapacity,
      ).kva;
      const related = parseDecimal(connection.increase.relatedIncreasesKva ?? '') ?? new D(0);
      const chargedKva = D.max(0, exportKva.minus(existing).plus(related));
      const charged = kw.times(chargedKva).div(exportKva);
      explanation = {
        text: 'For an increase the high-cost threshold is on the increase in export, as the CAF uses the increment (existing export in kW taken at the same power factor).',
        formula: `${formatNumber(kw)} kW × ${formatNumber(chargedKva)} / ${formatNumber(exportKva)} kVA = ${formatNumber(charged)} kW`,
        citation: `${rules.citations.generationHighCost}; ${rules.citations.capacityIncrease}`,
      };
      kw = charged;
      readings.push(THRESHOLD_INCREMENT_READING(cites));
    }
    exportKw = { kw, explanation };
    readings.push(GENERATION_THRESHOLD_READING(generationReading, cites));
  }
  const om = input.omOverride ?? rules.om;
  const ctx: SchemeContext = {
    rules,
    ruleSet,
    connection,
    applicationDate: input.applicationDate,
    requiredKva: required.kva,
    exportKw,
    generationReading,
    om,
    omFactor: omFactor(om),
    smallPremises: smallPremisesFunding(connection, rules.citations.smallPremises),
  };
  const vatRate = new D(
    input.vatRate == null || input.vatRate.trim() === '' ? rules.vatRate : input.vatRate,
  );
  const minimum = computeScheme(input.schemes.minimum, 'minimum', ctx, vatRate, warnings);
  const enhanced = input.schemes.enhanced
    ? computeScheme(input.schemes.enhanced, 'enhanced', ctx, vatRate, warnings)
    : null;
  const comparison = compareSchemes(
    minimum,
    enhanced,
    input.enhancement?.requestedBy ?? null,
    ctx,
    vatRate,
  );
  if (hasRanges(input)) readings.push(MIDPOINT_READING);
  if (
    input.schemes.minimum.previousWorks.length > 0 ||
    input.schemes.enhanced?.previousWorks.length
  )
    readings.push(ECCR_DATE_READING(cites));
  return {
    ruleSet: {
      id: ruleSet.id,
      label: ruleSet.label,
      reason: ruleSet.reason,
      citation: ruleSet.citation,
    },
    requiredCapacity: { kva: required.kva.toString(), explanation: required.explanation },
    schemes: { minimum, enhanced },
    comparison,
    warnings,
    readings,
    notCounted: [],
    notCountedNote: null,
  };
}

const hasRanges = (input: EstimateInput): boolean =>
  [input.schemes.minimum, input.schemes.enhanced].some((s) =>
    s?.lines.some((l) => l.unitPrice.kind === 'range'),
  );
