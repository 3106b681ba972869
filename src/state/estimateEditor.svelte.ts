/**
 * The estimate being edited: the EstimateFile in `$state`, the statement it uses, and the
 * engine's outcome as `$derived` (never computed in an effect). Every edit goes through a
 * method here so undo/redo, the change counter and subscribers see it.
 */
import type {
  CostLineInput,
  EstimateOutcome,
  IsoDate,
  LineResult,
  PreviousWorkInput,
  RsnInput,
  RuleParameters,
  SchemeInput,
  SchemeResult,
  ValidationIssue,
  EstimateInput,
} from '../engine/types';
import type { ComputeOptions } from '../engine/computeEstimate';
import { feeProject } from '../estimate-file/feeProject';
import type { EstimateFile, ProjectDetails, UnfinishedCell } from '../estimate-file/types';
import type { StatementFile, StatementRow } from '../statements/types';
import Decimal from 'decimal.js';
import { untrack } from 'svelte';
import { parseTypedNumber } from '../format/typedNumber';
import {
  bytesForCap,
  MAX_ESTIMATE_FILE_BYTES,
  MAX_LINES_PER_SCHEME,
  tooLargeMessage,
  tooManyLinesMessage,
} from '../estimate-file/limits';
import {
  COLUMNS,
  columnDef,
  columnOfField,
  parseCell,
  type CellContext,
  type ColumnId,
} from '../lines/columns';
import { blankLine, blankRatings, blankScheme } from './defaultEstimate';
import { newId } from './ids';
import { issueColumn } from './issuePaths';
import { plainMirror } from './plainMirror';

export type SchemeKey = 'minimum' | 'enhanced';

/** What a paste did, or (refused) why it changed nothing. */
export interface PasteOutcome {
  rejected: number;
  added: number;
  refused: string | null;
}

/**
 * An upper bound on the file's size as exported (indented JSON, with the text waiting in
 * cells), to hold against MAX_ESTIMATE_FILE_BYTES.
 */
function estimateBytes(file: EstimateFile, invalid: Record<string, CellError>): number {
  const cells = Object.keys(invalid).length;
  return (
    bytesForCap(JSON.stringify(file, null, 2)) +
    (cells ? bytesForCap(JSON.stringify(invalid, null, 6)) + cells * UNFINISHED_CELL_NAMES : 0)
  );
}
/** The field names and indenting of one unfinished cell in an exported file, at most. */
const UNFINISHED_CELL_NAMES = 120;
export type ComputeFn = (
  input: EstimateInput,
  rules: RuleParameters,
  options?: ComputeOptions,
) => EstimateOutcome;

export interface CellError {
  /** What the user typed, kept so nothing is lost. */
  text: string;
  message: string;
}

export interface ChangeEvent {
  /** Short description of the edit, e.g. "Edit Quantity". */
  label: string;
  version: number;
}

const HISTORY_LIMIT = 200;

interface HistoryEntry {
  /** A plain copy sharing unchanged parts with its neighbours: never mutated. */
  file: EstimateFile;
  /** The rejected cell text at that moment: undoing a paste takes its rejected cells too. */
  invalid: Record<string, CellError>;
  label: string;
}

/** The key of a cell in the invalid-cells and issues maps. */
export const cellKey = (scheme: SchemeKey, lineId: string, col: ColumnId) =>
  `${scheme}:${lineId}:${col}`;

interface LineRef {
  scheme: SchemeKey;
  lineId: string;
}

/** A line's engine issues, by column. */
export type LineIssues = Readonly<Partial<Record<ColumnId, string>>>;

const NO_ISSUES: LineIssues = Object.freeze({});

