import type { RuleSet } from './ruleSet';
import { citeOr } from './statementTable';
import { oneVoltageApportionment } from './statementTable';

/**
 * The Common Connection Charging Methodology as 001 prints it (001 §4, §6): the default for
 * a statement whose methodology is `cccm`, whatever the application date (001 §1.25, §2.15).
 */
export const cccm: RuleSet = {
  id: 'cccm',
  label: 'Common Connection Charging Methodology (the statement’s own rules)',
  kind: 'statement',
  rules: [
    { rule: 'Extension Assets are charged in full.', paragraphs: '001 §4.12' },
    {
      rule: 'Storage: the Required Capacity is the larger of import and export (the Maximum Capacity).',
      paragraphs: '001 Glossary "Maximum Capacity"',
    },
    {
      rule: 'Customer-requested Enhanced Scheme: the Minimum Scheme’s charge plus the extra capital cost in full plus O&M on it. Operator-requested: the lower of the two charges, plus what the customer asked for on top.',
      paragraphs: '001 §4.8, §4.13–4.14, §4.23',
    },
    {
      rule: 'Reinforcement is apportioned by the Security CAF (Required Capacity / New Network Capacity, max 100 %).',
      paragraphs: '001 §4.28–4.30',
    },
    {
      rule: 'Fault Level CAF = 3 × Fault Level Contribution / New Fault Level Capacity, max 100 %.',
      paragraphs: '001 §4.31',
    },
    {
      rule: 'Each CAF applies to the costs it drives: a line is charged by the CAF of the driver it names.',
      paragraphs: '001 §4.33',
    },
    {
      rule: 'For an increase, both CAFs use the increment, with related increases in the previous three years.',
      paragraphs: '001 §4.32',
    },
    {
      rule: 'Reinforcement more than one voltage level above the Point of Connection is funded by the operator, with the "circuit breakers only" cells of the table.',
      paragraphs: '001 §4.36',
    },
    {
      rule: 'Reinforcement for small existing premises (LV service ≤ 100 A/phase, whole-current metered, generation ≤ 16 A/phase, compliant equipment, single application) is funded by the operator.',
      paragraphs: '001 §4.37–4.38',
    },
    {
      rule: 'Generation: reinforcement above £200/kW is charged in full.',
      paragraphs: '001 §4.17',
    },
    {
      rule: 'Speculative developments pay reinforcement in full.',
      paragraphs: '001 §4.18, §4.51',
    },
    {
      rule: 'Temporary connections: reinforcement is treated as Extension Assets (Exception 3).',
      paragraphs: '001 §4.24',
    },
    {
      rule: 'Previous works are charged within the ECCR Prescribed Period: 5 years for connections before 6 April 2017, 10 years from then.',
      paragraphs: '001 §4.34, §4.41–4.44; Glossary "ECCR Prescribed Period"',
    },
    {
      rule: 'O&M on assets beyond the Minimum Scheme at the customer’s request: a percentage of the extra capital cost.',
      paragraphs: '001 §4.14, §6.2',
    },
  ],
  readings: [],
  unavailableReason: () => null,
  citation: (p) => p.citations.cafInteraction,
  apportionment: (p) => oneVoltageApportionment(p),
  cafCombination: 'named-driver',
  generationThresholdCitation: (p) => p.citations.generationHighCost,
  speculative: 'reinforcement-in-full',
  temporary: 'extension-assets',
  smallPremises: true,
  eccrPeriodCitation: (p) => citeOr(p, 'eccrPeriod'),
  omMethods: ['percentage'],
  cite: (p, key) => citeOr(p, key),
};
