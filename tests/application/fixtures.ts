// A 12-home development applied for by an agent who does not own the site: every field the
// operator's application asks for is filled in.
import { blankApplication } from '../../src/estimate-file/blankApplication';
import type { EstimateFile } from '../../src/estimate-file/types';

export function withTwelveHomes(file: EstimateFile): EstimateFile {
  const copy = structuredClone(file);
  copy.project.applicant = {
    name: 'Ann Agent',
    organisation: 'Plan Co',
    email: 'ann@example.org',
    phone: '0117 496 0000',
  };
  copy.project.site = { address: 'Land off Mill Lane, Thornbury', postcode: 'BS35 2AA' };
  copy.project.connections = 12;
  copy.project.heating = 'heat-pump';
  copy.project.dateRequired = '2026-09-01';
  const a = blankApplication();
  a.site = {
    propertyNameOrNumber: 'Plots 1-12',
    gridReference: 'ST 63680 90210',
    latitude: '51.6090',
    longitude: '-2.5230',
    what3words: '///filled.count.soap',
    boundaryDescription: 'Field north of Mill Lane',
  };
  a.correspondence = {
    sameAsSite: false,
    address: '1 High Street, Bristol',
    postcode: 'BS1 1AA',
    preferredContact: 'email',
  };
  a.customer = {
    applicantRole: 'agent',
    customerType: 'developer',
    customerName: 'Mill Homes Ltd',
    ownsSite: false,
    siteContactIsApplicant: false,
    siteContact: { name: 'Sam Site', phone: '07700 900123', email: 'sam@example.org' },
  };
  a.requirements = {
    request: 'formal-quotation',
    properties: [
      { type: 'house', description: '3-bed semi', count: 10, withGeneration: 10, withStorage: 4 },
      { type: 'bungalow', description: '2-bed', count: 2, withGeneration: 2, withStorage: 0 },
    ],
    includeDesignApproval: true,
  };
  a.planning = {
    status: 'granted',
    authority: 'South Gloucestershire Council',
    reference: 'P24/01234/F',
  };
  copy.application = a;
  return copy;
}
