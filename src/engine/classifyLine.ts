import type Decimal from 'decimal.js';
import { ASSET_LEVEL_NAMES, CIRCUIT_BREAKER_CELL_VOLTAGE } from './assetLevelNames';
import { lineRecord, type LineRecord } from './lineRecord';
import type { RsnCaf } from './rsnCaf';
import type { SchemeContext } from './schemeContext';
import type {
  AppliedRule,
  CostLineInput,
  Explanation,
  LineCategory,
  OneVoltageCell,
} from './types';

/** How a line is split before any scheme-wide threshold is known. */
export type LineClass =
  | {
      kind: 'fixed';
      rule: AppliedRule;
      label: string;
      /** true: the customer pays the whole cost; false: the operator does. */
      isCustomer: boolean;
      /** Customer-requested assets beyond the minimum also carry capitalised O&M (001 §4.14). */
      hasOm: boolean;
      explanation: Explanation[];
      warning?: string;
    }
  | {
      kind: 'caf';
      rule: 'security-caf' | 'fault-level-caf' | 'highest-caf';
      label: string;
      rsnId: string;
      caf: Decimal;
      cafPercent: string;
      /** The generation high-cost threshold applies (001 §4.17, 002 §2.5). */
      isHighCost: boolean;
      explanation: Explanation[];
      warning?: string;
    }
  | {
      /** Demand under the GB Access SCR: only the excess over the high-cost threshold is paid. */
      kind: 'access-demand';
      label: string;
      explanation: Explanation[];
    };

/** The report category follows what the line is; exceptions are treated as Extension Assets (001 §4.21). */
export function lineCategory(line: CostLineInput): LineCategory {
  if (line.kind === 'fee') return 'fees';
  if (line.kind === 'land-rights') return 'land-rights';
  if (line.kind === 'pass-through' || line.charging.rule === 'pass-through') return 'pass-through';
  if (line.kind === 'reinforcement' && line.charging.rule !== 'exception') return 'reinforcement';
  return line.contestable ? 'extension-contestable' : 'extension-non-contestable';
}

/** A key naming everything about a line that its class depends on: lines with equal keys share one class. */
export function classKey(line: CostLineInput, record: LineRecord = lineRecord(line)): string {
  if (record.classKey !== undefined) return record.classKey;
  const ch = line.charging;
  const detail =
    ch.rule === 'apportioned'
      ? `${ch.rsnId}\u0001${ch.otherDriverRsnId ?? ''}`
      : ch.rule === 'exception'
        ? String(ch.exception)
        : ch.rule === 'beyond-minimum'
          ? ch.requestedBy
          : ch.rule === 'pass-through'
            ? ch.source
            : '';
  record.classKey = `${line.kind}\u0000${ch.rule}\u0000${detail}\u0000${line.assetLevel ?? ''}\u0000${line.isCircuitBreaker ? (line.circuitBreakerVoltage ?? '?') : 0}`;
  return record.classKey;
}

const fixed = (
  rule: AppliedRule,
  label: string,
  isCustomer: boolean,
  text: string,
  citation: string,
  extra: Partial<{ hasOm: boolean; explanation: Explanation[]; warning: string }> = {},
): LineClass => ({
  kind: 'fixed',
  rule,
  label,
  isCustomer,
  hasOm: extra.hasOm ?? false,
  explanation: [...(extra.explanation ?? []), { text, citation }],
  ...(extra.warning ? { warning: extra.warning } : {}),
});

/**
 * Decides which rule charges a line (docs/engine-rules.md lists each rule with its paragraph), given the scheme's CAFs. The order matters:
 * fees, land rights and pass-through first; then the rules that charge in full or not at all;
 * then, for apportioned reinforcement, operator funding (one-voltage table or the Access SCR's
 * generation table, then small premises), then temporary (Exception 3) and speculative
 * (charged in full), and last the CAF.
 */
