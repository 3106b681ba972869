/**
 * The estimate file as a zod schema (docs/estimate-file.md), written with zod's functional
 * `zod/mini` API so the app's bundle carries only the parts it uses: the structure of EstimateFile
 * and the whole EstimateInput. It checks shape and formats only (decimal strings, dates,
 * known kinds); the engine checks meaning (e.g. an RSN that a line names must exist) and
 * reports it as ValidationIssues, so a half-finished draft still loads.
 */
import { ASSET_LEVELS, POC_VOLTAGES } from '../engine/types';
import { z } from '../zodMini';
import type { EstimateFile } from './types';
import { ESTIMATE_FILE_FORMAT, ESTIMATE_FILE_VERSION } from './types';

/** Messages are completed by parseEstimateFile with the field's name and value. */
const DECIMAL_MESSAGE =
  'must be a number of zero or more, written with digits and an optional decimal point, such as 12 or 7.5';
const MONEY_MESSAGE =
  'must be an amount of pounds of zero or more, written with digits and an optional decimal point, such as 1250 or 99.50';
const DATE_MESSAGE = 'must be a date written as YYYY-MM-DD, such as 2026-03-31';
const DATETIME_MESSAGE = 'must be a date and time written as YYYY-MM-DDTHH:MM:SSZ';

/** A non-negative decimal: digits with an optional fraction; no sign, exponent or spaces. */
export const DECIMAL_PATTERN = /^\d{1,15}(\.\d{1,10})?$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True when a YYYY-MM-DD string names a real calendar day (not 2026-02-30). */
function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const decimalSchema = z.string().check(z.regex(DECIMAL_PATTERN, { error: DECIMAL_MESSAGE }));
export const moneySchema = z.string().check(z.regex(DECIMAL_PATTERN, { error: MONEY_MESSAGE }));
export const isoDateSchema = z
  .string()
  .check(
    z.regex(DATE_PATTERN, { error: DATE_MESSAGE }),
    z.refine(isRealDate, { error: 'is not a real calendar date' }),
  );
const dateTimeSchema = z.string().check(z.regex(DATETIME_PATTERN, { error: DATETIME_MESSAGE }));

const text = (max: number) =>
  z.string().check(z.maxLength(max, { error: `must be at most ${max} characters long` }));
const id = z
  .string()
  .check(
    z.minLength(1, { error: 'must not be empty' }),
    z.maxLength(200, { error: 'must be at most 200 characters long' }),
  );

const pocVoltage = z.enum(POC_VOLTAGES);
const assetLevel = z.enum(ASSET_LEVELS);
const requester = z.enum(['customer', 'operator']);
const phases = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: 'must be 1, 2 or 3',
});

const existingCapacity = z.object({
  chargeableCapacityKva: z.nullish(decimalSchema),
  phases: z.nullish(phases),
  phaseNeutralKv: z.nullish(decimalSchema),
  fuseA: z.nullish(decimalSchema),
  serviceRatingKva: z.nullish(decimalSchema),
});

const smallPremises = z.object({
  existingServiceFuseA: decimalSchema,
  wholeCurrentMetered: z.boolean(),
  generationAmpsPerPhase: decimalSchema,
  equipmentCompliant: z.boolean(),
  singleApplication: z.boolean(),
});

export const connectionSchema = z.object({
  type: z.enum(['demand', 'generation', 'storage']),
  importCapacityKva: decimalSchema,
  exportCapacityKva: z.nullish(decimalSchema),
  exportCapacityKw: z.nullish(decimalSchema),
  pocVoltage,
  phases,
  isTemporary: z.boolean(),
  isSpeculative: z.boolean(),
  increase: z.nullish(
    z.object({ existing: existingCapacity, relatedIncreasesKva: z.nullish(decimalSchema) }),
  ),
  smallPremises: z.nullish(smallPremises),
});

const rsnCapacity = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('ratings'),
    ratingsKva: z.array(decimalSchema).check(
      z.minLength(1, { error: 'must list at least one rating' }),
      z.maxLength(3, {
        error:
          'may list at most three ratings: an RSN is at most a three-feeder ring (001 §4.29, Ex 13)',
      }),
    ),
    secure: z.boolean(),
  }),
  z.object({ method: z.literal('direct'), newNetworkCapacityKva: decimalSchema }),
]);

export const rsnSchema = z.object({
  id,
  name: text(500),
  driver: z.enum(['security', 'fault-level']),
  requiredCapacityKva: z.nullish(decimalSchema),
  capacity: z.nullish(rsnCapacity),
  faultLevel: z.nullish(
    z.object({
      contributionMva: decimalSchema,
      equipmentRatingMva: decimalSchema,
      localLimitMva: z.nullish(decimalSchema),
    }),
  ),
});

export const priceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), amount: moneySchema }),
  z.object({
    kind: z.literal('range'),
    low: moneySchema,
    high: moneySchema,
    expected: z.nullish(moneySchema),
  }),
  z.object({ kind: z.literal('poa') }),
]);

