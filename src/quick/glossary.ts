/**
 * The app's glossary: every expert term the screens show, each in plain words and, where the
 * chosen statement defines it, in that statement's own words with the paragraph (its
 * `definitions`: 001 §8 Glossary of terms, 002 Schedule 5, or the paragraph that defines
 * it). The "?" beside a term (src/ui/glossary/Term.svelte) shows the entry; `pattern` is how the term appears in running text, so a test can check that
 * every term on screen has its "?".
 */
export interface GlossaryEntry {
  term: string;
  plain: string;
  /**
   * A term a charging statement defines or explains: its words and paragraph are the chosen
   * statement's `definitions` (docs/statement-file.md), and where that statement has none the
   * "?" says so.
   */
  statementTerm?: true;
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
      'Low voltage: the 230 V (one phase) or 400 V (three phases) supply that homes and most businesses have.',
    statementTerm: true,
  },
  hv: {
    term: 'HV',
    pattern: '\\bHV\\b|[Hh]igh voltage|\\b11 kV\\b',
    plain:
      'High voltage: usually 11,000 V (11 kV). Large sites and generators connect at HV and have their own transformer.',
    statementTerm: true,
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
    statementTerm: true,
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
    statementTerm: true,
  },
  extension: {
    term: 'Extension Assets',
    pattern: 'Extension Assets?|\\b[Ee]xtension\\b',
    plain:
      'The new cables and equipment that connect you to the existing network and serve only you. You pay for them in full.',
    statementTerm: true,
  },
  contestable: {
    term: 'Contestable work',
    pattern: '(?<![Nn]on-)\\b[Cc]ontestable',
    plain:
      'Work an accredited contractor (an ICP) could do instead of the network operator, so you can get competing quotes.',
    statementTerm: true,
  },
  nonContestable: {
    term: 'Non-contestable work',
    pattern: '[Nn]on-contestable',
    plain: 'Work only the network operator can do, such as the joint onto its live network.',
    statementTerm: true,
  },
  caf: {
    term: 'Your share (CAF)',
    pattern: '\\bCAFs?\\b|Cost Apportionment',
    plain:
      'The Cost Apportionment Factor: the part of a reinforcement’s cost you pay, usually your Required Capacity divided by the new capacity created.',
    statementTerm: true,
  },
  minimumScheme: {
    term: 'Minimum Scheme',
    pattern: 'Minimum Scheme',
    plain:
      'The cheapest design that gives you the capacity you asked for. Your charge is based on it.',
    statementTerm: true,
  },
  onApplication: {
    term: 'On application',
    pattern: '[Oo]n application|\\bPOA\\b',
    plain:
      'POA, “price on application”: the statement gives no price for this item, so the operator prices it for each job. It is listed but left out of the totals; where this app shows a figure for it, it is an illustrative one from the statement’s own worked examples.',
    statementTerm: true,
  },
  budgetEstimate: {
    term: 'Budget estimate',
    plain: 'A first indication of the charge, not an offer: the formal quote may differ.',
    statementTerm: true,
  },
  g98: {
    term: 'G98',
    pattern: '\\bG98\\b|\\bSSEG\\b',
    plain:
      'The industry route for small generation (up to 16 A per phase, 3.68 kW on one phase): your installer fits it and tells the network operator within 28 days.',
    statementTerm: true,
  },
  enhancedScheme: {
    term: 'Enhanced Scheme',
    pattern: 'Enhanced Scheme',
    plain:
      'A design with more than the Minimum Scheme needs (extra or bigger equipment, or a different kind). If you ask for it you pay the extra in full, plus its upkeep (O&M); if the operator wants it, you pay only the Minimum Scheme’s charge.',
    statementTerm: true,
  },
  ehv: {
    term: 'EHV',
    pattern: '\\bEHV\\b',
    plain: 'Extra high voltage: 33,000 V or 66,000 V lines that feed whole towns.',
    statementTerm: true,
  },
  rsn: {
    term: 'Relevant Section of Network (RSN)',
    pattern: '\\bRSNs?\\b|Relevant Sections? of Network',
    plain:
      'The part of the shared network being reinforced for you, for example a transformer or a cable. Your share of its cost is worked out from its capacity before and after.',
    statementTerm: true,
  },
  icp: {
    term: 'ICP',
    pattern: '\\bICPs?\\b|Independent Connections? Provider',
    plain:
      'An Independent Connections Provider: an accredited contractor who can build the contestable part of your connection instead of the network operator.',
    statementTerm: true,
  },
  cic: {
    term: 'CIC',
    pattern: '\\bCIC\\b|Competition in Connections',
    plain:
      'Competition in Connections: you may choose an accredited contractor (an ICP) for the contestable work. The operator then charges you only for its own part, such as checking the design and the final joint.',
    statementTerm: true,
  },
  om: {
    term: 'O&M',
    pattern: '\\bO&M\\b|[Oo]peration and [Mm]aintenance',
    plain:
      'Operation and maintenance: the future upkeep of extra equipment you asked for beyond the Minimum Scheme, paid once up front (the statement says how it is worked out).',
    statementTerm: true,
  },
  secondComer: {
    term: 'Second comer',
    pattern: '[Ss]econd comer|[Pp]revious works',
    plain:
      'If you connect to equipment another customer paid for in full not long ago (within ten years for connections since 6 April 2017, five before), you pay them back a share of it; if you paid in full, later customers may pay you.',
    statementTerm: true,
  },
  pointOfConnection: {
    term: 'Point of Connection',
    pattern: 'Point of Connection|\\bPOC\\b',
    plain: 'Where your new cables join the operator’s existing network.',
    statementTerm: true,
  },
  existingCapacity: {
    term: 'Existing Capacity',
    pattern: 'Existing Capacity',
    plain:
      'What your supply can carry now: for most homes and small businesses, phases × 230 V × the main fuse. An increase is charged on what you add above it.',
    statementTerm: true,
  },
  highCost: {
    term: 'High-cost threshold',
    pattern: '£200/kW|£200 per kW|[Hh]igh-cost',
    plain:
      'For generators only: reinforcement costing more than £200 for each kW you export is charged to you in full, on top of your share of the rest.',
    statementTerm: true,
  },
  oneVoltage: {
    term: 'One voltage level',
    pattern: 'one voltage level',
    plain:
      'You share only the cost of reinforcement at your connection’s voltage and the one above it; the operator pays for work higher up.',
    statementTerm: true,
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
    statementTerm: true,
  },
  eccr: {
    term: 'ECCR',
    pattern: '\\bECCR\\b',
    plain:
      'The Electricity (Connection Charges) Regulations: the law that makes later customers pay back a share of equipment an earlier customer paid for (the “second comer” rule).',
    statementTerm: true,
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
