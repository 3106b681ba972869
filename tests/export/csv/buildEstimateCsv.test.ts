import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import Papa from 'papaparse';
import { printedCitation } from '../../../src/statements/printedReference';
import { buildEstimateCsv, csvCells, CSV_FIELDS } from '../../../src/export/csv/buildEstimateCsv';
import type { Money, Range } from '../../../src/engine/types';
import {
  compute,
  demoEstimate,
  estimateWithNotes,
  HOSTILE_NOTES,
  largeEstimate,
  loadStatement,
  templateFiles,
} from '../fixtures';

const statement = loadStatement('ipr-v1.7-2025');
const preparedOn = '2026-03-05';

type Row = Record<(typeof CSV_FIELDS)[number], string>;

function parse(text: string): Row[] {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...CSV_FIELDS]);
  return parsed.data;
}

function expectPay(row: Row | undefined, range: Range<Money>): void {
  expect(row).toBeDefined();
  expect(new Decimal(row!['You pay low (£)']).equals(range.low)).toBe(true);
  expect(new Decimal(row!['You pay expected (£)']).equals(range.expected)).toBe(true);
  expect(new Decimal(row!['You pay high (£)']).equals(range.high)).toBe(true);
}

describe('buildEstimateCsv', () => {
  const estimate = demoEstimate();
  const result = compute(estimate, statement);
  const csv = buildEstimateCsv({ estimate, statement, result, preparedOn });
  const rows = parse(csv.text);

  it('is UTF-8 with a byte order mark, named from the reference', () => {
    const bytes = new Uint8Array(csv.bytes);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toContain('Cost low (£)');
    expect(csv.fileName).toBe('EST-2026-0001-budget-estimate.csv');
    expect(csv.mimeType).toBe('text/csv;charset=utf-8');
    expect(csv.blob.size).toBe(bytes.byteLength);
  });

  it('round-trips every line of both schemes with the engine’s figures, rule and citations', () => {
    for (const scheme of [result.schemes.minimum, result.schemes.enhanced!]) {
      const lines = rows.filter((r) => r.Section === 'Line' && r.Scheme === scheme.name);
      expect(lines.map((r) => r['Line ID'])).toEqual(scheme.lines.map((l) => l.lineId));
      for (const line of scheme.lines) {
        const row = lines.find((r) => r['Line ID'] === line.lineId)!;
        expect(row.Description).toBe(line.description);
        expect(row.Rule).toBe(line.ruleLabel);
        expect(row['CAF (%)']).toBe(line.apportionment?.cafPercent ?? '');
        // Statement rows by their printed reference ("001 §7.41 Part F5, row 10"), never ids.
        for (const e of line.explanation)
          expect(row.Citations).toContain(printedCitation(e.citation, statement));
        expect(row.Citations).not.toContain(`${statement.id}:`);
        if (line.isPoa) {
          expect(row.POA).toBe('yes');
          expect(row['You pay expected (£)']).toBe('');
        } else {
          expectPay(row, line.customer);
          expect(new Decimal(row['Cost low (£)']).equals(line.cost.low)).toBe(true);
          expect(new Decimal(row['Cost high (£)']).equals(line.cost.high)).toBe(true);
        }
      }
    }
  });

  it('round-trips the totals and the comparison', () => {
    const pays = result.comparison.payableByScheme;
    for (const [scheme, pay] of [
      [result.schemes.minimum, pays.minimum],
      [result.schemes.enhanced!, pays.enhanced!],
    ] as const) {
      const total = (d: string) =>
        rows.find((r) => r.Section === 'Total' && r.Scheme === scheme.name && r.Description === d);
      expectPay(total('You pay excluding VAT'), pay.exVat);
      expectPay(total('VAT'), pay.vat);
      expectPay(total('You pay including VAT'), pay.incVat);
      expectPay(total('Reinforcement (your share)'), scheme.totals.reinforcementCustomer);
    }
    const compare = (d: string) =>
      rows.find((r) => r.Section === 'Comparison' && r.Description === d);
    expectPay(compare('You pay excluding VAT'), result.comparison.payableExVat);
    expectPay(compare('You pay including VAT'), result.comparison.payableIncVat);
    expect(compare('Rule applied')?.Rule).toBe(result.comparison.rule);
  });

  it('lists POA items, the rule set, the statement and the non-binding notice', () => {
    const poa = rows.filter((r) => r.Section === 'POA').map((r) => r.Description);
    expect(poa).toEqual([...result.schemes.minimum.poaItems, ...result.schemes.enhanced!.poaItems]);
    const info = (d: string) => rows.find((r) => r.Section === 'Estimate' && r.Description === d);
    expect(info('Notice')?.Note).toMatch(/not a formal connection offer/);
    expect(info('Statement version')?.Note).toBe(statement.version);
    expect(info('Rule set')?.Note).toContain(result.ruleSet.label);
    expect(info('Check after')?.Note).toMatch(/23 November 2025/);
    const citations = rows.filter((r) => r.Section === 'Citation').map((r) => r.Citations);
    expect(citations).toContain('001 §4.30');
  });

  it('stops a description being run as a spreadsheet formula, but keeps numbers numeric', () => {
    const evil = demoEstimate();
    evil.inputs.schemes.minimum.lines[0]!.description = '=HYPERLINK("http://example.invalid")';
    const r = compute(evil, statement);
    const parsed = parse(
      buildEstimateCsv({ estimate: evil, statement, result: r, preparedOn }).text,
    );
    const row = parsed.find((p) => p['Line ID'] === 'cable')!;
    expect(row.Description.startsWith("'=")).toBe(true);
    expect(row['You pay expected (£)']).toMatch(/^\d+\.\d{2}$/);
  });

  it.each(["-1+1+cmd|' /C calc'!A0", '-2+3', '-1', '+1', '@SUM(A1)', '\t=1'])(
    'never leaves text such as %s runnable, whatever it starts with',
    (text) => {
      const evil = demoEstimate();
      evil.inputs.schemes.minimum.lines[0]!.description = text;
      evil.inputs.schemes.minimum.lines[0]!.unit = text;
      const r = compute(evil, statement);
      const parsed = parse(
        buildEstimateCsv({ estimate: evil, statement, result: r, preparedOn }).text,
      );
      const row = parsed.find((p) => p['Line ID'] === 'cable')!;
      expect(row.Description).toBe(`'${text}`);
      expect(row.Unit).toBe(`'${text}`);
    },
  );

  it('keeps a negative amount a number', () => {
    const rows = [{ 'You pay expected (£)': '-12.50', Description: 'Refund' }];
    expect(csvCells(rows)[0]).toEqual({ 'You pay expected (£)': '-12.50', Description: 'Refund' });
  });

  it('exports a 200-line two-scheme estimate', () => {
    const big = largeEstimate();
    const r = compute(big, statement);
    const parsed = parse(
      buildEstimateCsv({ estimate: big, statement, result: r, preparedOn }).text,
    );
    expect(parsed.filter((p) => p.Section === 'Line')).toHaveLength(200);
  });
});

