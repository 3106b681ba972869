/**
 * The application summary page of the application pack: every field the operator's
 * application asks for, in the order its guide asks (src/application/applicationSummary.ts),
 * so the applicant can copy it across or attach it. Like the estimate PDF, every page says it
 * is not a formal offer.
 */
import { jsPDF } from 'jspdf';
import { applicationSummary } from '../../application/applicationSummary';
import type { AttachmentSummary } from '../../application/attachmentKinds';
import type { IsoDate } from '../../engine/types';
import type { EstimateFile } from '../../estimate-file/types';
import type { StatementFile } from '../../statements/types';
import { formatIsoDate } from '../format/formatIsoDate';
import type { ExportedPdf } from '../types';
import { drawPageChrome } from './drawPageChrome';
import { PdfWriter } from './PdfWriter';
import { printedEstimate } from './printedEstimate';

export interface ApplicationSummaryInput {
  estimate: EstimateFile;
  /** The chosen statement: the sections cite its paragraphs beside the guide's. */
  statement?: Pick<StatementFile, 'citations'> | null;
  documents: readonly AttachmentSummary[];
  preparedOn: IsoDate;
}

export function buildApplicationSummaryPdf(input: ApplicationSummaryInput): ExportedPdf {
  const { documents, preparedOn } = input;
  const estimate = printedEstimate(input.estimate);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.setProperties({
    title: `${estimate.reference} application summary`,
    creator: 'Connection charge estimator',
  });
  const writer = new PdfWriter(doc);
  writer.heading('Application summary', 1);
  writer.paragraph(
    `${estimate.title} (${estimate.reference || 'no reference'}), prepared ${formatIsoDate(preparedOn)}. What the operator's application asks for, in the order it asks (000 §3). The budget estimate that goes with it is not a formal connection offer.`,
  );
  for (const section of applicationSummary(estimate, documents, input.statement)) {
    writer.ensure(30);
    writer.heading(`${section.title} (${section.citation})`);
    writer.keyValues(section.rows);
    if (section.table) writer.table({ head: [section.table.head], body: section.table.body });
  }
  drawPageChrome(doc, `${estimate.reference} · application summary · ${formatIsoDate(preparedOn)}`);
  const bytes = doc.output('arraybuffer');
  const mimeType = 'application/pdf';
  const safe = input.estimate.reference.trim().replace(/[^A-Za-z0-9._-]+/g, '-') || 'estimate';
  return {
    fileName: `${safe}-application-summary.pdf`,
    mimeType,
    bytes,
    blob: new Blob([bytes], { type: mimeType }),
    pageCount: doc.getNumberOfPages(),
  };
}
