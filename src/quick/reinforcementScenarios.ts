/**
 * Reinforcement as scenarios, not a guess: a customer cannot know whether the local network
 * has room, so the Quick estimate's Minimum Scheme is charged three ways through the real
 * rules of the chosen rule set (computeEstimate): with no reinforcement, with the local
 * distribution transformer replaced, and with part of the HV feeder overlaid. The costs and
 * network capacities of each are illustrative, from the statements' own worked examples and
 * tables, and are stated with each scenario.
 */
import Decimal from 'decimal.js';
import { computeEstimate } from '../engine';
import type {
  CostLineInput,
  EstimateInput,
  EstimateResult,
  LineResult,
  Money,
  Range,
  RsnInput,
} from '../engine/types';
import type { StatementFile } from '../statements/types';
import { formatMoney } from '../format/money';
import {
  ILLUSTRATIVE_COSTS as I,
  SCENARIO_NETWORK as N,
  scenarioSource,
  type IllustrativeCost,
} from './illustrativeCosts';
import { findRow, illustrativeLine } from './statementLines';

export type ScenarioId = 'none' | 'local-lv' | 'hv';

export interface ReinforcementScenario {
  id: ScenarioId;
  /** "if the local network has capacity" and the like. */
  condition: string;
  /** What the scenario assumes: works, cost source and the network capacity. */
  assumption: string | null;
  /** Null where the scenario does not apply (with the reason in `notApplicable`). */
  result: EstimateResult | null;
  notApplicable: string | null;
  /** What the customer pays, ex VAT. */
  total: Range<Money> | null;
  reinforcementCost: Range<Money> | null;
  customerShare: Range<Money> | null;
  /** The customer's share of the reinforcement (expected), percent, one decimal place. */
  sharePercent: string | null;
  /** Why that share, in plain words, with the rule's paragraph. */
  reason: string | null;
  citation: string | null;
}

const sum = (lines: LineResult[], pick: (l: LineResult) => Range<Money>): Range<Money> => {
  const out = { low: new Decimal(0), expected: new Decimal(0), high: new Decimal(0) };
  for (const l of lines)
    for (const k of ['low', 'expected', 'high'] as const) out[k] = out[k].plus(pick(l)[k]);
  return { low: out.low.toFixed(2), expected: out.expected.toFixed(2), high: out.high.toFixed(2) };
};

function reasonFor(
  result: EstimateResult,
  lines: LineResult[],
): { reason: string; citation: string } {
  const line = lines[0]!;
  const citation = line.explanation.at(-1)?.citation ?? '';
  const rsn = result.schemes.minimum.rsns[0];
  let reason: string;
  switch (line.rule) {
    case 'security-caf':
      reason = rsn
        ? `you pay the share of the new capacity you use: ${rsn.numerator} kVA of ${rsn.denominator} kVA`
        : line.ruleLabel;
      break;
    case 'one-voltage-funded':
    case 'access-scr-generation-funded':
      reason = 'the operator pays for reinforcement this far above your connection’s voltage';
      break;
    case 'access-scr-demand':
      reason =
        'since April 2023 demand customers pay only the part of reinforcement above the high-cost threshold';
      break;
    case 'small-premises-funded':
      reason = 'the operator pays reinforcement for existing small supplies';
      break;
    case 'exception-3':
      reason = 'a temporary connection pays for reinforcement in full';
      break;
    default:
      reason = line.ruleLabel;
  }
  const highCost = result.schemes.minimum.highCost;
  const citations = new Set([citation]);
  if (highCost.applies) {
    const step = highCost.explanation.at(-1);
    reason +=
      line.rule === 'access-scr-demand'
        ? step?.formula
          ? ` (${step.formula})`
          : ''
        : `, plus the part of the cost above the high-cost threshold in full${step?.formula ? ` (${step.formula})` : ''}`;
    for (const e of highCost.explanation) citations.add(e.citation);
  }
  return { reason, citation: [...citations].filter(Boolean).join('; ') };
}

function run(
  id: ScenarioId,
  condition: string,
  assumption: string | null,
  inputs: EstimateInput,
  statement: StatementFile,
  extraLines: CostLineInput[],
  rsn: RsnInput | null,
): ReinforcementScenario {
  const scenarioInputs: EstimateInput = {
    ...inputs,
    schemes: {
      ...inputs.schemes,
      minimum: {
        ...inputs.schemes.minimum,
        lines: [...inputs.schemes.minimum.lines, ...extraLines],
        rsns: rsn ? [...inputs.schemes.minimum.rsns, rsn] : inputs.schemes.minimum.rsns,
      },
    },
  };
  const outcome = computeEstimate(scenarioInputs, statement.rules);
  const empty = {
    result: null,
    total: null,
    reinforcementCost: null,
    customerShare: null,
    sharePercent: null,
    reason: null,
    citation: null,
  };
  if (!outcome.ok)
    return {
      id,
      condition,
      assumption,
      ...empty,
      notApplicable: outcome.issues.map((i) => i.message).join(' '),
    };
  const result = outcome.result;
  const ids = new Set(extraLines.map((l) => l.id));
  const added = result.schemes.minimum.lines.filter((l) => ids.has(l.lineId));
  const base = {
    id,
    condition,
    assumption,
    result,
    notApplicable: null,
    total: result.comparison.payableExVat,
  };
  if (added.length === 0)
    return {
      ...base,
      reinforcementCost: null,
      customerShare: null,
      sharePercent: null,
      reason: null,
      citation: null,
    };
  const cost = sum(added, (l) => l.cost);
  const customer = sum(added, (l) => l.customer);
  // Each line's customer share already includes any part above a high-cost threshold.
  const share = customer;
  const costExpected = new Decimal(cost.expected);
  const percent = costExpected.isZero()
    ? '0'
    : new Decimal(share.expected).dividedBy(costExpected).times(100).toDecimalPlaces(1).toString();
  return {
    ...base,
    reinforcementCost: cost,
    customerShare: share,
    sharePercent: percent,
    ...reasonFor(result, added),
  };
}

