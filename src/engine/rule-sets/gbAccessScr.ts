import type { RuleSet } from './ruleSet';

/**
 * This app's reading of the GB Access SCR charging rules (Ofgem's Access SCR decision,
 * DCUSA DCP406/407). Neither seed statement prints these rules, so they are never a default:
 * only an explicit choice, laid over the statement's own methodology (`base`) for every rule
 * the Access SCR does not change. The parameters (£/kVA threshold, generation table) come from
 * the statement file's `rules.accessScr`.
 */
export function gbAccessScr(base: RuleSet): RuleSet {
  return {
    ...base,
    id: 'gb-access-scr-2023',
    label: 'GB Access SCR rules, as this app reads them (not in the statement)',
    kind: 'reading',
    rules: [
      {
        rule: 'Demand: no contribution to reinforcement unless its cost exceeds the high-cost threshold (£/kVA × Required Capacity); then the excess, pro rata per line.',
        paragraphs: 'this app’s reading of the Access SCR decision (not in 001 or 002)',
      },
      {
        rule: 'Generation and storage: the CAF share only for reinforcement in the cells the statement file’s Access SCR table marks apportioned; the £200/kW threshold as in the statement.',
        paragraphs: 'this app’s reading of the Access SCR decision (not in 001 or 002)',
      },
      ...base.rules.map((r) => ({
        rule: `Otherwise as the statement: ${r.rule}`,
        paragraphs: r.paragraphs,
      })),
    ],
    readings: [
      ...base.readings,
      {
        id: 'access-scr-demand-levels',
        question:
          'Does the Access SCR demand threshold count reinforcement more than one voltage level above the Point of Connection?',
        chosen:
          'Yes: every apportioned reinforcement line counts towards the threshold; the one-voltage table is not applied to demand.',
        alternative:
          'Apply the one-voltage table first: reinforcement it funds would not count, so the threshold is reached less often and the excess is smaller.',
        source: 'not in 001 or 002; this app’s reading of the Access SCR decision',
      },
    ],
    unavailableReason: (p) =>
      p.accessScr
        ? null
        : 'This statement has no Access SCR parameters, so the GB Access SCR rule set cannot be chosen with it.',
    citation: (p) => p.citations.accessScrDemand,
    apportionment: (p, connection) => {
      const scr = p.accessScr!;
      if (connection.type === 'demand') {
        return {
          kind: 'demand-threshold',
          perKva: scr.demandHighCostThresholdPerKva,
          citation: p.citations.accessScrDemand,
        };
      }
      return {
        kind: 'table',
        table: scr.generationApportioned,
        citation: p.citations.accessScrGeneration,
        fundedRule: 'access-scr-generation-funded',
        fundedText: (where) =>
          `Under the Access SCR, generation and storage contribute only to reinforcement at the connection's voltage level; ${where} is funded by the operator.`,
      };
    },
    generationThresholdCitation: (p) =>
      `${p.citations.generationHighCost}; ${p.citations.accessScrGeneration}`,
  };
}
