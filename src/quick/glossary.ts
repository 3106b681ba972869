/**
 * The terms the Quick estimate shows, each in plain words and, where the statement defines
 * it, in the statement's own words with the paragraph (001 §8 Glossary of terms).
 */
export interface GlossaryEntry {
  term: string;
  plain: string;
  /** The statement's definition, quoted, where it has one. */
  definition?: string;
  citation?: string;
}

export const GLOSSARY = {
  kva: {
    term: 'kVA',
    plain:
      'Kilovolt-amperes: how much power a supply can carry at once. For most equipment 1 kW of power needs about 1 kVA.',
  },
  kw: {
    term: 'kW',
    plain: 'Kilowatts: the power a piece of equipment uses or a generator produces.',
  },
  lv: {
    term: 'LV',
    plain:
      'Low voltage: the 230 V (one phase) or 400 V (three phases) supply that homes and most businesses have. Normally up to 1,000 kVA (001 §3.18).',
    citation: '001 §3.18',
  },
  hv: {
    term: 'HV',
    plain:
      'High voltage: usually 11,000 V. Large sites and generators connect at HV and have their own transformer.',
    citation: '001 §2.32(c)',
  },
  phase: {
    term: 'Phases',
    plain:
      'A normal home supply has one phase (up to about 23 kVA). Three phases carry three times as much and suit larger heat pumps, fast chargers and machinery.',
  },
  fuse: {
    term: 'Main fuse',
    plain:
      'The network operator’s fuse in the sealed box where the supply cable enters the building, usually marked 60, 80 or 100 A. It sets how much your supply can carry.',
  },
  requiredCapacity: {
    term: 'Required Capacity',
    plain:
      'The capacity you ask for. On a development it allows for not every home using its peak at once; for an increase it is only the extra over what you have.',
    definition:
      'is the Maximum Capacity agreed with the Customer. In the case of multiples connections (e.g. a housing development) it may be adjusted after consideration of the effects of diversity. Where an existing Customer requests an increase in capacity then it is the increase above their Existing Capacity.',
    citation: '001 §8',
  },
  diversity: {
    term: 'After diversity',
    plain:
      'Homes do not all use their most power at the same moment, so a development needs less than the sum of every home’s own supply. The share per home is called ADMD.',
  },
  substation: {
    term: 'Substation',
    plain:
      'A transformer (with switches) that turns high voltage into the low voltage homes and businesses use. A large site may need its own.',
  },
  reinforcement: {
    term: 'Reinforcement',
    plain:
      'Making the shared network bigger so it can carry your new load, for example a bigger transformer or cable. You pay a share, worked out by the charging rules.',
    definition:
      'is defined as assets that add capacity (network or fault level) to the existing shared use Distribution System.',
    citation: '001 §8',
  },
  extension: {
    term: 'Extension Assets',
    plain:
      'The new cables and equipment that connect you to the existing network and serve only you. You pay for them in full.',
    definition:
      'are assets installed to connect a party or parties to the existing distribution network, but which exclude Reinforcement assets.',
    citation: '001 §8',
  },
  contestable: {
    term: 'Contestable work',
    plain:
      'Work an accredited contractor (an ICP) could do instead of the network operator, so you can get competing quotes.',
    definition:
      'is work that may be carried on, or in connection to, our Distribution System by an accredited ICP.',
    citation: '001 §8',
  },
  nonContestable: {
    term: 'Non-contestable work',
    plain: 'Work only the network operator can do, such as the joint onto its live network.',
    definition:
      'is work on, or in relation to a connection to, our distribution system that cannot be undertaken by an ICP and must be carried out by us or our appointed agents.',
    citation: '001 §8',
  },
  caf: {
    term: 'Your share (CAF)',
    plain:
      'The Cost Apportionment Factor: the part of a reinforcement’s cost you pay, usually your Required Capacity divided by the new capacity created (001 §4.30).',
    citation: '001 §4.30',
  },
  minimumScheme: {
    term: 'Minimum Scheme',
    plain:
      'The cheapest design that gives you the capacity you asked for. Your charge is based on it.',
    definition:
      'is the Scheme with the lowest overall capital cost (as estimated by us), solely to provide the Required Capacity.',
    citation: '001 §8',
  },
  onApplication: {
    term: 'On application',
    plain:
      'The statement gives no price for this item: the operator prices it for each job. Here it is shown with an illustrative figure from the statement’s own worked examples.',
  },
  budgetEstimate: {
    term: 'Budget estimate',
    plain: 'A first indication of the charge, not an offer: the formal quote may differ.',
    definition:
      'is an indication of the charge for providing a connection to our Distribution System. … A Budget Estimate does not constitute a formal Connection Offer and the price may differ considerably between any Budget Estimate and a formal Connection Offer.',
    citation: '001 §8',
  },
  g98: {
    term: 'G98',
    plain:
      'The industry route for small generation (up to 16 A per phase, 3.68 kW on one phase): your installer fits it and tells the network operator within 28 days.',
    citation: '001 §2.32, §8 (SSEG)',
  },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryKey = keyof typeof GLOSSARY;
