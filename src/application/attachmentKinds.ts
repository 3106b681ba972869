/**
 * The documents an application is sent with (000 §3 "supporting documents such as site layout
 * and location plans", §3 (c) letter of authority; 001 §2.7 site location plan and site layout
 * plan), which the app keeps beside a draft.
 */
export const ATTACHMENT_KINDS = [
  'site-plan',
  'location-plan',
  'letter-of-authority',
  'planning-consent',
  'other',
] as const;

export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  'site-plan': 'Site layout plan',
  'location-plan': 'Location plan',
  'letter-of-authority': 'Letter of authority',
  'planning-consent': 'Planning consent',
  other: 'Other document',
};

/** What the app needs to know of a kept document to review an application (no bytes). */
export interface AttachmentSummary {
  id: string;
  kind: AttachmentKind;
  name: string;
  size: number;
}

/** Only the summary fields of a kept document (a stored record also carries its bytes). */
export const summarise = ({ id, kind, name, size }: AttachmentSummary): AttachmentSummary => ({
  id,
  kind,
  name,
  size,
});
