/**
 * Autosave for the open draft. Plain TypeScript with an injected clock, timers and store,
 * so tests drive it with fake timers and a fake-indexeddb database.
 *
 * - Saves at most `delayMs` (500 ms) after the last edit; during non-stop editing it still
 *   saves every `maxWaitMs`, so a long burst of typing is never all unsaved.
 * - Flushes when the page is hidden (`visibilitychange`) or left (`pagehide`): the last
 *   moment a browser reliably lets a page write.
 * - Saves with compare-and-set on the record's revision. When another tab saved first, it
 *   does not overwrite: the status becomes a conflict and the user chooses to load theirs
 *   or keep both (this one saved as a copy).
 * - Posts each save on a BroadcastChannel and listens for other tabs' saves.
 */
import type { EstimateFile } from '../estimate-file/types';
import type { ChannelLike, DraftMessage } from './draftChannel';
import { newId, type SaveOutcome } from './draftStore';
import type { EstimateRecord } from './records';
import type { SaveStatus } from './saveStatus';
import { clearPending, writePending, type SyncStorage } from './pendingEdits';
import { describeStorageError, UNREADABLE_MESSAGE } from './storageErrors';

export const AUTOSAVE_DELAY_MS = 500;
export const AUTOSAVE_MAX_WAIT_MS = 5_000;

export interface AutosaveStore {
  save(
    file: EstimateFile,
    expectedRevision: number,
    now: Date,
    savedBy?: string,
  ): Promise<SaveOutcome>;
  /** Store the file as a new draft (new id and reference). */
  saveCopy(file: EstimateFile, now: Date): Promise<EstimateRecord>;
  load(id: string): Promise<EstimateRecord | undefined>;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutosaveOptions {
  store: AutosaveStore;
  /** The editor's current estimate file, as plain data. */
  snapshot: () => EstimateFile;
  /** Put a file into the editor (after loading theirs or keeping both). */
  replace: (file: EstimateFile) => void;
  clock?: () => Date;
  timers?: Timers;
  delayMs?: number;
  maxWaitMs?: number;
  channel?: ChannelLike | null;
  tabId?: string;
  onStatus?: (status: SaveStatus) => void;
  /** After every successful write of the open draft (used to ask for persistence, refresh lists). */
  onSaved?: (record: EstimateRecord) => void;
  /** Where the write-ahead record goes when the page may go away (pendingEdits.ts). */
  pendingStorage?: SyncStorage | null;
}

export type ConflictChoice = 'load-theirs' | 'keep-both';

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class AutosaveController {
  status: SaveStatus = { kind: 'idle' };
  readonly tabId: string;
  private current: { id: string; revision: number } | null = null;
  private dirty = false;
  private timer: unknown = null;
  private maxTimer: unknown = null;
  private chain: Promise<void> = Promise.resolve();
  /** Saves started and not yet finished. */
  private inFlight = 0;
  private readonly options: AutosaveOptions;
  private readonly clock: () => Date;
  private readonly timers: Timers;
  private readonly onMessage = (event: MessageEvent<DraftMessage>) => {
    void this.handleMessage(event.data);
  };

  constructor(options: AutosaveOptions) {
    this.options = options;
    this.clock = options.clock ?? (() => new Date());
    this.timers = options.timers ?? defaultTimers;
    this.tabId = options.tabId ?? newId();
    options.channel?.addEventListener('message', this.onMessage);
  }

  get draftId(): string | null {
    return this.current?.id ?? null;
  }

  get revision(): number | null {
    return this.current?.revision ?? null;
  }

  get hasUnsavedEdits(): boolean {
    return this.dirty;
  }

  /** Edits not yet known to be stored: waiting for the debounce, or in a save still running. */
  get hasPendingWork(): boolean {
    return this.current !== null && (this.dirty || this.inFlight > 0);
  }

  /**
   * The page may go away: write the open draft synchronously to this tab's write-ahead
   * record if anything is not yet stored. Returns whether edits are still pending.
   */
  writeAhead(): boolean {
    if (!this.hasPendingWork || !this.current) return false;
    writePending(this.options.pendingStorage ?? null, {
      tabId: this.tabId,
      id: this.current.id,
      baseRevision: this.current.revision,
      file: this.options.snapshot(),
      at: this.clock().toISOString(),
    });
    return true;
  }

  /** The editor now shows this stored draft. Call flush() first when switching drafts. */
  open(record: EstimateRecord): void {
    this.clearTimers();
    this.dirty = false;
    this.current = { id: record.id, revision: record.revision };
    if (this.status.kind !== 'stopped')
      this.setStatus({ kind: 'saved', at: new Date(record.savedAt) });
  }

  /** The editor no longer shows a draft. */
  close(): void {
    this.clearTimers();
    this.dirty = false;
    this.current = null;
    if (this.status.kind !== 'stopped') this.setStatus({ kind: 'idle' });
  }

  /** Another stored write of the open draft (e.g. a rename from the library) moved its revision. */
  adopt(record: EstimateRecord): void {
    if (this.current?.id === record.id) this.current.revision = record.revision;
  }

  /** Call on every edit of the open draft. */
  notifyChange(): void {
    if (!this.current) return;
    this.dirty = true;
    // In a conflict or after a stop, edits stay in the editor and nothing is written.
    if (this.status.kind === 'conflict' || this.status.kind === 'stopped') return;
    this.setStatus({ kind: 'saving' });
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.delayMs ?? AUTOSAVE_DELAY_MS);
    if (this.maxTimer === null) {
      this.maxTimer = this.timers.setTimeout(() => {
        this.maxTimer = null;
        void this.flush();
      }, this.options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS);
    }
  }

