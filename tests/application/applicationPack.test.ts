import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applicationSummary } from '../../src/application/applicationSummary';
import { buildApplicationPack } from '../../src/export/buildApplicationPack';
import { buildApplicationSummaryPdf } from '../../src/export/pdf/buildApplicationSummaryPdf';
import type { AttachmentRecord } from '../../src/storage/records';
import { compute, demoEstimate, flatten, loadStatement, readPdf } from '../export/fixtures';
import { withTwelveHomes } from './fixtures';

const statement = loadStatement('ipr-v1.7-2025');
const estimate = withTwelveHomes(demoEstimate());
const result = compute(estimate, statement);

function doc(
  id: string,
  kind: AttachmentRecord['kind'],
  name: string,
  size: number,
): AttachmentRecord {
  const bytes = new Uint8Array(size).map((_, i) => (i * 13 + size) & 0xff);
  return {
    id,
    draftId: estimate.id,
    kind,
    name,
    type: 'application/pdf',
    size,
    addedAt: '2026-03-01T00:00:00Z',
    bytes: bytes.buffer,
  };
}
const documents = [
  doc('d1', 'site-plan', 'site plan.pdf', 4000),
  doc('d2', 'letter-of-authority', 'authority.pdf', 2500),
];

describe('the application pack', () => {
  const pack = buildApplicationPack(
    { estimate, statement, result, preparedOn: '2026-03-05' },
    documents,
  );
  const files = unzipSync(new Uint8Array(pack.bytes));

  it('holds the estimate PDF, the summary PDF and the documents byte for byte', () => {
    expect(pack.fileName).toBe(`${estimate.reference}-application-pack.zip`);
    expect(Object.keys(files).sort()).toEqual(
      [
        `${estimate.reference}-application-summary.pdf`,
        `${estimate.reference}-budget-estimate.pdf`,
        'documents/authority.pdf',
        'documents/site plan.pdf',
      ].sort(),
    );
    expect(files['documents/site plan.pdf']).toEqual(new Uint8Array(documents[0]!.bytes));
    expect(files['documents/authority.pdf']).toEqual(new Uint8Array(documents[1]!.bytes));
  });

  it('the summary page, read back with poppler, holds every field 000 asks for, in its order', () => {
    const summary = files[`${estimate.reference}-application-summary.pdf`]!;
    const { pages } = readPdf(summary.slice().buffer, 'summary.pdf');
    const text = flatten(pages.join('\n'));
    // 000 §3 (a)–(d) and the documents, in that order.
    const order = [
      'Site address and location',
      'Correspondence and contact',
      'Customer and site contact',
      'Connection requirements',
      'Planning permission (000',
      'Supporting documents',
    ].map((t) => text.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);

    // Every label and value of the summary is on the page.
    for (const section of applicationSummary(estimate, documents)) {
      for (const [label, value] of section.rows) {
        expect(text, label).toContain(label);
        expect(text, `${label}: ${value}`).toContain(value);
      }
    }
    // What 000 names, spelt out: site (a), correspondence and preferred contact (b), customer
    // type, site contact and authority (c), feasibility or formal, properties, generation or
    // storage, design approval, planning authority and reference (d), documents.
    for (const expected of [
      'Land off Mill Lane, Thornbury',
      'BS35 2AA',
      'Plots 1-12',
      'ST 63680 90210',
      '1 High Street, Bristol, BS1 1AA',
      'Preferred contact Email',
      'Applying for the customer',
      'Developer or house builder',
      'Mill Homes Ltd',
      'Applicant owns the site No',
      'Sam Site, 07700 900123, sam@example.org',
      'A formal quotation',
      'Number of properties 12',
      'With generation 12',
      'With energy storage 4',
      'Design-approval costs included Yes',
      'South Gloucestershire Council',
      'P24/01234/F',
      'Site layout plan site plan.pdf',
      'Letter of authority authority.pdf',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/House\s+3-bed semi\s+10\s+10\s+4/);
    expect(text).toMatch(/Bungalow\s+2-bed\s+2\s+2\s+0/);
    expect(text).toContain('not a formal connection offer');
  });

  it('names the documents still needed when they are missing', () => {
    const summary = applicationSummary(estimate, [documents[0]!]);
    const docs = summary.find((s) => s.title === 'Supporting documents')!;
    expect(docs.rows).toContainEqual([
      'Still needed',
      "A letter of authority from the site's owner",
    ]);
    expect(docs.rows).toContainEqual(['Still needed', 'The planning consent']);
  });
});

describe('the application summary PDF', () => {
  it('shows bidi controls in the title and reference as visible marks', () => {
    const hostile = { ...estimate, title: 'Invoice abc\u202Eexe.pdf', reference: 'EST-1\u202E' };
    const pdf = buildApplicationSummaryPdf({
      estimate: hostile,
      documents,
      preparedOn: '2026-03-05',
    });
    const { pages, info } = readPdf(pdf.bytes, 'bidi-summary.pdf');
    const text = flatten(pages.join('\n'));
    expect(text).toContain('Invoice abc[U+202E]exe.pdf (EST-1[U+202E])');
    expect(`${text}${info}`).not.toContain('\u202E');
  });
});
