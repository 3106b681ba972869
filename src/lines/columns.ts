/**
 * The cost-line grid's columns: how each shows a line, and how text typed or pasted into it
 * becomes a change to the line.
 */
import type { AssetLevel, CostLineInput, LineResult, RsnInput } from '../engine/types';
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
  parseDecimal,
  parsePrice,
  parseYesNo,
  type LinePatch,
  type ParseResult,
} from './cellParsers';

export type ColumnId =
  | 'description'
  | 'item'
  | 'quantity'
  | 'unit'
  | 'unitPrice'
  | 'cost'
  | 'contestable'
  | 'kind'
  | 'assetLevel'
  | 'charging'
  | 'caf'
  | 'customer'
  | 'operator'
  | 'why';

export type EditorKind = 'text' | 'select' | 'item' | 'none';

export interface ColumnDef {
  id: ColumnId;
  label: string;
  editor: EditorKind;
  numeric: boolean;
  /** A hint shown to screen readers and as a tooltip. */
  hint?: string;
}

export const COLUMNS: readonly ColumnDef[] = [
  { id: 'description', label: 'Description', editor: 'text', numeric: false },
  {
    id: 'item',
    label: 'Statement item',
    editor: 'item',
    numeric: false,
    hint: 'Search the statement’s price tables',
  },
  { id: 'quantity', label: 'Quantity', editor: 'text', numeric: true },
  { id: 'unit', label: 'Unit', editor: 'text', numeric: false },
  {
    id: 'unitPrice',
    label: 'Unit price £',
    editor: 'text',
    numeric: true,
    hint: 'A figure, a range such as 1000–1500, or POA',
  },
  { id: 'cost', label: 'Cost £', editor: 'none', numeric: true },
  { id: 'contestable', label: 'Contestable', editor: 'select', numeric: false },
  { id: 'kind', label: 'Kind', editor: 'select', numeric: false },
  { id: 'assetLevel', label: 'Asset voltage level', editor: 'select', numeric: false },
  { id: 'charging', label: 'How charged', editor: 'select', numeric: false },
  { id: 'caf', label: 'CAF %', editor: 'none', numeric: true },
  { id: 'customer', label: 'Customer £', editor: 'none', numeric: true },
  { id: 'operator', label: 'Operator £', editor: 'none', numeric: true },
  { id: 'why', label: 'Why', editor: 'none', numeric: false },
];

export const COLUMN_INDEX: Record<ColumnId, number> = Object.fromEntries(
  COLUMNS.map((c, i) => [c.id, i]),
) as Record<ColumnId, number>;

export interface CellContext {
  rsns: readonly RsnInput[];
  /** Every priced row of the statement, by id. */
  statementRows: ReadonlyMap<string, StatementRow>;
}

export function selectOptions(col: ColumnId, ctx: CellContext): { value: string; label: string }[] {
  switch (col) {
    case 'contestable':
      return [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ];
    case 'kind':
      return KIND_OPTIONS.map((o) => ({ value: o.value, label: o.label }));
    case 'assetLevel':
      return ASSET_LEVEL_OPTIONS.map((o) => ({ value: o.value ?? '', label: o.label }));
    case 'charging':
      return chargingOptions(ctx.rsns);
    default:
      return [];
  }
}

/** The text a cell holds for editing and for copying out as TSV. */
export function cellText(col: ColumnId, line: CostLineInput, result: LineResult | null): string {
  switch (col) {
    case 'description':
      return line.description;
    case 'item':
      return line.statementItemId ?? '';
    case 'quantity':
      return line.quantity;
    case 'unit':
      return line.unit;
    case 'unitPrice':
      return formatPrice(line.unitPrice);
    case 'contestable':
      return line.contestable ? 'Yes' : 'No';
    case 'kind':
      return KIND_OPTIONS.find((o) => o.value === line.kind)?.label ?? line.kind;
    case 'assetLevel':
      return ASSET_LEVEL_OPTIONS.find((o) => o.value === (line.assetLevel ?? null))?.label ?? '—';
    case 'charging':
      return chargingToValue(line.charging);
    case 'cost':
      return result ? (result.isPoa ? 'POA' : result.cost.expected) : '';
    case 'caf':
      return result?.apportionment ? result.apportionment.cafPercent : '';
    case 'customer':
      return result ? result.customer.expected : '';
    case 'operator':
      return result ? result.operator.expected : '';
    case 'why':
      return '';
  }
}

