import { describe, expect, it } from 'vitest';
import { parseStatementFile } from '../../src/statements/parseStatementFile';
import { validateStatement } from '../../src/statements/validateStatement';
import { readStatementJson, readStatementText } from '../fixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh, valid copy of the IPR statement to break in one place. */
const ipr = (): Json => readStatementJson('ipr-v1.7-2025.json') as Json;

function errorsOf(data: unknown): string[] {
  const result = validateStatement(data);
  if (result.ok) throw new Error('expected the statement to be refused');
  return result.errors;
}

describe('validateStatement', () => {
  it.each(['ipr-v1.7-2025.json', 'spm-2008.json'])('accepts %s as served', (file) => {
    const result = parseStatementFile(readStatementText(file));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('refuses a max below the min, naming the table, row and amounts', () => {
    const data = ipr();
    data.tables[5].rows[3].price = { min: '120', max: '80' };
    expect(errorsOf(data)).toEqual([
      'Table 001-F1, row 001-F1-04 (“Additional meters of service cable in typical tarmac foot…”): max £80 is lower than min £120',
    ]);
  });

  it('refuses an additional charge whose max is below its min', () => {
    const data = ipr();
    data.tables[1].rows[0].extra[0].price = { min: '150', max: '80' };
    expect(errorsOf(data)[0]).toMatch(
      /^Table 001-B, row 001-B-01 \(“Single LV Service Demand Connection”\): “Additional charge.*”: max £80 is lower than min £150$/,
    );
  });

  it('refuses a POA price that also gives prices, and a priced row without both bounds', () => {
    const data = ipr();
    data.tables[14].rows[0].price = { poa: true, min: '10', max: '20' };
    data.tables[0].rows[0].price = { min: '800' };
    expect(errorsOf(data)).toEqual([
      'Table 001-A, row 001-A-01 (“Single LV Service Demand Connection”): has no max price; give both, or mark it POA',
      'Table 001-J, row 001-J-01 (“Negotiation of special terms”): is POA but also gives a min and max price; a POA price has none (keep a printed figure in “from” or “upTo”)',
    ]);
  });

  it('refuses a row without a citation', () => {
    const data = ipr();
    delete data.tables[13].rows[2].citation;
    data.tables[13].rows[3].citation = '  ';
    expect(errorsOf(data)).toEqual([
      'Table 001-I, row 001-I-03 (“Residential /commercial/industrial development substation…”): has no citation; every row must name the paragraph it comes from',
      'Table 001-I, row 001-I-04 (“Wayleave(s)/easements(s) only on a residential site from …”): has no citation; every row must name the paragraph it comes from',
    ]);
  });

  it('refuses duplicate table and row ids', () => {
    const data = ipr();
    data.tables[1].id = '001-A';
    data.tables[2].rows[1].id = '001-C-01';
    const errors = errorsOf(data);
    expect(errors).toContain('Table 001-A: the table id “001-A” is already used by another table');
    expect(errors).toContain(
      'Table 001-C, row 001-C-01 (“2 to 4 services single phase LV, no extension to LV network”): the row id “001-C-01” is already used in this table; row ids must be unique',
    );
  });

  it('refuses rules for another statement', () => {
    const data = ipr();
    data.rules.statementId = 'spm-2008';
    expect(errorsOf(data)).toEqual([
      "Rules: “statementId” is “spm-2008” but the statement's id is “ipr-v1.7-2025”; they must be equal",
    ]);
  });

  it('refuses rules missing a citation key or a one-voltage cell', () => {
    const data = ipr();
    delete data.rules.citations.securityCaf;
    delete data.rules.oneVoltageTable.HV['ehv-network'];
    delete data.rules.oneVoltageTable['132kV'];
    expect(errorsOf(data).sort()).toEqual(
      [
        'Rules, one-voltage table: the 132kV row is missing; the table needs rows LV, HV, EHV and 132kV',
        'Rules, one-voltage table: the HV row has no “ehv-network” cell; every row needs all eight asset levels',
        'Rules: there is no citation for the rule “securityCaf”; every rule the engine applies must name its paragraph',
      ].sort(),
    );
  });

  it('refuses dates that are not ISO calendar dates', () => {
    const data = ipr();
    data.publicationDate = '23/11/25';
    data.checkAfter = '2025-02-30';
    const errors = errorsOf(data);
    expect(errors).toEqual([
      'Statement: field “publicationDate” should be an ISO date written "YYYY-MM-DD" (e.g. "2025-11-23")',
      'Statement: field “checkAfter” should be an ISO date written "YYYY-MM-DD" (e.g. "2025-11-23")',
    ]);
  });

  it('refuses unknown fields, wrong units and money written as numbers or with £', () => {
    const data = ipr();
    data.tables[0].rows[0].colour = 'red';
    data.tables[0].rows[1].unit = 'per fortnight';
    data.tables[0].rows[2].price.max = 800;
    data.tables[0].rows[3].price.min = '£1,000';
    const errors = errorsOf(data);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toBe(
      'Table 001-A, row 001-A-01 (“Single LV Service Demand Connection”): has an unknown field “colour”',
    );
    expect(errors[1]).toMatch(
      /row 001-A-02 .*field “unit” should be “each” or .* \(found “per fortnight”\)$/,
    );
    expect(errors[2]).toMatch(
      /row 001-A-03 .*field “price.max” should be a string \(found number\)$/,
    );
    expect(errors[3]).toMatch(
      /row 001-A-04 .*field “price.min” should be an amount in pounds written as a string/,
    );
  });

  it('refuses something that is not a statement with one clear message', () => {
    expect(errorsOf([1, 2])).toEqual([
      'The file is not a charging statement: it should be a JSON object.',
    ]);
    expect(errorsOf({ format: 'connection-charging-statement-index', statements: [] })).toEqual([
      'The file is not a charging statement: its “format” should be “connection-charging-statement” (found “connection-charging-statement-index”).',
    ]);
    const notJson = parseStatementFile('{"format": ');
    expect(notJson.ok).toBe(false);
    expect(notJson.ok ? '' : notJson.errors[0]).toMatch(
      /^The file is not valid JSON, so it cannot be a statement: /,
    );
  });

  it('does not change the data it validates', () => {
    const data = ipr();
    const before = JSON.stringify(data);
    validateStatement(data);
    expect(JSON.stringify(data)).toBe(before);
  });
});
