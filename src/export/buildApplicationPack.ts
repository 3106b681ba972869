/**
 * The application pack: one zip with the budget estimate PDF, the application summary PDF
 * (000's order) and the documents kept with the draft, byte for byte.
 */
import { zipSync, type Zippable } from 'fflate';
import { summarise, type AttachmentSummary } from '../application/attachmentKinds';
import { buildApplicationSummaryPdf } from './pdf/buildApplicationSummaryPdf';
import { buildEstimatePdf } from './pdf/buildEstimatePdf';
import type { EstimatePdfInput, ExportedFile } from './types';

const safe = (name: string) =>
  Array.from(name, (ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .trim() || 'document';

/** A kept document with its bytes (a stored attachment record is one). */
export interface PackDocument extends AttachmentSummary {
  bytes: ArrayBuffer;
}

export function buildApplicationPack(
  input: EstimatePdfInput,
  documents: readonly PackDocument[],
): ExportedFile {
  const estimatePdf = buildEstimatePdf(input);
  const summary = buildApplicationSummaryPdf({
    estimate: input.estimate,
    statement: input.statement,
    documents: documents.map(summarise),
    preparedOn: input.preparedOn,
  });
  const files: Zippable = {
    [summary.fileName]: [new Uint8Array(summary.bytes), { level: 0 }],
    [estimatePdf.fileName]: [new Uint8Array(estimatePdf.bytes), { level: 0 }],
  };
  const used = new Set<string>();
  for (const d of documents) {
    let name = `documents/${safe(d.name)}`;
    // Two documents of the same name are both kept.
    for (let n = 2; used.has(name); n += 1) name = `documents/${n}-${safe(d.name)}`;
    used.add(name);
    files[name] = [new Uint8Array(d.bytes), { level: 0 }];
  }
  const zipped = zipSync(files);
  const bytes = zipped.slice().buffer;
  const base = input.estimate.reference.trim().replace(/[^A-Za-z0-9._-]+/g, '-') || 'estimate';
  return {
    fileName: `${base}-application-pack.zip`,
    mimeType: 'application/zip',
    bytes,
    blob: new Blob([bytes], { type: 'application/zip' }),
  };
}
