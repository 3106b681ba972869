import type Decimal from 'decimal.js';
import { DEFAULT_CITATIONS } from './defaultCitations';
import { EngineInputError, formatNumber, toDec } from './decimal';
import { existingCapacity } from './existingCapacity';
import type { Citations, ConnectionInput, Explanation } from './types';

export interface RequiredCapacityResult {
  kva: Decimal;
  /** The requested capacity the Required Capacity (or increment) comes from, kVA. */
  requestedKva: Decimal;
  explanation: Explanation[];
}

/**
 * The Required Capacity used as the Security CAF numerator: import kVA for demand, export kVA
 * for generation, and for storage the larger of import and export (the Maximum Capacity that
 * can be imported or exported, 001 Glossary "Maximum Capacity"); for an increase, the
 * increment over the Existing Capacity plus related increases in the previous three years
 * (001 §4.32).
 */
export function requiredCapacity(
  connection: ConnectionInput,
  citations: Citations = DEFAULT_CITATIONS,
): RequiredCapacityResult {
  const isDemand = connection.type === 'demand';
  const raw = isDemand ? connection.importCapacityKva : connection.exportCapacityKva;
  if (raw === null || raw === undefined || raw.trim() === '') {
    throw new EngineInputError(
      'connection.exportCapacity.missing',
      `A ${connection.type} connection needs its export capacity in kVA: it is the Required Capacity.`,
    );
  }
  let what = isDemand ? 'import capacity' : 'export capacity';
  let requested = toDec(raw, `The ${what}`);
  if (requested.isNegative()) {
    throw new EngineInputError('connection.capacity.negative', `The ${what} cannot be negative.`);
  }
  const citation = citations.securityCaf;
  const explanation: Explanation[] = [];
  if (connection.type === 'storage') {
    const imported = toDec(connection.importCapacityKva, 'The import capacity');
    if (imported.greaterThan(requested)) {
      explanation.push({
        text: 'Storage both imports and exports: its Required Capacity is the larger of the two, the Maximum Capacity it can import or export.',
        formula: `max(import ${formatNumber(imported)}, export ${formatNumber(requested)}) = ${formatNumber(imported)} kVA`,
        citation: citations.storageCapacity ?? '001 Glossary "Maximum Capacity"',
      });
      requested = imported;
      what = 'import capacity';
    }
  }
  if (!connection.increase) {
    explanation.push({
      text: `The Required Capacity is the requested ${what}.`,
      formula: `Required Capacity = ${formatNumber(requested)} kVA`,
      citation,
    });
    return { kva: requested, requestedKva: requested, explanation };
  }
  const existing = existingCapacity(connection.increase.existing, citations.existingCapacity);
  const increment = requested.minus(existing.kva);
  if (!increment.greaterThan(0)) {
    throw new EngineInputError(
      'increase.notIncrease',
      `This is marked as an increase, but the requested ${what} (${formatNumber(requested)} kVA) is not more than the Existing Capacity (${formatNumber(existing.kva)} kVA). Enter a larger capacity or untick "increase".`,
    );
  }
  const relatedRaw = connection.increase.relatedIncreasesKva;
  const related =
    relatedRaw === null || relatedRaw === undefined || relatedRaw.trim() === ''
      ? null
      : toDec(relatedRaw, 'Related increases in the previous three years');
  if (related?.isNegative()) {
    throw new EngineInputError(
      'increase.related.negative',
      'Related increases cannot be negative.',
    );
  }
  const kva = related ? increment.plus(related) : increment;
  explanation.push(existing.explanation, {
    text: 'For an increase, the CAF uses the increase in capacity over the Existing Capacity.',
    formula: `${formatNumber(requested)} − ${formatNumber(existing.kva)} = ${formatNumber(increment)} kVA`,
    citation: citations.capacityIncrease,
  });
  if (related && !related.isZero()) {
    explanation.push({
      text: 'Related increases in the previous three years are added.',
      formula: `${formatNumber(increment)} + ${formatNumber(related)} = ${formatNumber(kva)} kVA`,
      citation: citations.capacityIncrease,
    });
  }
  return { kva, requestedKva: requested, explanation };
}
