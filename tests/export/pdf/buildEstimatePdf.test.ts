import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { buildRsnSplitChart } from '../../../src/charts/rsnSplitChart';
import { buildSchemeBreakdownChart } from '../../../src/charts/schemeBreakdownChart';
import { buildSchemeRangeChart } from '../../../src/charts/schemeRangeChart';
import { buildEstimatePdf } from '../../../src/export/pdf/buildEstimatePdf';
import { ExportError } from '../../../src/export/types';
import type { Money, Range } from '../../../src/engine/types';
import {
  compute,
  demoEstimate,
  estimateWithNotes,
  flatten,
  HOSTILE_NOTES,
  intlMoney,
  largeEstimate,
  loadStatement,
  makePngDataUrl,
  readPdf,
  templateFiles,
} from '../fixtures';

const statement = loadStatement('ipr-v1.7-2025');
const preparedOn = '2026-03-05';
const NON_BINDING = 'Budget estimate — not a formal connection offer — it cannot be accepted';

function expectEveryPageMarked(pages: string[]): void {
  expect(pages.length).toBeGreaterThan(0);
  pages.forEach((page, i) => {
    expect(page, `page ${i + 1}`).toContain(NON_BINDING);
    expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
  });
}

/** A row label followed by the low, expected and high figures, on one line of the text. */
function expectRangeRow(text: string, label: string, range: Range<Money>): void {
  const row = [label, intlMoney(range.low), intlMoney(range.expected), intlMoney(range.high)]
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  expect(flatten(text)).toMatch(new RegExp(row));
}

