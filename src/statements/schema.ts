/**
 * zod 4 schemas for a statement file and the statement index (docs/statement-file.md),
 * written with the functional `zod/mini` API so the app's bundle carries only what it uses.
 *
 * The schemas check shape and formats; `validateStatement` adds the checks that need the
 * whole file (unique ids, min ≤ max, POA rows without prices, complete rules) and turns
 * every problem into plain words naming the table and row.
 */
import * as z from '../zodMini';
import {
  ASSET_KINDS,
  ASSET_LEVELS,
  GENERATION_THRESHOLD_READINGS,
  POC_VOLTAGES,
} from '../engine/types';
import { OPTIONAL_CITATION_KEYS, RULE_CITATION_KEYS } from './ruleCitationKeys';
import { STATEMENT_CITATION_KEYS } from './statementCitationKeys';
import {
  STATEMENT_PARAMETER_KEYS,
  STATEMENT_PARAMETERS,
  type ParameterKind,
  type StatementParameterKey,
} from './statementParameterKeys';

const ONE_VOLTAGE_CELLS = [
  'apportioned',
  'funded',
  'circuit-breakers-only',
  'not-applicable',
] as const;

export const PRICE_UNITS = [
  'each',
  'm',
  'km',
  'per visit',
  'per plot',
  'per hour',
  'per day',
  'per lamp',
  'per application',
  'per kVA',
  'percent',
] as const;

export const TABLE_ROLES = [
  'budget-estimate',
  'feasibility-study',
  'assessment-design',
  'cic-assessment-design',
  'cic-design-approval',
  'cic-final-works',
  'cic-inspection',
  'land-rights',
] as const;

/** "YYYY-MM-DD" and a real calendar date. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

const isoDate = z.string().check(
  z.refine(isIsoDate, {
    error: 'should be an ISO date written "YYYY-MM-DD" (e.g. "2025-11-23")',
  }),
);

/** Non-negative amount of money as a string: "1234" or "1234.56". */
const money = z.string().check(
  z.regex(/^\d+(\.\d{1,2})?$/, {
    error:
      'should be an amount in pounds written as a string, e.g. "1234.56" (no £ sign or commas)',
  }),
);

/** Non-negative decimal as a string. */
const decimal = z.string().check(
  z.regex(/^\d+(\.\d+)?$/, {
    error: 'should be a non-negative number written as a string, e.g. "0.24"',
  }),
);

const text = z.string().check(z.trim(), z.minLength(1, { error: 'should not be empty' }));

/**
 * Both variants of PriceCell in one object, so a bad cell gets one precise message from
 * `validateStatement` ("POA but also gives a min price") instead of a union failure.
 */
export const priceCellSchema = z.strictObject({
  min: z.optional(z.nullable(money)),
  max: z.optional(z.nullable(money)),
  poa: z.optional(z.boolean()),
  minIsNotApplicable: z.optional(z.boolean()),
  from: z.optional(z.nullable(money)),
  upTo: z.optional(z.nullable(money)),
});

const priceFactorsSchema = z.strictObject({
  surface: z.optional(
    z.enum([
      'footpath',
      'verge',
      'carriageway',
      'customer-land',
      'trench-by-others',
      'unmade',
      'footpath-or-carriageway',
    ]),
  ),
  crossing: z.optional(z.enum(['same-side', 'cross-road'])),
  area: z.optional(z.enum(['rural', 'urban'])),
  time: z.optional(z.enum(['normal', 'prime'])),
  voltage: z.optional(z.enum(POC_VOLTAGES)),
  phases: z.optional(z.union([z.literal(1), z.literal(3)])),
});

const priceUnit = z.enum(PRICE_UNITS);

export const statementRowSchema = z.strictObject({
  id: text,
  activity: z.optional(z.nullable(z.string())),
  description: text,
  unit: priceUnit,
  price: priceCellSchema,
  extra: z.optional(
    z.array(z.strictObject({ label: text, unit: priceUnit, price: priceCellSchema })),
  ),
  factors: z.optional(priceFactorsSchema),
  contestable: z.optional(z.nullable(z.boolean())),
  assets: z.optional(
    z.array(z.strictObject({ kind: z.enum(ASSET_KINDS), perItem: z.optional(decimal) })),
  ),
  feeCategory: z.optional(z.nullable(z.string())),
  citation: text,
  note: z.optional(z.nullable(z.string())),
});

export const statementTableSchema = z.strictObject({
  id: text,
  role: z.optional(z.nullable(z.enum(TABLE_ROLES))),
  title: text,
  kind: z.enum(['fees', 'prices', 'other']),
  citation: text,
  notes: z.optional(z.array(z.string())),
  rows: z.array(statementRowSchema),
});

const oneVoltageRow = z.strictObject(
  Object.fromEntries(ASSET_LEVELS.map((level) => [level, z.enum(ONE_VOLTAGE_CELLS)])) as Record<
    (typeof ASSET_LEVELS)[number],
    z.ZodMiniEnum<{ [K in (typeof ONE_VOLTAGE_CELLS)[number]]: K }>
  >,
);
const oneVoltageTable = z.strictObject({
  LV: oneVoltageRow,
  HV: oneVoltageRow,
  EHV: oneVoltageRow,
  '132kV': oneVoltageRow,
});

const omSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('percentage'), rate: decimal, citation: text }),
  z.strictObject({
    method: z.literal('annuity'),
    annualRate: decimal,
    lifeYears: decimal,
    costOfCapital: decimal,
    citation: text,
  }),
]);

