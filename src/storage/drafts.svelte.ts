/**
 * The drafts controller the app shell mounts: it joins the editor, the drafts database,
 * autosave, the library, backups, imports and share links, and holds the reactive state
 * the components in src/ui/library show. Wiring: see
 * docs/drafts-and-backups.md; in short
 *
 *   const drafts = new DraftsController({ editor, createBlank });
 *   onMount(() => { void drafts.start(); return () => drafts.dispose(); });
 */
import type { ShareLinkOutcome } from '../share/shareLink';
import { SHARE_PREFIX } from '../share/sharePrefix';
import type { EstimateFile } from '../estimate-file/types';
import type { StatementFile } from '../statements/types';
import { AutosaveController, type ConflictChoice } from './autosave';
import {
  applyRestore,
  backupFileName,
  createBackup,
  markBackedUp,
  parseBackup,
  previewRestore,
  type RestorePreview,
} from './backup';
import {
  DB_NAME,
  EstimatorDb,
  handleVersionChange,
  isNewerOnDisk,
  isNewerThanThisBuild,
  reopenIfLost,
} from './db';
import { dbAutosaveStore } from './dbAutosaveStore';
import { openDraftChannel, type ChannelLike, type DraftMessage } from './draftChannel';
import {
  createDraft,
  deleteDraftFreeingSpace,
  deleteStatement,
  duplicateDraft,
  listBin,
  listDrafts,
  listStatements,
  loadDraft,
  purgeBin,
  renameDraft,
  restoreFromBin,
  saveStatement,
  damagedName,
  draftName,
  type DamagedRecord,
} from './draftStore';
import { purgeOrphanAttachments } from './attachments';
import { isZip } from './isZip';
import { downloadBytes, downloadText, type DownloadBytesFn, type DownloadFn } from './download';
import {
  estimateFileName,
  estimateFileText,
  importEstimateFile,
  type ReadableFile,
} from './estimateFileIo';
import type {
  AttachmentRecord,
  BinRecord,
  EstimateRecord,
  PersistenceState,
  StatementRecord,
} from './records';
import { liveTabs, mergePendingEdits, TAB_LOCK_PREFIX } from './mergePendingEdits';
import { browserStorage, type SyncStorage } from './pendingEdits';
import type { SaveStatus } from './saveStatus';
import { getSetting, requestPersistence, setSetting, type StorageManagerLike } from './settings';
import {
  CLOSED_MESSAGE,
  describeStorageError,
  NOT_SAVING_MESSAGE,
  NOTHING_NEW_MESSAGE,
  QUOTA_MESSAGE,
  UNREADABLE_MESSAGE,
  UNREADABLE_SAVED_MESSAGE,
} from './storageErrors';

/** The editor as the drafts controller sees it (EstimateEditor fits). */
export interface EditorPort {
  snapshot(): EstimateFile;
  replace(file: EstimateFile): void;
  subscribe(listener: () => void): () => void;
}

export interface DraftsControllerOptions {
  editor: EditorPort;
  /** A new, blank estimate (e.g. createDefaultEstimate(today, now.toISOString())). */
  createBlank: (now: Date) => EstimateFile;
  db?: EstimatorDb;
  dbName?: string;
  clock?: () => Date;
  storage?: StorageManagerLike;
  channel?: ChannelLike | null;
  download?: DownloadFn;
  /** Saves a zip (a backup or export with documents). */
  downloadBytes?: DownloadBytesFn;
  /** Where share links arrive; the fragment is cleared after it is read. */
  location?: Pick<Location, 'hash' | 'href' | 'pathname' | 'search'>;
  history?: Pick<History, 'replaceState'>;
  /** Where the write-ahead record of unsaved edits goes (default: localStorage). */
  pendingStorage?: SyncStorage | null;
  /** Attach page-hide listeners (off in tests that do not need them). */
  win?: Window;
  doc?: Document;
}

