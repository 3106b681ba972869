/**
 * The XLSX export, read back as a spreadsheet program would: the file is unzipped with
 * fflate and the workbook, sheet, shared-string and style XML parsed here. Every figure is
 * compared with the engine's result for a worked example from src/templates, computed with
 * the real engine and statement, never with the export code under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { zipXlsxInPage } from '../../../build/zipXlsxInPage';
import { describe, expect, it } from 'vitest';
import type { LineResult, Money, Range } from '../../../src/engine/types';
import type { EstimateFile } from '../../../src/estimate-file/types';
import { ExportError, type ExportedFile } from '../../../src/export/types';
import { buildEstimateXlsx } from '../../../src/export/xlsx/buildEstimateXlsx';
import { zip as zipInPage } from '../../../src/export/xlsx/fflateInPage';
import { moneyCell, spreadsheetNumber } from '../../../src/export/xlsx/xlsxCells';
import {
  compute,
  demoEstimate,
  estimateWithNotes,
  HOSTILE_NOTES,
  largeEstimate,
  loadStatement,
  templateFiles,
} from '../fixtures';

const NOTICE = 'Budget estimate — not a formal connection offer — it cannot be accepted.';
const MONEY_FORMAT = '"£"#,##0.00';
const preparedOn = '2026-03-05';

// ---------------------------------------------------------------------------
// A small reader for the parts of SpreadsheetML the export writes
// ---------------------------------------------------------------------------

interface Cell {
  /** "s" for a shared string, undefined for a number. */
  type: string | undefined;
  /** The raw <v> content: a number as written, or a shared-string index. */
  raw: string;
  /** The text of a shared string, or the number as written. */
  text: string;
  style: number;
  hasFormula: boolean;
}

interface Sheet {
  name: string;
  xml: string;
  /** Rows by 1-based row number; cells by column letter. */
  rows: Map<number, Map<string, Cell>>;
}

interface Workbook {
  files: Record<string, Uint8Array>;
  sheets: Sheet[];
  /** The number format code of each cell style (cellXfs index), or null. */
  formats: (string | null)[];
  boldStyles: Set<number>;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]!) : undefined;
}

