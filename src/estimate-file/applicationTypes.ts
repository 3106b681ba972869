/**
 * The `application` block of the estimate file (docs/estimate-file.md, "application"): what an
 * operator's application asks for beyond the estimate itself, grouped as the SSEN guide
 * (000 §3 (a)–(e)) groups it, and what happened after applying. Every field is optional for a
 * budget estimate; the review page (src/application/reviewApplication.ts) says which an
 * application needs. Text is kept as typed: a half-typed grid reference still saves.
 */
import type { IsoDate, Money } from '../engine/types';

/** 000 §3 (a): where the site is, as text the app can check without a map. */
export interface SiteLocation {
  /** Property number or name, if known (000 §3 (a)). */
  propertyNameOrNumber: string;
  /** An Ordnance Survey grid reference such as "SU 41234 12345". */
  gridReference: string;
  /** WGS84 decimal degrees as typed, e.g. "51.5007" and "-0.1246". */
  latitude: string;
  longitude: string;
  /** A what3words address, e.g. "///filled.count.soap". */
  what3words: string;
  /** The site boundary in words, where no plan is attached yet. */
  boundaryDescription: string;
}

export type ContactMethod = 'email' | 'phone' | 'post';

/** 000 §3 (b): the correspondence address (the applicant's name, email and phone are in `project.applicant`). */
export interface Correspondence {
  /** True when letters go to the site address. */
  sameAsSite: boolean;
  address: string;
  postcode: string;
  preferredContact: ContactMethod | null;
}

export type ApplicantRole = 'customer' | 'agent';
export type CustomerType =
  'individual' | 'developer' | 'business' | 'public-body' | 'icp-or-idno' | 'other';

/** 000 §3 (c): the customer and the site contact. */
export interface CustomerAndSiteContact {
  /** Is the applicant the customer, or applying for them (an agent, a consultant)? */
  applicantRole: ApplicantRole | null;
  customerType: CustomerType | null;
  /** The customer's name when an agent applies. */
  customerName: string;
  /** Does the applicant own the site? If not, a letter of authority is needed (000 §3 (c)). */
  ownsSite: boolean | null;
  /** "If you are managing your own project please tick the box" (000 §3 (c)). */
  siteContactIsApplicant: boolean;
  siteContact: { name: string; phone: string; email: string };
}

export type PropertyType =
  | 'house'
  | 'bungalow'
  | 'flat'
  | 'commercial-unit'
  | 'industrial-unit'
  | 'landlord-supply'
  | 'ev-charger'
  | 'street-furniture'
  | 'other';

/** A number of properties of one type, and how many of them have generation or storage. */
export interface PropertyGroup {
  type: PropertyType;
  /** Plain words for "other", or a house type such as "3-bed semi". */
  description: string;
  count: number;
  withGeneration: number;
  withStorage: number;
}

/** 000 §3 (d): what the applicant asks the operator for. */
export interface Requirements {
  /** 000 §3 (d) "feasibility study or formal quotation"; 001 §2.10, §2.12. */
  request: 'feasibility-study' | 'formal-quotation' | null;
  properties: PropertyGroup[];
  /** 000 §3 (d): include the operator's design-approval costs in the quote (ICP-designed networks). */
  includeDesignApproval: boolean | null;
}

/** 000 §3 (d): planning permission. */
export interface Planning {
  status: 'granted' | 'applied' | 'not-applied' | 'not-needed' | null;
  authority: string;
  reference: string;
}

/** What happened after applying (000 "Tracking your project"; 001 §3.2, §2.14). */
export interface Milestones {
  appliedOn: IsoDate | null;
  /** The operator's project reference, given on submission (000 §3 (e)). */
  operatorReference: string;
  /** The date on the offer letter: the Validity Period runs from it (001 §3.2). */
  quotationDate: IsoDate | null;
  quotedAmount: Money | null;
  /** The date the operator said the application is interactive (001 §2.14). */
  interactiveNoticeOn: IsoDate | null;
  acceptedOn: IsoDate | null;
  worksStartOn: IsoDate | null;
  worksCompleteOn: IsoDate | null;
}

export interface ApplicationDetails {
  site: SiteLocation;
  correspondence: Correspondence;
  customer: CustomerAndSiteContact;
  requirements: Requirements;
  planning: Planning;
  milestones: Milestones;
}
