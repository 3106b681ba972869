/**
 * Costs the statements price "on application" (POA), taken from the statements' own worked
 * examples so a first estimate can show them. Each is a low–high range over the examples
 * named, labelled illustrative wherever it appears: it goes into the range, never as a
 * firm price. Where a price table prints a "from" figure for the item, the high end is at
 * least that figure, so the range does not understate the table.
 *
 * The figures are 001's (Indigo Power's worked examples and Part F6): the Quick estimate
 * prices with them only under that statement. The scenario network capacities are used with
 * any statement, and under another one are labelled as not from the chosen statement
 * (`scenarioSource`).
 */

/** The statement whose worked examples the figures below come from. */
export const ILLUSTRATIVE_STATEMENT_ID = 'ipr-v1.7-2025';

/**
 * A scenario figure's source as shown: the worked example under the statement it comes from;
 * under any other, what it is without another statement's paragraphs.
 */
export function scenarioSource(source: string, statement: { id: string }): string {
  return statement.id === ILLUSTRATIVE_STATEMENT_ID
    ? source
    : 'this app’s assumption, from another operator’s published worked examples, not from the chosen statement';
}

export interface IllustrativeCost {
  low: string;
  high: string;
  /** The worked examples (and table rows) the figures come from. */
  source: string;
}

export const ILLUSTRATIVE_COSTS = {
  /** A new HV/LV substation up to 500 kVA. */
  substationSmall: {
    low: '24000',
    high: '73292',
    source:
      '001 §5 Ex 2B (315 kVA substation £24,000), Ex 2A (£60,000); 001 Part F6 prices it on application “from £73,292”',
  },
  /** A new HV/LV substation of 500–1,000 kVA. */
  substationLarge: {
    low: '17000',
    high: '149292',
    source:
      '001 §5 Ex 3A (800 kVA substation £17,000), Ex 4 (1,000 kVA £20,000), Ex 8A (3 × 800 kVA £150,000); 001 Part F6 prices it on application “from £149,292”',
  },
  /** The customer's HV switchgear with a metering circuit breaker. */
  hvSwitchgear: {
    low: '10000',
    high: '50000',
    source:
      '001 §5 Ex 5 (HV circuit breaker at the customer’s substation £10,000), Ex 7A (£25,000), Ex 12 (11 kV metering circuit breaker £50,000); 001 Part F6 prices it on application',
  },
  /** Jointing the new HV cable onto the network. */
  hvJoint: {
    low: '1400',
    high: '5000',
    source:
      '001 §5 Ex 5 (HV pole top termination £1,400), Ex 3A (HV joint £1,900), Ex 12 (joints to 11 kV network £5,000)',
  },
  /** Reinforcement scenario: the local distribution transformer replaced. */
  transformerUpgrade: {
    low: '24000',
    high: '24000',
    source:
      '001 §5 Ex 2B (a 315 kVA distribution substation as Reinforcement, £24,000); 001 Part F6 “Transformer change” is priced on application',
  },
  /** Reinforcement scenario: part of the HV feeder overlaid with a bigger cable. */
  hvOverlay: {
    low: '120000',
    high: '120000',
    source: '001 §5 Ex 4 (overlay 1,200 m of HV cable £120,000)',
  },
  hvOverlayJoints: {
    low: '4800',
    high: '4800',
    source: '001 §5 Ex 4 (HV jointing £4,800)',
  },
} as const satisfies Record<string, IllustrativeCost>;

/** Network capacities the reinforcement scenarios assume, stated on screen. */
export const SCENARIO_NETWORK = {
  /** Standard transformer sizes (001 Part F6 headings). */
  transformerSizesKva: ['315', '500', '800', '1000'],
  transformerSource:
    '001 Part F6 transformer sizes; 001 §5 Ex 2B (New Network Capacity 315 kVA, the new transformer)',
  hvFeederKva: '8000',
  hvOverlayLengthKm: '1.2',
  hvFeederSource:
    '001 §5 Ex 4 (New Network Capacity 8,000 kVA after overlaying 1,200 m of HV cable)',
} as const;
