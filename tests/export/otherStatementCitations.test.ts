/**
 * Under a statement other than 001, the exports cite that statement's own paragraphs or none,
 * never 001's: the CSV, the XLSX's rows, the customer page and the PDF's text, for every 002
 * worked example and for the fictional operator's statement written from
 * docs/statement-file.md alone. (The browser test other-statement-text.e2e.ts does the same
 * for every screen.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEstimateRows } from '../../src/export/buildEstimateRows';
import { buildEstimateCsv } from '../../src/export/csv/buildEstimateCsv';
import { customerSummary } from '../../src/export/customerSummary';
import { buildAssumptions } from '../../src/export/estimateNotes';
import { buildEstimatePdf } from '../../src/export/pdf/buildEstimatePdf';
import { createDefaultEstimate } from '../../src/state/defaultEstimate';
import type { StatementFile } from '../../src/statements/types';
import { validateStatement } from '../../src/statements/validateStatement';
import { compute, loadStatement, readPdf, templateFiles } from './fixtures';

const OTHER = /001 (§|Part|Sch|Ex|Glossary)|cf\. 001|Indigo/;
const preparedOn = '2026-11-30';

function fenland(): StatementFile {
  const v = validateStatement(
    JSON.parse(
      readFileSync(
        resolve(process.cwd(), 'tests/fixtures/statements/fenland-wires-2030.json'),
        'utf8',
      ),
    ),
  );
  if (!v.ok) throw new Error(v.errors.join('\n'));
  return v.statement;
}

function exportText(input: Parameters<typeof buildEstimateCsv>[0], name: string): string {
  const pdf = buildEstimatePdf(input);
  return [
    buildEstimateCsv(input).text,
    JSON.stringify(buildEstimateRows(input)),
    JSON.stringify(customerSummary(input)),
    JSON.stringify(buildAssumptions(input.estimate, input.statement, input.result, preparedOn)),
    readPdf(pdf.bytes, `${name}.pdf`).pages.join('\n'),
  ].join('\n');
}

describe('exports under another statement cite its paragraphs, not 001’s', () => {
  const spm = loadStatement('spm-2008');
  const examples = templateFiles().filter((t) => t.estimate.statementId === 'spm-2008');

  it.each(examples.map((t) => [t.name, t.estimate] as const))('002: %s', (name, estimate) => {
    const result = compute(estimate, spm);
    const text = exportText(
      { estimate, statement: spm, result, preparedOn },
      name.replace('/', '-'),
    );
    expect(text).toMatch(/002 (§|Sch)/);
    expect(text.split('\n').filter((line) => OTHER.test(line))).toEqual([]);
  });

  it('the fictional operator’s statement: its own paragraphs, and no note cites another’s', () => {
    const statement = fenland();
    // The built-in example's own title and O&M note name 001's Example 3: the user's text.
    const estimate = createDefaultEstimate('2030-05-01', '2030-05-01T09:00:00Z');
    estimate.statementId = statement.id;
    estimate.title = 'A 600 kVA commercial connection';
    estimate.inputs.omOverride = null;
    const result = compute(estimate, statement);
    const text = exportText({ estimate, statement, result, preparedOn }, 'fenland');
    expect(text).toMatch(/FW §/);
    expect(text.split('\n').filter((line) => OTHER.test(line) || /00[12] §/.test(line))).toEqual(
      [],
    );
  });

  it('with 001, the notes still cite 001’s own paragraphs', () => {
    const ipr = loadStatement('ipr-v1.7-2025');
    const estimate = createDefaultEstimate('2026-11-30', '2026-11-30T09:00:00Z');
    const result = compute(estimate, ipr);
    const notes = buildAssumptions(estimate, ipr, result, preparedOn);
    expect(notes.map((n) => n.citation)).toEqual(
      expect.arrayContaining(['001 §2.9', '001 §7.3', '001 §7.21, §7.25']),
    );
    expect(customerSummary({ estimate, statement: ipr, result, preparedOn }).nextStep).toContain(
      'open for acceptance for 90 days (001 §3.2)',
    );
  });
});
