/**
 * The estimate file as a zod schema (docs/estimate-file.md), written with zod's functional
 * `zod/mini` API so the app's bundle carries only the parts it uses: the structure of EstimateFile
 * and the whole EstimateInput. It checks structure only (objects, lists, known kinds); the
 * engine checks values (a number field still holding "100 kVA", an RSN that a line names
 * must exist) and reports them as ValidationIssues on their fields. So whatever the editor can
 * hold, half-typed, is a file this reader opens again exactly.
 */
import { ASSET_KINDS, ASSET_LEVELS, LINE_KINDS, POC_VOLTAGES } from '../engine/types';
import * as z from '../zodMini';
import { applicationSchema } from './applicationSchema';
import {
  MAX_ID_CHARS,
  MAX_LINES_PER_SCHEME,
  MAX_NETWORK_SECTIONS,
  MAX_PREVIOUS_WORKS,
} from './limits';
import { quickStateSchema } from './quickSchema';
import type { EstimateFile } from './types';
import { ESTIMATE_FILE_FORMAT, ESTIMATE_FILE_VERSION } from './types';

/** Messages are completed by parseEstimateFile with the field's name and value. */
const MONEY_MESSAGE =
  'must be an amount of pounds of zero or more, written with digits and an optional decimal point, such as 1250 or 99.50';
const DATETIME_MESSAGE = 'must be a date and time written as YYYY-MM-DDTHH:MM:SSZ';

/** A non-negative decimal: digits with an optional fraction; no sign, exponent or spaces. */
export const DECIMAL_PATTERN = /^\d{1,15}(\.\d{1,10})?$/;
const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A finished amount (a worked example's published total): the pattern is checked here. */
const moneySchema = z.string().check(z.regex(DECIMAL_PATTERN, { error: MONEY_MESSAGE }));
/**
 * A number field of the inputs: text, finished or not ("", "100 kVA", "1,000" while typing).
 * The engine reports one that is not yet a number as an issue on that field.
 */
const numberText = z.string({ error: 'must be text: a number written as a string, such as "12"' });
/** A date the user may still be entering (a cleared date box gives ""): the engine checks it. */
const dateText = z.string({ error: 'must be text: a date written as YYYY-MM-DD' });
const dateTimeSchema = z.string().check(z.regex(DATETIME_PATTERN, { error: DATETIME_MESSAGE }));

/**
 * Free text the user types, of any length: a text box has no limit, so neither has the
 * reader (the 5 MB limit on the whole file bounds it).
 */
const text = z.string();
const id = z
  .string()
  .check(
    z.minLength(1, { error: 'must not be empty' }),
    z.maxLength(MAX_ID_CHARS, { error: `must be at most ${MAX_ID_CHARS} characters long` }),
  );

const pocVoltage = z.enum(POC_VOLTAGES);
const assetLevel = z.enum(ASSET_LEVELS);
const requester = z.enum(['customer', 'operator']);
const phases = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: 'must be 1, 2 or 3',
});

const existingCapacity = z.object({
  chargeableCapacityKva: z.nullish(numberText),
  phases: z.nullish(phases),
  phaseNeutralKv: z.nullish(numberText),
  fuseA: z.nullish(numberText),
  serviceRatingKva: z.nullish(numberText),
});

const smallPremises = z.object({
  existingServiceFuseA: numberText,
  wholeCurrentMetered: z.boolean(),
  generationAmpsPerPhase: numberText,
  equipmentCompliant: z.boolean(),
  singleApplication: z.boolean(),
});

export const connectionSchema = z.object({
  type: z.enum(['demand', 'generation', 'storage']),
  importCapacityKva: numberText,
  exportCapacityKva: z.nullish(numberText),
  exportCapacityKw: z.nullish(numberText),
  pocVoltage,
  phases,
  isTemporary: z.boolean(),
  isSpeculative: z.boolean(),
  increase: z.nullish(
    z.object({ existing: existingCapacity, relatedIncreasesKva: z.nullish(numberText) }),
  ),
  smallPremises: z.nullish(smallPremises),
});

const rsnCapacity = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('ratings'),
    ratingsKva: z.array(numberText).check(
      z.minLength(1, { error: 'must list at least one rating' }),
      z.maxLength(3, {
        error:
          'may list at most three ratings: a Relevant Section of Network is at most a three-feeder ring',
      }),
    ),
    secure: z.boolean(),
  }),
  z.object({ method: z.literal('direct'), newNetworkCapacityKva: numberText }),
]);

export const rsnSchema = z.object({
  id,
  name: text,
  driver: z.enum(['security', 'fault-level']),
  requiredCapacityKva: z.nullish(numberText),
  capacity: z.nullish(rsnCapacity),
  faultLevel: z.nullish(
    z.object({
      contributionMva: numberText,
      equipmentRatingMva: numberText,
      localLimitMva: z.nullish(numberText),
    }),
  ),
});

