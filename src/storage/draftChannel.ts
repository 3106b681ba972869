/** Tells other tabs that drafts changed (BroadcastChannel), so they never save over them. */

export const DRAFT_CHANNEL_NAME = 'connection-estimator-drafts';

export type DraftMessage =
  | { type: 'saved'; id: string; revision: number; tabId: string }
  | { type: 'deleted'; id: string; tabId: string }
  /** Anything else that changes the library (restore, import, bin). */
  | { type: 'changed'; tabId: string };

/** The part of BroadcastChannel used here. */
export interface ChannelLike {
  postMessage(message: DraftMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DraftMessage>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<DraftMessage>) => void): void;
  close(): void;
}

export function openDraftChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'undefined'
    ? null
    : (new BroadcastChannel(DRAFT_CHANNEL_NAME) as unknown as ChannelLike);
}