function readWorkbook(file: ExportedFile): Workbook {
  const files = unzipSync(new Uint8Array(file.bytes));
  const text = (path: string) => {
    const bytes = files[path];
    if (!bytes) throw new Error(`${path} is missing from the workbook`);
    return strFromU8(bytes);
  };
  const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    ([, si]) =>
      unescapeXml([...si!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const rels = new Map(
    [...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => [
      attr(tag, 'Id')!,
      attr(tag, 'Target')!,
    ]),
  );
  const sheets = [...text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => {
    const target = rels.get(attr(tag, 'r:id')!)!;
    const xml = text(`xl/${target.replace(/^\/?xl\//, '')}`);
    const rows = new Map<number, Map<string, Cell>>();
    for (const [, rowTag, body] of xml.matchAll(/(<row\b[^>]*>)([\s\S]*?)<\/row>/g)) {
      const cells = new Map<string, Cell>();
      for (const [, cellTag, inner = ''] of body!.matchAll(
        /(<c\b[^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
      )) {
        const ref = attr(`${cellTag} `, 'r')!;
        const type = attr(`${cellTag} `, 't');
        const raw = unescapeXml(/<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? '');
        cells.set(ref.replace(/\d+$/, ''), {
          type,
          raw,
          text: type === 's' ? strings[Number(raw)]! : raw,
          style: Number(attr(`${cellTag} `, 's') ?? '0'),
          hasFormula: /<f[\s>]/.test(inner),
        });
      }
      rows.set(Number(attr(rowTag!, 'r')), cells);
    }
    return { name: attr(tag, 'name')!, xml, rows };
  });
  const styles = text('xl/styles.xml');
  const numFmts = new Map(
    [...styles.matchAll(/<numFmt\b[^>]*>/g)].map(([tag]) => [
      attr(tag, 'numFmtId')!,
      attr(tag, 'formatCode')!,
    ]),
  );
  const fonts = [
    ...(/<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(
      /<font>([\s\S]*?)<\/font>/g,
    ),
  ].map(([, font]) => /<b\/>/.test(font!));
  const xfs = [
    ...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g),
  ].map(([tag]) => tag);
  return {
    files,
    sheets,
    formats: xfs.map((tag) => numFmts.get(attr(tag, 'numFmtId') ?? '') ?? null),
    boldStyles: new Set(
      xfs.flatMap((tag, i) => (fonts[Number(attr(tag, 'fontId') ?? '0')] ? [i] : [])),
    ),
  };
}

function sheetNamed(book: Workbook, name: string): Sheet {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet "${name}"`);
  return sheet;
}

/** The header row (row 2) as column letter by heading. */
function columnsOf(sheet: Sheet): Map<string, string> {
  return new Map([...sheet.rows.get(2)!].map(([column, cell]) => [cell.text, column]));
}

/** Data rows (below the header) whose cell under `heading` has the given text. */
function rowsWhere(sheet: Sheet, heading: string, text: string): Map<string, Cell>[] {
  const column = columnsOf(sheet).get(heading)!;
  return [...sheet.rows]
    .filter(([n, cells]) => n > 2 && cells.get(column)?.text === text)
    .map(([, cells]) => cells);
}

function expectMoney(book: Workbook, cell: Cell | undefined, amount: Money): void {
  expect(cell, `a cell for ${amount}`).toBeDefined();
  // A number cell (no t="s"), with the £ format, holding exactly the engine's decimal.
  expect(cell!.type).toBeUndefined();
  expect(cell!.hasFormula).toBe(false);
  expect(book.formats[cell!.style]).toBe(MONEY_FORMAT);
  expect(new Decimal(cell!.raw).equals(new Decimal(amount))).toBe(true);
}

function expectRange(
  book: Workbook,
  sheet: Sheet,
  row: Map<string, Cell> | undefined,
  headings: [string, string, string],
  range: Range<Money>,
): void {
  expect(row).toBeDefined();
  const columns = columnsOf(sheet);
  expectMoney(book, row!.get(columns.get(headings[0])!), range.low);
  expectMoney(book, row!.get(columns.get(headings[1])!), range.expected);
  expectMoney(book, row!.get(columns.get(headings[2])!), range.high);
}

const PAY: [string, string, string] = [
  'You pay low (£)',
  'You pay expected (£)',
  'You pay high (£)',
];
const COST: [string, string, string] = ['Cost low (£)', 'Cost expected (£)', 'Cost high (£)'];
const OPERATOR: [string, string, string] = [
  'Operator pays low (£)',
  'Operator pays expected (£)',
  'Operator pays high (£)',
];
const SUMMARY: [string, string, string] = ['Low (£)', 'Expected (£)', 'High (£)'];

function template(file: string): EstimateFile {
  const path = join(
    import.meta.dirname,
    '..',
    '..',
    '..',
    'src',
    'templates',
    'worked-examples',
    file,
  );
  return JSON.parse(readFileSync(path, 'utf8')) as EstimateFile;
}

// ---------------------------------------------------------------------------

describe('buildEstimateXlsx on 001 Ex 3B (customer-requested Enhanced Scheme)', async () => {
  const statement = loadStatement('ipr-v1.7-2025');
  const estimate = { ...template('ipr-ex-03b.json'), reference: 'EST-2026-0001' };
  const result = compute(estimate, statement);
  const file = await buildEstimateXlsx({ estimate, statement, result, preparedOn });
  const book = readWorkbook(file);

  it('is a zipped workbook named from the reference', () => {
    expect(file.fileName).toBe('EST-2026-0001-budget-estimate.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(new TextDecoder().decode(new Uint8Array(file.bytes).slice(0, 2))).toBe('PK');
    expect(file.blob.size).toBe(file.bytes.byteLength);
    expect(file.blob.type).toBe(file.mimeType);
    expect(Object.keys(book.files)).toContain('[Content_Types].xml');
  });

  it('has the Summary, both scheme sheets, the Fees and the Assumptions, in that order', () => {
    expect(book.sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Minimum Scheme',
      'Enhanced Scheme',
      'Fees',
      'Assumptions',
    ]);
  });

  it('opens every sheet with the non-binding notice and a bold header row, both frozen', () => {
    for (const sheet of book.sheets) {
      expect(sheet.rows.get(1)?.get('A')?.text, sheet.name).toBe(NOTICE);
      const header = [...sheet.rows.get(2)!.values()];
      expect(header.length).toBeGreaterThan(3);
      for (const cell of header) expect(book.boldStyles.has(cell.style)).toBe(true);
      expect(sheet.xml).toMatch(/<pane\b[^>]*ySplit="2"[^>]*state="frozen"/);
      expect(sheet.xml).toMatch(/<col\b[^>]*width="\d+"[^>]*customWidth="1"/);
    }
  });

  it('puts the estimate details, statement and rule set on the Summary', () => {
    const summary = sheetNamed(book, 'Summary');
    const detail = (item: string) => rowsWhere(summary, 'Item', item)[0]?.get('B')?.text;
    expect(detail('Reference')).toBe('EST-2026-0001');
    expect(detail('Statement')).toBe(statement.title);
    expect(detail('Statement version')).toBe(statement.version);
    expect(detail('Operator')).toBe(statement.operator);
    expect(detail('Date prepared')).toBe(preparedOn);
    expect(detail('Rule set')).toContain(result.ruleSet.label);
    expect(rowsWhere(summary, 'Item', 'Rule set')[0]?.get('F')?.text).toBe(result.ruleSet.citation);
  });

  it('gives the comparison and what the customer pays as £ numbers equal to the engine’s', () => {
    const summary = sheetNamed(book, 'Summary');
    const c = result.comparison;
    const row = (item: string) => rowsWhere(summary, 'Item', item)[0];
    expectRange(book, summary, row('You pay excluding VAT'), SUMMARY, c.payableExVat);
    expectRange(book, summary, row('VAT'), SUMMARY, c.payableVat);
    expectRange(book, summary, row('You pay including VAT'), SUMMARY, c.payableIncVat);
    expectRange(
      book,
      summary,
      row('Extra capital cost of the Enhanced Scheme'),
      SUMMARY,
      c.excessCapitalCost,
    );
    expectRange(book, summary, row('O&M on the extra capital cost'), SUMMARY, c.excessOm);
    expectRange(
      book,
      summary,
      row(`${result.schemes.minimum.name}: you pay excluding VAT`),
      SUMMARY,
      c.payableByScheme.minimum.exVat,
    );
    expectRange(
      book,
      summary,
      row(`${result.schemes.enhanced!.name}: you pay excluding VAT`),
      SUMMARY,
      c.payableByScheme.enhanced!.exVat,
    );
    expect(row('Rule applied')?.get('F')?.text).toContain(statement.rules.citations.om);
    const charged = row('Scheme charged')!;
    expect(charged.get('D')?.text).toBe(
      c.chargedScheme.expected === 'enhanced' ? 'Enhanced Scheme' : 'Minimum Scheme',
    );
    // The payable figures are what the reader came for: bold.
    const payable = row('You pay including VAT')!;
    expect(book.boldStyles.has(payable.get('D')!.style)).toBe(true);
  });

  it('lists every line of each scheme with the engine’s cost, customer and operator shares', () => {
    for (const [name, scheme] of [
      ['Minimum Scheme', result.schemes.minimum],
      ['Enhanced Scheme', result.schemes.enhanced!],
    ] as const) {
      const sheet = sheetNamed(book, name);
      const columns = columnsOf(sheet);
      expect([...columns.keys()]).toEqual(
        expect.arrayContaining([
          'Description',
          'Quantity',
          'Unit',
          ...COST,
          'Rule',
          'CAF (%)',
          ...PAY,
          ...OPERATOR,
          'Citations',
        ]),
      );
      const input = estimate.inputs.schemes[name === 'Minimum Scheme' ? 'minimum' : 'enhanced']!;
      const lineRows = [...sheet.rows]
        .filter(([n, cells]) => n > 2 && cells.get(columns.get('Line ID')!))
        .map(([, cells]) => cells);
      expect(lineRows.map((r) => r.get(columns.get('Line ID')!)!.text)).toEqual(
        scheme.lines.map((l) => l.lineId),
      );
      scheme.lines.forEach((line: LineResult, i) => {
        const row = lineRows[i]!;
        const text = (heading: string) => row.get(columns.get(heading)!)?.text;
        expect(text('Description')).toBe(line.description);
        expect(text('Rule')).toBe(line.ruleLabel);
        const lineInput = input.lines.find((l) => l.id === line.lineId)!;
        expect(new Decimal(text('Quantity')!).equals(lineInput.quantity)).toBe(true);
        expect(text('Unit')).toBe(lineInput.unit);
        for (const e of line.explanation) expect(text('Citations')).toContain(e.citation);
        if (line.apportionment) {
          expect(new Decimal(text('CAF (%)')!).equals(line.apportionment.cafPercent)).toBe(true);
        }
        expectRange(book, sheet, row, COST, line.cost);
        expectRange(book, sheet, row, PAY, line.customer);
        expectRange(book, sheet, row, OPERATOR, line.operator);
      });
    }
  });

  it('gives each scheme’s totals beneath its lines, in the right columns', () => {
    const pays = result.comparison.payableByScheme;
    for (const [name, scheme, pay] of [
      ['Minimum Scheme', result.schemes.minimum, pays.minimum],
      ['Enhanced Scheme', result.schemes.enhanced!, pays.enhanced!],
    ] as const) {
      const sheet = sheetNamed(book, name);
      const total = (d: string) => rowsWhere(sheet, 'Description', d)[0];
      const t = scheme.totals;
      expectRange(book, sheet, total('You pay excluding VAT'), PAY, pay.exVat);
      expectRange(book, sheet, total('VAT'), PAY, pay.vat);
      expectRange(book, sheet, total('You pay including VAT'), PAY, pay.incVat);
      expectRange(
        book,
        sheet,
        total('Extension Assets (contestable)'),
        PAY,
        t.extensionContestable,
      );
      expectRange(book, sheet, total('Operation and maintenance (one-off)'), PAY, t.om);
      expectRange(
        book,
        sheet,
        total('All costs funded by the operator'),
        OPERATOR,
        t.operatorFunded,
      );
      expectRange(book, sheet, total('Capital cost of the works'), COST, t.capitalCost);
      // Totals sit below the last line.
      const lastLine = Math.max(
        ...[...sheet.rows]
          .filter(([n, cells]) => n > 2 && cells.get(columnsOf(sheet).get('Line ID')!))
          .map(([n]) => n),
      );
      const totalRow = [...sheet.rows].find(
        ([n, cells]) =>
          n > 2 &&
          cells.get(columnsOf(sheet).get('Description')!)?.text === 'You pay excluding VAT',
      )![0];
      expect(totalRow).toBeGreaterThan(lastLine);
    }
  });

  it('writes the Assumptions: VAT, exclusions and every citation the result uses', () => {
    const sheet = sheetNamed(book, 'Assumptions');
    const topics = rowsWhere(sheet, 'Section', 'Assumption').map((r) => r.get('B')?.text);
    expect(topics).toEqual(expect.arrayContaining(['VAT', 'Traffic management', 'Land rights']));
    const vat = rowsWhere(sheet, 'Section', 'Assumption').find((r) => r.get('B')?.text === 'VAT');
    expect(vat?.get('C')?.text).toContain('All prices exclude VAT');
    const cited = rowsWhere(sheet, 'Section', 'Citation used').map((r) => r.get('D')?.text);
    const used = new Set(
      [result.ruleSet.citation, ...result.comparison.explanation.map((e) => e.citation)].concat(
        result.schemes.minimum.lines.flatMap((l) => l.explanation.map((e) => e.citation)),
      ),
    );
    for (const citation of used) expect(cited).toContain(citation.trim());
  });

  it('writes no formulas anywhere', () => {
    for (const sheet of book.sheets) expect(sheet.xml).not.toMatch(/<f[\s>]/);
  });
});

describe('buildEstimateXlsx with other estimates', () => {
  const statement = loadStatement('ipr-v1.7-2025');

  it('lists POA items on the Assumptions sheet and leaves POA lines without figures', async () => {
    const estimate = demoEstimate();
    const result = compute(estimate, statement);
    const book = readWorkbook(await buildEstimateXlsx({ estimate, statement, result, preparedOn }));
    const assumptions = sheetNamed(book, 'Assumptions');
    const poa = rowsWhere(assumptions, 'Section', 'Priced on application').map(
      (r) => r.get('C')?.text,
    );
    const expected = [...result.schemes.minimum.poaItems, ...result.schemes.enhanced!.poaItems].map(
      (item) => `${item}: priced on application, excluded from every total`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(poa).toEqual(expected);
    const minimum = sheetNamed(book, 'Minimum Scheme');
    const poaLine = rowsWhere(minimum, 'Line ID', 'sub')[0]!;
    const columns = columnsOf(minimum);
    expect(poaLine.get(columns.get('POA')!)?.text).toBe('yes');
    for (const heading of [...COST, ...PAY, ...OPERATOR]) {
      expect(poaLine.get(columns.get(heading)!)).toBeUndefined();
    }
  });

  it('has no Enhanced Scheme sheet when there is no Enhanced Scheme', async () => {
    const estimate = template('ipr-ex-01.json');
    const result = compute(estimate, statement);
    expect(result.schemes.enhanced).toBeNull();
    const book = readWorkbook(await buildEstimateXlsx({ estimate, statement, result, preparedOn }));
    expect(book.sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Minimum Scheme',
      'Fees',
      'Assumptions',
    ]);
    const summary = sheetNamed(book, 'Summary');
    expectRange(
      book,
      summary,
      rowsWhere(summary, 'Item', 'You pay including VAT')[0],
      SUMMARY,
      result.comparison.payableIncVat,
    );
  });

  it('keeps formula-like text as text, never a formula', async () => {
    const estimate = demoEstimate();
    const evil = [
      '=HYPERLINK("http://example.invalid","click")',
      '+1+2',
      '@SUM(A1:A2)',
      '-2+3',
      '=1+1<2 & "x"',
    ];
    evil.forEach((text, i) => {
      estimate.inputs.schemes.minimum.lines[i]!.description = text;
    });
    estimate.title = '=cmd|"/c calc"!A1';
    const result = compute(estimate, statement);
    const book = readWorkbook(await buildEstimateXlsx({ estimate, statement, result, preparedOn }));
    for (const sheet of book.sheets) expect(sheet.xml).not.toMatch(/<f[\s>]/);
    const minimum = sheetNamed(book, 'Minimum Scheme');
    for (const text of evil) {
      const cell = rowsWhere(minimum, 'Description', text)[0]?.get('B');
      expect(cell?.type, text).toBe('s');
      expect(cell?.hasFormula).toBe(false);
    }
    const summary = sheetNamed(book, 'Summary');
    expect(rowsWhere(summary, 'Item', 'Title')[0]?.get('B')?.type).toBe('s');
    expect(rowsWhere(summary, 'Item', 'Title')[0]?.get('B')?.text).toBe(estimate.title);
  });

  it('drops characters XML cannot hold instead of writing a broken file', async () => {
    const estimate = demoEstimate();
    estimate.inputs.schemes.minimum.lines[0]!.description = 'LV cable\u0001 & <joints>';
    const result = compute(estimate, statement);
    const book = readWorkbook(await buildEstimateXlsx({ estimate, statement, result, preparedOn }));
    const minimum = sheetNamed(book, 'Minimum Scheme');
    expect(rowsWhere(minimum, 'Line ID', 'cable')[0]?.get('B')?.text).toBe('LV cable & <joints>');
  });

  const lineCount = (book: Workbook, name: string) => {
    const sheet = sheetNamed(book, name);
    const id = columnsOf(sheet).get('Line ID')!;
    return [...sheet.rows].filter(([n, cells]) => n > 2 && cells.get(id)).length;
  };

  // That a large workbook is zipped without a blob: worker (which the app's CSP refuses) is
  // checked in Chromium under the CSP (tests/e2e/editing.e2e.ts); here, that nothing is lost.
  it.each([100, 2000])('writes every line of %i lines per scheme', async (n) => {
    const estimate = largeEstimate(n);
    const result = compute(estimate, statement);
    const book = readWorkbook(await buildEstimateXlsx({ estimate, statement, result, preparedOn }));
    expect(lineCount(book, 'Minimum Scheme')).toBe(n);
    expect(lineCount(book, 'Enhanced Scheme')).toBe(n);
  });

  it('redirects only write-excel-file’s fflate to the in-page zip', () => {
    const plugin = zipXlsxInPage();
    const resolve = plugin.resolveId as (source: string, importer?: string) => string | null;
    expect(resolve('fflate', '/app/node_modules/write-excel-file/modules/zip/zip.js')).toMatch(
      /src[\\/]export[\\/]xlsx[\\/]fflateInPage\.ts$/,
    );
    expect(resolve('fflate', '/app/src/storage/backupZip.ts')).toBeNull();
    expect(resolve('dexie', '/app/node_modules/write-excel-file/x.js')).toBeNull();
  });

  it('zips in the page with the same content fflate would', async () => {
    const files = { 'a.xml': strToU8('<a>'.repeat(100_000)), 'b.txt': strToU8('b') };
    const archive = await new Promise<Uint8Array>((resolve, reject) =>
      zipInPage(files, (error, data) => (error ? reject(error) : resolve(data))),
    );
    const back = unzipSync(archive);
    expect(strFromU8(back['a.xml']!)).toBe('<a>'.repeat(100_000));
    expect(strFromU8(back['b.txt']!)).toBe('b');
  });

  it('builds a workbook for every shipped template, with the engine’s payable figures', async () => {
    const statements = new Map<string, ReturnType<typeof loadStatement>>();
    for (const { name, estimate } of templateFiles()) {
      const st = statements.get(estimate.statementId) ?? loadStatement(estimate.statementId);
      statements.set(estimate.statementId, st);
      const result = compute(estimate, st);
      const book = readWorkbook(
        await buildEstimateXlsx({ estimate, statement: st, result, preparedOn }),
      );
      expect(book.sheets[0]?.name, name).toBe('Summary');
      const summary = sheetNamed(book, 'Summary');
      expectRange(
        book,
        summary,
        rowsWhere(summary, 'Item', 'You pay excluding VAT')[0],
        SUMMARY,
        result.comparison.payableExVat,
      );
    }
  });
});

describe('xlsx cells', () => {
  it('writes pounds and pence as the exact number, rounded to pence', () => {
    expect(moneyCell('64900.00')).toMatchObject({ value: 64900, format: MONEY_FORMAT });
    expect(moneyCell('1234.565')).toMatchObject({ value: 1234.57 });
    expect(moneyCell('-12.5')).toMatchObject({ value: -12.5 });
    expect(moneyCell('9999999999999.99')).toMatchObject({ value: 9999999999999.99 });
  });

  it('refuses, in plain words, an amount a spreadsheet cannot hold exactly', () => {
    expect(() => moneyCell('12345678901234567.89')).toThrow(ExportError);
    expect(() => moneyCell('12345678901234567.89')).toThrow(/too large to write exactly/);
  });

  it('turns typed quantities into numbers only when they are exact numbers', () => {
    expect(spreadsheetNumber('120')).toBe(120);
    expect(spreadsheetNumber(' 2.5 ')).toBe(2.5);
    expect(spreadsheetNumber('abc')).toBeNull();
    expect(spreadsheetNumber('1e400')).toBeNull();
    expect(spreadsheetNumber('0.1234567890123456789')).toBeNull();
  });
});

describe('buildEstimateXlsx: the fees from the engine result', async () => {
  const statement = loadStatement('ipr-v1.7-2025');
  const estimate = template('ipr-ex-03b.json');
  const result = compute(estimate, statement);
  const file = await buildEstimateXlsx({ estimate, statement, result, preparedOn });
  const book = readWorkbook(file);
  const sheet = sheetNamed(book, 'Fees');
  const columns = columnsOf(sheet);
  const cell = (row: Map<string, Cell>, heading: string) => row.get(columns.get(heading)!);

  it.each(['minimum', 'enhanced'] as const)(
    'lists the %s scheme fee category and its rows with their printed min and max as money cells',
    (key) => {
      const fees = result.fees![key]!;
      expect(fees.ok).toBe(true);
      if (!fees.ok) return;
      const ofScheme = rowsWhere(sheet, 'Scheme', result.schemes[key]!.name);
      expect(ofScheme.length).toBeGreaterThan(3);
      const category = ofScheme.find((r) => cell(r, 'Fee')?.text === 'Fee category');
      expect(cell(category!, 'Fee category')?.text).toBe(fees.classification.label);
      // Each fee table of the category the engine chose, with the statement's own figures.
      for (const role of ['assessment-design', 'budget-estimate', 'feasibility-study'] as const) {
        const printed = statement.tables
          .find((t) => t.role === role)!
          .rows.find((r) => r.feeCategory === fees.classification.category)!;
        const row = ofScheme.find((r) => cell(r, 'Row')?.text === printed.id);
        expect(row, printed.id).toBeDefined();
        expect(cell(row!, 'Citation')?.text).toBe(printed.citation);
        if (printed.price.poa) {
          expect(cell(row!, 'POA')?.text).toBe('yes');
          continue;
        }
        expectMoney(book, cell(row!, 'Max (£)'), printed.price.max);
        if (printed.price.minIsNotApplicable) expect(cell(row!, 'Min (£)')).toBeUndefined();
        else expectMoney(book, cell(row!, 'Min (£)'), printed.price.min);
      }
    },
  );
});

describe('buildEstimateXlsx: the line notes (the grid’s Note column)', () => {
  const statement = loadStatement('ipr-v1.7-2025');

  it('writes each note as text under "Note", exactly as typed, never as a formula', async () => {
    const estimate = estimateWithNotes();
    const result = compute(estimate, statement);
    const book = readWorkbook(await buildEstimateXlsx({ estimate, statement, result, preparedOn }));
    for (const sheet of book.sheets) expect(sheet.xml).not.toMatch(/<f[\s>]/);
    const minimum = sheetNamed(book, 'Minimum Scheme');
    const columns = columnsOf(minimum);
    expect(columns.get('Note')).toBeDefined();
    for (const [lineId, note] of Object.entries(HOSTILE_NOTES)) {
      const cell = rowsWhere(minimum, 'Line ID', lineId)[0]?.get(columns.get('Note')!);
      expect(cell?.type, lineId).toBe('s');
      expect(cell?.text, lineId).toBe(note);
      expect(cell?.hasFormula).toBe(false);
    }
    // The formulas keep their own column; the Enhanced Scheme's lines have no note.
    const cable = result.schemes.minimum.lines.find((l) => l.lineId === 'cable')!;
    const formulas = cable.explanation.flatMap((e) => (e.formula ? [e.formula] : []));
    expect(rowsWhere(minimum, 'Line ID', 'cable')[0]?.get(columns.get('Formulas')!)?.text).toBe(
      formulas.join('; '),
    );
    const enhanced = sheetNamed(book, 'Enhanced Scheme');
    for (const lineId of Object.keys(HOSTILE_NOTES)) {
      expect(
        rowsWhere(enhanced, 'Line ID', lineId)[0]?.get(columnsOf(enhanced).get('Note')!),
      ).toBeUndefined();
    }
  });

  it('puts a total’s note under "Note" too, beneath the lines', async () => {
    const estimate = demoEstimate();
    const result = compute(estimate, statement);
    const book = readWorkbook(await buildEstimateXlsx({ estimate, statement, result, preparedOn }));
    const minimum = sheetNamed(book, 'Minimum Scheme');
    const vat = rowsWhere(minimum, 'Description', 'VAT')[0];
    expect(vat?.get(columnsOf(minimum).get('Note')!)?.text).toMatch(/^VAT at /);
  });
});
