import type { RuleSet } from './ruleSet';
import { citeOr } from './statementTable';
import { oneVoltageApportionment } from './statementTable';

/** SP Manweb's 2008 methodology (002 §2, Schedule 4): the default for a `spm-2008` statement. */
export const spm2008: RuleSet = {
  id: 'spm-2008',
  label: 'SP Manweb 2008 methodology (the statement’s own rules, 002 §2)',
  kind: 'statement',
  rules: [
    { rule: 'Extension (connection) assets are charged in full.', paragraphs: '002 §2.1' },
    {
      rule: 'Storage: capacity may be for importing or exporting; the Required Capacity is the larger.',
      paragraphs: '002 §2.2',
    },
    {
      rule: 'Enhanced requirements at the customer’s request: the minimum scheme’s charge plus the extra cost and its capitalised O&M. A scheme larger than the minimum at the operator’s choice: the excess is borne by the operator.',
      paragraphs: '002 §2.1(c), §2.1(e), §2.2',
    },
    {
      rule: 'Security CAF = Required Capacity / New Network Capacity (secure), max 100 %.',
      paragraphs: '002 §2.3.1',
    },
    {
      rule: 'Fault Level CAF = 3 × fault level contribution / New Equipment Fault Level Capacity, max 100 %.',
      paragraphs: '002 §2.3.2',
    },
    {
      rule: 'The security rule applies to costs driven by security; other costs of fault level reinforcement by the fault level rule. Where both CAFs are worked out for the same asset, the higher applies.',
      paragraphs: '002 §2.3; Sch 4 §4.1 Ex 5',
    },
    {
      rule: 'For an increase, the increment of capacity is used.',
      paragraphs: '002 §2.3.1',
    },
    {
      rule: 'Reinforcement up to one voltage level above the Point of Connection is apportioned; above that it is recovered through use of system.',
      paragraphs: '002 §2.3',
    },
    {
      rule: 'Generation: reinforcement above £200 per kW is charged in full.',
      paragraphs: '002 §2.5',
    },
    {
      rule: 'Speculative developments pay the extension in full; reinforcement is apportioned on the required capacity and point of connection.',
      paragraphs: '002 §2.4.2',
    },
    {
      rule: 'Previous works (second comer) are charged within a prescribed period of 5 years.',
      paragraphs: '002 §2.1(d), §2.3.3, Sch 4 §4.2',
    },
    {
      rule: 'O&M on assets above the normal level of security: an annual percentage of the asset value capitalised over the asset life at the cost of capital.',
      paragraphs: '002 §2.1(e)',
    },
    {
      rule: 'No small-premises funding (001 §4.37 has no counterpart in 002).',
      paragraphs: 'not in 002',
    },
  ],
  readings: [],
  unavailableReason: () => null,
  citation: (p) => p.citations.cafInteraction,
  apportionment: (p) => oneVoltageApportionment(p),
  cafCombination: 'highest-on-same-asset',
  generationThresholdCitation: (p) => p.citations.generationHighCost,
  speculative: 'apportioned',
  temporary: 'extension-assets',
  smallPremises: false,
  eccrPeriodCitation: (p) => citeOr(p, 'eccrPeriod'),
  omMethods: ['annuity'],
  cite: (p, key) => citeOr(p, key),
};
