import { describe, expect, it } from 'vitest';
import type { AttachmentSummary } from '../../src/application/attachmentKinds';
import { reviewApplication } from '../../src/application/reviewApplication';
import { blankApplication } from '../../src/estimate-file/blankApplication';
import { newEstimateFile } from '../../src/estimate-file/newEstimateFile';
import type { EstimateFile } from '../../src/estimate-file/types';
import { applicationSummary } from '../../src/application/applicationSummary';
import { statement } from '../guidance/fixtures';

const blank = () =>
  newEstimateFile({
    now: new Date('2026-01-05T10:00:00Z'),
    statementId: 'ipr-v1.7-2025',
    id: 'e1',
  });

/** A 12-home development applied for by an agent who does not own the site. */
function twelveHomes(): EstimateFile {
  const file = blank();
  file.project.applicant = {
    name: 'Ann Agent',
    organisation: 'Plan Co',
    email: 'ann@example.org',
    phone: '',
  };
  file.project.site = { address: 'Land off Mill Lane, Thornbury', postcode: 'BS35 2AA' };
  const a = blankApplication();
  a.correspondence = {
    sameAsSite: false,
    address: '1 High St, Bristol',
    postcode: 'BS1 1AA',
    preferredContact: 'email',
  };
  a.customer = {
    applicantRole: 'agent',
    customerType: 'developer',
    customerName: 'Mill Homes Ltd',
    ownsSite: false,
    siteContactIsApplicant: false,
    siteContact: { name: 'Sam Site', phone: '07700 900123', email: '' },
  };
  a.requirements = {
    request: 'formal-quotation',
    properties: [
      { type: 'house', description: '3-bed', count: 12, withGeneration: 12, withStorage: 4 },
    ],
    includeDesignApproval: true,
  };
  a.planning = {
    status: 'granted',
    authority: 'South Gloucestershire Council',
    reference: 'P24/01234/F',
  };
  file.application = a;
  return file;
}

const doc = (kind: AttachmentSummary['kind']): AttachmentSummary => ({
  id: kind,
  kind,
  name: `${kind}.pdf`,
  size: 10,
});
const states = (file: EstimateFile, docs: AttachmentSummary[] = []) =>
  Object.fromEntries(reviewApplication(file, docs).map((g) => [g.key, g.state]));

describe('Ready to apply?', () => {
  it('a fresh budget estimate has every group missing, planning included', () => {
    const review = reviewApplication(blank(), [], statement('ipr-v1.7-2025'));
    expect(review.map((g) => g.key)).toEqual([
      'site',
      'correspondence',
      'customer',
      'requirements',
      'planning',
      'documents',
    ]);
    expect(review.every((g) => g.state === 'missing')).toBe(true);
    expect(review.find((g) => g.key === 'documents')?.missing).toEqual([
      'A location plan showing the site boundary and proposed meter location (001 §2.7).',
      'A site layout plan, drawn to scale, showing where the connections are required (001 §2.7 (the operator does all the work)).',
    ]);
    expect(review.find((g) => g.key === 'documents')?.citation).toBe('000 §3, 001 §2.7');
  });

  it('cites the chosen statement: 002 has no application checklist, so the guide alone', () => {
    const spm = statement('spm-2008');
    const review = reviewApplication(blank(), [], spm);
    expect(review.find((g) => g.key === 'documents')?.citation).toBe('000 §3');
    expect(review.find((g) => g.key === 'documents')?.missing).toEqual([
      'A location plan showing the site boundary and proposed meter location (000 §3).',
      'A site layout plan, drawn to scale, showing where the connections are required (000 §3 (the operator does all the work)).',
    ]);
    const file = blank();
    file.application = {
      ...blankApplication(),
      requirements: { ...blankApplication().requirements, request: 'feasibility-study' },
    };
    const summary = applicationSummary(file, [], spm);
    expect(JSON.stringify(summary)).not.toMatch(/001/);
    expect(JSON.stringify(applicationSummary(file, [], statement('ipr-v1.7-2025')))).toContain(
      'A feasibility study (001 §2.10)',
    );
  });

  it('a complete application with its documents is complete throughout', () => {
    const all = [doc('site-plan'), doc('letter-of-authority'), doc('planning-consent')];
    expect(states(twelveHomes(), all)).toEqual({
      site: 'complete',
      correspondence: 'complete',
      customer: 'complete',
      requirements: 'complete',
      planning: 'complete',
      documents: 'complete',
    });
  });

  it('asks for the letter of authority only when the applicant does not own the site', () => {
    const file = twelveHomes();
    const docs = [doc('site-plan'), doc('planning-consent')];
    expect(reviewApplication(file, docs).find((g) => g.key === 'documents')?.missing).toEqual([
      "A letter of authority from the site's owner (000 §3 (c)).",
    ]);
    file.application!.customer.ownsSite = true;
    expect(states(file, docs).documents).toBe('complete');
  });

  it('planning is not needed when none is needed, and consent is then not asked for', () => {
    const file = twelveHomes();
    file.application!.planning = { status: 'not-needed', authority: '', reference: '' };
    expect(states(file, [doc('site-plan'), doc('letter-of-authority')])).toMatchObject({
      planning: 'not-needed',
      documents: 'complete',
    });
  });

  it('a malformed location or a missing contact method is missing, with why', () => {
    const file = twelveHomes();
    file.project.site.postcode = 'BS35';
    file.application!.correspondence.preferredContact = 'phone';
    const review = reviewApplication(file, []);
    expect(review.find((g) => g.key === 'site')?.missing).toEqual([
      'A well-formed postcode, grid reference, latitude and longitude, or what3words address.',
    ]);
    expect(review.find((g) => g.key === 'correspondence')?.missing).toEqual([
      'A phone number, as you prefer the phone.',
    ]);
    file.application!.site.what3words = '///filled.count.soap';
    expect(states(file).site).toBe('complete');
  });

  it('a site contact is not needed when the applicant manages the project', () => {
    const file = twelveHomes();
    file.application!.customer.siteContact = { name: '', phone: '', email: '' };
    expect(states(file).customer).toBe('missing');
    file.application!.customer.siteContactIsApplicant = true;
    expect(states(file).customer).toBe('complete');
  });
});
