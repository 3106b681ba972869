/**
 * The voltage an older file's line had from its words, before lines carried their voltage
 * (file version 3): the engine then counted a line at a substation at the voltage its
 * description named ("11kV circuit breaker at Primary Substation B", 001 Ex 8A, is HV), and a
 * line with neither a statement row nor an asset level at the voltage its words named ("150m
 * of HV cable"). Reading such a file gives those lines that voltage as data, so its figures
 * are unchanged; nothing else reads a description for a voltage. One correction: a
 * transformer's two voltages ("33/11 kV") now count at the higher, the highest voltage of the
 * assets installed (001 §7 Part B Note 1), where the older reading took the lower.
 */
import type { AssetLevel, PocVoltage } from '../engine/types';

const SUBSTATIONS: ReadonlySet<string> = new Set<AssetLevel>([
  'hv-lv-substation',
  'ehv-hv-substation',
  '132-hv-substation',
  '132-ehv-substation',
]);

/**
 * The voltage a figure in kV names, e.g. "11kV" → HV, "33 kV" → EHV, "33/11 kV" → EHV (a
 * transformer's higher voltage); null when none.
 */
function namedVoltage(text: string): PocVoltage | null {
  const m =
    /\b(\d+(?:\.\d+)?)(?:\s?kV)?\s?\/\s?(\d+(?:\.\d+)?)\s?kV\b|\b(\d+(?:\.\d+)?)\s?kV\b/i.exec(
      text,
    );
  if (!m) return null;
  const kv = m[3] !== undefined ? Number(m[3]) : Math.max(Number(m[1]), Number(m[2]));
  if (kv <= 1) return 'LV';
  if (kv <= 22) return 'HV';
  if (kv <= 72) return 'EHV';
  return '132kV';
}

/** "HV cable" → HV, "33kV circuit" → EHV; null when the words name no voltage. */
function describedVoltage(description: string): PocVoltage | null {
  if (/\bEHV\b/.test(description)) return 'EHV';
  if (/\bHV\b/.test(description)) return 'HV';
  return namedVoltage(description);
}

/** The voltage an older line counted at from its words; null where its words did not decide it. */
export function lineVoltageFromWords(line: {
  description?: unknown;
  assetLevel?: unknown;
  statementItemId?: unknown;
}): PocVoltage | null {
  const words = typeof line.description === 'string' ? line.description : '';
  // A line priced from a statement row has the row's voltage (its `factors.voltage`).
  if (typeof line.statementItemId === 'string' && line.statementItemId !== '') return null;
  if (typeof line.assetLevel === 'string' && line.assetLevel !== '') {
    return SUBSTATIONS.has(line.assetLevel) ? namedVoltage(words) : null;
  }
  return describedVoltage(words);
}