export const chargingSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('full') }),
  z.object({ rule: z.literal('apportioned'), rsnId: id }),
  z.object({
    rule: z.literal('exception'),
    exception: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
      error: 'must be 1, 2, 3, 4 or 5 (the five exceptions of 001 §4.22–4.26)',
    }),
  }),
  z.object({ rule: z.literal('beyond-minimum'), requestedBy: requester }),
  z.object({ rule: z.literal('reconfiguration') }),
  z.object({ rule: z.literal('switchgear-replacement') }),
  z.object({ rule: z.literal('pass-through'), source: z.enum(['upstream', 'transmission']) }),
  z.object({ rule: z.literal('alteration') }),
]);

export const costLineSchema = z.object({
  id,
  description: text(1000),
  statementItemId: z.nullish(z.string().check(z.maxLength(200))),
  quantity: decimalSchema,
  unit: text(100),
  unitPrice: priceSchema,
  contestable: z.boolean(),
  kind: z.enum(['extension', 'reinforcement', 'pass-through', 'fee', 'land-rights']),
  assetLevel: z.nullish(assetLevel),
  isCircuitBreaker: z.optional(z.boolean()),
  charging: chargingSchema,
  note: z.optional(text(4000)),
});

export const previousWorkSchema = z.object({
  id,
  description: text(1000),
  basis: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('per-kva'),
      ratePerKva: moneySchema,
      kva: z.nullish(decimalSchema),
    }),
    z.object({ kind: z.literal('amount'), amount: moneySchema }),
  ]),
  firstConnectionDate: isoDateSchema,
  citation: z.nullish(z.string().check(z.maxLength(200))),
});

export const schemeSchema = z.object({
  id,
  name: text(500),
  lines: z
    .array(costLineSchema)
    .check(z.maxLength(5000, { error: 'may hold at most 5,000 lines' })),
  rsns: z
    .array(rsnSchema)
    .check(z.maxLength(100, { error: 'may hold at most 100 network sections' })),
  previousWorks: z
    .array(previousWorkSchema)
    .check(z.maxLength(100, { error: 'may hold at most 100 items' })),
});

const omSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('percentage'), rate: decimalSchema, citation: text(500) }),
  z.object({
    method: z.literal('annuity'),
    annualRate: decimalSchema,
    lifeYears: decimalSchema,
    costOfCapital: decimalSchema,
    citation: text(500),
  }),
]);

export const estimateInputSchema = z.object({
  applicationDate: isoDateSchema,
  ruleSetOverride: z.nullish(z.enum(['cccm', 'spm-2008', 'gb-access-scr-2023'])),
  connection: connectionSchema,
  schemes: z.object({ minimum: schemeSchema, enhanced: z.nullish(schemeSchema) }),
  enhancement: z.nullish(z.object({ requestedBy: requester })),
  omOverride: z.nullish(omSchema),
  vatRate: z.nullish(decimalSchema),
});

export const projectSchema = z.object({
  applicant: z.object({
    name: text(500),
    organisation: text(500),
    email: text(500),
    phone: text(100),
  }),
  site: z.object({ address: text(2000), postcode: text(20) }),
  quoteType: z.enum(['budget', 'formal']),
  connections: z
    .number({ error: 'must be a whole number' })
    .check(
      z.int({ error: 'must be a whole number' }),
      z.gte(0, { error: 'must be zero or more' }),
      z.lte(1_000_000, { error: 'must be at most 1,000,000' }),
    ),
  premisesType: z.enum([
    'domestic',
    'commercial',
    'industrial',
    'mixed',
    'embedded-network',
    'other',
  ]),
  heating: z.enum(['non-electric', 'electric', 'heat-pump', 'unknown']),
  dateRequired: z.nullable(isoDateSchema),
  disturbingEquipment: z.object({ present: z.boolean(), notes: text(4000) }),
  icpDoesContestable: z.boolean(),
  notes: text(20_000),
  exclusions: z.nullish(
    z.object({
      civilsByOthers: z.optional(z.boolean()),
      substationPlinth: z.optional(z.boolean()),
      earthing: z.optional(z.boolean()),
      streetWorks: z.optional(z.boolean()),
      landRights: z.optional(z.boolean()),
      outOfHours: z.optional(z.boolean()),
      diversions: z.optional(z.boolean()),
    }),
  ),
});

export const templateSourceSchema = z.object({
  citation: text(200),
  publishedTotal: moneySchema,
  erratum: z.nullish(text(4000)),
});

export const estimateFileSchema = z.object({
  format: z.literal(ESTIMATE_FILE_FORMAT),
  version: z.literal(ESTIMATE_FILE_VERSION),
  id,
  reference: text(100),
  title: text(500),
  status: z.enum(['draft', 'sent', 'accepted', 'archived']),
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
  statementId: id,
  project: projectSchema,
  inputs: estimateInputSchema,
  source: z.nullish(templateSourceSchema),
});

// Compile-time check that the schema's output is an EstimateFile: if the contract in
// types.ts changes, this line stops compiling until the schema follows it.
export const asEstimateFile = (parsed: z.infer<typeof estimateFileSchema>): EstimateFile => parsed;