export function classifyLine(
  line: CostLineInput,
  ctx: SchemeContext,
  rsns: ReadonlyMap<string, RsnCaf>,
): LineClass {
  const c = ctx.rules.citations;
  const ch = line.charging;
  if (line.kind === 'fee') return fixed('fee', 'Fee', true, 'Fees are paid in full.', c.fees);
  if (line.kind === 'land-rights') {
    return fixed(
      'land-rights',
      'Land rights',
      true,
      'Land rights costs are paid in full.',
      c.landRights,
    );
  }
  if (line.kind === 'pass-through' || ch.rule === 'pass-through') {
    const source = ch.rule === 'pass-through' ? ch.source : 'upstream';
    return source === 'transmission'
      ? fixed(
          'pass-through-transmission',
          'Transmission charge passed through',
          true,
          'Costs of works on the Transmission System are calculated under its methodology and passed on in full.',
          c.passThroughTransmission,
        )
      : fixed(
          'pass-through-upstream',
          'Upstream charge passed through',
          true,
          'Charges from the upstream network operator are passed on in full; the apportionment rules do not apply.',
          c.passThroughUpstream,
        );
  }
  switch (ch.rule) {
    case 'full':
      return fixed(
        'extension',
        'Extension Assets',
        true,
        'Extension Assets are charged in full.',
        c.extension,
      );
    case 'exception': {
      const texts: Record<1 | 2 | 3 | 4 | 5, string> = {
        1: "Exception 1: interconnection at the operator's request with little prospect of use in five years; treated as Extension Assets, not apportioned.",
        2: 'Exception 2: reinforcement beyond the Minimum Scheme at your request; treated as Extension Assets and paid in full.',
        3: 'Exception 3: reinforcement for a Temporary Connection; treated as Extension Assets and paid in full.',
        4: 'Exception 4: switchgear replaced only because the standard equipment has a higher fault rating; treated as Extension Assets and paid in full.',
        5: 'Exception 5: extra network length inside a development with several entry/exit points; treated as Extension Assets and paid in full.',
      };
      const key = `exception${ch.exception}` as const;
      return fixed(
        `exception-${ch.exception}`,
        `Exception ${ch.exception}`,
        true,
        texts[ch.exception],
        c[key],
      );
    }
    case 'beyond-minimum':
      return ch.requestedBy === 'customer'
        ? fixed(
            'beyond-minimum-customer',
            'Beyond the Minimum Scheme at your request',
            true,
            'Assets beyond the Minimum Scheme at your request are paid in full, with capitalised O&M on them.',
            c.beyondMinimumCustomer,
            { hasOm: true },
          )
        : fixed(
            'beyond-minimum-operator',
            "Beyond the Minimum Scheme at the operator's request",
            false,
            "Assets beyond the Minimum Scheme at the operator's request are paid by the operator.",
            c.beyondMinimumOperator,
          );
    case 'reconfiguration':
      return fixed(
        'reconfiguration',
        'Reconfiguration',
        true,
        'Reconfiguration that adds no network or fault level capacity is paid in full.',
        c.reconfiguration,
      );
    case 'switchgear-replacement':
      return fixed(
        'switchgear-replacement',
        'Switchgear replacement',
        true,
        'Switchgear replaced because it cannot be extended is paid in full (no reinforcement).',
        c.switchgearReplacement,
      );
    case 'alteration':
      return fixed(
        'alteration',
        'Alteration',
        true,
        'Alterations you ask for are paid in full.',
        c.alteration,
      );
    case 'apportioned':
      return classifyReinforcement(line, ch.rsnId, ch.otherDriverRsnId ?? null, ctx, rsns);
  }
}