describe('buildEstimateCsv: the fees from the engine result', () => {
  // A single house with an ICP doing the Contestable Work: Part C, the CIC charges (Parts D,
  // E, G, H; 001 §4.58 not levied) and Parts A and B for information.
  const house = templateFiles().find((t) => t.name.endsWith('starter-single-house.json'))!;
  const estimate = {
    ...house.estimate,
    project: { ...house.estimate.project, icpDoesContestable: true },
  };
  const result = compute(estimate, statement);
  const rows = parse(buildEstimateCsv({ estimate, statement, result, preparedOn }).text);
  const fees = rows.filter((r) => r.Section === 'Fee');
  const tableRow = (role: string) => {
    const table = statement.tables.find((t) => t.role === role)!;
    return table.rows.find((r) => r.feeCategory === 'demand-lv-single-service')!;
  };

  it('names the fee category with its paragraph', () => {
    const category = fees.find((r) => r.Description === 'Fee category');
    const label = statement.feeCategories!.categories.find(
      (c) => c.key === 'demand-lv-single-service',
    )!.label;
    expect(category?.Category).toBe(label);
    expect(category?.Citations).toBe(statement.feeCategories!.citations.categories);
  });

  it.each(['assessment-design', 'cic-design-approval', 'budget-estimate', 'feasibility-study'])(
    'gives the %s row of that category with its printed min, max and paragraph',
    (role) => {
      const row = tableRow(role);
      const fee = fees.find((r) => r['Line ID'] === row.id);
      expect(fee, row.id).toBeDefined();
      if (row.price.poa) {
        expect(fee!.POA).toBe('yes');
      } else {
        if (row.price.minIsNotApplicable) expect(fee!['Cost low (£)']).toBe('');
        else expect(new Decimal(fee!['Cost low (£)']).equals(row.price.min)).toBe(true);
        expect(new Decimal(fee!['Cost high (£)']).equals(row.price.max)).toBe(true);
      }
      expect(fee!.Citations).toBe(row.citation);
      expect(fee!.Scheme).toBe('Minimum Scheme');
    },
  );

  it('says the design approval is not levied (001 §4.58) and the Part A price is for information', () => {
    const approval = fees.find((r) => r['Line ID'] === tableRow('cic-design-approval').id)!;
    expect(approval.Note).toMatch(/^Not levied: .*\(001 §4\.58\)/);
    const budget = fees.find((r) => r['Line ID'] === tableRow('budget-estimate').id)!;
    expect(budget.Note).toMatch(/^For information/);
  });

  it('leaves the fees out of every total (they are not lines of the scheme)', () => {
    const exVat = rows.find(
      (r) => r.Section === 'Comparison' && r.Description === 'You pay excluding VAT',
    );
    expectPay(exVat, result.comparison.payableExVat);
  });
});

