/**
 * "Ready to apply?": each group of the operator's application (000 §3 (a)–(d) and the
 * supporting documents) as complete, missing or not needed, with what is missing in plain
 * words. A budget estimate needs none of it; an application needs all that applies.
 */
import type { ApplicationDetails } from '../estimate-file/applicationTypes';
import { blankApplication } from '../estimate-file/blankApplication';
import type { EstimateFile } from '../estimate-file/types';
import { statementCitation } from '../statements/statementCitation';
import type { StatementFile } from '../statements/types';
import type { AttachmentKind, AttachmentSummary } from './attachmentKinds';
import { hasUsableLocation } from './siteLocation';

export type GroupKey =
  'site' | 'correspondence' | 'customer' | 'requirements' | 'planning' | 'documents';

export type GroupState = 'complete' | 'missing' | 'not-needed';

export interface GroupReview {
  key: GroupKey;
  title: string;
  /** Where the guide asks for it. */
  citation: string;
  state: GroupState;
  /** What is still missing, one plain sentence each. */
  missing: string[];
}

/** The chosen statement, for its paragraph on what to send (none while it loads). */
export type CitingStatement = Pick<StatementFile, 'citations'> | null | undefined;

/** The application guide's paragraph, then the chosen statement's checklist where it has one. */
export const withChecklist = (guide: string, statement: CitingStatement): string =>
  [guide, statementCitation(statement, 'applicationChecklist')].filter(Boolean).join(', ');

/** The groups in the order the operator's guide asks for them (000 §3 (a)–(e)). */
export const GROUPS: readonly { key: GroupKey; title: string; citation: string }[] = [
  { key: 'site', title: 'Site address and location', citation: '000 §3 (a)' },
  { key: 'correspondence', title: 'Correspondence and contact', citation: '000 §3 (b)' },
  { key: 'customer', title: 'Customer and site contact', citation: '000 §3 (c)' },
  { key: 'requirements', title: 'Connection requirements', citation: '000 §3 (d)' },
  { key: 'planning', title: 'Planning permission', citation: '000 §3 (d)' },
  // The chosen statement's checklist is added to this one (reviewApplication).
  { key: 'documents', title: 'Supporting documents', citation: '000 §3' },
];

/** The element id of each group's part of the details form, for "fix" links. */
export const groupAnchor = (key: GroupKey): string => `application-${key}`;

const has = (s: string | null | undefined) => typeof s === 'string' && s.trim() !== '';

function checkSite(file: EstimateFile, a: ApplicationDetails): string[] {
  const missing: string[] = [];
  if (!has(file.project.site.address)) missing.push('The address where the connection is needed.');
  if (
    !hasUsableLocation({
      postcode: file.project.site.postcode,
      gridReference: a.site.gridReference,
      latitude: a.site.latitude,
      longitude: a.site.longitude,
      what3words: a.site.what3words,
    })
  ) {
    missing.push(
      'A well-formed postcode, grid reference, latitude and longitude, or what3words address.',
    );
  }
  return missing;
}

function checkCorrespondence(file: EstimateFile, a: ApplicationDetails): string[] {
  const p = file.project.applicant;
  const c = a.correspondence;
  const missing: string[] = [];
  if (!has(p.name)) missing.push('Your name.');
  if (!has(p.email) && !has(p.phone)) missing.push('An email address or phone number.');
  if (!c.sameAsSite && !has(c.address)) {
    missing.push('A correspondence address (or say that it is the site address).');
  }
  if (!c.preferredContact) missing.push('How you prefer to be contacted.');
  else if (c.preferredContact === 'email' && !has(p.email)) {
    missing.push('An email address, as you prefer email.');
  } else if (c.preferredContact === 'phone' && !has(p.phone)) {
    missing.push('A phone number, as you prefer the phone.');
  }
  return missing;
}