describe('buildEstimatePdf', () => {
  const estimate = demoEstimate();
  const result = compute(estimate, statement);
  const pdf = buildEstimatePdf({ estimate, statement, result, preparedOn });
  const { pages, info } = readPdf(pdf.bytes, 'demo.pdf');
  const all = pages.join('\n');

  it('names the file from the reference and returns a PDF blob', () => {
    expect(pdf.fileName).toBe('EST-2026-0001-budget-estimate.pdf');
    expect(pdf.mimeType).toBe('application/pdf');
    expect(pdf.blob.size).toBe(pdf.bytes.byteLength);
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    expect(info).toMatch(new RegExp(`Pages:\\s+${pdf.pageCount}\\b`));
  });

  it('says on every page that it is not an offer, with "Page X of Y"', () => {
    expect(pages.length).toBe(pdf.pageCount);
    expectEveryPageMarked(pages);
  });

  it('carries the reference, dates, statement version, check-after note and rule set', () => {
    expect(all).toContain('EST-2026-0001');
    expect(all).toContain('5 March 2026');
    expect(all).toContain(statement.operator);
    expect(flatten(all)).toContain(`Statement version ${statement.version}`);
    expect(flatten(all)).toContain('Statement date 23 November 2025');
    expect(flatten(all)).toMatch(/valid at 23 November 2025: check after this date/);
    // Prepared after the check-after date: the reader is told to check.
    expect(flatten(all)).toMatch(/prepared after that date, so check/);
    expect(result.ruleSet.id).toBe('cccm');
    expect(flatten(all)).toContain(flatten(result.ruleSet.label));
    // What the other reading gives, in one line, so nobody is misled either way.
    expect(result.otherReading!.text).toMatch(
      /^Under the GB Access SCR rules, as this app reads them: £[\d,]+\.\d{2} before VAT$/,
    );
    expect(flatten(all)).toContain(flatten(result.otherReading!.text));
  });

  it('prints both schemes’ totals ex VAT, VAT and inc VAT as the engine computed them', () => {
    const pays = result.comparison.payableByScheme;
    for (const pay of [pays.minimum, pays.enhanced!]) {
      expectRangeRow(all, 'You pay excluding VAT', pay.exVat);
      expectRangeRow(all, 'VAT at 20%', pay.vat);
      expectRangeRow(all, 'You pay including VAT', pay.incVat);
    }
    expectRangeRow(all, 'You pay excluding VAT', result.comparison.payableExVat);
    expectRangeRow(all, 'You pay including VAT', result.comparison.payableIncVat);
  });

  it('gives the 001 §2.11 breakdown: substations, cable, reinforcement with its CAF, land rights', () => {
    const text = flatten(all);
    expect(text).toContain('Number of substations');
    // The only substation is POA and counted from its line; the cable is 120 m.
    expect(text).toMatch(
      /Number of substations 1 \(from: New outdoor single transformer substation/,
    );
    expect(text).toMatch(/Underground cable 120 m/);
    const reinforcement = result.schemes.minimum.lines.find((l) => l.lineId === 'reinf')!;
    expect(text).toContain(`CAF ${reinforcement.apportionment!.cafPercent}%`);
    expect(text).toContain('Wayleave from third-party owner (legal fees)');
    expect(text).toContain('Enhanced Scheme Yes');
  });

  it('names the POA items as excluded', () => {
    const text = flatten(all);
    for (const item of [...result.schemes.minimum.poaItems, ...result.schemes.enhanced!.poaItems]) {
      expect(text).toContain(item);
    }
    expect(text).toContain('Items excluded: priced on application');
    expect(text).toMatch(/Traffic management for carriageway crossing/);
  });

  it('explains the comparison rule in plain words with its paragraph, and lists assumptions', () => {
    const text = flatten(all);
    expect(result.comparison.rule).toBe('customer-excess-plus-om');
    expect(text).toMatch(/You asked for the Enhanced Scheme, so you pay the Minimum/);
    expect(text).toContain(statement.rules.citations.enhancedCustomer);
    expect(text).toMatch(/desk-top exercise/);
    expect(text).toContain('001 §2.9');
    expect(text).toMatch(/Traffic management costs/);
    expect(text).toMatch(/Compensation or consideration payable/);
    expect(text).toMatch(/VAT is shown separately at 20%/);
    expect(text).toContain('Citations used');
    expect(text).toContain('001 §4.30');
  });

  it('draws the Compare screen’s charts itself when given no images, in the screen’s order', () => {
    const text = flatten(all);
    const titles = [
      buildSchemeBreakdownChart(result, 'expected'),
      buildSchemeRangeChart(result),
      buildRsnSplitChart(result, 'expected'),
    ].map((chart) => `${chart.title} (${chart.valueAxisLabel})`);
    const at = titles.map((title) => text.indexOf(title));
    expect(at.every((i) => i > text.indexOf('Charts'))).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

const PNG = makePngDataUrl(40, 20);

describe('buildEstimatePdf with chart images', () => {
  const estimate = demoEstimate();
  const result = compute(estimate, statement);

  it('places the caller’s PNG charts instead of drawing its own', () => {
    const pdf = buildEstimatePdf({
      estimate,
      statement,
      result,
      preparedOn,
      charts: [{ title: 'Scheme comparison chart', pngDataUrl: PNG }],
    });
    const { pages, path } = readPdf(pdf.bytes, 'charts.pdf');
    const text = flatten(pages.join('\n'));
    expect(text).toContain('Scheme comparison chart');
    expect(text).not.toContain(buildSchemeBreakdownChart(result, 'expected').title);
    const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' });
    expect(images.trim().split('\n').length).toBeGreaterThanOrEqual(3); // header, rule, ≥ 1 image
  });

  it('refuses an image that is not a PNG, in plain words', () => {
    const build = () =>
      buildEstimatePdf({
        estimate,
        statement,
        result,
        preparedOn,
        charts: [{ title: 'Broken chart', pngDataUrl: 'data:image/jpeg;base64,AAAA' }],
      });
    expect(build).toThrow(ExportError);
    expect(build).toThrow(/The chart "Broken chart" is not a PNG image/);
  });
});

describe('buildEstimatePdf text safety', () => {
  it('prints U+2212, narrow and no-break spaces and non-Latin-1 letters legibly', () => {
    const estimate = demoEstimate();
    const cable = estimate.inputs.schemes.minimum.lines[0]!;
    cable.description = 'Cable\u202fto plot\u00a07 \u2212 Tŷ Gwyn';
    const result = compute(estimate, statement);
    const pdf = buildEstimatePdf({ estimate, statement, result, preparedOn });
    const text = flatten(readPdf(pdf.bytes, 'safety.pdf').pages.join('\n'));
    expect(text).toContain('Cable to plot 7 - Ty Gwyn');
  });

  it('shows bidi controls in the title and reference as visible marks, as the app does', () => {
    const estimate = demoEstimate();
    estimate.title = 'Invoice abc\u202Eexe.pdf';
    estimate.reference = 'EST-2026-0001\u2067';
    const result = compute(estimate, statement);
    const pdf = buildEstimatePdf({ estimate, statement, result, preparedOn });
    const { pages, info } = readPdf(pdf.bytes, 'bidi.pdf');
    const text = flatten(pages.join('\n'));
    expect(text).toContain('Invoice abc[U+202E]exe.pdf');
    expect(text).toContain('EST-2026-0001[U+2067]');
    expect(info).toContain('EST-2026-0001[U+2067]');
    expect(`${text}${info}`).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('buildEstimatePdf for a 200-line two-scheme estimate', () => {
  it('produces a valid multi-page PDF with every page marked', () => {
    const estimate = largeEstimate();
    const result = compute(estimate, statement);
    expect(result.schemes.minimum.lines.length + result.schemes.enhanced!.lines.length).toBe(200);
    const pdf = buildEstimatePdf({ estimate, statement, result, preparedOn });
    expect(pdf.fileName).toBe('EST-2026-0200-budget-estimate.pdf');
    const { pages, info } = readPdf(pdf.bytes, 'large.pdf');
    expect(pdf.pageCount).toBeGreaterThan(5);
    expect(info).toMatch(new RegExp(`Pages:\\s+${pdf.pageCount}\\b`));
    expect(pages.length).toBe(pdf.pageCount);
    expectEveryPageMarked(pages);
    const text = flatten(pages.join('\n'));
    expect(text).toContain('Plot 99: three-phase service');
    expectRangeRow(text, 'You pay including VAT', result.comparison.payableIncVat);
  });

  it('reports its progress through the lines, in whole percents, rising to 1 at the end', () => {
    const estimate = largeEstimate();
    const result = compute(estimate, statement);
    const seen: number[] = [];
    const pdf = buildEstimatePdf(
      { estimate, statement, result, preparedOn },
      { onProgress: (fraction) => seen.push(fraction) },
    );
    expect(pdf.pageCount).toBeGreaterThan(5);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    // 200 lines, each read and drawn: a report for (nearly) every percent on the way.
    expect(seen.filter((f) => f > 0 && f < 0.9).length).toBeGreaterThan(50);
    const percents = seen.map((f) => Math.floor(f * 100));
    expect(new Set(percents).size).toBe(percents.length);
  });
});

describe('buildEstimatePdf for every shipped template', () => {
  const templates = templateFiles();
  it('finds the templates', () => {
    expect(templates.length).toBeGreaterThan(0);
  });
  it.each(templates.map((t) => [t.name, t.estimate] as const))('%s', (name, estimate) => {
    const st = loadStatement(estimate.statementId);
    const result = compute(estimate, st);
    const pdf = buildEstimatePdf({ estimate, statement: st, result, preparedOn });
    const { pages } = readPdf(pdf.bytes, `${name.replace(/\W+/g, '-')}.pdf`);
    expectEveryPageMarked(pages);
    const text = flatten(pages.join('\n'));
    expect(text).toContain(st.version);
    expect(text).toContain(flatten(result.ruleSet.label));
    expectRangeRow(text, 'You pay including VAT', result.comparison.payableIncVat);
    for (const scheme of [result.schemes.minimum, result.schemes.enhanced]) {
      for (const item of scheme?.poaItems ?? []) expect(text).toContain(flatten(item));
    }
  });
});

describe('buildEstimatePdf: the fees from the engine result', () => {
  const house = templateFiles().find((t) => t.name.endsWith('starter-single-house.json'))!;
  const estimate = {
    ...house.estimate,
    project: { ...house.estimate.project, icpDoesContestable: true },
  };
  const result = compute(estimate, statement);
  const pdf = buildEstimatePdf({ estimate, statement, result, preparedOn });
  const text = flatten(readPdf(pdf.bytes, 'fees.pdf').pages.join('\n'));
  const printed = (role: string) =>
    statement.tables
      .find((t) => t.role === role)!
      .rows.find((r) => r.feeCategory === 'demand-lv-single-service')!;

  it('shows the fee category the engine chose, with its paragraph', () => {
    const fees = result.fees!.minimum;
    expect(fees.ok && fees.classification.category).toBe('demand-lv-single-service');
    expect(text).toMatch(/Fees\n/);
    expect(text.replace(/\s+/g, ' ')).toMatch(
      new RegExp(
        `Fee category Single LV Service Demand Connection\\. .*\\[${statement.feeCategories!.citations.categories.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]`,
      ),
    );
  });

  it.each(['assessment-design', 'cic-design-approval', 'budget-estimate', 'feasibility-study'])(
    'lists the %s row of the category with its row id, printed maximum and paragraph',
    (role) => {
      const row = printed(role);
      if (row.price.poa) throw new Error('expected a priced row');
      // The row's maximum as printed, in whole pounds where the statement prints them so.
      const max = intlMoney(row.price.max).replace(
        /\.00$/,
        row.price.max.includes('.') ? '.00' : '',
      );
      const line = text.split('\n').find((l) => l.includes(` ${row.id} `));
      expect(line, row.id).toBeDefined();
      expect(line).toContain(max);
      expect(text).toContain(row.citation);
    },
  );

  it('says the CIC design approval is not levied (001 §4.58)', () => {
    expect(text).toMatch(/Not levied: Should you choose/);
    expect(text).toContain('001 §4.58');
  });
});

describe('buildEstimatePdf: the line notes (the grid’s Note column)', () => {
  it('prints each note under its line’s description, as typed, one "Note:" per noted line', () => {
    const estimate = estimateWithNotes();
    const result = compute(estimate, statement);
    const { pages } = readPdf(
      buildEstimatePdf({ estimate, statement, result, preparedOn }).bytes,
      'notes.pdf',
    );
    const all = flatten(pages.join('\n'));
    for (const note of Object.values(HOSTILE_NOTES)) {
      // A note's own new line is a new line in the cell.
      const [first, ...rest] = note.split('\n');
      expect(all).toContain(`Note: ${first}`);
      for (const more of rest) expect(all).toContain(more);
    }
    // Only the Minimum Scheme's lines carry notes.
    expect(all.match(/Note: /g)).toHaveLength(Object.keys(HOSTILE_NOTES).length);
  });
});