/** The value a select editor starts on. */
export function selectValue(col: ColumnId, line: CostLineInput): string {
  switch (col) {
    case 'contestable':
      return line.contestable ? 'yes' : 'no';
    case 'kind':
      return line.kind;
    case 'assetLevel':
      return line.assetLevel ?? '';
    case 'charging':
      return chargingToValue(line.charging);
    default:
      return '';
  }
}

/** What the cell shows when not editing. */
export function cellDisplay(
  col: ColumnId,
  line: CostLineInput,
  result: LineResult | null,
  ctx: CellContext,
): string {
  switch (col) {
    case 'unitPrice': {
      const p = line.unitPrice;
      if (p.kind === 'poa') return 'POA';
      if (p.kind === 'fixed') return formatMoney(p.amount);
      return formatMoneyRange(p.low, p.high);
    }
    case 'cost':
      if (!result) return '—';
      if (result.isPoa) return 'POA (excluded)';
      return result.cost.low === result.cost.high
        ? formatMoney(result.cost.expected)
        : formatMoneyRange(result.cost.low, result.cost.high);
    case 'caf':
      return result?.apportionment ? `${result.apportionment.cafPercent}%` : 'n/a';
    case 'customer':
      return result ? formatMoney(result.customer.expected) : '—';
    case 'operator':
      return result ? formatMoney(result.operator.expected) : '—';
    case 'charging':
      return (
        chargingOptions(ctx.rsns).find((o) => o.value === chargingToValue(line.charging))?.label ??
        (line.charging.rule === 'apportioned' ? `CAF: missing RSN ${line.charging.rsnId}` : '')
      );
    case 'item': {
      const id = line.statementItemId;
      if (!id) return '';
      return id;
    }
    default:
      return cellText(col, line, result);
  }
}

/** Turn text typed or pasted into a column into a change to the line. */
export function parseCell(col: ColumnId, text: string, ctx: CellContext): ParseResult<LinePatch> {
  const wrap = <T>(r: ParseResult<T>, f: (v: T) => LinePatch): ParseResult<LinePatch> =>
    r.ok ? { ok: true, value: f(r.value) } : r;
  switch (col) {
    case 'description':
      return { ok: true, value: { description: text.trim() } };
    case 'unit':
      return { ok: true, value: { unit: text.trim() } };
    case 'quantity':
      return wrap(parseDecimal(text, 'a quantity'), (quantity) => ({ quantity }));
    case 'unitPrice':
      return wrap(parsePrice(text), (unitPrice) => ({ unitPrice }));
    case 'contestable':
      return wrap(parseYesNo(text, 'contestable'), (contestable) => ({ contestable }));
    case 'kind':
      return wrap(matchOption(KIND_OPTIONS, text, 'kind of cost'), (kind) => ({ kind }));
    case 'assetLevel': {
      if (text.trim() === '' || text.trim() === '—' || text.trim() === '-') {
        return { ok: true, value: { assetLevel: null } };
      }
      return wrap(matchOption(ASSET_LEVEL_OPTIONS, text, 'voltage level'), (assetLevel) => ({
        assetLevel,
      }));
    }
    case 'charging':
      return wrap(parseCharging(text, ctx.rsns), (charging) => ({ charging }));
    case 'item': {
      const t = text.trim();
      if (t === '') return { ok: true, value: { statementItemId: null } };
      const row = ctx.statementRows.get(t);
      if (!row) return { ok: false, message: `No statement item has the id “${t}”.` };
      return { ok: true, value: patchFromStatementRow(row, false) };
    }
    default:
      // Results are computed, not typed: pasting over them changes nothing.
      return { ok: true, value: {} };
  }
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