const money = (v: string): string => formatMoney(v, { penceWhenNeeded: true });

function costLines(
  statement: StatementFile,
  id: string,
  description: string,
  illustrative: IllustrativeCost[],
  spm: { base: string; quantity: string } | null,
  assetLevel: CostLineInput['assetLevel'],
): CostLineInput[] {
  const charging = { rule: 'apportioned' as const, rsnId: `${id}-rsn` };
  if (statement.citationPrefix === '002' && spm) {
    const rural = findRow(statement, `${spm.base}-rural`);
    const urban = findRow(statement, `${spm.base}-urban`);
    if (!rural.price.poa && !urban.price.poa)
      return [
        {
          id,
          description: `${description} (illustrative)`,
          statementItemId: rural.id,
          quantity: spm.quantity,
          unit: rural.unit,
          unitPrice: { kind: 'range', low: rural.price.min, high: urban.price.max, expected: null },
          contestable: false,
          kind: 'reinforcement',
          assetLevel,
          charging,
          note: `Illustrative scenario: ${rural.citation}, rows ${rural.id} (low) and ${urban.id} (high)`,
        },
      ];
  }
  return illustrative.map((cost, i) => ({
    ...illustrativeLine(cost, {
      id: i === 0 ? id : `${id}-${i}`,
      description: i === 0 ? description : 'HV jointing',
      quantity: '1',
      contestable: false,
      kind: 'reinforcement',
      assetLevel,
    }),
    charging,
  }));
}

/**
 * The Minimum Scheme's charge with no reinforcement, with the local distribution transformer
 * replaced (LV connections only) and with part of the HV feeder overlaid.
 */
export function reinforcementScenarios(
  inputs: EstimateInput,
  statement: StatementFile,
  capacityKva: string,
): ReinforcementScenario[] {
  const scenarios: ReinforcementScenario[] = [
    run('none', 'if the local network has capacity', null, inputs, statement, [], null),
  ];
  const conn = inputs.connection;
  const kva = new Decimal(capacityKva);
  const hasOwnSubstation = inputs.schemes.minimum.lines.some(
    (l) => l.assetLevel === 'hv-lv-substation',
  );
  const lvCondition = 'if the local substation’s transformer must be replaced with a bigger one';
  if (conn.pocVoltage !== 'LV' || hasOwnSubstation) {
    scenarios.push({
      id: 'local-lv',
      condition: lvCondition,
      assumption: null,
      result: null,
      notApplicable:
        conn.pocVoltage !== 'LV'
          ? 'Not applicable: an HV connection does not use the local LV network.'
          : 'Not applicable: your scheme has its own new substation.',
      total: null,
      reinforcementCost: null,
      customerShare: null,
      sharePercent: null,
      reason: null,
      citation: null,
    });
  } else {
    const size =
      N.transformerSizesKva.find((s) => kva.lessThanOrEqualTo(s)) ?? N.transformerSizesKva.at(-1)!;
    const lines = costLines(
      statement,
      'quick-reinforce-transformer',
      `Replace the local distribution transformer with a ${size} kVA one`,
      [I.transformerUpgrade],
      { base: '002-S1-LV-06', quantity: '1' },
      'hv-lv-substation',
    );
    const source =
      statement.citationPrefix === '002'
        ? '002 Schedule 1 (transformer change, rural to urban)'
        : scenarioSource(I.transformerUpgrade.source, statement);
    scenarios.push(
      run(
        'local-lv',
        lvCondition,
        `A new ${size} kVA transformer (${scenarioSource(N.transformerSource, statement)}); cost ${lines.map((l) => (l.unitPrice.kind === 'fixed' ? money(l.unitPrice.amount) : l.unitPrice.kind === 'range' ? `${money(l.unitPrice.low)}–${money(l.unitPrice.high)}` : 'on application')).join(' + ')}, illustrative (${source}).`,
        inputs,
        statement,
        lines,
        {
          id: 'quick-reinforce-transformer-rsn',
          name: 'Local distribution transformer',
          driver: 'security',
          capacity: { method: 'direct', newNetworkCapacityKva: size },
        },
      ),
    );
  }
  const hvLines = costLines(
    statement,
    'quick-reinforce-hv',
    `Overlay ${N.hvOverlayLengthKm} km of the HV feeder with a bigger cable`,
    [I.hvOverlay, I.hvOverlayJoints],
    { base: '002-S1-HV-01', quantity: N.hvOverlayLengthKm },
    'hv-network',
  );
  const hvSource =
    statement.citationPrefix === '002'
      ? '002 Schedule 1 (HV mains per km, rural to urban)'
      : scenarioSource(`${I.hvOverlay.source}; ${I.hvOverlayJoints.source}`, statement);
  scenarios.push(
    run(
      'hv',
      'if the HV feeder must be reinforced',
      `${N.hvOverlayLengthKm} km of HV cable overlaid, New Network Capacity ${Number(N.hvFeederKva).toLocaleString('en-GB')} kVA (${scenarioSource(N.hvFeederSource, statement)}); costs illustrative (${hvSource}).`,
      inputs,
      statement,
      hvLines,
      {
        id: 'quick-reinforce-hv-rsn',
        name: 'HV feeder',
        driver: 'security',
        capacity: { method: 'direct', newNetworkCapacityKva: N.hvFeederKva },
      },
    ),
  );
  return scenarios;
}
