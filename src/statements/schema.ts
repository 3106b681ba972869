/**
 * zod 4 schemas for a statement file and the statement index (docs/statement-file.md).
 *
 * The schemas check shape and formats; `validateStatement` adds the checks that need the
 * whole file (unique ids, min ≤ max, POA rows without prices, complete rules) and turns
 * every problem into plain words naming the table and row.
 */
import { z } from 'zod';
import { RULE_CITATION_KEYS } from './ruleCitationKeys';

const POC_VOLTAGES = ['LV', 'HV', 'EHV', '132kV'] as const;
const ASSET_LEVELS = [
  'lv-network',
  'hv-lv-substation',
  'hv-network',
  'ehv-hv-substation',
  '132-hv-substation',
  'ehv-network',
  '132-ehv-substation',
  '132-network',
] as const;
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

const isoDate = z.string().refine(isIsoDate, {
  error: 'should be an ISO date written "YYYY-MM-DD" (e.g. "2025-11-23")',
});

/** Non-negative amount of money as a string: "1234" or "1234.56". */
const money = z.string().regex(/^\d+(\.\d{1,2})?$/, {
  error: 'should be an amount in pounds written as a string, e.g. "1234.56" (no £ sign or commas)',
});

/** Non-negative decimal as a string. */
const decimal = z.string().regex(/^\d+(\.\d+)?$/, {
  error: 'should be a non-negative number written as a string, e.g. "0.24"',
});

const text = z.string().trim().min(1, { error: 'should not be empty' });

/**
 * Both variants of PriceCell in one object, so a bad cell gets one precise message from
 * `validateStatement` ("POA but also gives a min price") instead of a union failure.
 */
export const priceCellSchema = z.strictObject({
  min: money.nullable().optional(),
  max: money.nullable().optional(),
  poa: z.boolean().optional(),
  minIsNotApplicable: z.boolean().optional(),
  from: money.nullable().optional(),
  upTo: money.nullable().optional(),
});

const priceFactorsSchema = z.strictObject({
  surface: z
    .enum([
      'footpath',
      'verge',
      'carriageway',
      'customer-land',
      'trench-by-others',
      'unmade',
      'footpath-or-carriageway',
    ])
    .optional(),
  crossing: z.enum(['same-side', 'cross-road']).optional(),
  area: z.enum(['rural', 'urban']).optional(),
  time: z.enum(['normal', 'prime']).optional(),
  voltage: z.enum(POC_VOLTAGES).optional(),
  phases: z.union([z.literal(1), z.literal(3)]).optional(),
});

const priceUnit = z.enum(PRICE_UNITS);

export const statementRowSchema = z.strictObject({
  id: text,
  activity: z.string().nullable().optional(),
  description: text,
  unit: priceUnit,
  price: priceCellSchema,
  extra: z
    .array(z.strictObject({ label: text, unit: priceUnit, price: priceCellSchema }))
    .optional(),
  factors: priceFactorsSchema.optional(),
  contestable: z.boolean().nullable().optional(),
  feeCategory: z.string().nullable().optional(),
  citation: text,
  note: z.string().nullable().optional(),
});

export const statementTableSchema = z.strictObject({
  id: text,
  role: z.enum(TABLE_ROLES).nullable().optional(),
  title: text,
  kind: z.enum(['fees', 'prices', 'other']),
  citation: text,
  notes: z.array(z.string()).optional(),
  rows: z.array(statementRowSchema),
});

const oneVoltageRow = z.strictObject(
  Object.fromEntries(ASSET_LEVELS.map((level) => [level, z.enum(ONE_VOLTAGE_CELLS)])) as Record<
    (typeof ASSET_LEVELS)[number],
    z.ZodEnum<{ [K in (typeof ONE_VOLTAGE_CELLS)[number]]: K }>
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
  cafInteraction: z.enum(['per-driver', 'highest-caf-whole-cost']),
  accessScr: z
    .strictObject({
      from: isoDate,
      demandHighCostThresholdPerKva: money,
      generationApportioned: oneVoltageTable,
    })
    .nullable(),
  om: omSchema,
  generationHighCost: z.strictObject({
    thresholdPerKw: money,
    reading: z.literal('pro-rata-per-line'),
  }),
  oneVoltageTable,
  eccrPeriods: z
    .array(
      z.strictObject({
        firstConnectedBefore: isoDate.nullable().optional(),
        years: z.number().int().positive(),
      }),
    )
    .min(1, { error: 'should list at least one ECCR period' }),
  vatRate: decimal,
  citations: z.strictObject(
    Object.fromEntries(RULE_CITATION_KEYS.map((key) => [key, text])) as Record<
      (typeof RULE_CITATION_KEYS)[number],
      typeof text
    >,
  ),
});

const parameterSchema = z.strictObject({
  value: z.union([z.string(), z.number(), z.boolean()]),
  unit: z.string().optional(),
  citation: text,
  note: z.string().optional(),
});

export const statementFileSchema = z.strictObject({
  format: z.literal('connection-charging-statement'),
  formatVersion: z.literal(1),
  id: text,
  operator: text,
  title: text,
  documentNumber: z.string().nullable(),
  version: text,
  publicationDate: isoDate,
  checkAfter: isoDate.nullable(),
  citationPrefix: text,
  currency: z.literal('GBP'),
  pricesExcludeVat: z.boolean(),
  rules: ruleParametersSchema,
  parameters: z.record(z.string(), parameterSchema).optional(),
  tables: z.array(statementTableSchema),
});

export const statementIndexSchema = z.strictObject({
  format: z.literal('connection-charging-statement-index'),
  statements: z.array(
    z.strictObject({
      id: text,
      file: z.string().regex(/^[A-Za-z0-9._-]+\.json$/, {
        error: 'should be a plain file name ending in .json, e.g. "ipr-v1.7-2025.json"',
      }),
      operator: text,
      version: text,
      publicationDate: isoDate,
      isDefault: z.boolean().optional(),
    }),
  ),
});
