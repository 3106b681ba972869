/**
 * Validates a statement file and says what is wrong in plain words, naming the field and
 * the table and row, e.g. "Table 001-F1, row 001-F1-04 (“Service breach joint”): max £80
 * is lower than min £120". Used on load, on import and in tests.
 */
import Decimal from 'decimal.js';
import type { core } from 'zod/mini';
import { statementFileSchema } from './schema';
import type { PriceCell, StatementFile } from './types';

export type StatementValidation =
  { ok: true; statement: StatementFile } | { ok: false; errors: string[] };

type Path = readonly PropertyKey[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const quote = (value: unknown): string => `“${String(value)}”`;

/** Short description for naming a row: the first 60 characters. */
function shortDescription(row: unknown): string {
  const description = isRecord(row) && typeof row.description === 'string' ? row.description : '';
  const oneLine = description.replace(/\s+/g, ' ').trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

function tableName(table: unknown, index: number): string {
  return isRecord(table) && typeof table.id === 'string' && table.id !== ''
    ? `Table ${table.id}`
    : `Table ${index + 1} (no id)`;
}

function rowName(row: unknown, index: number): string {
  const id = isRecord(row) && typeof row.id === 'string' && row.id !== '' ? row.id : null;
  const description = shortDescription(row);
  const name = id ? `row ${id}` : `row ${index + 1} (no id)`;
  return description ? `${name} (${quote(description)})` : name;
}

/** Splits a path into a plain-words place ("Table 001-A, row 001-A-03 (…)") and the field left. */
function locate(data: unknown, path: Path): { place: string; field: PropertyKey[] } {
  const root = isRecord(data) ? data : {};
  if (path[0] === 'tables' && typeof path[1] === 'number') {
    const tables = Array.isArray(root.tables) ? root.tables : [];
    const table: unknown = tables[path[1]];
    const place = tableName(table, path[1]);
    if (path[2] === 'rows' && typeof path[3] === 'number') {
      const rows = isRecord(table) && Array.isArray(table.rows) ? table.rows : [];
      return { place: `${place}, ${rowName(rows[path[3]], path[3])}`, field: [...path.slice(4)] };
    }
    return { place, field: [...path.slice(2)] };
  }
  if (path[0] === 'rules') return { place: 'Rules', field: [...path.slice(1)] };
  if (path[0] === 'parameters' && path.length > 1) {
    return { place: `Parameter ${quote(String(path[1]))}`, field: [...path.slice(2)] };
  }
  return { place: 'Statement', field: [...path] };
}

const fieldName = (field: PropertyKey[]): string =>
  field.map((part) => (typeof part === 'number' ? `[${part + 1}]` : String(part))).join('.');

function describeIssue(issue: core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is missing';
      return `should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} (found ${
        input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input
      })`;
    case 'invalid_value':
      return `should be ${issue.values.map((v) => quote(v)).join(' or ')}${
        input === undefined ? ' (it is missing)' : ` (found ${quote(input)})`
      }`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${issue.keys
        .map((k) => quote(k))
        .join(', ')}`;
    case 'invalid_union':
      return input === undefined ? 'is missing' : 'is not in any of the accepted forms';
    default:
      return issue.message;
  }
}

function schemaMessage(data: unknown, issue: core.$ZodIssue): string {
  const { place, field } = locate(data, issue.path);
  const problem = describeIssue(issue);
  const isMissing = (issue as { input?: unknown }).input === undefined;
  const last = field.at(-1);
  if (place === 'Rules' && field[0] === 'citations' && field.length === 2 && isMissing) {
    return `Rules: there is no citation for the rule ${quote(String(field[1]))}; every rule the engine applies must name its paragraph`;
  }
  if (
    place === 'Rules' &&
    (field[0] === 'oneVoltageTable' || field[1] === 'generationApportioned') &&
    isMissing
  ) {
    const table =
      field[0] === 'oneVoltageTable' ? 'one-voltage table' : 'Access SCR generation table';
    const cells = field.slice(field[0] === 'oneVoltageTable' ? 1 : 2);
    return cells.length === 1
      ? `Rules, ${table}: the ${String(cells[0])} row is missing; the table needs rows LV, HV, EHV and 132kV`
      : `Rules, ${table}: the ${String(cells[0])} row has no ${quote(String(cells[1]))} cell; every row needs all eight asset levels`;
  }
  if (last === 'citation' && (isMissing || problem === 'should not be empty')) {
    return `${place}: has no citation; every ${place.includes('row') ? 'row' : 'entry'} must name the paragraph it comes from`;
  }
  return field.length > 0
    ? `${place}: field ${quote(fieldName(field))} ${problem}`
    : `${place}: ${problem}`;
}

const pounds = (amount: string): string => `£${amount}`;

/** Checks a PriceCell's meaning: POA has no prices; otherwise both bounds and min ≤ max. */
function priceCellProblems(cell: PriceCell, what: string): string[] {
  const problems: string[] = [];
  const hasMin = cell.min !== undefined && cell.min !== null;
  const hasMax = cell.max !== undefined && cell.max !== null;
  if (cell.poa === true) {
    if (hasMin || hasMax) {
      problems.push(
        `${what}is POA but also gives a ${hasMin && hasMax ? 'min and max' : hasMin ? 'min' : 'max'} price; a POA price has none (keep a printed figure in “from” or “upTo”)`,
      );
    }
    if ('minIsNotApplicable' in cell && cell.minIsNotApplicable) {
      problems.push(`${what}is POA, so “minIsNotApplicable” does not apply`);
    }
    if (cell.from && cell.upTo && new Decimal(cell.upTo).lessThan(cell.from)) {
      problems.push(`${what}“upTo” ${pounds(cell.upTo)} is lower than “from” ${pounds(cell.from)}`);
    }
    return problems;
  }
  const loose = cell as { from?: unknown; upTo?: unknown };
  if ((loose.from ?? null) !== null || (loose.upTo ?? null) !== null) {
    problems.push(`${what}gives “from” or “upTo”, which only a POA price may have`);
  }
  if (!hasMin || !hasMax) {
    problems.push(
      `${what}has no ${!hasMin && !hasMax ? 'min or max' : !hasMin ? 'min' : 'max'} price; give both, or mark it POA`,
    );
    return problems;
  }
  if (new Decimal(cell.max).lessThan(cell.min)) {
    problems.push(`${what}max ${pounds(cell.max)} is lower than min ${pounds(cell.min)}`);
  }
  return problems;
}

/** Checks that need the whole (shape-valid) file. */
function meaningProblems(statement: StatementFile): string[] {
  const problems: string[] = [];
  if (statement.rules.statementId !== statement.id) {
    problems.push(
      `Rules: “statementId” is ${quote(statement.rules.statementId)} but the statement's id is ${quote(statement.id)}; they must be equal`,
    );
  }
  const tableIds = new Map<string, number>();
  const rowTables = new Map<string, string>();
  statement.tables.forEach((table, t) => {
    const place = tableName(table, t);
    if (tableIds.has(table.id)) {
      problems.push(`${place}: the table id ${quote(table.id)} is already used by another table`);
    }
    tableIds.set(table.id, t);
    table.rows.forEach((row, r) => {
      const at = `${place}, ${rowName(row, r)}: `;
      const earlier = rowTables.get(row.id);
      if (earlier !== undefined) {
        problems.push(
          `${at}the row id ${quote(row.id)} is already used${earlier === table.id ? ' in this table' : ` in table ${earlier}`}; row ids must be unique`,
        );
      } else {
        rowTables.set(row.id, table.id);
      }
      problems.push(...priceCellProblems(row.price, at));
      for (const extra of row.extra ?? []) {
        problems.push(...priceCellProblems(extra.price, `${at}${quote(extra.label)}: `));
      }
    });
  });
  problems.push(...feeCategoryProblems(statement));
  return problems;
}

