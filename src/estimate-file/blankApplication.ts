/** An empty `application` block: what a draft gets when the user first fills one field. */
import type { ApplicationDetails } from './applicationTypes';

export function blankApplication(): ApplicationDetails {
  return {
    site: {
      propertyNameOrNumber: '',
      gridReference: '',
      latitude: '',
      longitude: '',
      what3words: '',
      boundaryDescription: '',
    },
    correspondence: { sameAsSite: false, address: '', postcode: '', preferredContact: null },
    customer: {
      applicantRole: null,
      customerType: null,
      customerName: '',
      ownsSite: null,
      siteContactIsApplicant: false,
      siteContact: { name: '', phone: '', email: '' },
    },
    requirements: { request: null, properties: [], includeDesignApproval: null },
    planning: { status: null, authority: '', reference: '' },
    milestones: {
      appliedOn: null,
      operatorReference: '',
      quotationDate: null,
      quotedAmount: null,
      interactiveNoticeOn: null,
      acceptedOn: null,
      worksStartOn: null,
      worksCompleteOn: null,
    },
  };
}
