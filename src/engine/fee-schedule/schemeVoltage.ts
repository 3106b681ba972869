/**
 * The highest voltage of a scheme's assets, including reinforcement (001 §2.32, §7.7; Part B
 * Note 1). A line's voltage is its statement row's voltage where it was priced from one, else
 * the line's own `voltage`, else its asset level's. A substation level counts at its primary
 * voltage unless the line gives the voltage it works at: "11kV circuit breaker at Primary
 * Substation B" (001 Ex 8A) is an 11 kV (HV) asset, not an EHV one, and says so in its data
 * (older files have it from their words when read: estimate-file/lineVoltageFromWords).
 */
import type { CostLineInput, PocVoltage } from '../types';
import { ASSET_LEVEL_VOLTAGE } from './classifyFees';
import type { FeeRow, FeeTable } from './types';

type Tables = { tables: readonly Pick<FeeTable, 'rows'>[] };

const ORDER: readonly PocVoltage[] = ['LV', 'HV', 'EHV', '132kV'];

type Line = Pick<CostLineInput, 'assetLevel' | 'statementItemId' | 'voltage'>;

/** A line's voltage: its statement row's, else its own `voltage`, else its asset level's. */
export function lineVoltage(line: Line, rowVoltages: Map<string, PocVoltage>): PocVoltage | null {
  const row = line.statementItemId ? rowVoltages.get(line.statementItemId) : undefined;
  return row ?? line.voltage ?? (line.assetLevel ? ASSET_LEVEL_VOLTAGE[line.assetLevel] : null);
}

export function rowVoltages(statement: Tables | null): Map<string, PocVoltage> {
  const map = new Map<string, PocVoltage>();
  for (const t of statement?.tables ?? [])
    for (const r of t.rows) if (r.factors?.voltage) map.set(r.id, r.factors.voltage);
  return map;
}

export function schemeHighestVoltage(
  pocVoltage: PocVoltage,
  lines: readonly Line[],
  statement: Tables | null,
): PocVoltage {
  const rows = rowVoltages(statement);
  let best = ORDER.indexOf(pocVoltage);
  for (const line of lines) {
    const v = lineVoltage(line, rows);
    if (v) best = Math.max(best, ORDER.indexOf(v));
  }
  return ORDER[best] ?? pocVoltage;
}

// A service "from a passing main" is not an extension of the main.
const MAINS_WORDS = /\bmains\b|\bmain cable\b|\bextension of (the )?(lv )?(main|network)|\bextend/i;

/** Whether a line extends the LV network: an LV mains cable row, or an LV extension line so described. */
export function isLvExtensionLine(
  line: Pick<CostLineInput, 'kind' | 'assetLevel' | 'description' | 'statementItemId'>,
  rows: Map<string, Pick<FeeRow, 'activity' | 'description' | 'factors'>>,
): boolean {
  if (line.kind !== 'extension') return false;
  const row = line.statementItemId ? rows.get(line.statementItemId) : undefined;
  if (row) {
    const text = `${row.activity ?? ''} ${row.description}`;
    return (row.factors?.voltage ?? 'LV') === 'LV' && /mains cable/i.test(text);
  }
  return (
    (line.assetLevel ?? 'lv-network') === 'lv-network' &&
    MAINS_WORDS.test(line.description.replace(/passing main/gi, ''))
  );
}
