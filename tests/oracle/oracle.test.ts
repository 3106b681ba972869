/**
 * Oracle cases: the worked examples of the charging statements (001 §5, 002 Schedule 4),
 * with the figures typed from the documents. Each case names a template estimate file and
 * the document's figures; the engine must reproduce each line and total to within the
 * case's tolerance (£1: the documents round lines to whole pounds). Where the document's
 * own arithmetic slips, the case records the slip under `errata` and expects
 * the correct figure, worked by hand from the document's inputs.
 *
 * These are kept apart from regression snapshots: every expected figure here comes from
 * a document, none from this code's output.
 */
import { readFileSync, readdirSync } from 'node:fs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { computeEstimate } from '../../src/engine';
import type { EstimateResult, LineResult, RuleParameters } from '../../src/engine/types';
import { parseEstimateFile } from '../../src/estimate-file/parseEstimateFile';
import type { EstimateFile } from '../../src/estimate-file/types';

interface OracleCase {
  id: string;
  kind: 'oracle';
  citation: string;
  template: string;
  tolerancePounds: string;
  expected: {
    lines?: Record<string, string>;
    minimumCustomerExVat?: string;
    enhancedCustomerExVat?: string;
    payableExVat: string;
  };
  errata?: { what: string; documentFigure: string; engineFigure: string; reason: string }[];
}

const repo = new URL('../../', import.meta.url);
const casesDir = new URL('cases/', import.meta.url);
const caseFiles = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const cases: OracleCase[] = caseFiles.map(
  (f) => JSON.parse(readFileSync(new URL(f, casesDir), 'utf8')) as OracleCase,
);

function loadTemplate(path: string): EstimateFile {
  const parsed = parseEstimateFile(readFileSync(new URL(path, repo), 'utf8'));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.file;
}

function loadRules(statementId: string): RuleParameters {
  const statement = JSON.parse(
    readFileSync(new URL(`public/statements/${statementId}.json`, repo), 'utf8'),
  ) as { rules: RuleParameters };
  return statement.rules;
}

function findLine(result: EstimateResult, lineId: string): LineResult | undefined {
  const schemes = [result.schemes.minimum, result.schemes.enhanced].filter((s) => s !== null);
  return schemes.flatMap((s) => s.lines).find((l) => l.lineId === lineId);
}

/** Asserts |engine − document| ≤ tolerance, with a message that shows both figures. */
function expectWithin(label: string, engine: string, document: string, tolerance: string): void {
  const gap = new Decimal(engine).minus(document).abs();
  expect(
    gap.lte(tolerance),
    `${label}: engine £${engine}, document £${document} (gap £${gap.toFixed(2)}, tolerance £${tolerance})`,
  ).toBe(true);
}

describe('oracle: worked examples of the charging statements', () => {
  it('has a case for every worked example', () => {
    expect(cases.map((c) => c.id)).toEqual(caseFiles.map((f) => f.replace(/\.json$/, '')));
    // 001 §5: 1, 2A, 2B A–C, 3A–D, 4, 5, 6, 7A, 7B, 8A–D, 9a–c, 10–14 (26 variants);
    // 002 Schedule 4: §4.1 Examples 1–5 and §4.2 Examples 1–4.
    expect(cases.filter((c) => c.id.startsWith('001-'))).toHaveLength(26);
    expect(cases.filter((c) => c.id.startsWith('002-'))).toHaveLength(9);
  });

  it.each(cases.filter((c) => c.errata))('$id records each erratum with a reason', (c) => {
    for (const e of c.errata ?? []) {
      expect(e.reason.length).toBeGreaterThan(20);
      expect(new Decimal(e.documentFigure).eq(e.engineFigure)).toBe(false);
    }
  });

  it.each(cases)('$id: the template publishes the same total as the case', (c) => {
    // The document's printed total is either the expected payable figure or, where the
    // document slipped, the erratum's document figure for the total.
    const published = loadTemplate(c.template).source!.publishedTotal;
    const totalErratum = c.errata?.find((e) => /^Total Connection Charge/.test(e.what));
    if (totalErratum) {
      expect(published).toBe(totalErratum.documentFigure);
      expect(totalErratum.engineFigure).toBe(c.expected.payableExVat);
    } else {
      expectWithin('published total', published, c.expected.payableExVat, c.tolerancePounds);
    }
  });

  it.each(cases)('$id ($citation)', (c) => {
    expect(c.kind).toBe('oracle');
    const file = loadTemplate(c.template);
    expect(file.source?.citation).toBeTruthy();
    // Each example is entered as a new estimate: no rule-set choice, so the statement's own
    // methodology must give the statement's own figures.
    expect(file.inputs.ruleSetOverride ?? null).toBeNull();
    const rules = loadRules(file.statementId);
    const outcome = computeEstimate(file.inputs, rules);
    if (!outcome.ok) {
      throw new Error(
        `engine refused the input: ${outcome.issues.map((i) => i.message).join('; ')}`,
      );
    }
    const { result } = outcome;
    // Every worked example is complete: nothing is left out of its totals.
    expect(result.notCounted).toEqual([]);
    expect(result.ruleSet.id).toBe(rules.methodology);
    const tol = c.tolerancePounds;

    for (const [lineId, expected] of Object.entries(c.expected.lines ?? {})) {
      const line = findLine(result, lineId);
      expect(line, `line ${lineId} is in the result`).toBeDefined();
      expectWithin(`line ${lineId} (${line!.description})`, line!.customer.expected, expected, tol);
    }
    if (c.expected.minimumCustomerExVat !== undefined) {
      expectWithin(
        'Minimum Scheme charge',
        result.schemes.minimum.totals.customerExVat.expected,
        c.expected.minimumCustomerExVat,
        tol,
      );
    }
    if (c.expected.enhancedCustomerExVat !== undefined) {
      expect(result.schemes.enhanced, 'the estimate has an Enhanced Scheme').not.toBeNull();
      expectWithin(
        'Enhanced Scheme charge',
        result.schemes.enhanced!.totals.customerExVat.expected,
        c.expected.enhancedCustomerExVat,
        tol,
      );
    }
    expectWithin(
      'payable (ex VAT)',
      result.comparison.payableExVat.expected,
      c.expected.payableExVat,
      tol,
    );
    // The worked examples use fixed figures, so the low and high scenarios equal the expected one.
    expect(result.comparison.payableExVat.low).toBe(result.comparison.payableExVat.expected);
    expect(result.comparison.payableExVat.high).toBe(result.comparison.payableExVat.expected);
  });
});