export const priceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), amount: numberText }),
  z.object({
    kind: z.literal('range'),
    low: numberText,
    high: numberText,
    expected: z.nullish(numberText),
  }),
  z.object({ kind: z.literal('poa') }),
]);

export const chargingSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('full') }),
  z.object({ rule: z.literal('apportioned'), rsnId: id, otherDriverRsnId: z.nullish(id) }),
  z.object({
    rule: z.literal('exception'),
    exception: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
      error: 'must be 1, 2, 3, 4 or 5 (the five exceptions to apportioning reinforcement)',
    }),
  }),
  z.object({ rule: z.literal('beyond-minimum'), requestedBy: requester }),
  z.object({ rule: z.literal('reconfiguration') }),
  z.object({ rule: z.literal('switchgear-replacement') }),
  z.object({ rule: z.literal('pass-through'), source: z.enum(['upstream', 'transmission']) }),
  z.object({ rule: z.literal('alteration') }),
]);

export const lineAssetSchema = z.strictObject({
  kind: z.enum(ASSET_KINDS),
  perItem: z.nullish(numberText),
});

export const costLineSchema = z.object({
  id,
  description: text,
  statementItemId: z.nullish(z.string().check(z.maxLength(MAX_ID_CHARS))),
  quantity: numberText,
  unit: text,
  unitPrice: priceSchema,
  contestable: z.boolean(),
  kind: z.enum(LINE_KINDS),
  assetLevel: z.nullish(assetLevel),
  isCircuitBreaker: z.optional(z.boolean()),
  circuitBreakerVoltage: z.nullish(pocVoltage),
  voltage: z.nullish(pocVoltage),
  assets: z.nullish(z.array(lineAssetSchema)),
  charging: chargingSchema,
  note: z.optional(text),
});

export const previousWorkSchema = z.object({
  id,
  description: text,
  basis: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('per-kva'),
      ratePerKva: numberText,
      kva: z.nullish(numberText),
    }),
    z.object({ kind: z.literal('amount'), amount: numberText }),
  ]),
  firstConnectionDate: dateText,
  citation: z.nullish(z.string().check(z.maxLength(MAX_ID_CHARS))),
});

export const schemeSchema = z.object({
  id,
  name: text,
  lines: z.array(costLineSchema).check(
    z.maxLength(MAX_LINES_PER_SCHEME, {
      error: `may hold at most ${MAX_LINES_PER_SCHEME.toLocaleString('en-GB')} lines`,
    }),
  ),
  rsns: z.array(rsnSchema).check(
    z.maxLength(MAX_NETWORK_SECTIONS, {
      error: `may hold at most ${MAX_NETWORK_SECTIONS} network sections`,
    }),
  ),
  previousWorks: z
    .array(previousWorkSchema)
    .check(
      z.maxLength(MAX_PREVIOUS_WORKS, { error: `may hold at most ${MAX_PREVIOUS_WORKS} items` }),
    ),
});

const omSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('percentage'), rate: numberText, citation: text }),
  z.object({
    method: z.literal('annuity'),
    annualRate: numberText,
    lifeYears: numberText,
    costOfCapital: numberText,
    citation: text,
  }),
]);

export const estimateInputSchema = z.object({
  applicationDate: dateText,
  ruleSetOverride: z.nullish(z.enum(['cccm', 'spm-2008', 'gb-access-scr-2023'])),
  connection: connectionSchema,
  schemes: z.object({ minimum: schemeSchema, enhanced: z.nullish(schemeSchema) }),
  enhancement: z.nullish(z.object({ requestedBy: requester })),
  omOverride: z.nullish(omSchema),
  vatRate: z.nullish(numberText),
});

export const projectSchema = z.object({
  applicant: z.object({
    name: text,
    organisation: text,
    email: text,
    phone: text,
  }),
  site: z.object({ address: text, postcode: text }),
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
  dateRequired: z.nullable(dateText),
  disturbingEquipment: z.object({ present: z.boolean(), notes: text }),
  icpDoesContestable: z.boolean(),
  notes: text,
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
  citation: text,
  publishedTotal: moneySchema,
  erratum: z.nullish(text),
});

export const estimateFileSchema = z.object({
  format: z.literal(ESTIMATE_FILE_FORMAT),
  version: z.literal(ESTIMATE_FILE_VERSION),
  id,
  reference: text,
  title: text,
  status: z.enum(['draft', 'sent', 'accepted', 'archived']),
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
  statementId: id,
  project: projectSchema,
  inputs: estimateInputSchema,
  source: z.nullish(templateSourceSchema),
  unfinishedCells: z.nullish(
    z.array(
      z.object({
        scheme: z.enum(['minimum', 'enhanced']),
        lineId: id,
        column: id,
        text,
        message: text,
      }),
    ),
  ),
  application: z.nullish(applicationSchema),
  quick: z.nullish(quickStateSchema),
});

// Compile-time check that the schema's output is an EstimateFile: if the contract in
// types.ts changes, this line stops compiling until the schema follows it.
export const asEstimateFile = (parsed: z.infer<typeof estimateFileSchema>): EstimateFile => parsed;
