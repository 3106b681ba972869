import { describe, expect, it } from 'vitest';
import { decimalParameter, integerParameter } from '../../src/guidance/statementParameters';
import { parameterCitation } from '../../src/statements/statementCitation';
import {
  STATEMENT_PARAMETER_KEYS,
  STATEMENT_PARAMETERS,
} from '../../src/statements/statementParameterKeys';
import type { StatementFile } from '../../src/statements/types';
import { validateStatement } from '../../src/statements/validateStatement';
import { readStatementJson } from '../fixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ipr = (): Json => readStatementJson('ipr-v1.7-2025.json') as Json;

function errorsOf(data: unknown): string[] {
  const result = validateStatement(data);
  if (result.ok) throw new Error('expected the statement to be refused');
  return result.errors;
}

describe('statement parameters, typed per key', () => {
  it('a misspelt key fails the type check where it is read', () => {
    const statement = ipr() as StatementFile;
    // @ts-expect-error: "lvNormalMaxKva" is not a parameter (lvNormalMaximumKva is).
    expect(parameterCitation(statement, 'lvNormalMaxKva')).toBe('');
    // @ts-expect-error: a misspelt key in a property read.
    expect(statement.parameters?.quoteValidityDay).toBeUndefined();
    const count = (p: NonNullable<StatementFile['parameters']>['quoteValidityDays']) => p?.value;
    // @ts-expect-error: a count holds a number, not a decimal string.
    expect(count({ value: '90', citation: '001 §3.2' })).toBe('90');
    // The right keys read their figures with their paragraphs.
    expect(parameterCitation(statement, 'lvNormalMaximumKva')).toBe('001 §3.18');
    expect(integerParameter(statement, 'quoteValidityDays')?.value).toBe(90);
    expect(decimalParameter(statement, 'qasTolerancePercent')?.value).toBe('5');
  });

  it('every parameter both statements give is a known key of its kind', () => {
    for (const file of ['ipr-v1.7-2025.json', 'spm-2008.json']) {
      const params = (readStatementJson(file) as Json).parameters as Record<string, Json>;
      for (const [key, p] of Object.entries(params)) {
        expect(STATEMENT_PARAMETER_KEYS).toContain(key);
        const kind = STATEMENT_PARAMETERS[key as keyof typeof STATEMENT_PARAMETERS];
        const expected = {
          decimal: 'string',
          count: 'number',
          boolean: 'boolean',
          text: 'string',
          date: 'string',
        }[kind];
        expect(typeof p.value, key).toBe(expected);
      }
    }
  });

  it('the validator refuses a misspelt key, naming it', () => {
    const data = ipr();
    data.parameters.lvNormalMaxKva = data.parameters.lvNormalMaximumKva;
    expect(errorsOf(data).join('\n')).toMatch(/lvNormalMaxKva/);
  });

  it('the validator refuses a value of the wrong kind, naming the parameter', () => {
    const data = ipr();
    data.parameters.quoteValidityDays.value = '90';
    data.parameters.lvNormalMaximumKva.value = 1000;
    const errors = errorsOf(data).join('\n');
    expect(errors).toMatch(/Parameter “quoteValidityDays”/);
    expect(errors).toMatch(/Parameter “lvNormalMaximumKva”/);
  });
});