export interface Notice {
  tone: 'error' | 'info';
  message: string;
  /** What the notice is about, its accessible name ("Import problem"); default: storage. */
  title?: string;
  /** Offer "Download a backup" next to the message (storage full, damaged data). */
  offerBackup?: boolean;
}

const DAY_MS = 86_400_000;

/** The file's bytes when it is a zip, or null for a text file. */
async function readZip(file: ReadableFile): Promise<Uint8Array | null> {
  if (!file.arrayBuffer) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  return isZip(bytes) ? bytes : null;
}
export const BACKUP_REMINDER_DAYS = 7;

/** The stored drafts could not be read, though the database answered (see backupAll). */
class StorageUnreadable extends Error {}

export class DraftsController {
  saveStatus = $state<SaveStatus>({ kind: 'idle' });
  drafts = $state.raw<EstimateRecord[]>([]);
  damaged = $state.raw<DamagedRecord[]>([]);
  bin = $state.raw<BinRecord[]>([]);
  statements = $state.raw<StatementRecord[]>([]);
  persistence = $state<PersistenceState | null>(null);
  lastBackupAt = $state<string | null>(null);
  notice = $state<Notice | null>(null);
  /** The last deleted draft, for "Undo". */
  lastDeleted = $state.raw<BinRecord | null>(null);
  restorePreview = $state.raw<RestorePreview | null>(null);
  /** The documents a zip backup being restored holds, put back with its drafts. */
  restoreDocuments = $state.raw<AttachmentRecord[]>([]);
  currentId = $state<string | null>(null);
  isReady = $state(false);
  /** When lists were last refreshed (ms since epoch): the reminder compares with it. */
  nowMs = $state(0);

  /** The database was upgraded in another tab: this tab must reload. */
  isStopped = $derived(this.saveStatus.kind === 'stopped');
  /**
   * This browser gave no IndexedDB (missing, blocked, or it would not open): the editor
   * works, nothing is saved, and the user is told to download the estimate file.
   */
  isUnavailable = $state(false);
  /** Why draft actions (new, import, duplicate, delete, restore…) are off, or null. */
  actionsOffReason = $derived(
    this.isUnavailable
      ? NOT_SAVING_MESSAGE
      : this.saveStatus.kind === 'stopped'
        ? this.saveStatus.reason
        : null,
  );

  /** Show the backup reminder: storage not persistent, or no backup in the last 7 days. */
  needsBackupReminder = $derived.by(() => {
    if (this.drafts.length === 0) return false;
    if (this.persistence !== 'granted') return true;
    if (!this.lastBackupAt) return true;
    return this.nowMs - Date.parse(this.lastBackupAt) > BACKUP_REMINDER_DAYS * DAY_MS;
  });

  readonly db: EstimatorDb;
  readonly autosave: AutosaveController;
  readonly #options: DraftsControllerOptions;
  readonly #clock: () => Date;
  readonly #channel: ChannelLike | null;
  readonly #download: DownloadFn;
  readonly #pendingStorage: SyncStorage | null;
  readonly #downloadBytes: DownloadBytesFn;
  #isReplacing = false;
  #isStarted = false;
  /** With no IndexedDB: the estimate file last downloaded, to ask before closing only if changed. */
  #lastDownloaded: string | null = null;
  #cleanups: (() => void)[] = [];

