/**
 * The cost-line grid's columns: how each shows a line, and how text typed or pasted into it
 * becomes a change to the line.
 */
import type { AssetLevel, CostLineInput, LineResult, RsnInput } from '../engine/types';
import Decimal from 'decimal.js';
import type { StatementRow } from '../statements/types';
import { formatMoney, formatMoneyRange } from '../format/money';
import {
  ASSET_LEVEL_OPTIONS,
  KIND_OPTIONS,
  chargingOptions,
  chargingToValue,
  formatPrice,
  matchOption,
  parseCharging,
  type RuleCitationsByKey,
  parsePrice,
  parseYesNo,
  type LinePatch,
  type ParseResult,
} from './cellParsers';
import { parseTypedNumber } from '../format/typedNumber';
import type { GlossaryKey } from '../quick/glossary';

export type EditorKind = 'text' | 'select' | 'item' | 'none';

export interface CellContext {
  rsns: readonly RsnInput[];
  /** The chosen statement's rule paragraphs, named beside each way of charging. */
  citations?: RuleCitationsByKey;
  /** Every priced row of the statement, by id. */
  statementRows: ReadonlyMap<string, StatementRow>;
}

type Choice = { value: string; label: string };

/**
 * How wide a column is on screen, as CSS lengths. The grid reads it from the column's entry,
 * so no stylesheet names a column.
 */
export interface ColumnWidth {
  /** The least width. */
  min?: string;
  /** The most width; a longer text wraps (`wraps`) or is cut short (`truncates`). */
  max?: string;
  /** The least width on a narrow screen (under 48rem), when it differs from `min`. */
  narrowMin?: string;
}

/**
 * One grid column, whole: adding a column is adding an entry to COLUMNS (and, for a new
 * input, its field to the estimate types).
 */
export interface ColumnDef<Id extends string = string> {
  id: Id;
  label: string;
  editor: EditorKind;
  numeric: boolean;
  /** A hint shown to screen readers and as a tooltip. */
  hint?: string;
  /**
   * The glossary entry that explains the heading (its "?"), for the headings that are expert
   * terms; the words in the cells are explained under the grid ("Terms in this table").
   */
  term?: GlossaryKey;
  /**
   * The line fields the column edits, so a message about one of them (the engine's
   * validation, a picked statement row) marks this column's cell.
   */
  fields?: readonly (keyof CostLineInput)[];
  /** What Delete sets the cell to; absent: Delete leaves it (a pick list has no blank). */
  clear?: LinePatch;
  /** The line's money: reads "Not counted" while the line is left out of the totals. */
  isMoney?: boolean;
  /** Shows POA for a POA line, styled as excluded. */
  showsPoa?: boolean;
  /** How wide the column is on screen; absent: as wide as its text. */
  width?: ColumnWidth;
  /** The cell may be cut short on screen (at `width.max`): its whole text is its tooltip. */
  truncates?: boolean;
  /** The text wraps onto more lines within the width instead of staying on one. */
  wraps?: boolean;
  /** The column stays in view when the grid scrolls sideways (the first column). */
  sticky?: boolean;
  /** The on-screen keyboard to offer while typing (a number pad for plain figures). */
  inputMode?: 'text' | 'decimal';
  /** The line's "Why?" button, which opens its explanation. */
  isExplanation?: boolean;
  /**
   * Other headings people give this column in their own sheets (lower case, no punctuation),
   * so a pasted block with a heading row lands by name.
   */
  headings: readonly string[];
  /** The text a cell holds for editing and for copying out as TSV. */
  text: (line: CostLineInput, result: LineResult | null) => string;
  /** What the cell shows when not editing (its `text` when absent). */
  display?: (line: CostLineInput, result: LineResult | null, ctx: CellContext) => string;
  /** Text typed or pasted into the cell as a change to the line; absent for computed cells. */
  parse?: (text: string, ctx: CellContext) => ParseResult<LinePatch>;
  /** A select editor's choices, and the value it starts on. */
  options?: (ctx: CellContext) => Choice[];
  selectValue?: (line: CostLineInput) => string;
  /**
   * How a sort by this column orders lines: 'text' alphabetically, or by a figure (null for
   * a blank or POA, which sort last). Absent: the column cannot be sorted by.
   */
  sort?: 'text' | ((line: CostLineInput, result: LineResult | null) => Decimal | null);
}

const wrap = <T>(r: ParseResult<T>, f: (v: T) => LinePatch): ParseResult<LinePatch> =>
  r.ok ? { ok: true, value: f(r.value) } : r;

