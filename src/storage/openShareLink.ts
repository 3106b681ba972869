/**
 * Opening a share link stores the estimate it holds as a NEW draft (new id; its own reference
 * unless a stored draft has it): a link can never overwrite a stored draft. Nothing is written when the link is refused.
 */
import { decodeShareFragment } from '../share/shareLink';
import type { EstimatorDb } from './db';
import { createIncomingDraft } from './draftStore';
import type { EstimateRecord } from './records';

export type OpenShareOutcome =
  | { kind: 'none' }
  /** `notes`: what changed on the way in (repeated ids renamed, reference renumbered). */
  | { kind: 'opened'; record: EstimateRecord; notes: string[] }
  | { kind: 'refused'; message: string };

export async function openShareLink(
  db: EstimatorDb,
  hash: string,
  now: Date,
): Promise<OpenShareOutcome> {
  const decoded = decodeShareFragment(hash);
  if (decoded.kind !== 'ok') return decoded;
  const { record, notes } = await createIncomingDraft(
    db,
    { ...decoded.file, status: 'draft' },
    now,
  );
  return { kind: 'opened', record, notes: [...decoded.notes, ...notes] };
}