  constructor(options: DraftsControllerOptions) {
    this.#options = options;
    // Each call makes a fresh, never-mutated Date: nothing here needs a reactive one.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.#clock = options.clock ?? (() => new Date());
    this.#channel = options.channel === undefined ? openDraftChannel() : options.channel;
    this.#download = options.download ?? downloadText;
    this.#pendingStorage =
      options.pendingStorage === undefined ? browserStorage() : options.pendingStorage;
    this.#downloadBytes = options.downloadBytes ?? downloadBytes;
    this.db = options.db ?? new EstimatorDb(options.dbName ?? DB_NAME);
    this.autosave = new AutosaveController({
      store: dbAutosaveStore(this.db),
      snapshot: () => options.editor.snapshot(),
      replace: (file) => this.#replaceEditor(file),
      clock: this.#clock,
      channel: this.#channel,
      pendingStorage: this.#pendingStorage,
      onStatus: (status) => {
        this.saveStatus = status;
        if (
          status.kind === 'failed' &&
          (status.problem === 'quota' || status.problem === 'unreadable')
        ) {
          this.notice = { tone: 'error', message: status.reason, offerBackup: true };
        }
        // A save landed again (space was freed): "not saved" would no longer be true.
        const isFullNotice =
          this.notice?.message === QUOTA_MESSAGE ||
          this.notice?.message === NOTHING_NEW_MESSAGE ||
          this.notice?.message === UNREADABLE_MESSAGE ||
          this.notice?.message === UNREADABLE_SAVED_MESSAGE;
        if (status.kind === 'saved' && isFullNotice) this.notice = null;
      },
      onSaved: (record) => {
        this.currentId = record.id;
        void this.#afterSave();
      },
    });
  }

  /** Open the database, purge the bin, and open a share link, the last draft or a new one. */
  async start(): Promise<void> {
    if (this.#isStarted) return;
    this.#isStarted = true;
    handleVersionChange(this.db, {
      onVersionChange: () => this.autosave.stop(CLOSED_MESSAGE),
    });
    const onMessage = (event: MessageEvent<DraftMessage>) => {
      if (event.data.tabId !== this.autosave.tabId) void this.refresh();
    };
    this.#channel?.addEventListener('message', onMessage);
    this.#cleanups.push(() => this.#channel?.removeEventListener('message', onMessage));
    this.#cleanups.push(
      this.#options.editor.subscribe(() => {
        if (!this.#isReplacing) this.autosave.notifyChange();
      }),
    );
    const win = this.#options.win ?? (typeof window === 'undefined' ? undefined : window);
    const doc = this.#options.doc ?? (typeof document === 'undefined' ? undefined : document);
    if (win && doc) this.#cleanups.push(this.autosave.attach(win, doc));

