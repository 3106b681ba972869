/**
 * Partial results in every export: an estimate with an item that cannot be worked out yet
 * still exports, and each file carries the engine's note of what is not counted (the PDF on
 * page 1, the CSV and the workbook at the top) rather than being refused.
 */
import { describe, expect, it } from 'vitest';
import { buildEstimateCsvRows } from '../../src/export/csv/buildEstimateCsv';
import { customerSummary } from '../../src/export/customerSummary';
import { buildEstimatePdf } from '../../src/export/pdf/buildEstimatePdf';
import { buildEstimateSheets } from '../../src/export/xlsx/buildEstimateSheets';
import { formatResultTable } from '../../src/cli/formatResultTable';
import { compute, demoEstimate, intlMoney, loadStatement, readPdf } from './fixtures';

const statement = loadStatement('ipr-v1.7-2025');
const preparedOn = '2026-03-05';

function partialEstimate() {
  const estimate = demoEstimate();
  // The Enhanced Scheme's ring main unit with a quantity not finished yet.
  const rmu = estimate.inputs.schemes.enhanced!.lines.find((l) => l.id === 'rmu')!;
  rmu.quantity = '1,';
  return estimate;
}

describe('exports of an estimate with an item not counted yet', () => {
  const estimate = partialEstimate();
  const result = compute(estimate, statement);
  const note = result.notCountedNote!;
  const input = { estimate, statement, result, preparedOn };

  it('the engine names the item (the premise of the rest)', () => {
    expect(note).toBe('1 line not counted yet: "Additional HV ring main unit" (Enhanced Scheme).');
  });

  it('the PDF says so on page 1, beside what you pay', () => {
    expect(customerSummary(input).notCounted).toBe(note);
    const { pages } = readPdf(buildEstimatePdf(input).bytes, 'not-counted.pdf');
    const page1 = pages[0]!.replace(/\s+/g, ' ');
    expect(page1).toContain(
      `What you pay: ${intlMoney(result.comparison.payableExVat.expected)} excluding VAT`,
    );
    expect(page1).toContain('1 line not counted yet: "Additional HV ring main unit"');
  });

  it('the CSV carries the note at the top', () => {
    const rows = buildEstimateCsvRows(input);
    const at = rows.findIndex((r) => r.Description === 'Not counted yet');
    expect(at).toBeGreaterThan(-1);
    expect(at).toBeLessThan(3);
    expect(rows[at]!.Note).toBe(note);
  });

  it('the workbook carries the note on its summary sheet', () => {
    const summary = buildEstimateSheets(input)[0]!;
    const texts = summary.data.flat().map((c) => (c && 'value' in c ? String(c.value) : ''));
    expect(texts).toContain(note);
  });

  it('the command-line table carries the note', () => {
    expect(formatResultTable(result, 'Demo')).toContain(note);
  });

  it('a complete estimate carries no such note', () => {
    const complete = compute(demoEstimate(), statement);
    const rows = buildEstimateCsvRows({ ...input, estimate: demoEstimate(), result: complete });
    expect(rows.some((r) => r.Description === 'Not counted yet')).toBe(false);
    expect(formatResultTable(complete, 'Demo')).not.toContain('not counted');
  });
});
