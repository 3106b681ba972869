/**
 * The zod schema of the estimate file's optional `application` block (applicationTypes.ts,
 * docs/estimate-file.md "application"). Shape only: whether a grid reference or postcode is
 * well formed is checked by src/application/siteLocation.ts and shown beside the field, so a
 * half-typed location still saves and loads.
 *
 * Dates and the quoted figure are checked here (milestoneValues.ts): the form stores a date
 * or a figure only when it passes the same check, so a well-formed file is all it writes.
 */
import * as z from '../zodMini';
import type { ApplicationDetails } from './applicationTypes';
import { ISO_DATE, isRealDate, MONEY } from './milestoneValues';

/** Free text of any length, as in the rest of the file (the 5 MB file limit bounds it). */
const text = () => z.string();

const isoDate = z.string().check(
  z.regex(ISO_DATE, {
    error: 'must be a date written as YYYY-MM-DD, such as 2026-03-31',
  }),
  z.refine(isRealDate, { error: 'is not a real calendar date' }),
);
const money = z.string().check(
  z.regex(MONEY, {
    error:
      'must be an amount of pounds of zero or more, written with digits and an optional decimal point, such as 1250 or 99.50',
  }),
);

const count = z
  .number({ error: 'must be a whole number' })
  .check(
    z.int({ error: 'must be a whole number' }),
    z.gte(0, { error: 'must be zero or more' }),
    z.lte(1_000_000, { error: 'must be at most 1,000,000' }),
  );

export const PROPERTY_TYPES = [
  'house',
  'bungalow',
  'flat',
  'commercial-unit',
  'industrial-unit',
  'landlord-supply',
  'ev-charger',
  'street-furniture',
  'other',
] as const;

export const CUSTOMER_TYPES = [
  'individual',
  'developer',
  'business',
  'public-body',
  'icp-or-idno',
  'other',
] as const;

export const applicationSchema = z.object({
  site: z.object({
    propertyNameOrNumber: text(),
    gridReference: text(),
    latitude: text(),
    longitude: text(),
    what3words: text(),
    boundaryDescription: text(),
  }),
  correspondence: z.object({
    sameAsSite: z.boolean(),
    address: text(),
    postcode: text(),
    preferredContact: z.nullable(z.enum(['email', 'phone', 'post'])),
  }),
  customer: z.object({
    applicantRole: z.nullable(z.enum(['customer', 'agent'])),
    customerType: z.nullable(z.enum(CUSTOMER_TYPES)),
    customerName: text(),
    ownsSite: z.nullable(z.boolean()),
    siteContactIsApplicant: z.boolean(),
    siteContact: z.object({ name: text(), phone: text(), email: text() }),
  }),
  requirements: z.object({
    request: z.nullable(z.enum(['feasibility-study', 'formal-quotation'])),
    properties: z.array(
      z.object({
        type: z.enum(PROPERTY_TYPES),
        description: text(),
        count,
        withGeneration: count,
        withStorage: count,
      }),
    ),
    includeDesignApproval: z.nullable(z.boolean()),
  }),
  planning: z.object({
    status: z.nullable(z.enum(['granted', 'applied', 'not-applied', 'not-needed'])),
    authority: text(),
    reference: text(),
  }),
  milestones: z.object({
    appliedOn: z.nullable(isoDate),
    operatorReference: text(),
    quotationDate: z.nullable(isoDate),
    quotedAmount: z.nullable(money),
    interactiveNoticeOn: z.nullable(isoDate),
    acceptedOn: z.nullable(isoDate),
    worksStartOn: z.nullable(isoDate),
    worksCompleteOn: z.nullable(isoDate),
  }),
});

// Compile-time check that the schema's output is the ApplicationDetails contract.
export const asApplication = (parsed: z.infer<typeof applicationSchema>): ApplicationDetails =>
  parsed;
