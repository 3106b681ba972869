/**
 * The customer's PDF read back with poppler, for every shipped template: page 1 answers
 * "how much" (the payable figure, ex and inc VAT) and carries the disclaimer; statement rows
 * are named by their printed reference, never internal ids; a comparison section appears
 * only with an Enhanced Scheme; the last page is not a near-empty leftover.
 */
import { describe, expect, it } from 'vitest';
import { EXCLUSIONS } from '../../../src/guidance/exclusions';
import { buildEstimatePdf } from '../../../src/export/pdf/buildEstimatePdf';
import { printedRowReference } from '../../../src/statements/printedReference';
import { compute, flatten, intlMoney, loadStatement, readPdf, templateFiles } from '../fixtures';

const preparedOn = '2026-03-05';
/** Lines of a page other than the header, footer and scattered watermark letters. */
const contentLines = (page: string) =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter(
      (l) => l.length > 3 && !/^Budget estimate — not a formal/.test(l) && !/Page \d+ of/.test(l),
    );

describe.each(templateFiles())('customer PDF: $name', ({ name, estimate }) => {
  const statement = loadStatement(estimate.statementId);
  const result = compute(estimate, statement);
  const pdf = buildEstimatePdf({ estimate, statement, result, preparedOn });
  const { pages } = readPdf(pdf.bytes, `${name.replace(/\W+/g, '-')}.pdf`);
  // The watermark's rotated letters land in the text as runs of one to three capitals set
  // apart by wide spaces or on lines of their own: take them out, then collapse spaces.
  const page1 = pages[0]!
    .replace(/(^|\s{2,})[A-Z–]{1,3}(?=\s*$)/gm, '')
    .replace(/ {3,}[A-Z–]{1,3} {3,}/g, ' ')
    .replace(/\s+/g, ' ');
  const all = flatten(pages.join('\n'));

  it('page 1: the payable figure ex and inc VAT, the disclaimer, the exclusions', () => {
    const c = result.comparison;
    expect(page1).toContain(`What you pay: ${intlMoney(c.payableExVat.expected)} excluding VAT`);
    expect(page1).toContain(intlMoney(c.payableIncVat.expected));
    if (c.payableExVat.low !== c.payableExVat.high) {
      expect(page1).toContain(
        `between ${intlMoney(c.payableExVat.low)} and ${intlMoney(c.payableExVat.high)}`,
      );
    }
    expect(page1).toMatch(/It is not a formal connection offer and cannot be accepted/);
    expect(page1).toContain('The scheme charged, and why');
    expect(page1).toContain('The three biggest items');
    expect(page1).toContain(EXCLUSIONS[0]!.label);
  });

  it('names statement rows by their printed reference, never an internal id', () => {
    expect(all).not.toContain(`${statement.id}:`);
    for (const line of [
      ...estimate.inputs.schemes.minimum.lines,
      ...(estimate.inputs.schemes.enhanced?.lines ?? []),
    ]) {
      if (!line.statementItemId) continue;
      const printed = printedRowReference(statement, line.statementItemId);
      if (printed) expect(all.replace(/\s+/g, ' ')).toContain(printed);
    }
  });

  it('has a comparison section only with an Enhanced Scheme', () => {
    expect(all.includes('Minimum and Enhanced Schemes compared')).toBe(
      result.schemes.enhanced !== null,
    );
  });

  it('ends on a page with real content, not a leftover line or two', () => {
    expect(contentLines(pages.at(-1)!).length).toBeGreaterThanOrEqual(8);
  });
});
