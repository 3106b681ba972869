/**
 * Share links: the estimate file, deflated (fflate) and base64url-encoded, in the URL
 * fragment as `#e=…`. The fragment never reaches a server. This module only builds and
 * reads links; storage/openShareLink.ts stores what a link holds as a new draft.
 */
import { Inflate, deflateSync, strToU8 } from 'fflate';
import { MAX_ESTIMATE_FILE_BYTES, MAX_SHARE_PAYLOAD_CHARS } from '../estimate-file/limits';
import { parseEstimateFile } from '../estimate-file/parseEstimateFile';
import type { EstimateFile } from '../estimate-file/types';
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { SHARE_PREFIX } from './sharePrefix';

// The prefix lives on its own so code can recognise a share link without loading fflate.
export { SHARE_PREFIX };

// The longest payload made or accepted (the caps live in estimate-file/limits.ts).
export { MAX_SHARE_PAYLOAD_CHARS };

export const TOO_LONG_TO_SHARE =
  'This estimate is too large to share as a link. Use "Export estimate file" and send the file instead.';
export const LINK_TOO_LONG =
  'This share link is too long to be one made by this app. Ask for the estimate file instead.';
export const LINK_CORRUPT =
  'This share link is damaged (it may have been cut short when it was copied). Ask the sender to copy the whole link again.';

export type ShareLinkOutcome = { ok: true; url: string } | { ok: false; message: string };

export function encodeSharePayload(file: EstimateFile): string {
  return bytesToBase64url(deflateSync(strToU8(JSON.stringify(file)), { level: 9 }));
}

/** The page's address (without any fragment) plus `#e=…`. */
export function buildShareUrl(file: EstimateFile, pageUrl: string): ShareLinkOutcome {
  const payload = encodeSharePayload(file);
  if (payload.length > MAX_SHARE_PAYLOAD_CHARS) return { ok: false, message: TOO_LONG_TO_SHARE };
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return { ok: true, url: `${base}${SHARE_PREFIX}${payload}` };
}

/** Inflate, refusing output over `limit` bytes (a tiny link must not expand to gigabytes). */
function inflateLimited(data: Uint8Array, limit: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let isOver = false;
  let isDone = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) isOver = true;
    else chunks.push(chunk);
    if (final) isDone = true;
  });
  try {
    inflater.push(data, true);
  } catch {
    return null;
  }
  if (isOver || !isDone) return null;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export type ShareDecode =
  /** The fragment is not a share link at all. */
  | { kind: 'none' }
  | { kind: 'ok'; file: EstimateFile; notes: string[] }
  | { kind: 'refused'; message: string };

export function decodeShareFragment(hash: string): ShareDecode {
  if (!hash.startsWith(SHARE_PREFIX)) return { kind: 'none' };
  const payload = hash.slice(SHARE_PREFIX.length);
  if (payload.length > MAX_SHARE_PAYLOAD_CHARS) return { kind: 'refused', message: LINK_TOO_LONG };
  const bytes = payload === '' ? null : base64urlToBytes(payload);
  if (!bytes) return { kind: 'refused', message: LINK_CORRUPT };
  const inflated = inflateLimited(bytes, MAX_ESTIMATE_FILE_BYTES);
  if (!inflated) return { kind: 'refused', message: LINK_CORRUPT };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { kind: 'refused', message: LINK_CORRUPT };
  }
  const check = parseEstimateFile(text);
  if (!check.ok) {
    return {
      kind: 'refused',
      message: `This share link does not hold an estimate this app can open: ${check.errors[0]?.message ?? 'it is not valid.'}`,
    };
  }
  return { kind: 'ok', file: check.file, notes: check.notes };
}