export const ruleParametersSchema = z.strictObject({
  statementId: text,
  methodology: z.enum(['cccm', 'spm-2008']),
  // Ignored (the methodology's rule set says how CAFs combine); kept so older files still read.
  cafInteraction: z.optional(z.nullable(z.enum(['per-driver', 'highest-caf-whole-cost']))),
  accessScr: z.nullable(
    z.strictObject({
      from: isoDate,
      demandHighCostThresholdPerKva: money,
      generationApportioned: oneVoltageTable,
    }),
  ),
  om: omSchema,
  generationHighCost: z.strictObject({
    thresholdPerKw: money,
    reading: z.optional(z.nullable(z.enum(GENERATION_THRESHOLD_READINGS))),
  }),
  oneVoltageTable,
  eccrPeriods: z
    .array(
      z.strictObject({
        firstConnectedBefore: z.optional(z.nullable(isoDate)),
        years: z.number().check(z.int(), z.positive()),
      }),
    )
    .check(z.minLength(1, { error: 'should list at least one ECCR period' })),
  vatRate: decimal,
  citations: z.strictObject(
    Object.fromEntries(
      RULE_CITATION_KEYS.map((key) => [
        key,
        (OPTIONAL_CITATION_KEYS as readonly string[]).includes(key) ? z.optional(text) : text,
      ]),
    ) as Record<(typeof RULE_CITATION_KEYS)[number], typeof text>,
  ),
});

const parameterOf = <V extends z.ZodMiniType>(value: V) =>
  z.strictObject({
    value,
    unit: z.optional(z.string()),
    citation: text,
    note: z.optional(z.string()),
  });

const PARAMETER_VALUES = {
  decimal,
  count: z.number().check(
    z.refine((n) => Number.isInteger(n) && n >= 0, {
      error: 'should be a whole number, e.g. 30',
    }),
  ),
  boolean: z.boolean(),
  text,
  date: isoDate,
} satisfies Record<ParameterKind, z.ZodMiniType>;

/** Each known key with the value its kind holds; an unknown (misspelt) key is refused. */
const parametersSchema = z.strictObject(
  Object.fromEntries(
    STATEMENT_PARAMETER_KEYS.map((key) => [
      key,
      z.optional(parameterOf(PARAMETER_VALUES[STATEMENT_PARAMETERS[key]])),
    ]),
  ) as unknown as Record<StatementParameterKey, z.ZodMiniOptional<ReturnType<typeof parameterOf>>>,
);

export const FEE_CONNECTION_KINDS = [
  'single-lv-service',
  'lv-services-2-4',
  'lv-extension-1-4',
  'single-multi-phase-service',
  'sseg',
] as const;

const phase = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const premisesCount = z.number().check(z.int(), z.positive());

/** A Quotation Accuracy Scheme definition (001 §7.7): every condition it gives must hold. */
const qasDefinitionSchema = z.strictObject({
  name: text,
  group: z.enum(['demand', 'generation']),
  voltages: z.optional(z.array(z.enum(POC_VOLTAGES))),
  premises: z.optional(
    z.strictObject({ min: z.optional(premisesCount), max: z.optional(premisesCount) }),
  ),
  phases: z.optional(z.array(phase)),
  extendsLvNetwork: z.optional(z.boolean()),
  domestic: z.optional(z.boolean()),
  wholeCurrent: z.optional(z.boolean()),
  excludesDisturbingLoad: z.optional(z.boolean()),
  summary: text,
});

const feeCategoriesSchema = z.strictObject({
  citations: z.strictObject({
    categories: text,
    highestVoltage: text,
    wholeCurrent: text,
    sseg: text,
    storage: text,
    qas: z.optional(text),
  }),
  categories: z.array(
    z.strictObject({ key: text, label: text, group: z.enum(['demand', 'generation']) }),
  ),
  rules: z.array(
    z.strictObject({
      category: text,
      voltages: z.optional(z.array(z.enum(POC_VOLTAGES))),
      connection: z.optional(z.enum(FEE_CONNECTION_KINDS)),
      aboveKva: z.optional(decimal),
      upToKva: z.optional(decimal),
      note: z.optional(
        z.strictObject({
          text,
          citation: text,
          phases: z.optional(phase),
        }),
      ),
      warnings: z.optional(z.array(text)),
    }),
  ),
  qasDefinitions: z.optional(z.array(qasDefinitionSchema)),
});

export const statementFileSchema = z.strictObject({
  format: z.literal('connection-charging-statement'),
  formatVersion: z.literal(1),
  id: text,
  operator: text,
  title: text,
  documentNumber: z.nullable(z.string()),
  version: text,
  publicationDate: isoDate,
  checkAfter: z.nullable(isoDate),
  citationPrefix: text,
  currency: z.literal('GBP'),
  pricesExcludeVat: z.boolean(),
  rules: ruleParametersSchema,
  parameters: z.optional(parametersSchema),
  citations: z.optional(
    z.strictObject(
      Object.fromEntries(STATEMENT_CITATION_KEYS.map((key) => [key, z.optional(text)])) as Record<
        (typeof STATEMENT_CITATION_KEYS)[number],
        z.ZodMiniOptional<typeof text>
      >,
    ),
  ),
  definitions: z.optional(
    z.record(z.string(), z.strictObject({ text: z.optional(text), citation: text })),
  ),
  feeCategories: z.optional(feeCategoriesSchema),
  tables: z.array(statementTableSchema),
});

export const statementIndexSchema = z.strictObject({
  format: z.literal('connection-charging-statement-index'),
  statements: z.array(
    z.strictObject({
      id: text,
      file: z.string().check(
        z.regex(/^[A-Za-z0-9._-]+\.json$/, {
          error: 'should be a plain file name ending in .json, e.g. "ipr-v1.7-2025.json"',
        }),
      ),
      operator: text,
      version: text,
      publicationDate: isoDate,
      isDefault: z.optional(z.boolean()),
    }),
  ),
});