function checkCustomer(a: ApplicationDetails): string[] {
  const c = a.customer;
  const missing: string[] = [];
  if (!c.applicantRole) missing.push('Whether you are the customer or apply for them.');
  if (!c.customerType) missing.push('The type of customer.');
  if (c.applicantRole === 'agent' && !has(c.customerName)) missing.push("The customer's name.");
  if (c.ownsSite === null) missing.push('Whether you own the site.');
  if (!c.siteContactIsApplicant) {
    if (!has(c.siteContact.name)) missing.push("The site contact's name.");
    if (!has(c.siteContact.phone) && !has(c.siteContact.email)) {
      missing.push("The site contact's phone number or email address.");
    }
  }
  return missing;
}

function checkRequirements(a: ApplicationDetails): string[] {
  const r = a.requirements;
  const missing: string[] = [];
  if (!r.request) missing.push('Whether you want a feasibility study or a formal quotation.');
  if (!r.properties.some((g) => g.count > 0)) {
    missing.push('The number and types of properties to connect.');
  }
  for (const g of r.properties) {
    if (g.withGeneration > g.count || g.withStorage > g.count) {
      missing.push(
        `More ${g.type.replace(/-/g, ' ')}s with generation or storage than ${g.type.replace(/-/g, ' ')}s: check the numbers.`,
      );
    }
  }
  if (r.includeDesignApproval === null) {
    missing.push('Whether the design-approval costs should be included in the quote.');
  }
  return missing;
}

function checkPlanning(a: ApplicationDetails): string[] | null {
  const p = a.planning;
  if (p.status === null)
    return ['Whether planning permission is granted, applied for or not needed.'];
  if (p.status === 'not-needed' || p.status === 'not-applied') return null;
  const missing: string[] = [];
  if (!has(p.authority)) missing.push('The local planning authority.');
  if (p.status === 'granted' && !has(p.reference)) missing.push('The planning reference.');
  return missing;
}

/** The documents this application needs, each with why, from what the details say. */
export function neededDocuments(
  file: EstimateFile,
  a: ApplicationDetails,
  statement?: CitingStatement,
): { kinds: AttachmentKind[]; label: string; citation: string }[] {
  // The statement's checklist asks for these (001 §2.7); the guide asks for plans (000 §3).
  const checklist = statementCitation(statement, 'applicationChecklist') || '000 §3';
  const needed: { kinds: AttachmentKind[]; label: string; citation: string }[] = [
    {
      kinds: ['location-plan', 'site-plan'],
      label: 'A location plan showing the site boundary and proposed meter location',
      citation: checklist,
    },
  ];
  if (!file.project.icpDoesContestable) {
    needed.push({
      kinds: ['site-plan'],
      label: 'A site layout plan, drawn to scale, showing where the connections are required',
      citation: `${checklist} (the operator does all the work)`,
    });
  }
  if (a.customer.ownsSite === false) {
    needed.push({
      kinds: ['letter-of-authority'],
      label: "A letter of authority from the site's owner",
      citation: '000 §3 (c)',
    });
  }
  if (a.planning.status === 'granted') {
    needed.push({
      kinds: ['planning-consent'],
      label: 'The planning consent',
      citation: '000 §3 (d)',
    });
  }
  return needed;
}

function checkDocuments(
  file: EstimateFile,
  a: ApplicationDetails,
  attachments: readonly AttachmentSummary[],
  statement: CitingStatement,
): string[] {
  const held = new Set(attachments.map((d) => d.kind));
  return neededDocuments(file, a, statement)
    .filter((need) => !need.kinds.some((k) => held.has(k)))
    .map((need) => `${need.label} (${need.citation}).`);
}

export function reviewApplication(
  file: EstimateFile,
  attachments: readonly AttachmentSummary[],
  statement?: CitingStatement,
): GroupReview[] {
  const a = file.application ?? blankApplication();
  const results: Record<GroupKey, string[] | null> = {
    site: checkSite(file, a),
    correspondence: checkCorrespondence(file, a),
    customer: checkCustomer(a),
    requirements: checkRequirements(a),
    planning: checkPlanning(a),
    documents: checkDocuments(file, a, attachments, statement),
  };
  return GROUPS.map((g) => {
    const missing = results[g.key];
    const state: GroupState =
      missing === null ? 'not-needed' : missing.length === 0 ? 'complete' : 'missing';
    const citation = g.key === 'documents' ? withChecklist(g.citation, statement) : g.citation;
    return { ...g, citation, state, missing: missing ?? [] };
  });
}
