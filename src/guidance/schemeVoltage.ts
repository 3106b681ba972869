/**
 * The highest voltage of a scheme's assets, including reinforcement (001 §2.32, §7.7; Part B
 * Note 1). A line's voltage is its statement row's voltage where it was priced from one, else
 * its asset level's. A substation level counts at its primary voltage, except where the line
 * names the voltage it works at: "11kV circuit breaker at Primary Substation B" (001 Ex 8A)
 * is an 11 kV (HV) asset, not an EHV one.
 */
import type { AssetLevel, CostLineInput, PocVoltage } from '../engine/types';
import { ASSET_LEVEL_VOLTAGE } from '../statements/classifyFees';
import type { StatementFile } from '../statements/types';

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

export function rowVoltages(
  statement: Pick<StatementFile, 'tables'> | null,
): Map<string, PocVoltage> {
  const map = new Map<string, PocVoltage>();
  for (const t of statement?.tables ?? [])
    for (const r of t.rows) if (r.factors?.voltage) map.set(r.id, r.factors.voltage);
  return map;
}

export function schemeHighestVoltage(
  pocVoltage: PocVoltage,
  lines: readonly Line[],
  statement: Pick<StatementFile, 'tables'> | null,
): PocVoltage {
  const rows = rowVoltages(statement);
  let best = ORDER.indexOf(pocVoltage);
  for (const line of lines) {
    const v = lineVoltage(line, rows);
    if (v) best = Math.max(best, ORDER.indexOf(v));
  }
  return ORDER[best] ?? pocVoltage;
}