  /** Save pending edits now; resolves when every queued save has finished. */
  flush(): Promise<void> {
    this.clearTimers();
    if (this.dirty) this.chain = this.chain.then(() => this.saveNow());
    return this.chain;
  }

  /**
   * Another tab upgraded the database: save what is pending while the connection is
   * still open, then write nothing more.
   */
  async stop(reason: string): Promise<void> {
    await this.flush();
    this.clearTimers();
    this.setStatus({ kind: 'stopped', reason });
  }

  /** Resolve a conflict: load the stored version, or keep both by saving this one as a copy. */
  async resolveConflict(choice: ConflictChoice): Promise<EstimateRecord | null> {
    const status = this.status;
    if (status.kind !== 'conflict' || !this.current) return null;
    try {
      if (choice === 'load-theirs') {
        const theirs = (await this.options.store.load(this.current.id)) ?? null;
        if (!theirs) return null;
        this.options.replace(theirs.file);
        this.open(theirs);
        return theirs;
      }
      const copy = await this.options.store.saveCopy(this.options.snapshot(), this.clock());
      this.options.replace(copy.file);
      this.open(copy);
      this.post({ type: 'changed', tabId: this.tabId });
      this.options.onSaved?.(copy);
      return copy;
    } catch (error) {
      const problem = describeStorageError(error);
      this.setStatus(
        problem.kind === 'closed'
          ? { kind: 'stopped', reason: problem.message }
          : { kind: 'failed', problem: problem.kind, reason: problem.message },
      );
      return null;
    }
  }

