/**
 * The application summary: every field the operator's online application asks for, in the
 * order its guide asks for them (000 §3 (a) site, (b) correspondence and contact, (c) customer
 * and site contact, (d) requirements and planning, then the supporting documents), as label
 * and value pairs. The summary PDF page and its test read the same sections.
 */
import type { EstimateFile } from '../estimate-file/types';
import { blankApplication } from '../estimate-file/blankApplication';
import { ATTACHMENT_KIND_LABELS, type AttachmentSummary } from './attachmentKinds';
import { CUSTOMER_TYPE_LABELS, PROPERTY_TYPE_LABELS } from './labels';
import { neededDocuments, withChecklist, type CitingStatement } from './reviewApplication';
import { citedInBrackets } from '../statements/statementCitation';

export const NOT_GIVEN = 'Not given';

export interface SummarySection {
  title: string;
  citation: string;
  rows: [label: string, value: string][];
  /** A table under the rows: the properties. */
  table?: { head: string[]; body: string[][] };
}

const text = (s: string | null | undefined) => (s && s.trim() !== '' ? s.trim() : NOT_GIVEN);
const yesNo = (b: boolean | null) => (b === null ? NOT_GIVEN : b ? 'Yes' : 'No');
const joined = (...parts: string[]) => text(parts.filter((p) => p.trim() !== '').join(', '));

const CONNECTION_TYPE = {
  demand: 'Demand (import)',
  generation: 'Generation (export)',
  storage: 'Storage (import and export)',
} as const;
const HEATING = {
  'non-electric': 'Not electric (e.g. gas)',
  electric: 'Electric (storage or direct)',
  'heat-pump': 'Heat pumps',
  unknown: NOT_GIVEN,
} as const;
const PLANNING = {
  granted: 'Granted',
  applied: 'Applied for',
  'not-applied': 'Not applied for yet',
  'not-needed': 'Not needed',
} as const;

export function applicationSummary(
  file: EstimateFile,
  documents: readonly AttachmentSummary[],
  statement?: CitingStatement,
): SummarySection[] {
  const a = file.application ?? blankApplication();
  const p = file.project;
  const c = file.inputs.connection;
  const properties = a.requirements.properties;
  const total = properties.reduce((s, g) => s + g.count, 0);
  const sum = (key: 'withGeneration' | 'withStorage') => properties.reduce((s, g) => s + g[key], 0);
  const missingDocs = neededDocuments(file, a, statement).filter(
    (need) => !documents.some((d) => need.kinds.includes(d.kind)),
  );

  return [
    {
      title: 'Site address and location',
      citation: '000 §3 (a)',
      rows: [
        ['Site address', text(p.site.address)],
        ['Postcode', text(p.site.postcode)],
        ['Property number or name', text(a.site.propertyNameOrNumber)],
        ['OS grid reference', text(a.site.gridReference)],
        [
          'Latitude, longitude',
          a.site.latitude && a.site.longitude
            ? `${a.site.latitude}, ${a.site.longitude}`
            : NOT_GIVEN,
        ],
        ['what3words', text(a.site.what3words)],
        ['Site boundary', text(a.site.boundaryDescription)],
      ],
    },
    {
      title: 'Correspondence and contact',
      citation: '000 §3 (b)',
      rows: [
        ['Name', text(p.applicant.name)],
        ['Organisation', text(p.applicant.organisation)],
        ['Email', text(p.applicant.email)],
        ['Phone', text(p.applicant.phone)],
        [
          'Correspondence address',
          a.correspondence.sameAsSite
            ? 'The site address'
            : joined(a.correspondence.address, a.correspondence.postcode),
        ],
        [
          'Preferred contact',
          a.correspondence.preferredContact
            ? { email: 'Email', phone: 'Phone', post: 'Post' }[a.correspondence.preferredContact]
            : NOT_GIVEN,
        ],
      ],
    },
    {
      title: 'Customer and site contact',
      citation: '000 §3 (c)',
      rows: [
        [
          'Applicant is',
          a.customer.applicantRole === 'customer'
            ? 'The customer'
            : a.customer.applicantRole === 'agent'
              ? 'Applying for the customer'
              : NOT_GIVEN,
        ],
        [
          'Customer type',
          a.customer.customerType ? CUSTOMER_TYPE_LABELS[a.customer.customerType] : NOT_GIVEN,
        ],
        [
          'Customer name',
          a.customer.applicantRole === 'agent'
            ? text(a.customer.customerName)
            : text(p.applicant.organisation || p.applicant.name),
        ],
        ['Applicant owns the site', yesNo(a.customer.ownsSite)],
        [
          'Site contact',
          a.customer.siteContactIsApplicant
            ? 'The applicant (managing their own project)'
            : joined(
                a.customer.siteContact.name,
                a.customer.siteContact.phone,
                a.customer.siteContact.email,
              ),
        ],
      ],
    },
    {
      title: 'Connection requirements',
      citation: withChecklist('000 §3 (d)', statement),
      rows: [
        [
          'Requested',
          a.requirements.request === 'feasibility-study'
            ? `A feasibility study${citedInBrackets(statement, 'feasibilityStudy')}`
            : a.requirements.request === 'formal-quotation'
              ? 'A formal quotation'
              : NOT_GIVEN,
        ],
        ['Number of properties', properties.length > 0 ? String(total) : String(p.connections)],
        ['With generation', properties.length > 0 ? String(sum('withGeneration')) : NOT_GIVEN],
        ['With energy storage', properties.length > 0 ? String(sum('withStorage')) : NOT_GIVEN],
        ['Design-approval costs included', yesNo(a.requirements.includeDesignApproval)],
        ['Connection type', CONNECTION_TYPE[c.type]],
        ['Import capacity', `${c.importCapacityKva} kVA`],
        ['Export capacity', c.exportCapacityKva ? `${c.exportCapacityKva} kVA` : NOT_GIVEN],
        ['Connection voltage', c.pocVoltage],
        ['Phases', String(c.phases)],
        ['Heating', HEATING[p.heating]],
        ['Date required', text(p.dateRequired)],
        [
          'Fixed period or indefinitely',
          c.isTemporary ? 'Temporary (5 years or less)' : 'Indefinitely',
        ],
        [
          'Disturbing equipment',
          p.disturbingEquipment.present ? text(p.disturbingEquipment.notes) : 'None stated',
        ],
      ],
      table:
        properties.length > 0
          ? {
              head: ['Type', 'Description', 'Number', 'With generation', 'With storage'],
              body: properties.map((g) => [
                PROPERTY_TYPE_LABELS[g.type],
                g.description,
                String(g.count),
                String(g.withGeneration),
                String(g.withStorage),
              ]),
            }
          : undefined,
    },
    {
      title: 'Planning permission',
      citation: '000 §3 (d)',
      rows: [
        ['Planning permission', a.planning.status ? PLANNING[a.planning.status] : NOT_GIVEN],
        ['Local planning authority', text(a.planning.authority)],
        ['Planning reference', text(a.planning.reference)],
      ],
    },
    {
      title: 'Supporting documents',
      citation: withChecklist('000 §3', statement),
      rows: [
        ...documents.map((d): [string, string] => [ATTACHMENT_KIND_LABELS[d.kind], d.name]),
        ...(documents.length === 0
          ? [['Documents', 'None kept with the estimate'] as [string, string]]
          : []),
        ...missingDocs.map((need): [string, string] => ['Still needed', need.label]),
      ],
    },
  ];
}