const sameIssues = (a: LineIssues, b: LineIssues): boolean => {
  const keys = Object.keys(a) as ColumnId[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/** One line's published result and issues (see EstimateEditor.#slots). */
class LineSlot {
  result = $state.raw<LineResult | null>(null);
  issues = $state.raw<LineIssues>(NO_ISSUES);
  /** Left out of the totals because it cannot be worked out yet (partial results). */
  notCounted = $state(false);
}

export class EstimateEditor {
  /** The user's estimate. Mutate only through the methods below. */
  file = $state() as EstimateFile;
  #statement = $state.raw<StatementFile | null>(null);
  /** Today's date, passed in (the engine never reads the clock). */
  today = $state<IsoDate>('1970-01-01');
  /** Incremented on every change: autosave can watch it. */
  version = $state(0);
  /** Text typed into cells that did not parse, by cellKey. */
  invalid = $state<Record<string, CellError>>({});

  /**
   * A plain copy of `file`, renewed after every change, that shares each unchanged part with
   * the one before (see plainMirror): the engine's per-line memo and the undo history rely
   * on an edit to one line leaving every other line the same object. Never mutated, and
   * never shared with `file`: whatever goes from here into `file` is cloned first (a state
   * proxy does not write through to the object it wraps, but server-side code has no proxy).
   */
  #plain = $state.raw() as EstimateFile;
  #undo = $state.raw<HistoryEntry[]>([]);
  #redo = $state.raw<HistoryEntry[]>([]);
  /** Consecutive edits with the same key (e.g. typing into one field) make one undo step. */
  #coalesceKey: string | null = null;
  // Not reactive on purpose: listeners are called, never rendered.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #listeners = new Set<(e: ChangeEvent) => void>();
  /** The engine; the app loads it alongside the statement (null until both are there). */
  #compute = $state.raw<ComputeFn | null>(null);
  /**
   * Each line's result and cell issues, by "scheme:lineId", written after every change only
   * where they differ: a grid row reads its own slot, so an edit to one line updates that
   * row and the totals rather than every row. The map itself is not reactive (its slots'
   * fields are), so a slot is made for a line before anything reads it, and kept while its
   * line may come back (see #publishLines).
   */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #slots = new Map<string, LineSlot>();

  constructor(options: {
    file: EstimateFile;
    today: IsoDate;
    compute: ComputeFn | null;
    statement?: StatementFile | null;
  }) {
    this.file = options.file;
    this.#plain = untrack(() => plainMirror(this.file, null));
    this.today = options.today;
    this.#compute = options.compute;
    this.statement = options.statement ?? null;
  }

  /**
   * The estimate as plain data (no state proxy), renewed after every change and sharing each
   * unchanged part with the one before. Read-only: never mutate it. For views that hand the
   * estimate to the engine, a worker or structuredClone, which would otherwise deep-copy the
   * whole proxied file ($state.snapshot) each time they read it.
   */
  get plainFile(): EstimateFile {
    return this.#plain;
  }

  /** The statement whose rules and prices the estimate uses; null while loading. */
  get statement(): StatementFile | null {
    return this.#statement;
  }
  set statement(statement: StatementFile | null) {
    this.#statement = statement;
    this.#publishLines();
  }

  /**
   * The engine's input: plain data (the engine may clone it, which a proxy would not
   * survive), the same object while only the title or project details change.
   */
  #inputs = $derived(this.#plain.inputs);

  // The project facts the fees read, each a plain value, so editing the applicant's name
  // or the site does not work the estimate out again.
  #premises = $derived(this.#plain.project.connections);
  #premisesType = $derived(this.#plain.project.premisesType);
  #icp = $derived(this.#plain.project.icpDoesContestable);
  #feeProject = $derived(
    feeProject({
      connections: this.#premises,
      premisesType: this.#premisesType,
      icpDoesContestable: this.#icp,
    }),
  );

  /** The engine's outcome for the current inputs; null until a statement and engine are there. */
  outcome = $derived.by((): EstimateOutcome | null => {
    const statement = this.statement;
    const compute = this.#compute;
    if (!statement || !compute) return null;
    const input = this.#inputs;
    try {
      return compute(input, statement.rules, {
        fees: { schedule: statement, project: this.#feeProject },
      });
    } catch (e) {
      return {
        ok: false,
        issues: [
          {
            code: 'engine.failed',
            path: [],
            message: `The estimate could not be worked out: ${e instanceof Error ? e.message : String(e)}`,
          },
        ],
      };
    }
  });

  /**
   * Issues from the engine: blocking ones when it failed; otherwise the problems of the items
   * it left out of the totals (shown where they are) and its warnings.
   */
  issues = $derived.by((): ValidationIssue[] => {
    const o = this.outcome;
    if (!o) return [];
    if (!o.ok) return o.issues;
    const { notCounted, warnings } = o.result;
    return notCounted.length === 0
      ? warnings
      : [...notCounted.flatMap((n) => n.issues), ...warnings];
  });

  /** Every priced row of the statement, for the item picker and pasted item ids. */
  statementRows = $derived.by((): Map<string, StatementRow> => {
    // Built afresh inside $derived, never mutated after: a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const map = new Map<string, StatementRow>();
    for (const t of this.statement?.tables ?? []) for (const r of t.rows) map.set(r.id, r);
    return map;
  });

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }
  get canRedo(): boolean {
    return this.#redo.length > 0;
  }
  get undoLabel(): string | null {
    return this.#undo.at(-1)?.label ?? null;
  }
  get redoLabel(): string | null {
    return this.#redo.at(-1)?.label ?? null;
  }

  scheme(key: SchemeKey): SchemeInput | null {
    return key === 'minimum'
      ? this.file.inputs.schemes.minimum
      : (this.file.inputs.schemes.enhanced ?? null);
  }

  schemeResult(key: SchemeKey): SchemeResult | null {
    const o = this.outcome;
    if (!o?.ok) return null;
    return key === 'minimum' ? o.result.schemes.minimum : o.result.schemes.enhanced;
  }

  /** One line's result; in a template, it updates only when that line's result changes. */
  lineResult(key: SchemeKey, lineId: string): LineResult | null {
    return this.#slot(`${key}:${lineId}`).result;
  }

  /** The line is left out of the totals until its marked cells are fixed. */
  isLineNotCounted(key: SchemeKey, lineId: string): boolean {
    return this.#slot(`${key}:${lineId}`).notCounted;
  }

  /** One line's engine issues by column; in a template, updates only when they change. */
  lineIssues(key: SchemeKey, lineId: string): LineIssues {
    return this.#slot(`${key}:${lineId}`).issues;
  }

  cellContext(key: SchemeKey): CellContext {
    return {
      rsns: this.scheme(key)?.rsns ?? [],
      statementRows: this.statementRows,
      citations: this.statement?.rules.citations ?? null,
    };
  }

  /**
   * Plain data for storage, export and structuredClone: a copy the caller may keep or change.
   * It holds everything on screen, including text waiting in cells (unfinishedCells), so a
   * stored draft reopens exactly as it was left.
   */
  snapshot(): EstimateFile {
    // One native deep copy of plain data; $state.snapshot would walk the proxies leaf by leaf.
    const file = structuredClone(this.#plain);
    const cells = untrack(() => this.#unfinishedCells());
    if (cells.length > 0) file.unfinishedCells = cells;
    return file;
  }

  #unfinishedCells(): UnfinishedCell[] {
    return (['minimum', 'enhanced'] as const).flatMap((scheme) =>
      this.invalidCells(scheme).map(({ lineId, col, error }) => ({
        scheme,
        lineId,
        column: col,
        text: error.text,
        message: error.message,
      })),
    );
  }

  /** Listen for changes; returns the unsubscribe function. */
  subscribe(listener: (e: ChangeEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Put a whole file in place (a loaded draft, a template, an import). Not undoable unless
   * asked: loading a draft starts a fresh history.
   */
  replace(file: EstimateFile, options: { undoable?: boolean; label?: string } = {}): void {
    if (options.undoable) {
      this.#pushHistory(options.label ?? 'Load estimate');
    } else {
      this.#undo = [];
      this.#redo = [];
    }
    this.#coalesceKey = null;
    const { unfinishedCells, ...rest } = $state.snapshot(file) as EstimateFile;
    this.file = rest;
    this.invalid = Object.fromEntries(
      (unfinishedCells ?? []).map((c) => [
        cellKey(c.scheme, c.lineId, c.column as ColumnId),
        { text: c.text, message: c.message },
      ]),
    );
    this.#changed(options.label ?? 'Load estimate');
  }

  setStatement(statement: StatementFile | null): void {
    this.statement = statement;
  }

  /**
   * Give the editor its engine. The app fetches the engine alongside the statement rather
   * than with the first screen: no figure can be worked out before a statement is there.
   */
  setCompute(compute: ComputeFn): void {
    this.#compute = compute;
  }

  setToday(today: IsoDate): void {
    this.today = today;
  }

  undo(): void {
    const prev = this.#undo.at(-1);
    if (!prev) return;
    this.#undo = this.#undo.slice(0, -1);
    this.#redo = [...this.#redo, this.#entry(prev.label)];
    this.file = structuredClone(prev.file);
    this.invalid = { ...prev.invalid };
    this.#coalesceKey = null;
    this.#changed(`Undo ${prev.label}`, prev.file);
  }

  redo(): void {
    const next = this.#redo.at(-1);
    if (!next) return;
    this.#redo = this.#redo.slice(0, -1);
    this.#undo = [...this.#undo, this.#entry(next.label)];
    this.file = structuredClone(next.file);
    this.invalid = { ...next.invalid };
    this.#coalesceKey = null;
    this.#changed(`Redo ${next.label}`, next.file);
  }

  /**
   * Make an edit. `coalesce`: a key shared by a run of edits that should undo as one (typing
   * into one field); a different key, or none, starts a new undo step.
   */
  edit(label: string, fn: (file: EstimateFile) => void, options: { coalesce?: string } = {}): void {
    this.#edit(label, fn, options, null);
  }

  /** `only`: the one line the edit changes, when known, so only it is copied afresh. */
  #edit(
    label: string,
    fn: (file: EstimateFile) => void,
    options: { coalesce?: string },
    only: LineRef | null,
  ): void {
    const key = options.coalesce ?? null;
    if (key === null || key !== this.#coalesceKey) this.#pushHistory(label);
    this.#coalesceKey = key;
    fn(this.file);
    this.#changed(label, only ? this.#withLine(only) : undefined);
  }

  /** Close the current run of coalesced edits so the next edit starts a new undo step. */
  endCoalescing(): void {
    this.#coalesceKey = null;
  }

  /**
   * Drop the edits made under a coalescing key (Esc while editing a cell): restores the file
   * from before the run, leaving no undo step behind.
   */
  revertCoalesced(key: string): void {
    if (this.#coalesceKey !== key) return;
    const prev = this.#undo.at(-1);
    if (!prev) return;
    this.#undo = this.#undo.slice(0, -1);
    this.file = structuredClone(prev.file);
    this.#coalesceKey = null;
    this.#changed('Cancel edit', prev.file);
  }

  // ---- Cells -------------------------------------------------------------

  /**
   * Set a cell from typed or pasted text. Valid text changes the line; invalid text is kept
   * with its message and the line keeps its last good value. Returns the message, if any.
   */
  setCell(
    scheme: SchemeKey,
    lineId: string,
    col: ColumnId,
    text: string,
    options: { coalesce?: string } = {},
  ): string | null {
    const s = this.scheme(scheme);
    const line = s?.lines.find((l) => l.id === lineId);
    if (!s || !line) return 'That line no longer exists.';
    const parsed = parseCell(col, text, this.cellContext(scheme));
    const key = cellKey(scheme, lineId, col);
    if (!parsed.ok) {
      // Set in place: only this cell's entry changes, so only this cell updates.
      this.invalid[key] = { text, message: parsed.message };
      // The text is part of the draft (snapshot's unfinishedCells): tell autosave.
      this.#notify('Edit cell');
      return parsed.message;
    }
    this.#clearInvalid(key);
    const label = `Edit ${COLUMNS.find((c) => c.id === col)?.label ?? col}`;
    this.#edit(
      label,
      (f) => {
        const target = this.#schemeOf(f, scheme)?.lines.find((l) => l.id === lineId);
        if (target) Object.assign(target, parsed.value);
      },
      options,
      { scheme, lineId },
    );
    return null;
  }

  /** Apply a change to a line directly (the statement item picker). */
  patchLine(scheme: SchemeKey, lineId: string, patch: Partial<CostLineInput>, label: string): void {
    this.#edit(
      label,
      (f) => {
        const target = this.#schemeOf(f, scheme)?.lines.find((l) => l.id === lineId);
        if (target) Object.assign(target, patch);
      },
      {},
      { scheme, lineId },
    );
    for (const k of Object.keys(patch)) {
      const col = columnOfField(k);
      if (col) this.#clearInvalid(cellKey(scheme, lineId, col));
    }
  }

  clearInvalidCell(scheme: SchemeKey, lineId: string, col: ColumnId): void {
    const key = cellKey(scheme, lineId, col);
    if (!(key in this.invalid)) return;
    this.#clearInvalid(key);
    this.#notify('Clear cell');
  }

  /** Invalid cells whose line still exists, for the "fix these" notice. */
  invalidCells(scheme: SchemeKey): { lineId: string; col: ColumnId; error: CellError }[] {
    const s = this.scheme(scheme);
    if (!s) return [];
    const out: { lineId: string; col: ColumnId; error: CellError }[] = [];
    for (const [key, error] of Object.entries(this.invalid)) {
      const [k, lineId, col] = key.split(':');
      if (k === scheme && s.lines.some((l) => l.id === lineId)) {
        out.push({ lineId: lineId!, col: col as ColumnId, error });
      }
    }
    return out;
  }

  /**
   * Paste a block of text cells with its top-left at (row, col), adding lines as needed.
   * Each cell is validated on its own: good cells apply, bad ones are kept with messages.
   * One undo step, which takes back the rejected text too. Returns how many cells were
   * rejected and how many lines were added, or why nothing was pasted: a paste that would
   * take the scheme or the file past a cap (estimate-file/limits.ts) changes nothing.
   */
  pasteBlock(
    scheme: SchemeKey,
    row: number,
    col: number,
    block: string[][],
    label = 'Paste',
  ): PasteOutcome {
    const width = Math.max(0, ...block.map((r) => r.length));
    const columns = Array.from({ length: width }, (_, c) => COLUMNS[col + c]?.id ?? null);
    return this.pasteRows(scheme, row, columns, block, label);
  }

  /**
   * Paste rows of text whose cells go to the given columns (null: not pasted), from line
   * `row` on, adding lines as needed. One undo step, as pasteBlock.
   */
  pasteRows(
    scheme: SchemeKey,
    row: number,
    columns: readonly (ColumnId | null)[],
    rows: string[][],
    label = 'Paste',
  ): PasteOutcome {
    const s = this.scheme(scheme);
    if (!s || rows.length === 0) return { rejected: 0, added: 0, refused: null };
    const action = label === 'Paste' ? 'pasted' : 'changed';
    const total = Math.max(s.lines.length, row + rows.length);
    if (total > s.lines.length) {
      const refused = this.#lineCapRefusal(total, action);
      if (refused) return { rejected: 0, added: 0, refused };
    }
    let rejected = 0;
    let added = 0;
    const ctx = this.cellContext(scheme);
    let newInvalid = { ...this.invalid };
    const apply = (f: EstimateFile) => {
      const target = this.#schemeOf(f, scheme)!;
      rows.forEach((cells, r) => {
        let line = target.lines[row + r];
        if (!line) {
          line = { ...blankLine(), description: '' };
          target.lines.push(line);
          line = target.lines[target.lines.length - 1]!;
          added += 1;
        }
        cells.forEach((text, c) => {
          const id = columns[c];
          const colDef = id ? COLUMNS.find((d) => d.id === id) : undefined;
          if (!colDef || colDef.editor === 'none') return;
          const key = cellKey(scheme, line.id, colDef.id);
          const parsed = parseCell(colDef.id, text, ctx);
          if (parsed.ok) {
            Object.assign(line, parsed.value);
            delete newInvalid[key];
          } else {
            newInvalid[key] = { text, message: parsed.message };
            rejected += 1;
          }
        });
      });
    };
    // Pasted text has no length limit of its own, so try the paste on a copy first: a draft
    // past the file-size cap could not be stored and opened again.
    const trial = structuredClone(this.#plain);
    apply(trial);
    const bytes = estimateBytes(trial, newInvalid);
    if (bytes > MAX_ESTIMATE_FILE_BYTES) {
      return { rejected: 0, added: 0, refused: tooLargeMessage(bytes, action) };
    }
    [rejected, added, newInvalid] = [0, 0, { ...this.invalid }];
    this.edit(label, apply);
    this.invalid = newInvalid;
    return { rejected, added, refused: null };
  }

  /**
   * Clear cells, as Delete does in a spreadsheet: text to blank, numbers to 0, the
   * statement item and voltage level to none; pick-list cells keep their choice (they have
   * no blank). One undo step.
   */
  clearCells(
    scheme: SchemeKey,
    lineIds: readonly string[],
    columns: readonly ColumnId[],
    label = 'Clear cells',
  ): void {
    const newInvalid = { ...this.invalid };
    this.edit(label, (f) => {
      const target = this.#schemeOf(f, scheme);
      for (const line of target?.lines ?? []) {
        if (!lineIds.includes(line.id)) continue;
        for (const col of columns) {
          const patch = columnDef(col).clear;
          if (!patch) continue;
          Object.assign(line, structuredClone(patch));
          delete newInvalid[cellKey(scheme, line.id, col)];
        }
      }
    });
    this.invalid = newInvalid;
  }

  // ---- Rows --------------------------------------------------------------

  /**
   * Why adding `count` lines to a scheme would be refused (it would pass
   * MAX_LINES_PER_SCHEME), or null when there is room.
   */
  addLinesRefusal(scheme: SchemeKey, count: number): string | null {
    const lines = this.scheme(scheme)?.lines.length ?? 0;
    return this.#lineCapRefusal(lines + count, 'added');
  }

  #lineCapRefusal(total: number, action: string): string | null {
    return total > MAX_LINES_PER_SCHEME ? tooManyLinesMessage(total, action) : null;
  }

  /** Insert a blank line at `index` (default: the end); returns its id, or null at the cap. */
  insertLine(scheme: SchemeKey, index?: number): string | null {
    if (this.addLinesRefusal(scheme, 1)) return null;
    const line = blankLine();
    this.edit('Insert line', (f) => {
      const lines = this.#schemeOf(f, scheme)!.lines;
      lines.splice(index ?? lines.length, 0, line);
    });
    return line.id;
  }

  duplicateLine(scheme: SchemeKey, lineId: string): string | null {
    const s = this.scheme(scheme);
    const i = s?.lines.findIndex((l) => l.id === lineId) ?? -1;
    if (!s || i < 0 || this.addLinesRefusal(scheme, 1)) return null;
    const copy = { ...structuredClone(this.#plainScheme(scheme)!.lines[i]!), id: newId('line') };
    this.edit('Duplicate line', (f) => {
      this.#schemeOf(f, scheme)!.lines.splice(i + 1, 0, copy);
    });
    return copy.id;
  }

  /** Insert `count` blank lines at `index` as one step; returns their ids (none at the cap). */
  insertLines(scheme: SchemeKey, index: number, count: number): string[] {
    if (this.addLinesRefusal(scheme, Math.max(1, count))) return [];
    const added = Array.from({ length: Math.max(1, count) }, () => blankLine());
    this.edit(count > 1 ? `Insert ${count} lines` : 'Insert line', (f) => {
      const lines = this.#schemeOf(f, scheme)!.lines;
      lines.splice(Math.min(index, lines.length), 0, ...added);
    });
    return added.map((l) => l.id);
  }

  /** Delete several lines as one step. */
  deleteLines(scheme: SchemeKey, lineIds: readonly string[]): void {
    if (lineIds.length === 0) return;
    this.edit(lineIds.length > 1 ? `Delete ${lineIds.length} lines` : 'Delete line', (f) => {
      const s = this.#schemeOf(f, scheme)!;
      s.lines = s.lines.filter((l) => !lineIds.includes(l.id));
    });
  }

  /**
   * Put the lines in a new order (a sort), as one step. The order must name every line
   * once: a sort never adds or loses one.
   */
  reorderLines(scheme: SchemeKey, order: readonly string[], label: string): void {
    const s = this.scheme(scheme);
    const current = s?.lines.map((l) => l.id) ?? [];
    const same =
      order.length === current.length &&
      // A local check, never rendered: a plain Set is right here.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      new Set(order).size === order.length &&
      order.every((id) => current.includes(id));
    if (!same) throw new Error('A new order must name every line once.');
    this.edit(label, (f) => {
      const target = this.#schemeOf(f, scheme)!;
      // Local scratch, never rendered.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      const byId = new Map(target.lines.map((l) => [l.id, l]));
      target.lines = order.map((id) => byId.get(id)!);
    });
  }

  deleteLine(scheme: SchemeKey, lineId: string): void {
    this.edit('Delete line', (f) => {
      const s = this.#schemeOf(f, scheme)!;
      s.lines = s.lines.filter((l) => l.id !== lineId);
    });
  }

  /** Move a line by `delta` places (−1 up, +1 down); returns its new index. */
  moveLine(scheme: SchemeKey, lineId: string, delta: number): number {
    const s = this.scheme(scheme);
    const i = s?.lines.findIndex((l) => l.id === lineId) ?? -1;
    if (!s || i < 0) return -1;
    const j = Math.max(0, Math.min(s.lines.length - 1, i + delta));
    if (j === i) return i;
    this.edit('Move line', (f) => {
      const lines = this.#schemeOf(f, scheme)!.lines;
      const [moved] = lines.splice(i, 1);
      lines.splice(j, 0, moved!);
    });
    return j;
  }

  // ---- Schemes, RSNs, previous works -------------------------------------

  /** Start an Enhanced Scheme as a copy of the Minimum Scheme (the usual starting point). */
  addEnhancedScheme(requestedBy: 'customer' | 'operator'): void {
    const min = structuredClone(this.#plain.inputs.schemes.minimum);
    this.edit('Add Enhanced Scheme', (f) => {
      f.inputs.schemes.enhanced = {
        ...blankScheme('enhanced'),
        lines: min.lines.map((l) => ({ ...l, id: newId('line') })),
        rsns: min.rsns,
        previousWorks: min.previousWorks,
      };
      f.inputs.enhancement = { requestedBy };
    });
  }

  removeEnhancedScheme(): void {
    this.edit('Remove Enhanced Scheme', (f) => {
      f.inputs.schemes.enhanced = null;
      f.inputs.enhancement = null;
    });
  }

  addRsn(scheme: SchemeKey, driver: 'security' | 'fault-level'): string {
    const s = this.scheme(scheme);
    const rsn: RsnInput = {
      id: newId('rsn'),
      name: `RSN ${String.fromCharCode(65 + (s?.rsns.length ?? 0))}`,
      driver,
      requiredCapacityKva: null,
      capacity: driver === 'security' ? blankRatings() : null,
      faultLevel:
        driver === 'fault-level'
          ? { contributionMva: '', equipmentRatingMva: '', localLimitMva: null }
          : null,
    };
    this.edit('Add RSN', (f) => {
      this.#schemeOf(f, scheme)!.rsns.push(rsn);
    });
    return rsn.id;
  }

  updateRsn(scheme: SchemeKey, rsnId: string, fn: (r: RsnInput) => void, coalesce?: string): void {
    this.edit(
      'Edit RSN',
      (f) => {
        const r = this.#schemeOf(f, scheme)?.rsns.find((x) => x.id === rsnId);
        if (r) fn(r);
      },
      coalesce ? { coalesce } : {},
    );
  }

  /** Delete an RSN; lines charged by its CAF go back to "in full" so none points nowhere. */
  deleteRsn(scheme: SchemeKey, rsnId: string): void {
    this.edit('Delete RSN', (f) => {
      const s = this.#schemeOf(f, scheme)!;
      s.rsns = s.rsns.filter((r) => r.id !== rsnId);
      for (const l of s.lines) {
        if (l.charging.rule === 'apportioned' && l.charging.rsnId === rsnId) {
          l.charging = { rule: 'full' };
        }
      }
    });
  }

  addPreviousWork(scheme: SchemeKey): void {
    const pw: PreviousWorkInput = {
      id: newId('pw'),
      description: 'Earlier reinforcement',
      basis: { kind: 'per-kva', ratePerKva: '0', kva: null },
      firstConnectionDate: this.today,
      citation: null,
    };
    this.edit('Add previous works', (f) => {
      this.#schemeOf(f, scheme)!.previousWorks.push(pw);
    });
  }

  updatePreviousWork(
    scheme: SchemeKey,
    id: string,
    fn: (p: PreviousWorkInput) => void,
    coalesce?: string,
  ): void {
    this.edit(
      'Edit previous works',
      (f) => {
        const p = this.#schemeOf(f, scheme)?.previousWorks.find((x) => x.id === id);
        if (p) fn(p);
      },
      coalesce ? { coalesce } : {},
    );
  }

  deletePreviousWork(scheme: SchemeKey, id: string): void {
    this.edit('Delete previous works', (f) => {
      const s = this.#schemeOf(f, scheme)!;
      s.previousWorks = s.previousWorks.filter((p) => p.id !== id);
    });
  }

  // ---- Details -------------------------------------------------------------

  /** Edit the project details; typing into one field undoes as one step. */
  updateProject(field: string, fn: (p: ProjectDetails) => void): void {
    this.edit('Edit details', (f) => fn(f.project), { coalesce: `project.${field}` });
  }

  updateInputs(field: string, fn: (i: EstimateInput) => void): void {
    this.edit('Edit connection', (f) => fn(f.inputs), { coalesce: `inputs.${field}` });
  }

  /**
   * The O&M rate box, in per cent: empty (or not a number) goes back to the statement's rate.
   * Written with toFixed so a tiny rate is never stored in exponent form.
   */
  setOmRate(text: string): void {
    const t = text.trim();
    const r = parseTypedNumber(t, 'a rate', '%');
    this.edit('O&M rate', (f) => {
      f.inputs.omOverride =
        t === '' || !r.ok
          ? null
          : {
              method: 'percentage',
              rate: new Decimal(r.value).div(100).toFixed(),
              citation: 'Rate entered by the user',
            };
    });
  }

  updateMeta(field: 'title' | 'reference', value: string): void {
    this.edit(
      field === 'title' ? 'Edit title' : 'Edit reference',
      (f) => {
        f[field] = value;
      },
      { coalesce: `meta.${field}` },
    );
  }

  // ---- internals -----------------------------------------------------------

  #plainScheme(key: SchemeKey): SchemeInput | null {
    return this.#schemeOf(this.#plain, key);
  }

  #schemeOf(f: EstimateFile, key: SchemeKey): SchemeInput | null {
    return key === 'minimum' ? f.inputs.schemes.minimum : (f.inputs.schemes.enhanced ?? null);
  }

  /** The present state as a history entry. */
  #entry(label: string): HistoryEntry {
    // The plain copy is never mutated, so the history can hold it as it is.
    return { file: this.#plain, invalid: $state.snapshot(this.invalid), label };
  }

  #pushHistory(label: string): void {
    const entry = this.#entry(label);
    const undo = [...this.#undo, entry];
    this.#undo = undo.length > HISTORY_LIMIT ? undo.slice(-HISTORY_LIMIT) : undo;
    this.#redo = [];
  }

  /**
   * The plain copy after an edit that changed one line only: that line copied afresh, the
   * arrays and objects above it shallow-copied, everything else shared. Undefined (so the
   * whole file is compared) if the line cannot be found where it was.
   */
  #withLine({ scheme, lineId }: LineRef): EstimateFile | undefined {
    const before = this.#plain;
    const plainScheme = this.#schemeOf(before, scheme);
    const i = plainScheme?.lines.findIndex((l) => l.id === lineId) ?? -1;
    return untrack(() => {
      const live = this.#schemeOf(this.file, scheme)?.lines[i];
      if (!plainScheme || i < 0 || live?.id !== lineId) return undefined;
      const line = plainMirror(live, plainScheme.lines[i]);
      if (line === plainScheme.lines[i]) return before;
      const lines = plainScheme.lines.slice();
      lines[i] = line;
      return {
        ...before,
        inputs: {
          ...before.inputs,
          schemes: { ...before.inputs.schemes, [scheme]: { ...plainScheme, lines } },
        },
      };
    });
  }

  #slot(key: string): LineSlot {
    let slot = this.#slots.get(key);
    if (!slot) {
      slot = new LineSlot();
      this.#slots.set(key, slot);
    }
    return slot;
  }

  /** Bring each line's result and issues entry up to date, writing only those that changed. */
  #publishLines(): void {
    untrack(() => {
      const outcome = this.outcome;
      const inputs = this.#inputs;
      // Local scratch maps and sets, never rendered: plain ones are right here.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      const byLine = new Map<string, Record<string, string>>();
      // Engine issues that point at a grid cell, by line and column.
      for (const issue of this.issues) {
        const hit = issueColumn(issue.path, inputs);
        if (!hit) continue;
        const line = `${hit.scheme}:${hit.lineId}`;
        const found = byLine.get(line) ?? {};
        const before = found[hit.column];
        found[hit.column] = before ? `${before} ${issue.message}` : issue.message;
        byLine.set(line, found);
      }
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      const notCounted = new Set(
        outcome?.ok
          ? outcome.result.notCounted
              .filter((n) => n.kind === 'line')
              .map((n) => `${n.scheme}:${n.id}`)
          : [],
      );
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      const seen = new Set<string>();
      for (const scheme of ['minimum', 'enhanced'] as const) {
        const lines = inputs.schemes[scheme]?.lines ?? [];
        const found = outcome?.ok ? (outcome.result.schemes[scheme]?.lines ?? []) : [];
        lines.forEach((line, i) => {
          const key = `${scheme}:${line.id}`;
          seen.add(key);
          const result =
            found[i]?.lineId === line.id
              ? found[i]!
              : (found.find((l) => l.lineId === line.id) ?? null);
          const slot = this.#slot(key);
          if (slot.result !== result) slot.result = result;
          const issues = byLine.get(key) ?? NO_ISSUES;
          if (!sameIssues(slot.issues, issues)) slot.issues = issues;
          const isOut = notCounted.has(key);
          if (slot.notCounted !== isOut) slot.notCounted = isOut;
        });
      }
      // Lines gone for good (another draft opened): forget their slots, cleared first in case
      // a row still shows one. Kept while few, so a deleted line brought back by undo finds
      // the slot its row may still read.
      if (this.#slots.size > 2 * seen.size + 500) {
        for (const [key, slot] of this.#slots) {
          if (seen.has(key)) continue;
          slot.result = null;
          slot.issues = NO_ISSUES;
          slot.notCounted = false;
          this.#slots.delete(key);
        }
      }
    });
  }

  #clearInvalid(key: string): void {
    if (key in this.invalid) delete this.invalid[key];
  }

  /** After every change: renew the plain copy (or take the one given), count, tell listeners. */
  #changed(label: string, plain?: EstimateFile): void {
    // Untracked: an edit made while an effect runs must not make it depend on the whole file.
    this.#plain = plain ?? untrack(() => plainMirror(this.file, this.#plain));
    this.#publishLines();
    this.#notify(label);
  }

  /** Count a change and tell listeners (also for text waiting in a cell, which is not in `file`). */
  #notify(label: string): void {
    this.version += 1;
    const event = { label, version: this.version };
    for (const l of this.#listeners) l(event);
  }
}
