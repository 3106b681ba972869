/**
 * The statements the app can use, and where each comes from: the user's imported ones (kept
 * with the drafts) first, then those built into the app (statements/ next to it). Each
 * built-in statement is fetched once and kept; the list of built-in ones is read once. The
 * statements seen so far are remembered by id for the library, which prices every draft
 * without opening it (its rules) and gives each its next dates (its parameters).
 */
import type { RuleParameters } from '../engine/types';
import {
  loadStatement as fetchBuiltIn,
  loadStatementIndex as fetchIndex,
} from '../statements/loadStatement';
import type { StatementFile, StatementIndex } from '../statements/types';
import type { StatementRecord } from '../storage/records';

/** Thrown when no statement of that id exists here, so the caller can say so plainly. */
export class StatementNotFound extends Error {}

/** Whether the imported statements (in the drafts' storage) can be read yet. */
export type ImportedStatus = 'ready' | 'opening' | 'unavailable';

/** What opening an estimate's statement gave. */
export type OpenedStatement =
  | { ok: true; statement: StatementFile }
  /** `message` is null while it may still be among the imported ones (storage opening). */
  | { ok: false; message: string | null };

export interface StatementStoreOptions {
  /** The imported statements as storage holds them now (none until it is open). */
  imported: () => readonly StatementRecord[];
  /** Where the built-in ones come from: statements/ next to the app, unless a test says. */
  loadIndex?: () => Promise<StatementIndex>;
  /** `index` is the list read already, so the default loader does not fetch it again. */
  loadStatement?: (id: string, index: StatementIndex) => Promise<StatementFile>;
}

export class StatementStore {
  readonly #imported: () => readonly StatementRecord[];
  readonly #loadIndex: () => Promise<StatementIndex>;
  readonly #loadStatement: (id: string, index: StatementIndex) => Promise<StatementFile>;
  // Caches, never rendered: plain Maps are right here.
  readonly #fetches = new Map<string, Promise<StatementFile>>();
  readonly #rules = new Map<string, RuleParameters>();
  readonly #parameters = new Map<string, Pick<StatementFile, 'parameters'>>();
  #index: Promise<StatementIndex> | null = null;

  constructor(options: StatementStoreOptions) {
    this.#imported = options.imported;
    this.#loadIndex = options.loadIndex ?? (() => fetchIndex());
    this.#loadStatement = options.loadStatement ?? ((id, index) => fetchBuiltIn(id, {}, index));
  }

  /** statements/index.json, read once (again after a failure): the built-in statements. */
  index = (): Promise<StatementIndex> => {
    if (!this.#index) {
      const reading = this.#loadIndex();
      this.#index = reading;
      reading.catch(() => {
        if (this.#index === reading) this.#index = null;
      });
    }
    return this.#index;
  };

  /** A built-in statement, fetched once (again after a failure). */
  builtIn = (id: string): Promise<StatementFile> => {
    let promise = this.#fetches.get(id);
    if (!promise) {
      promise = this.index()
        .then((index) => {
          if (!index.statements.some((entry) => entry.id === id)) {
            throw new StatementNotFound(
              `There is no statement “${id}” built into this app or among the statements you imported.`,
            );
          }
          return this.#loadStatement(id, index);
        })
        .then((s) => this.#remember(s));
      this.#fetches.set(id, promise);
      promise.catch(() => this.#fetches.delete(id));
    }
    return promise;
  };

  /** An imported statement, checked again (storage may hold one saved by an older version). */
  imported = async (id: string): Promise<StatementFile | null> => {
    const record = this.#imported().find((r) => r.id === id);
    if (!record) return null;
    // The schema (zod) loads only when there is something to check, not with the first screen.
    const { validateStatement } = await import('../statements/validateStatement');
    const checked = validateStatement(record.file);
    if (!checked.ok) {
      throw new Error(
        `Your imported statement “${id}” is damaged and cannot be used: ${checked.errors.join('; ')}`,
      );
    }
    return this.#remember(checked.statement);
  };

  /** Imported statements first (so one opens after a reload), then the built-in ones. */
  resolve = async (id: string): Promise<StatementFile> =>
    (await this.imported(id)) ?? this.builtIn(id);

  /**
   * Where a statement would come from now: "built-in", or the import time of an imported
   * one, so re-importing a statement in use shows the new file.
   */
  sourceOf = (id: string): string => {
    const record = this.#imported().find((r) => r.id === id);
    return record ? `imported ${record.importedAt}` : 'built-in';
  };

  /**
   * The statement an estimate names, or what to tell the user when it cannot be had. A
   * statement not found while storage is still opening may yet be an imported one: no
   * message then.
   */
  open = async (id: string, imports: ImportedStatus): Promise<OpenedStatement> => {
    try {
      return { ok: true, statement: await this.resolve(id) };
    } catch (e) {
      if (e instanceof StatementNotFound) {
        if (imports === 'opening') return { ok: false, message: null };
        return {
          ok: false,
          message: `The estimate uses the charging statement “${id}”, which is neither built into this app nor among the statements you imported${imports === 'unavailable' ? ' (your imported statements cannot be read: storage could not be opened)' : ''}. Choose another statement below, or import the statement file.`,
        };
      }
      return {
        ok: false,
        message: `The charging statement “${id}” could not be loaded: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
  };

  /** The rules of a statement opened so far, for the library's expected charges. */
  rulesOf = (id: string): RuleParameters | null => this.#rules.get(id) ?? null;

  /** The parameters of a statement opened so far, for the library's next dates. */
  parametersOf = (id: string): Pick<StatementFile, 'parameters'> | null =>
    this.#parameters.get(id) ?? null;

  #remember(s: StatementFile): StatementFile {
    this.#rules.set(s.id, s.rules);
    this.#parameters.set(s.id, { parameters: s.parameters });
    return s;
  }
}
