/**
 * The statement schema refuses malformed statements, and says where in plain words: the
 * table and row (or "Statement" / "Rules" for top-level fields) and the field. Each case
 * breaks one thing in a valid copy of the IPR statement and goes through the same path as a
 * user's import (parseStatementFile), so what is checked here is what the user reads.
 */
import { describe, expect, it } from 'vitest';
import { parseStatementFile } from '../../src/statements/parseStatementFile';
import { statementFileSchema } from '../../src/statements/schema';
import { readStatementJson } from '../fixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const fresh = (): Json => readStatementJson('ipr-v1.7-2025.json') as Json;
const table = (data: Json, id: string): Json => data.tables.find((t: Json) => t.id === id);
const row = (data: Json, tableId: string, rowId: string): Json =>
  table(data, tableId).rows.find((r: Json) => r.id === rowId);

interface Case {
  name: string;
  breakIt: (data: Json) => void;
  /** Every part the message must contain: the place and what is wrong. */
  says: (string | RegExp)[];
  /** The zod schema alone refuses it (shape), rather than the whole-file checks. */
  isShape: boolean;
}

const cases: Case[] = [
  {
    name: 'a row missing its unit',
    breakIt: (d) => delete row(d, '001-F1', '001-F1-03').unit,
    says: ['Table 001-F1, row 001-F1-03', 'field “unit”', 'should be'],
    isShape: true,
  },
  {
    name: 'a row missing its description',
    breakIt: (d) => delete row(d, '001-F5', '001-F5-02').description,
    says: ['Table 001-F5, row 001-F5-02', 'field “description” is missing'],
    isShape: true,
  },
  {
    name: 'a statement missing its publication date',
    breakIt: (d) => delete d.publicationDate,
    says: ['Statement: field “publicationDate” is missing'],
    isShape: true,
  },
  {
    name: 'a table missing its title',
    breakIt: (d) => delete table(d, '001-C').title,
    says: ['Table 001-C: field “title” is missing'],
    isShape: true,
  },
  {
    name: 'min above max',
    breakIt: (d) => (row(d, '001-F1', '001-F1-02').price = { min: '1940', max: '1280' }),
    says: ['Table 001-F1, row 001-F1-02', 'max £1280 is lower than min £1940'],
    isShape: false,
  },
  {
    name: 'min above max in an additional charge',
    breakIt: (d) => (row(d, '001-C', '001-C-05').extra[0].price = { min: '200', max: '150' }),
    says: [
      'Table 001-C, row 001-C-05',
      'Additional charge per hour',
      'max £150 is lower than min £200',
    ],
    isShape: false,
  },
  {
    name: 'an unknown unit',
    breakIt: (d) => (row(d, '001-F5', '001-F5-01').unit = 'per furlong'),
    says: ['Table 001-F5, row 001-F5-01', 'field “unit”', '“per furlong”', '“per metre”|“m”'],
    isShape: true,
  },
  {
    name: 'a price written with a £ sign',
    breakIt: (d) => (row(d, '001-A', '001-A-01').price = { min: '£800', max: '800' }),
    says: ['Table 001-A, row 001-A-01', 'field “price.min”', 'no £ sign'],
    isShape: true,
  },
  {
    name: 'a date that does not exist',
    breakIt: (d) => (d.publicationDate = '2025-02-30'),
    says: ['Statement: field “publicationDate”', 'ISO date'],
    isShape: true,
  },
  {
    name: 'a date written day first',
    breakIt: (d) => (d.checkAfter = '23/11/25'),
    says: ['Statement: field “checkAfter”', '"YYYY-MM-DD"'],
    isShape: true,
  },
  {
    name: 'a bad date in the rules',
    breakIt: (d) => (d.rules.eccrPeriods[0].firstConnectedBefore = '2017-13-06'),
    says: ['Rules: field “eccrPeriods.[1].firstConnectedBefore”', 'ISO date'],
    isShape: true,
  },
  {
    name: 'a duplicate row id in the same table',
    breakIt: (d) => (row(d, '001-F2', '001-F2-02').id = '001-F2-01'),
    says: ['Table 001-F2, row 001-F2-01', 'the row id “001-F2-01” is already used in this table'],
    isShape: false,
  },
  {
    name: 'a duplicate row id across tables',
    breakIt: (d) => (row(d, '001-B', '001-B-07').id = '001-A-07'),
    says: ['Table 001-B, row 001-A-07', 'already used in table 001-A'],
    isShape: false,
  },
  {
    name: 'a duplicate table id',
    breakIt: (d) => (table(d, '001-F4').id = '001-F3'),
    says: ['Table 001-F3: the table id “001-F3” is already used by another table'],
    isShape: false,
  },
  {
    name: 'a row without a citation',
    breakIt: (d) => delete row(d, '001-F6', '001-F6-05').citation,
    says: ['Table 001-F6, row 001-F6-05', 'has no citation', 'must name the paragraph'],
    isShape: true,
  },
  {
    name: 'a row whose citation is blank',
    breakIt: (d) => (row(d, '001-H', '001-H-02').citation = ' '),
    says: ['Table 001-H, row 001-H-02 (“HV Network”): has no citation'],
    isShape: true,
  },
  {
    name: 'a rule without a citation',
    breakIt: (d) => delete d.rules.citations[Object.keys(d.rules.citations)[0]!],
    says: ['Rules: there is no citation for the rule'],
    isShape: true,
  },
  {
    name: 'a QAS definition no connection can meet',
    breakIt: (d) => (d.feeCategories.qasDefinitions[1].premises = { min: 4, max: 2 }),
    says: ['QAS definition 2 (“Small Project Demand Connection (a)”): its premises “min” (4)'],
    isShape: false,
  },
  {
    name: 'a QAS definition without its name',
    breakIt: (d) => delete d.feeCategories.qasDefinitions[0].name,
    says: ['qasDefinitions'],
    isShape: true,
  },
];

describe('the statement schema refuses malformed statements and says where', () => {
  it.each(cases)('$name', ({ breakIt, says, isShape }) => {
    const data = fresh();
    breakIt(data);
    expect(statementFileSchema.safeParse(data).success).toBe(!isShape);
    const result = parseStatementFile(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const joined = result.errors.join('\n');
    for (const part of says) {
      if (typeof part === 'string' && part.includes('|')) {
        expect(joined).toMatch(new RegExp(part));
      } else if (typeof part === 'string') {
        expect(joined).toContain(part);
      } else {
        expect(joined).toMatch(part);
      }
    }
  });

  it('the unbroken copy is accepted, so each refusal is down to the one change', () => {
    const result = parseStatementFile(JSON.stringify(fresh()));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('names every problem, each in its own table and row', () => {
    const data = fresh();
    delete row(data, '001-F1', '001-F1-01').citation;
    row(data, '001-F5', '001-F5-01').unit = 'yards';
    const result = parseStatementFile(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(2);
    expect(result.errors.some((e) => e.startsWith('Table 001-F1, row 001-F1-01'))).toBe(true);
    expect(result.errors.some((e) => e.startsWith('Table 001-F5, row 001-F5-01'))).toBe(true);
  });
});
