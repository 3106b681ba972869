/**
 * The app's glossary: every expert term the screens show, each in plain words and, where the
 * statement defines it, in the statement's own words with the paragraph (001 §8 Glossary of
 * terms, or the paragraph that defines it). The "?" beside a term (src/ui/glossary/Term.svelte)
 * shows the entry; `pattern` is how the term appears in running text, so a test can check that
 * every term on screen has its "?".
 */
export interface GlossaryEntry {
  term: string;
  plain: string;
  /** The statement's definition, quoted, where it has one. */
  definition?: string;
  citation?: string;
  /** How the term appears in text on screen (a regular expression's source). */
  pattern?: string;
}

export const GLOSSARY = {
  kva: {
    term: 'kVA',
    pattern: '\\bkVA\\b',
    plain:
      'Kilovolt-amperes: how much power a supply can carry at once. For most equipment 1 kW of power needs about 1 kVA.',
  },
  kw: {
    term: 'kW',
    pattern: '\\bkW\\b',
    plain: 'Kilowatts: the power a piece of equipment uses or a generator produces.',
  },
  lv: {
    term: 'LV',
    pattern: '\\bLV\\b|[Ll]ow voltage',
    plain:
      'Low voltage: the 230 V (one phase) or 400 V (three phases) supply that homes and most businesses have. Normally up to 1,000 kVA (001 §3.18).',
    definition: 'not more than 1kV.',
    citation: '001 §8, §3.18',
  },
  hv: {
    term: 'HV',
    pattern: '\\bHV\\b|[Hh]igh voltage|\\b11 kV\\b',
    plain:
      'High voltage: usually 11,000 V (11 kV). Large sites and generators connect at HV and have their own transformer.',
    definition: 'more than 1kV but not more than 22kV.',
    citation: '001 §8',
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
    pattern: 'Required Capacity',
    plain:
      'The capacity you ask for. On a development it allows for not every home using its peak at once; for an increase it is only the extra over what you have.',
    definition:
      'is the Maximum Capacity agreed with the Customer. In the case of multiples connections (e.g. a housing development) it may be adjusted after consideration of the effects of diversity. Where an existing Customer requests an increase in capacity then it is the increase above their Existing Capacity.',
    citation: '001 §8',
  },
  diversity: {
    term: 'After diversity',
    pattern: '[Dd]iversity|\\bADMD\\b',
    plain:
      'Homes do not all use their most power at the same moment, so a development needs less than the sum of every home’s own supply. The share per home is called ADMD.',
  },
  substation: {
    term: 'Substation',
    pattern: '[Ss]ubstation',
    plain:
      'A transformer (with switches) that turns high voltage into the low voltage homes and businesses use. A large site may need its own.',
  },
  reinforcement: {
    term: 'Reinforcement',
    pattern: '[Rr]einforce',
    plain:
      'Making the shared network bigger so it can carry your new load, for example a bigger transformer or cable. You pay a share, worked out by the charging rules.',
    definition:
      'is defined as assets that add capacity (network or fault level) to the existing shared use Distribution System.',
    citation: '001 §8',
  },
  extension: {
    term: 'Extension Assets',
    pattern: 'Extension Assets?|\\b[Ee]xtension\\b',
    plain:
      'The new cables and equipment that connect you to the existing network and serve only you. You pay for them in full.',
    definition:
      'are assets installed to connect a party or parties to the existing distribution network, but which exclude Reinforcement assets.',
    citation: '001 §8',
  },
  contestable: {
    term: 'Contestable work',
    pattern: '(?<![Nn]on-)\\b[Cc]ontestable',
    plain:
      'Work an accredited contractor (an ICP) could do instead of the network operator, so you can get competing quotes.',
    definition:
      'is work that may be carried on, or in connection to, our Distribution System by an accredited ICP.',
    citation: '001 §8',
  },
  nonContestable: {
    term: 'Non-contestable work',
    pattern: '[Nn]on-contestable',
    plain: 'Work only the network operator can do, such as the joint onto its live network.',
    definition:
      'is work on, or in relation to a connection to, our distribution system that cannot be undertaken by an ICP and must be carried out by us or our appointed agents.',
    citation: '001 §8',
  },
  caf: {
    term: 'Your share (CAF)',
    pattern: '\\bCAFs?\\b|Cost Apportionment',
    plain:
      'The Cost Apportionment Factor: the part of a reinforcement’s cost you pay, usually your Required Capacity divided by the new capacity created (001 §4.30).',
    citation: '001 §4.30',
  },
  minimumScheme: {
    term: 'Minimum Scheme',
    pattern: 'Minimum Scheme',
    plain:
      'The cheapest design that gives you the capacity you asked for. Your charge is based on it.',
    definition:
      'is the Scheme with the lowest overall capital cost (as estimated by us), solely to provide the Required Capacity.',
    citation: '001 §8',
  },
  onApplication: {
    term: 'On application',
    pattern: '[Oo]n application|\\bPOA\\b',
    plain:
      'POA, “price on application”: the statement gives no price for this item, so the operator prices it for each job. It is listed but left out of the totals; where this app shows a figure for it, it is an illustrative one from the statement’s own worked examples.',
    citation: '001 §7',
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
    pattern: '\\bG98\\b|\\bSSEG\\b',
    plain:
      'The industry route for small generation (up to 16 A per phase, 3.68 kW on one phase): your installer fits it and tells the network operator within 28 days.',
    citation: '001 §2.32, §8 (SSEG)',
  },
  enhancedScheme: {
    term: 'Enhanced Scheme',
    pattern: 'Enhanced Scheme',
    plain:
      'A design with more than the Minimum Scheme needs (extra or bigger equipment, or a different kind). If you ask for it you pay the extra in full, plus its upkeep (O&M); if the operator wants it, you pay only the Minimum Scheme’s charge.',
    definition:
      'is a scheme which has been designed to include one or more of the following; Additional assets not required as part of the minimum scheme; Assets of a larger capacity than required by the Minimum Scheme; Assets of a different specification than required by the Minimum Scheme.',
    citation: '001 §8, §4.13, §4.35',
  },
  ehv: {
    term: 'EHV',
    pattern: '\\bEHV\\b',
    plain: 'Extra high voltage: 33,000 V or 66,000 V lines that feed whole towns.',
    definition: 'more than 22kV but not more than 72kV.',
    citation: '001 §8',
  },
  rsn: {
    term: 'Relevant Section of Network (RSN)',
    pattern: '\\bRSNs?\\b|Relevant Sections? of Network',
    plain:
      'The part of the shared network being reinforced for you, for example a transformer or a cable. Your share of its cost is worked out from its capacity before and after.',
    definition:
      'is the part or parts of the Distribution System which require(s) Reinforcement. Normally this will comprise: the existing assets, at the voltage level that is being reinforced, that would have been used to supply you … and/or the new assets, at the same voltage level, that are to be provided by way of Reinforcement. … There may be more than one RSN.',
    citation: '001 §8',
  },
  icp: {
    term: 'ICP',
    pattern: '\\bICPs?\\b|Independent Connections? Provider',
    plain:
      'An Independent Connections Provider: an accredited contractor who can build the contestable part of your connection instead of the network operator.',
    definition:
      'a person/team with sufficient accreditation to carry out all or part of the Contestable Work',
    citation: '001 §8',
  },
  cic: {
    term: 'CIC',
    pattern: '\\bCIC\\b|Competition in Connections',
    plain:
      'Competition in Connections: you may choose an accredited contractor (an ICP) for the contestable work. The operator then charges you only for its own part, such as checking the design and the final joint.',
    definition:
      'is the term attributed to the opening of the market for the design, procurement and installation of new assets necessary to accommodate a new or modified electricity connection.',
    citation: '001 §8',
  },
  om: {
    term: 'O&M',
    pattern: '\\bO&M\\b|[Oo]peration and [Mm]aintenance',
    plain:
      'Operation and maintenance: the future upkeep of extra equipment you asked for beyond the Minimum Scheme, paid once up front as a percentage of its cost (24 % under 001).',
    citation: '001 §4.14, §6.2',
  },
  secondComer: {
    term: 'Second comer',
    pattern: '[Ss]econd comer|[Pp]revious works',
    plain:
      'If you connect to equipment another customer paid for in full not long ago (within ten years for connections since 6 April 2017, five before), you pay them back a share of it; if you paid in full, later customers may pay you.',
    citation: '001 §4.34, §4.41–4.44 (ECCR)',
  },
  pointOfConnection: {
    term: 'Point of Connection',
    pattern: 'Point of Connection|\\bPOC\\b',
    plain: 'Where your new cables join the operator’s existing network.',
    definition:
      'is the point (or points) of physical connection to our existing Distribution System.',
    citation: '001 §8',
  },
  existingCapacity: {
    term: 'Existing Capacity',
    pattern: 'Existing Capacity',
    plain:
      'What your supply can carry now: for most homes and small businesses, phases × 230 V × the main fuse. An increase is charged on what you add above it.',
    definition:
      'is, for existing customers. The Maximum Capacity used in the calculation of their use of system charges; or for customers who are not charged for use of system on the basis of their Maximum Capacity the lower of; No of phases x nominal phase neutral voltage (kV) x fuse rating (A); and The rating of the service equipment.',
    citation: '001 §8',
  },
  highCost: {
    term: 'High-cost threshold',
    pattern: '£200/kW|£200 per kW|[Hh]igh-cost',
    plain:
      'For generators only: reinforcement costing more than £200 for each kW you export is charged to you in full, on top of your share of the rest.',
    definition:
      'For generation connections only, Reinforcement costs in excess of the high-cost project threshold of £200/kW shall be charged to you in full as a connection charge.',
    citation: '001 §4.17',
  },
  oneVoltage: {
    term: 'One voltage level',
    pattern: 'one voltage level',
    plain:
      'You share only the cost of reinforcement at your connection’s voltage and the one above it; the operator pays for work higher up.',
    definition:
      'We will fully fund Reinforcement carried out on our Distribution System at greater than one voltage level above the voltage at the Point of Connection to our Distribution System.',
    citation: '001 §4.36',
  },
  accessScr: {
    term: 'Access SCR',
    pattern: 'Access SCR',
    plain:
      'Ofgem’s Access and Forward-looking Charges Significant Code Review, which changed from 1 April 2023 how much of the reinforcement cost a customer pays. The rule set panel says which reading this estimate uses.',
  },
  speculative: {
    term: 'Speculative development',
    pattern: '[Ss]peculative',
    plain:
      'A development whose eventual users or loads are not yet known. The operator may then charge the reinforcement in full rather than a share.',
    citation: '001 §4.18, §4.45–4.52',
  },
  eccr: {
    term: 'ECCR',
    pattern: '\\bECCR\\b',
    plain:
      'The Electricity (Connection Charges) Regulations: the law that makes later customers pay back a share of equipment an earlier customer paid for (the “second comer” rule).',
    definition:
      'the Electricity (Connection Charges) Regulations 2002 (SI 2002/93) as amended from time to time or the Electricity (Connection Charges) Regulations 2017 (SI 2017/106) as amended from time to time, as applicable.',
    citation: '001 §8',
  },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryKey = keyof typeof GLOSSARY;

/** The glossary terms that appear in these texts, in glossary order (for a "words used here" list). */
export function termsIn(texts: readonly string[]): GlossaryKey[] {
  const all = texts.join('\n');
  return (Object.keys(GLOSSARY) as GlossaryKey[]).filter((key) => {
    const pattern = (GLOSSARY[key] as GlossaryEntry).pattern;
    return pattern !== undefined && new RegExp(pattern).test(all);
  });
}