    // This tab holds a lock for as long as it is open, so that another tab's start can tell
    // an open tab's write-ahead record (left alone) from a closed one's (merged).
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    void locks
      ?.request(TAB_LOCK_PREFIX + this.autosave.tabId, () => new Promise<void>(() => undefined))
      .catch(() => undefined);
    try {
      // A newer build's database is never written into, not even by opening it.
      let isNewer = await isNewerOnDisk(this.db.name);
      if (!isNewer) {
        await this.db.open();
        isNewer = isNewerThanThisBuild(this.db.backendDB().version);
      }
      if (isNewer) {
        this.db.close({ disableAutoOpen: true });
        await this.autosave.stop(CLOSED_MESSAGE);
        this.isReady = true;
        return;
      }
    } catch (error) {
      this.#openFailed(error, win);
      this.isReady = true;
      return;
    }
    try {
      await purgeBin(this.db, this.#clock());
      // Edits made just before a tab closed or reloaded, saved now (pendingEdits.ts).
      const recovered = await mergePendingEdits(this.db, this.#pendingStorage, {
        ownTabId: this.autosave.tabId,
        now: this.#clock(),
        live: await liveTabs(),
      });
      this.persistence = await getSetting(this.db, 'persistence');
      this.lastBackupAt = await getSetting(this.db, 'lastBackupAt');
      await this.refresh();
      const location =
        this.#options.location ?? (typeof window === 'undefined' ? undefined : window.location);
      const opened = location ? await this.#openShareFromLocation(location) : false;
      if (!opened) await this.#openLast(await getSetting(this.db, 'lastOpenId'));
      if (recovered.notes.length > 0) {
        const message = [this.notice?.message, ...recovered.notes].filter(Boolean).join(' ');
        this.notice = { tone: 'error', message };
      }
    } catch (error) {
      this.#fail(error);
    } finally {
      this.isReady = true;
    }
    // Documents of drafts purged from the bin go too; nothing waits for it.
    void purgeOrphanAttachments(this.db).catch(() => undefined);
  }

  dispose(): void {
    void this.autosave.flush();
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
    this.autosave.dispose();
    this.#channel?.close();
  }

  /** Reload the lists from the database (after any change, here or in another tab). */
  async refresh(): Promise<void> {
    if (this.actionsOffReason) return;
    reopenIfLost(this.db);
    try {
      // Read everything first, then assign together, so the lists never disagree on screen.
      const [{ drafts, damaged }, bin, statements] = await Promise.all([
        listDrafts(this.db),
        listBin(this.db),
        listStatements(this.db),
      ]);
      this.drafts = drafts;
      this.damaged = damaged;
      this.bin = bin;
      this.statements = statements;
      this.nowMs = this.#clock().getTime();
    } catch (error) {
      this.#fail(error);
    }
  }

  async newDraft(): Promise<void> {
    await this.#run(async () => {
      await this.autosave.flush();
      const record = await createDraft(
        this.db,
        this.#options.createBlank(this.#clock()),
        this.#clock(),
      );
      this.#show(record);
      this.#broadcast();
      await this.#afterSave();
    });
  }

  async openDraft(id: string): Promise<void> {
    if (id === this.currentId) return;
    await this.#run(async () => {
      await this.autosave.flush();
      const record = await loadDraft(this.db, id);
      if (!record) throw new Error('That draft is no longer stored.');
      this.#show(record);
    });
  }

  async rename(id: string, title: string): Promise<void> {
    await this.#run(async () => {
      if (id === this.currentId) await this.autosave.flush();
      const record = await renameDraft(this.db, id, title, this.#clock());
      if (id === this.currentId) {
        this.autosave.adopt(record);
        this.#replaceEditor(record.file);
      }
      this.#broadcast();
      await this.refresh();
    });
  }

  async duplicate(id: string): Promise<void> {
    await this.#run(async () => {
      if (id === this.currentId) await this.autosave.flush();
      await duplicateDraft(this.db, id, this.#clock());
      this.#broadcast();
      await this.refresh();
    });
  }

  /** Move a draft to the bin; "Undo" puts it back. Deleting the open draft opens another. */
  async remove(id: string): Promise<void> {
    await this.#run(async () => {
      if (id === this.currentId) await this.autosave.flush();
      const { entry, isInBin } = await deleteDraftFreeingSpace(this.db, id, this.#clock());
      this.#channel?.postMessage({ type: 'deleted', id, tabId: this.autosave.tabId });
      await this.refresh();
      if (isInBin) this.lastDeleted = entry;
      else {
        this.notice = {
          tone: 'error',
          message: `${draftName(entry.record.file)} was deleted to free space, but storage is too full to keep a copy in the bin, so it cannot be restored from there.`,
        };
      }
      if (id === this.currentId) {
        this.autosave.close();
        this.currentId = null;
        const next = [...this.drafts].sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
        if (next) this.#show(next);
        else await this.newDraft();
      }
    });
  }

  async undoDelete(): Promise<void> {
    const entry = this.lastDeleted;
    if (!entry) return;
    await this.restoreFromBin(entry.id);
  }

  async restoreFromBin(id: string): Promise<void> {
    await this.#run(async () => {
      await restoreFromBin(this.db, id);
      if (this.lastDeleted?.id === id) this.lastDeleted = null;
      this.#broadcast();
      await this.refresh();
    });
  }

  dismissUndo(): void {
    this.lastDeleted = null;
  }

  dismissNotice(): void {
    this.notice = null;
  }

  async resolveConflict(choice: ConflictChoice): Promise<void> {
    const record = await this.autosave.resolveConflict(choice);
    if (record) this.currentId = record.id;
    await this.refresh();
  }

  /** Download every draft and imported statement as one JSON file. */
  async backupAll(): Promise<void> {
    await this.#run(async () => {
      await this.autosave.flush();
      const now = this.#clock();
      let text: string;
      let documents: AttachmentRecord[];
      try {
        const id = this.currentId;
        const current = id ? await loadDraft(this.db, id) : undefined;
        // Edits on screen that could not be stored (storage full) go into the backup; so does
        // the open draft when it is not stored at all.
        const open = current
          ? this.autosave.hasUnsavedEdits
            ? this.#onScreen(current)
            : undefined
          : id
            ? this.#unstored(id, now)
            : undefined;
        const backup = await createBackup(this.db, now, open);
        // The open draft missing and no other draft given back: Chromium on a full disk can
        // answer so. That backup would look whole and hold nothing that was stored.
        if (id && !current && backup.estimates.length <= 1) throw new StorageUnreadable();
        text = `${JSON.stringify(backup, null, 2)}\n`;
        documents = await this.db.attachments.orderBy('id').toArray();
      } catch (error) {
        // The stored drafts cannot be read (a full disk, say): no backup can be made, but the
        // work on screen needs no storage. Download that, and say plainly what it is.
        const isUnreadable = error instanceof StorageUnreadable;
        if (!isUnreadable && describeStorageError(error).kind === 'closed') throw error;
        const file = this.#options.editor.snapshot();
        this.#download(estimateFileName(file), estimateFileText(file));
        this.notice = {
          tone: 'error',
          offerBackup: true,
          message: `No backup was made: the stored drafts could not be read (this browser's storage may be out of space). The estimate on screen was downloaded instead, as “${estimateFileName(file)}”; your other drafts are not in it. Once space is freed, use Back up all again.`,
        };
        return;
      }
      if (documents.length === 0) this.#download(backupFileName(now), text);
      else {
        // With documents, the backup is a zip of the same JSON and the documents' bytes.
        const { packWithDocuments, BACKUP_ENTRY } = await import('./backupZip');
        this.#downloadBytes(
          backupFileName(now).replace(/\.json$/, '.zip'),
          packWithDocuments(BACKUP_ENTRY, text, documents),
          'application/zip',
        );
      }
      // The download is made: failing to note when (storage full) must not say otherwise.
      await markBackedUp(this.db, now).catch(() => undefined);
      this.lastBackupAt = now.toISOString();
      this.nowMs = now.getTime();
    });
  }

  /** Read a backup file and show what restoring it would do. Changes nothing. */
  async chooseRestoreFile(file: ReadableFile): Promise<void> {
    this.restorePreview = null;
    this.restoreDocuments = [];
    let text: string;
    let documents: AttachmentRecord[] = [];
    try {
      const zipped = await readZip(file);
      if (zipped) {
        const { unpackWithDocuments, BACKUP_ENTRY } = await import('./backupZip');
        const unpacked = unpackWithDocuments(zipped, BACKUP_ENTRY);
        if (!unpacked.ok) {
          this.notice = { tone: 'error', message: `${unpacked.message} Nothing was restored.` };
          return;
        }
        text = unpacked.text;
        documents = unpacked.documents;
      } else text = await file.text();
    } catch {
      this.notice = {
        tone: 'error',
        title: 'Restore problem',
        message: 'The backup file could not be read. Nothing was restored.',
      };
      return;
    }
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      this.notice = {
        tone: 'error',
        title: 'Restore problem',
        message: `${parsed.message} Nothing was restored.`,
      };
      return;
    }
    await this.#run(async () => {
      this.restorePreview = await previewRestore(this.db, parsed.backup);
      // Only documents of drafts the backup restores are put back.
      const restored = parsed.backup.estimates.map((e) => e.id);
      this.restoreDocuments = documents.filter((d) => restored.includes(d.draftId));
    });
  }

  cancelRestore(): void {
    this.restorePreview = null;
    this.restoreDocuments = [];
  }

  async confirmRestore(): Promise<void> {
    const preview = this.restorePreview;
    if (!preview) return;
    await this.#run(async () => {
      await this.autosave.flush();
      const result = await applyRestore(this.db, preview);
      const documents = this.restoreDocuments;
      if (documents.length > 0) await this.db.attachments.bulkPut(documents);
      this.restorePreview = null;
      this.restoreDocuments = [];
      this.#broadcast();
      await this.refresh();
      // The open draft may have been replaced: show the restored version.
      if (this.currentId) {
        const current = await loadDraft(this.db, this.currentId);
        if (current && current.revision !== this.autosave.revision) this.#show(current);
      }
      this.notice = {
        tone: 'info',
        message: [
          `Restored: ${result.added} added, ${result.replaced} replaced, ${result.statements} statements${documents.length > 0 ? `, ${documents.length} documents` : ''}.`,
          ...preview.backup.notes,
          ...result.notes,
        ].join(' '),
      };
    });
  }

  /** Download one draft (the open one by default) as an estimate file. */
  async exportDraft(id: string | null = this.currentId): Promise<void> {
    if (!id) return;
    await this.#run(async () => {
      if (id === this.currentId) await this.autosave.flush();
      // The open draft is on screen even when the storage does not give it back.
      const stored =
        (await loadDraft(this.db, id)) ??
        (id === this.currentId ? this.#unstored(id, this.#clock()) : undefined);
      if (!stored) throw new Error('That draft is no longer stored.');
      // The open draft is exported as on screen, even when its latest edits could not be
      // stored (storage full).
      const record = id === this.currentId ? this.#onScreen(stored) : stored;
      const documents = await this.db.attachments.where('draftId').equals(id).sortBy('addedAt');
      if (documents.length === 0) {
        this.#download(estimateFileName(record.file), estimateFileText(record.file));
        return;
      }
      // With documents, the export is a zip of the estimate file and the documents.
      const { packWithDocuments, ESTIMATE_ENTRY } = await import('./backupZip');
      this.#downloadBytes(
        estimateFileName(record.file).replace(/\.json$/, '.zip'),
        packWithDocuments(ESTIMATE_ENTRY, estimateFileText(record.file), documents),
        'application/zip',
      );
    });
  }

  /** Import an estimate file as a new draft and open it. */
  async importFile(file: ReadableFile): Promise<boolean> {
    let isDone = false;
    await this.#run(async () => {
      // The open draft's typing is saved before the import is stored: when only the new
      // record does not fit, the message can then truly say the open draft is saved.
      await this.autosave.flush();
      const outcome = await importEstimateFile(this.db, file, this.#clock());
      if (!outcome.ok) {
        this.notice = { tone: 'error', title: 'Import problem', message: outcome.message };
        return;
      }
      this.#show(outcome.record);
      this.#broadcast();
      await this.refresh();
      const documents = outcome.documents
        ? ` with ${outcome.documents} ${outcome.documents === 1 ? 'document' : 'documents'}`
        : '';
      this.notice = {
        tone: 'info',
        message: [
          `Imported as a new draft, ${outcome.record.file.reference}${documents}.`,
          ...(outcome.skipped ?? []),
          ...outcome.notes,
        ].join(' '),
      };
      isDone = true;
    });
    return isDone;
  }

  /** How many documents are kept beside a draft (the open one by default). */
  async documentCount(id: string | null = this.currentId): Promise<number> {
    if (!id) return 0;
    try {
      return await this.db.attachments.where('draftId').equals(id).count();
    } catch {
      return 0;
    }
  }

  /** A share link to the open estimate, or why there is none. */
  async shareLink(): Promise<ShareLinkOutcome> {
    const snapshot = this.#options.editor.snapshot();
    const href =
      this.#options.location?.href ?? (typeof window === 'undefined' ? '' : window.location.href);
    // The compressor (fflate) is loaded only when someone shares: it is not needed at start.
    const { buildShareUrl } = await import('../share/shareLink');
    return buildShareUrl(snapshot, href);
  }

  /** Store a statement the user imported (the statement import component's onimport). */
  async importStatement(statement: StatementFile): Promise<void> {
    await this.#run(async () => {
      await saveStatement(this.db, statement, this.#clock());
      this.#broadcast();
      await this.refresh();
    });
  }

  async removeStatement(id: string): Promise<void> {
    await this.#run(async () => {
      await deleteStatement(this.db, id);
      this.#broadcast();
      await this.refresh();
    });
  }

  /**
   * Download a damaged draft as stored, so nothing in it is lost: the estimate file inside the
   * record (what "Import an estimate file" reads, and repairs where it can), or the whole
   * record when it holds no file.
   */
  downloadDamaged(id: string): void {
    const item = this.damaged.find((d) => d.id === id);
    if (!item) return;
    const raw = item.raw as { file?: unknown } | null;
    const file =
      typeof raw?.file === 'object' && raw.file !== null && !Array.isArray(raw.file)
        ? raw.file
        : raw;
    const name = (item.reference ?? id).replace(/[^A-Za-z0-9_-]+/g, '_');
    this.#download(`damaged-draft-${name}.json`, `${JSON.stringify(file, null, 2)}\n`);
  }

  /**
   * On start: the draft open last, else the latest saved, else a new one. When the draft open
   * last cannot be opened (damaged), or damaged drafts are stored, say so: never quietly
   * show another draft in its place.
   */
  async #openLast(lastOpenId: string | null): Promise<void> {
    const last = this.drafts.find((d) => d.id === lastOpenId);
    const latest = last ?? [...this.drafts].sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
    if (latest) {
      this.#show(latest);
      // Drafts are stored already (e.g. by an earlier version): ask now if never asked.
      if (this.persistence === null) await this.#afterSave();
    } else await this.newDraft();
    const lostLast = this.damaged.find((d) => d.id === lastOpenId);
    const instead = latest
      ? `Opened ${draftName(latest.file)} instead.`
      : 'A new draft was opened instead.';
    if (lostLast) {
      this.notice = {
        tone: 'error',
        message: `The draft you had open, ${damagedName(lostLast)}, is damaged and could not be opened (${lostLast.errors[0] ?? 'not a valid estimate'}). It is kept as it was under “Damaged drafts” in Drafts, with a download. ${instead}`,
      };
    } else if (!last && this.damaged.length > 0) {
      const names = this.damaged.map(damagedName).join(', ');
      this.notice = {
        tone: 'error',
        message: `${this.damaged.length === 1 ? 'A stored draft' : `${this.damaged.length} stored drafts`} could not be opened: ${names}. ${this.damaged.length === 1 ? 'It is' : 'They are'} kept as they were under “Damaged drafts” in Drafts, with a download. ${instead}`,
      };
    }
  }

  async #openShareFromLocation(
    location: Pick<Location, 'hash' | 'href' | 'pathname' | 'search'>,
  ): Promise<boolean> {
    if (!location.hash.startsWith(SHARE_PREFIX)) return false;
    const { openShareLink } = await import('./openShareLink');
    const outcome = await openShareLink(this.db, location.hash, this.#clock());
    if (outcome.kind === 'none') return false;
    // Clear the fragment so a reload does not import the link again.
    const history =
      this.#options.history ?? (typeof window === 'undefined' ? undefined : window.history);
    history?.replaceState(null, '', `${location.pathname}${location.search}`);
    if (outcome.kind === 'refused') {
      this.notice = { tone: 'error', title: 'Shared link problem', message: outcome.message };
      return false;
    }
    this.#show(outcome.record);
    this.#broadcast();
    await this.refresh();
    this.notice = {
      tone: 'info',
      message: [
        `Opened the shared estimate as a new draft, ${outcome.record.file.reference}.`,
        ...outcome.notes,
      ].join(' '),
    };
    await this.#afterSave();
    return true;
  }

  /**
   * Download the estimate as on screen (the banner's button when nothing can be stored).
   * Works without any storage.
   */
  downloadOnScreen(): void {
    const file = this.#options.editor.snapshot();
    const text = estimateFileText(file);
    this.#download(estimateFileName(file), text);
    this.#lastDownloaded = text;
  }

  /** With no storage: is what is on screen different from the file last downloaded? */
  get hasUndownloadedWork(): boolean {
    if (!this.isUnavailable) return false;
    return estimateFileText(this.#options.editor.snapshot()) !== this.#lastDownloaded;
  }

  /**
   * The database did not open. Whatever the reason (no IndexedDB, storage blocked for the
   * site, a browser error), the user is told in plain words, never the library's message
   * (Dexie's "IndexedDB API missing. Please visit https://tinyurl…"), and asked before the
   * tab closes while the work on screen has not been downloaded.
   */
  #openFailed(error: unknown, win: Window | undefined): void {
    if (describeStorageError(error).kind === 'closed') {
      void this.autosave.stop(CLOSED_MESSAGE);
      return;
    }
    this.isUnavailable = true;
    this.saveStatus = { kind: 'unavailable' };
    if (!win) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!this.hasUndownloadedWork) return;
      event.preventDefault();
      event.returnValue = '';
    };
    win.addEventListener('beforeunload', onBeforeUnload);
    this.#cleanups.push(() => win.removeEventListener('beforeunload', onBeforeUnload));
  }

  /** The open draft as on screen when it is not stored (the storage did not give it back). */
  #unstored(id: string, now: Date): EstimateRecord | undefined {
    const file = this.#options.editor.snapshot();
    if (file.id !== id) return undefined;
    return { id, revision: this.autosave.revision ?? 1, savedAt: now.toISOString(), file };
  }

  /** The open draft as on screen: the editor's file under the stored record's revision. */
  #onScreen(stored: EstimateRecord): EstimateRecord {
    const file = this.#options.editor.snapshot();
    return file.id === stored.id ? { ...stored, file } : stored;
  }

  #show(record: EstimateRecord): void {
    this.autosave.open(record);
    this.currentId = record.id;
    this.#replaceEditor(record.file);
    // Remembered for the next start; failing to write it (storage full) loses no work.
    setSetting(this.db, 'lastOpenId', record.id).catch(() => undefined);
  }

  #replaceEditor(file: EstimateFile): void {
    // Loading a file is not an edit: it must not schedule a save.
    this.#isReplacing = true;
    try {
      this.#options.editor.replace(file);
    } finally {
      this.#isReplacing = false;
    }
  }

  async #afterSave(): Promise<void> {
    // Ask once, after the first save: asking before anything is stored is pointless.
    if (this.persistence === null) {
      const storage =
        this.#options.storage ?? (typeof navigator === 'undefined' ? undefined : navigator.storage);
      try {
        this.persistence = await requestPersistence(this.db, storage);
      } catch {
        this.persistence = 'denied';
      }
    }
    await this.refresh();
  }

  #broadcast(): void {
    try {
      this.#channel?.postMessage({ type: 'changed', tabId: this.autosave.tabId });
    } catch {
      // Other tabs refresh on their next change instead.
    }
  }

  async #run(action: () => Promise<void>): Promise<void> {
    if (this.actionsOffReason) {
      this.notice = { tone: 'error', message: this.actionsOffReason };
      return;
    }
    // The browser lost the connection and opening it again failed (a full disk): try again.
    reopenIfLost(this.db);
    try {
      await action();
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    const isStorage =
      error instanceof Error && /Dexie|IndexedDB|Quota|Database/.test(`${error.name}`);
    const problem = describeStorageError(error);
    // Something new did not fit, but the open draft is stored: say only that.
    const isOpenDraftSaved = this.saveStatus.kind === 'saved';
    const message =
      problem.kind === 'quota' && isOpenDraftSaved
        ? NOTHING_NEW_MESSAGE
        : problem.kind === 'unreadable' && isOpenDraftSaved
          ? UNREADABLE_SAVED_MESSAGE
          : isStorage || problem.kind !== 'other'
            ? problem.message
            : error instanceof Error
              ? error.message
              : String(error);
    this.notice = {
      tone: 'error',
      message,
      offerBackup: problem.kind === 'quota' || problem.kind === 'unreadable',
    };
  }
}
