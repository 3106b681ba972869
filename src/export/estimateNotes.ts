/**
 * The assumptions and exclusions printed with every export, and the citations the
 * estimate relies on. Shared by the PDF and the CSV so both say the same thing.
 */
import Decimal from 'decimal.js';
import type { EstimateResult, Explanation } from '../engine/types';
import type { EstimateFile } from '../estimate-file/types';
import { printedCitation } from '../statements/printedReference';
import { statementCitation } from '../statements/statementCitation';
import type { StatementFile } from '../statements/types';
import { formatIsoDate } from './format/formatIsoDate';
import { schemesOf } from './schemeBreakdown';

export const NON_BINDING_HEADER =
  'Budget estimate — not a formal connection offer — it cannot be accepted';
/** The disclaimer in full: the PDF's first page and every presentation slide. */
export const DISCLAIMER =
  "This is a desk-top indication of what the connection may cost under the operator's published charging statement. It is not a formal connection offer and cannot be accepted; the charge in a formal offer may differ considerably.";
export const WATERMARK = 'BUDGET ESTIMATE – NOT AN OFFER';

export interface Note {
  title: string;
  text: string;
  citation: string;
}

export function vatRateOf(estimate: EstimateFile, statement: StatementFile): Decimal {
  return new Decimal(estimate.inputs.vatRate ?? statement.rules.vatRate);
}

export function vatPercentText(estimate: EstimateFile, statement: StatementFile): string {
  return `${vatRateOf(estimate, statement).times(100).toDecimalPlaces(2).toFixed()}%`;
}

/** What the statement's validity date means for this estimate, in plain words. */
export function checkAfterText(statement: StatementFile, preparedOn: string): string {
  if (!statement.checkAfter) {
    return 'The statement gives no validity date: check with the operator that it is the current version.';
  }
  const base = `The statement is valid at ${formatIsoDate(statement.checkAfter)}: check after this date for a newer version.`;
  return preparedOn > statement.checkAfter
    ? `${base} This estimate was prepared after that date, so check that the statement is still current.`
    : base;
}

export function poaItemsByScheme(result: EstimateResult): { scheme: string; items: string[] }[] {
  return schemesOf(result)
    .filter(({ scheme }) => scheme.poaItems.length > 0)
    .map(({ scheme }) => ({ scheme: scheme.name, items: scheme.poaItems }));
}

export function buildAssumptions(
  estimate: EstimateFile,
  statement: StatementFile,
  result: EstimateResult,
  preparedOn: string,
): Note[] {
  const citations = statement.rules.citations;
  // The chosen statement's own paragraphs, or none where it has no such paragraph.
  const cite = (key: Parameters<typeof statementCitation>[1]) => statementCitation(statement, key);
  const poa = poaItemsByScheme(result);
  const notes: Note[] = [
    {
      title: 'A desk-top exercise',
      text: 'A budget estimate is a desk-top exercise using broad-based assumptions about the likely works, without detailed analysis specific to the site. The charge in any formal connection offer may vary considerably from it. A budget estimate is not a formal offer for connection and cannot be accepted.',
      citation: cite('budgetEstimate'),
    },
    {
      title: 'Price ranges',
      text: 'Published prices are ranges that indicate the charges that would normally apply, not absolute limits. Low and high use the ends of each range; expected uses the figure given, or the middle of the range.',
      citation: cite('priceRanges'),
    },
    {
      title: 'VAT',
      text: `All prices exclude VAT. VAT is shown separately at ${vatPercentText(estimate, statement)}.`,
      citation: citations.vat,
    },
    {
      title: 'Traffic management',
      text: 'Traffic management costs (for example temporary traffic lights and road closures) and Traffic Management Act costs are excluded. Where they apply, the operator adds them to the connection charge.',
      citation: cite('trafficManagement'),
    },
    {
      title: 'Land rights',
      text: 'Compensation or consideration payable to landowners or other third parties for land rights is excluded. Legal and professional charges for securing land rights are included only where listed in the breakdown.',
      citation: [citations.landRights, cite('landRightsCosts')].filter(Boolean).join('; '),
    },
    {
      title: 'Items priced on application (POA)',
      text:
        poa.length === 0
          ? 'No item in this estimate is priced on application.'
          : `These items are priced on application and are excluded from every total: ${poa
              .map((p) => `${p.scheme}: ${p.items.join('; ')}`)
              .join('. ')}.`,
      citation: cite('priceRanges'),
    },
    {
      title: 'Rule set',
      text: `${result.ruleSet.label}. ${result.ruleSet.reason}`,
      citation: result.ruleSet.citation,
    },
    {
      title: 'Statement',
      text: `${statement.operator}, ${statement.title}, ${statement.version} (${formatIsoDate(statement.publicationDate)}). ${checkAfterText(statement, preparedOn)}`,
      citation: statement.citationPrefix,
    },
  ];
  return notes;
}

function allExplanations(result: EstimateResult): Explanation[] {
  const out: Explanation[] = [...result.requiredCapacity.explanation];
  for (const { scheme } of schemesOf(result)) {
    for (const line of scheme.lines) out.push(...line.explanation);
    for (const rsn of scheme.rsns) out.push(...rsn.explanation);
    for (const work of scheme.previousWorks) out.push(...work.explanation);
    out.push(...scheme.highCost.explanation);
  }
  out.push(...result.comparison.explanation);
  return out;
}

/** Every citation the result and the notes rely on, unique, in natural order. */
export function citationsUsed(
  result: EstimateResult,
  notes: Note[],
  statement: StatementFile,
): string[] {
  const all = [
    result.ruleSet.citation,
    ...allExplanations(result).map((e) => e.citation),
    ...notes.map((n) => n.citation),
  ]
    .map((c) => printedCitation(c.trim(), statement))
    .filter((c) => c !== '');
  return [...new Set(all)].sort((a, b) =>
    a.localeCompare(b, 'en-GB', { numeric: true, sensitivity: 'base' }),
  );
}
