/**
 * The documents kept beside the open draft, for the details form and the review page: the
 * list (names and sizes, no bytes), adding with the stated limits, removing and downloading.
 * Storage stays in src/storage/attachments.ts; this holds what the screen shows.
 */
import type { AttachmentKind, AttachmentSummary } from '../../application/attachmentKinds';
import {
  addAttachment,
  getAttachment,
  listAttachments,
  removeAttachment,
  summarise,
  type AttachmentSource,
  type StorageEstimator,
} from '../../storage/attachments';
import type { EstimatorDb } from '../../storage/db';
import { downloadBytes, type DownloadBytesFn } from '../../storage/download';
import { newId } from '../../state/ids';

export interface DocumentsMessage {
  tone: 'error' | 'info';
  text: string;
}

export class DraftDocuments {
  list = $state.raw<AttachmentSummary[]>([]);
  message = $state<DocumentsMessage | null>(null);
  isLoaded = $state(false);
  readonly #db: EstimatorDb;
  readonly #draftId: string;
  readonly #download: DownloadBytesFn;
  readonly #storage: StorageEstimator | null;
  readonly #clock: () => Date;

  constructor(
    db: EstimatorDb,
    draftId: string,
    options: {
      download?: DownloadBytesFn;
      storage?: StorageEstimator | null;
      clock?: () => Date;
    } = {},
  ) {
    // A fresh, never-mutated Date per call: nothing here needs a reactive one.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.#clock = options.clock ?? (() => new Date());
    this.#db = db;
    this.#draftId = draftId;
    this.#download = options.download ?? downloadBytes;
    this.#storage =
      options.storage === undefined
        ? typeof navigator === 'undefined'
          ? null
          : (navigator.storage ?? null)
        : options.storage;
  }

  async load(): Promise<void> {
    try {
      this.list = (await listAttachments(this.#db, this.#draftId)).map(summarise);
    } catch {
      this.message = {
        tone: 'error',
        text: 'The documents kept with this draft could not be read.',
      };
    } finally {
      this.isLoaded = true;
    }
  }

  async add(kind: AttachmentKind, source: AttachmentSource): Promise<boolean> {
    this.message = null;
    try {
      const outcome = await addAttachment(this.#db, this.#draftId, kind, source, {
        now: this.#clock(),
        id: newId('doc'),
        storage: this.#storage,
      });
      if (!outcome.ok) {
        this.message = { tone: 'error', text: outcome.message };
        return false;
      }
      await this.load();
      this.message = { tone: 'info', text: `Kept “${source.name}” with this draft.` };
      return true;
    } catch (error) {
      this.message = {
        tone: 'error',
        text: `“${source.name}” could not be kept${error instanceof Error ? ` (${error.message})` : ''}. Your estimate is not affected.`,
      };
      return false;
    }
  }

  async remove(id: string): Promise<void> {
    const name = this.list.find((d) => d.id === id)?.name ?? 'The document';
    await removeAttachment(this.#db, id);
    await this.load();
    this.message = { tone: 'info', text: `Removed “${name}”.` };
  }

  async download(id: string): Promise<void> {
    const record = await getAttachment(this.#db, id);
    if (record) this.#download(record.name, new Uint8Array(record.bytes), record.type);
  }

  /** Every document with its bytes, for the application pack. */
  async records() {
    return listAttachments(this.#db, this.#draftId);
  }
}