describe('buildEstimateCsv: the line notes (the grid’s Note column)', () => {
  const estimate = estimateWithNotes();
  const result = compute(estimate, statement);
  const rows = parse(buildEstimateCsv({ estimate, statement, result, preparedOn }).text);
  const lineRows = (scheme: string) =>
    rows.filter((r) => r.Section === 'Line' && r.Scheme === scheme);

  it('reads back each note exactly, quoted through commas, quotes and new lines', () => {
    const minimum = lineRows(result.schemes.minimum.name);
    expect(minimum.map((r) => r['Line ID'])).toEqual(Object.keys(HOSTILE_NOTES));
    for (const row of minimum) {
      const note = HOSTILE_NOTES[row['Line ID']]!;
      // A note a spreadsheet would run as a formula gets an apostrophe, and only that.
      expect(row.Note).toBe(/^[=+\-@]/.test(note) ? `'${note}` : note);
    }
    expect(minimum.find((r) => r['Line ID'] === 'sub')!.Note).toContain('\n');
  });

  it('keeps the formulas in their own column, and no note where the line has none', () => {
    const line = result.schemes.minimum.lines.find((l) => l.lineId === 'cable')!;
    const row = lineRows(result.schemes.minimum.name).find((r) => r['Line ID'] === 'cable')!;
    const formulas = line.explanation.flatMap((e) => (e.formula ? [e.formula] : []));
    expect(formulas.length).toBeGreaterThan(0);
    expect(row.Formulas).toBe(formulas.join('; '));
    for (const row of lineRows(result.schemes.enhanced!.name)) expect(row.Note).toBe('');
  });

  it('leaves no note cell runnable, whatever it starts with', () => {
    for (const row of rows) expect(row.Note).not.toMatch(/^[=+\-@\t\r]/);
  });
});