function classifyReinforcement(
  line: CostLineInput,
  rsnId: string,
  otherRsnId: string | null,
  ctx: SchemeContext,
  rsns: ReadonlyMap<string, RsnCaf>,
): LineClass {
  const c = ctx.rules.citations;
  const conn = ctx.connection;
  const level = line.assetLevel!;
  const levelName = ASSET_LEVEL_NAMES[level] ?? level;
  const isDemand = conn.type === 'demand';
  const rs = ctx.ruleSet.ruleSet;
  const apportionment = rs.apportionment(ctx.rules, conn);
  let warning: string | undefined;
  let cbText: string | null = null;
  let cbCitation = '';

  if (apportionment.kind === 'table') {
    const cell: OneVoltageCell = apportionment.table[conn.pocVoltage]?.[level] ?? 'not-applicable';
    const { citation, fundedRule: rule } = apportionment;
    const where = `${levelName} with a Point of Connection at ${conn.pocVoltage}`;
    if (cell === 'funded') {
      return fixed(
        rule,
        'Funded by the operator',
        false,
        apportionment.fundedText(where),
        citation,
      );
    }
    if (cell === 'circuit-breakers-only') {
      const cellVoltage = CIRCUIT_BREAKER_CELL_VOLTAGE[level];
      const only = `only ${cellVoltage} circuit breakers are apportioned`;
      if (!line.isCircuitBreaker) {
        return fixed(
          rule,
          'Funded by the operator',
          false,
          `At ${where} ${only}; other reinforcement there is funded by the operator.`,
          citation,
        );
      }
      const voltage = line.circuitBreakerVoltage ?? null;
      if (voltage === null) {
        warning = `The circuit breaker's voltage is not given; it is taken as ${cellVoltage}, the voltage this cell apportions. Say the breaker's voltage to be sure.`;
      } else if (voltage !== cellVoltage) {
        return fixed(
          rule,
          'Funded by the operator',
          false,
          `At ${where} ${only}; this ${voltage} circuit breaker is funded by the operator.`,
          citation,
        );
      } else {
        cbText = `At ${where} ${only}; this is a ${voltage} circuit breaker, so it is apportioned.`;
        cbCitation = citation;
      }
    }
    if (cell === 'not-applicable') {
      warning = `The table gives no rule for ${where} (marked "not applicable"); the line is apportioned by its CAF. Check the asset level and Point of Connection voltage.`;
    }
  }
  if (rs.smallPremises && ctx.smallPremises?.isMet) {
    return fixed(
      'small-premises-funded',
      'Funded by the operator (small premises)',
      false,
      ctx.smallPremises.explanation.text,
      c.smallPremises,
    );
  }
  if (conn.isTemporary) {
    return fixed(
      'exception-3',
      'Exception 3 (temporary connection)',
      true,
      'Reinforcement for a Temporary Connection (up to five years) is treated as Extension Assets and paid in full.',
      c.exception3,
      warning ? { warning } : {},
    );
  }
  if (conn.isSpeculative && rs.speculative === 'reinforcement-in-full') {
    return fixed(
      'speculative',
      'Speculative development',
      true,
      'Reinforcement for a Speculative Development is charged in full.',
      c.speculative,
      warning ? { warning } : {},
    );
  }
  if (apportionment.kind === 'demand-threshold') {
    return {
      kind: 'access-demand',
      label: 'Access SCR demand (high-cost threshold)',
      explanation: [
        {
          text: 'Under the Access SCR, demand customers contribute to reinforcement only where its cost exceeds the high-cost threshold, and then pay the excess.',
          citation: apportionment.citation,
        },
      ],
    };
  }
  const isHighCost = !isDemand;
  const pre = cbText ? [{ text: cbText, citation: cbCitation }] : [];
  if (conn.isSpeculative) {
    pre.push({
      text: 'Speculative development: the reinforcement is apportioned on the Required Capacity and the Point of Connection.',
      citation: c.speculative,
    });
  }
  const own = rsns.get(rsnId)!;
  const other = otherRsnId ? (rsns.get(otherRsnId) ?? null) : null;
  if (other && rs.cafCombination === 'highest-on-same-asset') {
    const useOther = other.caf.greaterThan(own.caf);
    const top = useOther ? other : own;
    return {
      kind: 'caf',
      rule: 'highest-caf',
      label: 'Higher of the two CAFs',
      rsnId: top.result.rsnId,
      caf: top.caf,
      cafPercent: top.result.cafPercent,
      isHighCost,
      explanation: [
        ...pre,
        {
          text: `Both CAFs are worked out for this asset (${own.result.name} and ${other.result.name}); the higher applies.`,
          formula: `max(${own.result.cafPercent}%, ${other.result.cafPercent}%) = ${top.result.cafPercent}%`,
          citation: c.cafInteraction,
        },
      ],
      ...(warning ? { warning } : {}),
    };
  }
  const isSecurity = own.result.driver === 'security';
  const otherNote = other
    ? ` The ${other.result.driver === 'security' ? 'Security' : 'Fault Level'} CAF of ${other.result.name} (${other.result.cafPercent}%) is not used: this cost is charged by the driver named for it.`
    : '';
  return {
    kind: 'caf',
    rule: isSecurity ? 'security-caf' : 'fault-level-caf',
    label: isSecurity ? 'Security CAF' : 'Fault Level CAF',
    rsnId,
    caf: own.caf,
    cafPercent: own.result.cafPercent,
    isHighCost,
    explanation: [
      ...pre,
      {
        text: `Apportioned by the ${isSecurity ? 'Security' : 'Fault Level'} CAF of ${own.result.name}: each CAF applies to the costs it drives.${otherNote}`,
        formula: own.result.explanation[own.result.explanation.length - 1]?.formula,
        citation: other ? c.cafInteraction : isSecurity ? c.securityCaf : c.faultLevelCaf,
      },
    ],
    ...(warning ? { warning } : {}),
  };
}
