/**
 * Backups and exports that carry documents: a zip (fflate) of the JSON the app already writes
 * and the documents kept beside the drafts, each stored byte for byte.
 *
 *   backup.json          the backup file (backup.ts), unchanged
 *   estimate.json        or, for one draft's export, the estimate file
 *   documents.json       one entry per document: id, draft, kind, name, type, size, added, path
 *   documents/<id>/<name> the document's bytes
 *
 * A backup or export with no documents stays the plain JSON file it always was.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../application/attachmentKinds';
import type { AttachmentRecord } from './records';

export { isZip } from './isZip';

export const BACKUP_ENTRY = 'backup.json';
export const ESTIMATE_ENTRY = 'estimate.json';
export const DOCUMENTS_ENTRY = 'documents.json';
/** Zips larger than this are refused before unpacking (a backup's JSON limit plus documents). */
export const MAX_ZIP_BYTES = 300 * 1024 * 1024;

interface DocumentEntry {
  id: string;
  draftId: string;
  kind: AttachmentKind;
  name: string;
  type: string;
  size: number;
  addedAt: string;
  path: string;
}

/** A name safe inside a zip on every file system. */
function safeName(name: string): string {
  const cleaned = Array.from(name, (ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return cleaned.slice(-120) || 'document';
}

export function packWithDocuments(
  jsonEntry: string,
  jsonText: string,
  documents: readonly AttachmentRecord[],
): Uint8Array {
  const manifest: DocumentEntry[] = documents.map((d) => ({
    id: d.id,
    draftId: d.draftId,
    kind: d.kind,
    name: d.name,
    type: d.type,
    size: d.size,
    addedAt: d.addedAt,
    path: `documents/${safeName(d.id)}/${safeName(d.name)}`,
  }));
  const files: Zippable = {
    [jsonEntry]: strToU8(jsonText),
    [DOCUMENTS_ENTRY]: strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
  };
  documents.forEach((d, i) => {
    // Plans are PDFs and images, already compressed: stored, not deflated again.
    files[manifest[i]!.path] = [new Uint8Array(d.bytes), { level: 0 }];
  });
  return zipSync(files, { level: 6 });
}

export type Unpacked =
  | { ok: true; jsonEntry: string; text: string; documents: AttachmentRecord[]; skipped: string[] }
  | { ok: false; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a zip written by packWithDocuments. `expect` names the JSON entry it must hold. */
export function unpackWithDocuments(bytes: Uint8Array, expect: string): Unpacked {
  if (bytes.byteLength > MAX_ZIP_BYTES) {
    return {
      ok: false,
      message: 'The zip file is larger than 300 MB, so it is not from this app.',
    };
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return { ok: false, message: 'The zip file is damaged and could not be opened.' };
  }
  const json = files[expect];
  if (!json) {
    return {
      ok: false,
      message: `The zip file holds no ${expect}, so it is not ${expect === BACKUP_ENTRY ? 'a backup' : 'an estimate export'} from this app.`,
    };
  }
  const documents: AttachmentRecord[] = [];
  const skipped: string[] = [];
  const manifestBytes = files[DOCUMENTS_ENTRY];
  let manifest: unknown = [];
  if (manifestBytes) {
    try {
      manifest = JSON.parse(strFromU8(manifestBytes));
    } catch {
      return { ok: false, message: 'The list of documents in the zip file is damaged.' };
    }
  }
  for (const entry of Array.isArray(manifest) ? manifest : []) {
    if (
      !isRecord(entry) ||
      typeof entry.id !== 'string' ||
      typeof entry.draftId !== 'string' ||
      typeof entry.name !== 'string' ||
      typeof entry.path !== 'string'
    ) {
      skipped.push('A document without a name or draft was left out.');
      continue;
    }
    const data = files[entry.path];
    if (!data) {
      skipped.push(`“${entry.name}” is listed but not in the zip file, so it was left out.`);
      continue;
    }
    if (typeof entry.size === 'number' && entry.size !== data.byteLength) {
      skipped.push(`“${entry.name}” is not the size it should be (damaged?), so it was left out.`);
      continue;
    }
    const kind = (ATTACHMENT_KINDS as readonly string[]).includes(String(entry.kind))
      ? (entry.kind as AttachmentKind)
      : 'other';
    documents.push({
      id: entry.id,
      draftId: entry.draftId,
      kind,
      name: entry.name,
      type: typeof entry.type === 'string' ? entry.type : 'application/octet-stream',
      size: data.byteLength,
      addedAt: typeof entry.addedAt === 'string' ? entry.addedAt : new Date(0).toISOString(),
      // A copy of exactly its own bytes (the unzipped array may share a larger buffer).
      bytes: data.slice().buffer,
    });
  }
  return { ok: true, jsonEntry: expect, text: strFromU8(json), documents, skipped };
}