  /** Listen for the moments a page must save: hidden or being left. Returns a detach function. */
  attach(
    win: Pick<Window, 'addEventListener' | 'removeEventListener'>,
    doc: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>,
  ): () => void {
    // First the synchronous write-ahead record (it lands even if the page is gone before
    // IndexedDB answers), then the ordinary save.
    const onVisibility = () => {
      if (doc.visibilityState !== 'hidden') return;
      this.writeAhead();
      void this.flush();
    };
    const onPageHide = () => {
      this.writeAhead();
      void this.flush();
    };
    // Ask before leaving only while a save is still pending.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!this.writeAhead()) return;
      void this.flush();
      event.preventDefault();
      event.returnValue = '';
    };
    doc.addEventListener('visibilitychange', onVisibility);
    win.addEventListener('pagehide', onPageHide);
    win.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      doc.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('pagehide', onPageHide);
      win.removeEventListener('beforeunload', onBeforeUnload);
    };
  }

  dispose(): void {
    this.clearTimers();
    this.options.channel?.removeEventListener('message', this.onMessage);
  }

  /** A message from another tab. Public so tests (and a same-tab library) can deliver one. */
  async handleMessage(message: DraftMessage): Promise<void> {
    if (message.tabId === this.tabId || !this.current || this.status.kind === 'stopped') return;
    if (message.type === 'changed' || message.id !== this.current.id) return;
    if (message.type === 'saved' && message.revision <= this.current.revision) return;
    const theirs =
      message.type === 'deleted' ? null : ((await this.options.store.load(message.id)) ?? null);
    if (!this.current || (theirs && theirs.revision <= this.current.revision)) return;
    // This tab has no edits of its own: nothing conflicts, so show their version quietly.
    if (theirs && !this.hasPendingWork && this.status.kind !== 'conflict') {
      this.options.replace(theirs.file);
      this.open(theirs);
      return;
    }
    // Both tabs edited: stop our pending save (it would be refused) and ask the user.
    this.clearTimers();
    this.setStatus({ kind: 'conflict', theirs, hasLocalEdits: this.dirty });
  }

  private async saveNow(): Promise<void> {
    const current = this.current;
    if (!current || !this.dirty) return;
    if (this.status.kind === 'conflict' || this.status.kind === 'stopped') return;
    const file = this.options.snapshot();
    // The editor switched drafts without telling us: never write one draft's content under another id.
    if (file.id !== current.id) return;
    this.dirty = false;
    this.setStatus({ kind: 'saving' });
    let outcome: SaveOutcome;
    this.inFlight += 1;
    try {
      outcome = await this.options.store.save(file, current.revision, this.clock(), this.tabId);
    } catch (error) {
      this.inFlight -= 1;
      this.dirty = true;
      const problem = describeStorageError(error);
      // Not stored: keep it in the write-ahead record too, so that closing the tab (or the
      // browser) before storage works again loses nothing.
      if (problem.kind !== 'closed') this.writeAhead();
      this.setStatus(
        problem.kind === 'closed'
          ? { kind: 'stopped', reason: problem.message }
          : { kind: 'failed', problem: problem.kind, reason: problem.message },
      );
      return;
    }
    this.inFlight -= 1;
    if (this.current !== current) return;
    if (outcome.kind === 'unreadable') {
      // The browser gave back no stored drafts at all: not another tab's delete. Nothing was
      // written; the work stays here and in the write-ahead record, and the next change
      // tries again.
      this.dirty = true;
      this.writeAhead();
      this.setStatus({ kind: 'failed', problem: 'unreadable', reason: UNREADABLE_MESSAGE });
      return;
    }
    if (outcome.kind === 'saved') {
      current.revision = outcome.record.revision;
      // Stored: this tab's write-ahead record is no longer needed.
      if (!this.dirty && this.inFlight === 0)
        clearPending(this.options.pendingStorage ?? null, this.tabId);
      this.post({ type: 'saved', id: current.id, revision: current.revision, tabId: this.tabId });
      this.options.onSaved?.(outcome.record);
      // Edits made while the save ran are already scheduled (notifyChange); keep "Saving…".
      if (!this.dirty) this.setStatus({ kind: 'saved', at: new Date(outcome.record.savedAt) });
      return;
    }
    this.dirty = true;
    this.setStatus({
      kind: 'conflict',
      theirs: outcome.kind === 'conflict' ? outcome.theirs : null,
      hasLocalEdits: true,
    });
  }

  private post(message: DraftMessage): void {
    try {
      this.options.channel?.postMessage(message);
    } catch {
      // A closed channel only means other tabs learn of the change on their next save.
    }
  }

  private clearTimers(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    if (this.maxTimer !== null) this.timers.clearTimeout(this.maxTimer);
    this.timer = null;
    this.maxTimer = null;
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.options.onStatus?.(status);
  }
}
