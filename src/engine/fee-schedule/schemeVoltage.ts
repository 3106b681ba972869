/**
 * The highest voltage of a scheme's assets, including reinforcement (001 §2.32, §7.7; Part B
 * Note 1). A line's voltage is its statement row's voltage where it was priced from one, else
 * its asset level's. A substation level counts at its primary voltage, except where the line
 * names the voltage it works at: "11kV circuit breaker at Primary Substation B" (001 Ex 8A)
 * is an 11 kV (HV) asset, not an EHV one.
 */
import type { AssetLevel, CostLineInput, PocVoltage } from '../types';
import { ASSET_LEVEL_VOLTAGE } from './classifyFees';
import type { FeeRow, FeeTable } from './types';

type Tables = { tables: readonly Pick<FeeTable, 'rows'>[] };

const ORDER: readonly PocVoltage[] = ['LV', 'HV', 'EHV', '132kV'];
const SUBSTATIONS: ReadonlySet<AssetLevel> = new Set([
  'hv-lv-substation',
  'ehv-hv-substation',
  '132-hv-substation',
  '132-ehv-substation',
]);

/** The voltage a description names, e.g. "11kV" → HV, "33 kV" → EHV; null when none. */
export function namedVoltage(text: string): PocVoltage | null {
  const m = /\b(\d+(?:\.\d+)?)\s?kV\b/i.exec(text);
  if (!m) return null;
  const kv = Number(m[1]);
  if (kv <= 1) return 'LV';
  if (kv <= 22) return 'HV';
  if (kv <= 72) return 'EHV';
  return '132kV';
}

type Line = Pick<CostLineInput, 'assetLevel' | 'description' | 'statementItemId'>;

export function lineVoltage(line: Line, rowVoltages: Map<string, PocVoltage>): PocVoltage | null {
  const row = line.statementItemId ? rowVoltages.get(line.statementItemId) : undefined;
  if (row) return row;
  if (!line.assetLevel) return null;
  if (SUBSTATIONS.has(line.assetLevel)) {
    const named = namedVoltage(line.description);
    if (named) return named;
  }
  return ASSET_LEVEL_VOLTAGE[line.assetLevel];
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

/** "HV cable" → HV, "33kV circuit" → EHV; null when the words name no voltage. */
export function describedVoltage(description: string): PocVoltage | null {
  if (/\bEHV\b/.test(description)) return 'EHV';
  if (/\bHV\b/.test(description)) return 'HV';
  return namedVoltage(description);
}