const choices = <T>(options: readonly { value: T; label: string }[]): Choice[] =>
  options.map((o) => ({ value: String(o.value ?? ''), label: o.label }));

const money = (result: LineResult | null, pick: (r: LineResult) => string): string =>
  result ? formatMoney(pick(result)) : '—';

const column = <Id extends string>(def: ColumnDef<Id>): ColumnDef<Id> => def;

export const COLUMNS = [
  column({
    id: 'description',
    label: 'Description',
    editor: 'text',
    numeric: false,
    width: { min: '16rem', max: '24rem', narrowMin: '10rem' },
    wraps: true,
    sticky: true,
    headings: ['description', 'desc', 'item', 'items', 'work', 'works', 'details', 'name'],
    fields: ['description'],
    clear: { description: '' },
    text: (line) => line.description,
    parse: (text) => ({ ok: true, value: { description: text.trim() } }),
    sort: 'text',
  }),
  column({
    id: 'item',
    label: 'Statement item',
    editor: 'item',
    numeric: false,
    hint: 'Search the statement’s price tables',
    fields: ['statementItemId'],
    clear: { statementItemId: null },
    width: { max: '9rem' },
    truncates: true,
    headings: ['statement item', 'item id', 'statement ref', 'statement row', 'ref', 'code'],
    text: (line) => line.statementItemId ?? '',
    parse: (text, ctx) => {
      const t = text.trim();
      if (t === '') return { ok: true, value: { statementItemId: null } };
      const row = ctx.statementRows.get(t);
      if (!row) return { ok: false, message: `No statement item has the id “${t}”.` };
      return { ok: true, value: patchFromStatementRow(row, false) };
    },
    sort: 'text',
  }),
  column({
    id: 'quantity',
    label: 'Quantity',
    editor: 'text',
    numeric: true,
    headings: ['quantity', 'qty', 'quantities', 'no', 'number', 'count'],
    fields: ['quantity'],
    clear: { quantity: '0' },
    inputMode: 'decimal',
    text: (line) => line.quantity,
    parse: (text) => wrap(parseTypedNumber(text, 'a quantity'), (quantity) => ({ quantity })),
    sort: (line) => (line.quantity.trim() === '' ? null : new Decimal(line.quantity)),
  }),
  column({
    id: 'unit',
    label: 'Unit',
    editor: 'text',
    numeric: false,
    headings: ['unit', 'units', 'uom', 'unit of measure'],
    fields: ['unit'],
    clear: { unit: '' },
    text: (line) => line.unit,
    parse: (text) => ({ ok: true, value: { unit: text.trim() } }),
    sort: 'text',
  }),
  column({
    id: 'unitPrice',
    label: 'Unit price £',
    editor: 'text',
    numeric: true,
    hint: 'A figure, a range such as 1000–1500, or POA',
    headings: [
      'unit price',
      'price',
      'rate',
      'unit rate',
      'unit cost',
      'price each',
      'cost each',
      '£',
      '£ each',
    ],
    fields: ['unitPrice'],
    width: { min: '9rem' },
    clear: { unitPrice: { kind: 'fixed', amount: '0' } },
    text: (line) => formatPrice(line.unitPrice),
    display: ({ unitPrice: p }) =>
      p.kind === 'poa'
        ? 'POA'
        : p.kind === 'fixed'
          ? formatMoney(p.amount)
          : formatMoneyRange(p.low, p.high),
    parse: (text) => wrap(parsePrice(text), (unitPrice) => ({ unitPrice })),
    sort: ({ unitPrice: p }) =>
      p.kind === 'poa' ? null : new Decimal(p.kind === 'fixed' ? p.amount : p.low),
  }),
  column({
    id: 'cost',
    label: 'Cost £',
    editor: 'none',
    numeric: true,
    headings: ['cost', 'total', 'line total', 'amount', 'total cost'],
    width: { min: '9rem' },
    isMoney: true,
    showsPoa: true,
    text: (_line, result) => (result ? (result.isPoa ? 'POA' : result.cost.expected) : ''),
    display: (_line, result) => {
      if (!result) return '—';
      if (result.isPoa) return 'POA (excluded)';
      return result.cost.low === result.cost.high
        ? formatMoney(result.cost.expected)
        : formatMoneyRange(result.cost.low, result.cost.high);
    },
    sort: (_line, result) => (result && !result.isPoa ? new Decimal(result.cost.expected) : null),
  }),
  column({
    id: 'contestable',
    label: 'Contestable',
    editor: 'select',
    numeric: false,
    headings: ['contestable'],
    term: 'contestable',
    fields: ['contestable'],
    text: (line) => (line.contestable ? 'Yes' : 'No'),
    parse: (text) => wrap(parseYesNo(text, 'contestable'), (contestable) => ({ contestable })),
    options: () => [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
    selectValue: (line) => (line.contestable ? 'yes' : 'no'),
    sort: 'text',
  }),
  column({
    id: 'kind',
    label: 'Kind',
    editor: 'select',
    numeric: false,
    headings: ['kind', 'type', 'kind of cost'],
    fields: ['kind'],
    text: (line) => KIND_OPTIONS.find((o) => o.value === line.kind)?.label ?? line.kind,
    parse: (text) => wrap(matchOption(KIND_OPTIONS, text, 'kind of cost'), (kind) => ({ kind })),
    options: () => choices(KIND_OPTIONS),
    selectValue: (line) => line.kind,
    sort: 'text',
  }),
  column({
    id: 'assetLevel',
    label: 'Asset voltage level',
    editor: 'select',
    numeric: false,
    headings: ['voltage level', 'asset level', 'level', 'voltage'],
    // Whether the asset is a circuit breaker qualifies its level: its messages belong here.
    fields: ['assetLevel', 'isCircuitBreaker'],
    clear: { assetLevel: null },
    text: (line) =>
      ASSET_LEVEL_OPTIONS.find((o) => o.value === (line.assetLevel ?? null))?.label ?? '—',
    parse: (text) => {
      if (['', '—', '-'].includes(text.trim())) return { ok: true, value: { assetLevel: null } };
      return wrap(matchOption(ASSET_LEVEL_OPTIONS, text, 'voltage level'), (assetLevel) => ({
        assetLevel,
      }));
    },
    options: () => choices(ASSET_LEVEL_OPTIONS),
    selectValue: (line) => line.assetLevel ?? '',
    sort: 'text',
  }),
  column({
    id: 'charging',
    label: 'How charged',
    editor: 'select',
    numeric: false,
    headings: ['charging', 'charging rule', 'rule', 'charged'],
    fields: ['charging'],
    width: { max: '16rem' },
    truncates: true,
    text: (line) => chargingToValue(line.charging),
    display: (line, _result, ctx) =>
      chargingOptions(ctx.rsns, ctx.citations).find(
        (o) => o.value === chargingToValue(line.charging),
      )?.label ??
      (line.charging.rule === 'apportioned' ? `CAF: missing RSN ${line.charging.rsnId}` : ''),
    parse: (text, ctx) =>
      wrap(parseCharging(text, ctx.rsns, ctx.citations), (charging) => ({ charging })),
    options: (ctx) => chargingOptions(ctx.rsns, ctx.citations),
    selectValue: (line) => chargingToValue(line.charging),
    sort: 'text',
  }),
  column({
    id: 'caf',
    label: 'CAF %',
    editor: 'none',
    numeric: true,
    headings: ['caf', 'cost apportionment factor'],
    term: 'caf',
    text: (_line, result) => (result?.apportionment ? result.apportionment.cafPercent : ''),
    display: (_line, result) =>
      result?.apportionment ? `${result.apportionment.cafPercent}%` : 'n/a',
  }),
  column({
    id: 'customer',
    label: 'Customer £',
    editor: 'none',
    numeric: true,
    headings: ['customer', 'customer pays', 'customer share'],
    isMoney: true,
    text: (_line, result) => (result ? result.customer.expected : ''),
    display: (_line, result) => money(result, (r) => r.customer.expected),
    sort: (_line, result) => (result ? new Decimal(result.customer.expected) : null),
  }),
  column({
    id: 'operator',
    label: 'Operator £',
    editor: 'none',
    numeric: true,
    headings: ['operator', 'operator pays', 'operator share'],
    isMoney: true,
    text: (_line, result) => (result ? result.operator.expected : ''),
    display: (_line, result) => money(result, (r) => r.operator.expected),
    sort: (_line, result) => (result ? new Decimal(result.operator.expected) : null),
  }),
  column({
    id: 'note',
    label: 'Note',
    editor: 'text',
    numeric: false,
    hint: 'Why the line is modelled as it is, or where its figure comes from',
    headings: ['note', 'notes', 'comment', 'comments', 'remark', 'remarks', 'source'],
    fields: ['note'],
    clear: { note: undefined },
    width: { max: '14rem' },
    truncates: true,
    text: (line) => line.note ?? '',
    // A blank note is no note: the file leaves the field out, as before it was written.
    parse: (text) => ({ ok: true, value: { note: text.trim() === '' ? undefined : text.trim() } }),
    sort: 'text',
  }),
  column({
    id: 'why',
    label: 'Why',
    editor: 'none',
    numeric: false,
    headings: ['why'],
    isExplanation: true,
    text: () => '',
  }),
] as const;

export type ColumnId = (typeof COLUMNS)[number]['id'];

export const COLUMN_INDEX: Record<ColumnId, number> = Object.fromEntries(
  COLUMNS.map((c, i) => [c.id, i]),
) as Record<ColumnId, number>;

const byId = (col: ColumnId): ColumnDef => COLUMNS[COLUMN_INDEX[col]]!;

export const columnDef = byId;

/** The column whose cell shows a line field (and its messages); null when none does. */
export function columnOfField(field: string): ColumnId | null {
  return (
    COLUMNS.find((c) => (c.fields as readonly string[] | undefined)?.includes(field))?.id ?? null
  );
}

export function selectOptions(col: ColumnId, ctx: CellContext): Choice[] {
  return byId(col).options?.(ctx) ?? [];
}

/** The text a cell holds for editing and for copying out as TSV. */
export function cellText(col: ColumnId, line: CostLineInput, result: LineResult | null): string {
  return byId(col).text(line, result);
}

/** The value a select editor starts on. */
export function selectValue(col: ColumnId, line: CostLineInput): string {
  return byId(col).selectValue?.(line) ?? '';
}

/** What the cell shows when not editing. */
export function cellDisplay(
  col: ColumnId,
  line: CostLineInput,
  result: LineResult | null,
  ctx: CellContext,
): string {
  const def = byId(col);
  return def.display ? def.display(line, result, ctx) : def.text(line, result);
}

/** Turn text typed or pasted into a column into a change to the line. */
export function parseCell(col: ColumnId, text: string, ctx: CellContext): ParseResult<LinePatch> {
  // Results are computed, not typed: pasting over them changes nothing.
  return byId(col).parse?.(text, ctx) ?? { ok: true, value: {} };
}

/**
 * The network level a works row's assets sit at, from its voltage (a substation row is the
 * transformation level below it); null for fee rows and rows that do not say. 132 kV
 * substations are left to the user: the statement's rows do not say which side they feed.
 */
export function assetLevelOfRow(row: StatementRow): AssetLevel | null {
  const v = row.factors?.voltage;
  if (!v || row.feeCategory) return null;
  const isSubstation = /substation/i.test(`${row.activity ?? ''} ${row.description}`);
  if (isSubstation) {
    return v === 'HV' ? 'hv-lv-substation' : v === 'EHV' ? 'ehv-hv-substation' : null;
  }
  return (
    { LV: 'lv-network', HV: 'hv-network', EHV: 'ehv-network', '132kV': '132-network' } as const
  )[v];
}

/**
 * A line description for a row: its activity heading first, then what sets the row apart.
 * 001 Part F1 repeats the single-phase wording under "Three-Phase Service (60kVA)" (rows
 * F1-08 to F1-10): the heading, not the repeated text, says which service is priced, so the
 * text after the row's " — " (the factor column) follows the heading instead.
 */
export function rowDescription(row: StatementRow): string {
  const activity = row.activity?.trim();
  if (!activity) return row.description;
  const dash = row.description.lastIndexOf(' — ');
  const rest = dash >= 0 ? row.description.slice(dash + 3) : row.description;
  const tail = rest.charAt(0).toLowerCase() + rest.slice(1);
  return `${activity}: ${tail}`;
}

/**
 * Picking a statement row fills the line's unit, price range, contestability and network
 * level from the statement (and its description when the line has none yet).
 */
export function patchFromStatementRow(row: StatementRow, withDescription: boolean): LinePatch {
  const patch: LinePatch = {
    statementItemId: row.id,
    unit: row.unit,
    unitPrice: row.price.poa
      ? { kind: 'poa' }
      : { kind: 'range', low: row.price.min, high: row.price.max },
  };
  if (withDescription) patch.description = rowDescription(row);
  if (typeof row.contestable === 'boolean') patch.contestable = row.contestable;
  const level = assetLevelOfRow(row);
  if (level) patch.assetLevel = level;
  return patch;
}
