/**
 * Opening a share link stores the estimate it holds as a NEW draft (new id and reference): a
 * link can never overwrite a stored draft. Nothing is written when the link is refused.
 */
import { decodeShareFragment } from '../share/shareLink';
import type { EstimatorDb } from './db';
import { createDraft } from './draftStore';
import type { EstimateRecord } from './records';

export type OpenShareOutcome =
  | { kind: 'none' }
  | { kind: 'opened'; record: EstimateRecord }
  | { kind: 'refused'; message: string };

export async function openShareLink(
  db: EstimatorDb,
  hash: string,
  now: Date,
): Promise<OpenShareOutcome> {
  const decoded = decodeShareFragment(hash);
  if (decoded.kind !== 'ok') return decoded;
  const record = await createDraft(db, { ...decoded.file, status: 'draft' }, now);
  return { kind: 'opened', record };
}
