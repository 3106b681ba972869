/**
 * Reading the `parameters` block of a statement file (src/statements/types.ts): the figures
 * the guidance shows (QAS tolerance, offer validity, timescales, NRSWA discounts) come from
 * the statement, never from literals in the UI, so a newer statement changes them.
 */
import Decimal from 'decimal.js';
import type { StatementParameterKey } from '../statements/statementParameterKeys';
import type { StatementFile } from '../statements/types';

export interface StatementParameter {
  value: string;
  unit: string | null;
  citation: string;
}

/** A parameter as text, or null when the statement does not give it. */
export function statementParameter(
  statement: Pick<StatementFile, 'parameters'> | null | undefined,
  key: StatementParameterKey,
): StatementParameter | null {
  const p = statement?.parameters?.[key];
  if (!p) return null;
  if (typeof p.value !== 'string' && typeof p.value !== 'number') return null;
  return { value: String(p.value), unit: p.unit ?? null, citation: p.citation };
}

/** A numeric parameter as a decimal string, or null when missing or not a number. */
export function decimalParameter(
  statement: Pick<StatementFile, 'parameters'> | null | undefined,
  key: StatementParameterKey,
): StatementParameter | null {
  const p = statementParameter(statement, key);
  if (!p) return null;
  try {
    const d = new Decimal(p.value);
    return d.isFinite() ? { ...p, value: d.toString() } : null;
  } catch {
    return null;
  }
}

/** A whole-number parameter (days, months), or null. */
export function integerParameter(
  statement: Pick<StatementFile, 'parameters'> | null | undefined,
  key: StatementParameterKey,
): { value: number; unit: string | null; citation: string } | null {
  const p = decimalParameter(statement, key);
  if (!p) return null;
  const d = new Decimal(p.value);
  // Counts of days are small whole numbers: a number is safe for them (not money).
  return d.isInteger() ? { value: d.toNumber(), unit: p.unit, citation: p.citation } : null;
}