/** Every fee-category rule names a category the file lists, and each key is listed once. */
function feeCategoryProblems(statement: StatementFile): string[] {
  const fees = statement.feeCategories;
  if (!fees) return [];
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const category of fees.categories) {
    if (keys.has(category.key)) {
      problems.push(`Fee categories: the key ${quote(category.key)} is listed more than once`);
    }
    keys.add(category.key);
  }
  fees.rules.forEach((rule, i) => {
    if (!keys.has(rule.category)) {
      problems.push(
        `Fee categories, rule ${i + 1}: the category ${quote(rule.category)} is not among the listed categories`,
      );
    }
  });
  fees.qasDefinitions?.forEach((d, i) => {
    const { min, max } = d.premises ?? {};
    if (min !== undefined && max !== undefined && min > max) {
      problems.push(
        `Fee categories, QAS definition ${i + 1} (${quote(d.name)}): its premises “min” (${min}) is more than its “max” (${max}), so no connection meets it`,
      );
    }
  });
  return problems;
}

/** Validates parsed JSON as a statement file. Never throws. */
export function validateStatement(data: unknown): StatementValidation {
  if (!isRecord(data)) {
    return {
      ok: false,
      errors: ['The file is not a charging statement: it should be a JSON object.'],
    };
  }
  if (data.format !== 'connection-charging-statement') {
    return {
      ok: false,
      errors: [
        `The file is not a charging statement: its “format” should be “connection-charging-statement”${
          data.format === undefined ? ' (it has none)' : ` (found ${quote(data.format)})`
        }.`,
      ],
    };
  }
  const parsed = statementFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => schemaMessage(data, issue)) };
  }
  // The schema's output matches StatementFile field for field; the cast only widens the
  // one-object PriceCell into the two-variant union, which meaningProblems then checks.
  const statement = parsed.data as StatementFile;
  const problems = meaningProblems(statement);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, statement };
}
