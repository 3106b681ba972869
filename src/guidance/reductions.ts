/**
 * Ways to reduce the connection charge (001 §3.20), tied to this estimate and priced from the
 * statement's own rows: a shorter service or cable run at the linked row's per-metre rate,
 * trenching or ducting by the customer where the statement prices "trench by others" or the
 * operator's own excavation, a substation site or building, consents; and what speculative
 * (001 §4.45–4.52) and temporary (Exception 3, 001 §4.24) status does to the charge, worked
 * out by the engine on a copy. Each suggestion says when it does not apply.
 */
import Decimal from 'decimal.js';
import type {
  CostLineInput,
  EstimateInput,
  EstimateOutcome,
  Money,
  RuleParameters,
} from '../engine/types';
import type { EstimateFile } from '../estimate-file/types';
import { ruleCitation } from '../statements/ruleCitation';
import { statementCitation } from '../statements/statementCitation';
import type { StatementFile, StatementRow, StatementTable } from '../statements/types';
import { rowLabel } from './rowLabel';

export type ReductionKind =
  | 'full-details'
  | 'service-length'
  | 'cable-route'
  | 'trench-by-others'
  | 'own-excavation'
  | 'substation-site'
  | 'consents'
  | 'speculative'
  | 'temporary';

export interface Reduction {
  /** Unique within one list, e.g. "trench-by-others:line-3". */
  id: string;
  kind: ReductionKind;
  title: string;
  /** Whether the suggestion applies to this estimate; when false `text` says why not. */
  applies: boolean;
  text: string;
  /** How much less the customer would pay (ex VAT), low and high; null when not priced. */
  saving: { low: Money; high: Money } | null;
  arithmetic: string[];
  /** Paragraphs, e.g. "001 §3.20". */
  citations: string[];
  /** Statement row ids the figures come from. */
  rows: string[];
}

export type ComputeFn = (input: EstimateInput, rules: RuleParameters) => EstimateOutcome;

export interface ReductionOptions {
  /** The engine, for the speculative and temporary comparisons; without it they are not priced. */
  compute?: ComputeFn | null;
  /** Metres per step of a shorter run ("each 5 m less"). Default "5". */
  serviceStepMetres?: string;
  /** Metres per step of a shorter mains cable route. Default "10". */
  cableStepMetres?: string;
}

// Stands for the statement's paragraph on reducing the charge (its `reducingCharges`, 001
// §3.20) until findReductions puts it in, or leaves it out where the statement has none.
const P320 = 'reducingCharges';
const pounds = (d: Decimal): string => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
export const gbp = (d: Decimal): string => {
  const s = pounds(d.abs()).replace(/\.00$/, '');
  const [whole = '0', pence] = s.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${d.isNegative() ? '−' : ''}£${grouped}${pence ? `.${pence}` : ''}`;
};

/** "£275–£400", or one figure when both ends agree. */
const gbpRange = (lo: Decimal, hi: Decimal): string =>
  lo.eq(hi) ? gbp(lo) : `${gbp(lo)}–${gbp(hi)}`;

interface LinkedLine {
  line: CostLineInput;
  row: StatementRow;
  table: StatementTable;
  quantity: Decimal;
}

function linkedLines(file: EstimateFile, statement: StatementFile): LinkedLine[] {
  const index = new Map<string, { row: StatementRow; table: StatementTable }>();
  for (const table of statement.tables)
    for (const row of table.rows) index.set(row.id, { row, table });
  const out: LinkedLine[] = [];
  for (const line of file.inputs.schemes.minimum.lines) {
    const hit = line.statementItemId ? index.get(line.statementItemId) : undefined;
    if (!hit) continue;
    let quantity: Decimal;
    try {
      quantity = new Decimal(line.quantity);
    } catch {
      continue;
    }
    out.push({ line, row: hit.row, table: hit.table, quantity });
  }
  return out;
}

function range(row: StatementRow): { min: Decimal; max: Decimal } | null {
  const p = row.price;
  if (p.poa) return null;
  return { min: new Decimal(p.min), max: new Decimal(p.max) };
}

const rowText = (row: StatementRow): string => `${row.activity ?? ''} ${row.description}`;
const isMains = (row: StatementRow): boolean => /mains cable/i.test(rowText(row));
const isService = (row: StatementRow): boolean => /service/i.test(rowText(row)) && !isMains(row);
const isPerMetre = (row: StatementRow): boolean => row.unit === 'm';
const isOwnWorkRow = (row: StatementRow): boolean =>
  /^duct laid by us|^excavation and backfill/i.test(row.description);

const fmtRate = (r: { min: Decimal; max: Decimal }, unit: string): string =>
  `${gbpRange(r.min, r.max)} ${unit === 'm' ? 'per metre' : unit}`;

/** A shorter service run: the service position as close to the network as possible. */
function serviceLength(links: LinkedLine[], step: Decimal, statement: StatementFile): Reduction[] {
  const out: Reduction[] = [];
  const metreLines = links.filter(
    (l) => isPerMetre(l.row) && isService(l.row) && !isOwnWorkRow(l.row),
  );
  for (const l of metreLines) {
    const r = range(l.row);
    if (!r) continue;
    const metres = Decimal.min(step, l.quantity);
    if (metres.lte(0)) {
      out.push({
        id: `service-length:${l.line.id}`,
        kind: 'service-length',
        title: 'A service position closer to the network',
        applies: false,
        text: `“${l.line.description}” has no extra metres, so a closer position saves nothing on this line.`,
        saving: null,
        arithmetic: [],
        citations: [P320],
        rows: [l.row.id],
      });
      continue;
    }
    const low = metres.times(r.min);
    const high = metres.times(r.max);
    out.push({
      id: `service-length:${l.line.id}`,
      kind: 'service-length',
      title: 'A service position closer to the network',
      applies: true,
      text: `Accepting a service position as close to the network as possible keeps the service cable short. The estimate has ${l.quantity.toString()} m of “${rowLabel(l.row)}”: each ${metres.toString()} m less saves about ${gbpRange(low, high)}.`,
      saving: { low: pounds(low), high: pounds(high) },
      arithmetic: [
        `${metres.toString()} m × ${fmtRate(r, 'm')} (${l.row.id}) = ${gbpRange(low, high)}`,
      ],
      citations: [P320, l.row.citation],
      rows: [l.row.id],
    });
  }
  if (out.length > 0) return out;
  // A service with no extra metres: say what a position further away would add.
  const service = links.find(
    (l) => isService(l.row) && l.row.unit === 'each' && !isOwnWorkRow(l.row),
  );
  if (service) {
    const sibling = statement.tables
      .find((t) => t.id === service.table.id)
      ?.rows.find(
        (row) =>
          isPerMetre(row) &&
          isService(row) &&
          row.activity === service.row.activity &&
          row.factors?.surface === service.row.factors?.surface,
      );
    const r = sibling ? range(sibling) : null;
    return [
      {
        id: 'service-length',
        kind: 'service-length',
        title: 'A service position closer to the network',
        applies: false,
        text:
          `The estimate prices the service within the length included in “${rowLabel(service.row)}” (${service.row.id}), with no extra metres, so there is nothing to shorten.` +
          (sibling && r
            ? ` A position further from the network would add ${fmtRate(r, 'm')} (${sibling.id}).`
            : ''),
        saving: null,
        arithmetic: [],
        citations: [P320],
        rows: sibling ? [service.row.id, sibling.id] : [service.row.id],
      },
    ];
  }
  return [
    {
      id: 'service-length',
      kind: 'service-length',
      title: 'A service position closer to the network',
      applies: false,
      text: 'No line in the Minimum Scheme is priced from a statement service row, so the saving cannot be priced. Link the service lines to their statement rows to see it.',
      saving: null,
      arithmetic: [],
      citations: [P320],
      rows: [],
    },
  ];
}

/** A shorter mains cable route across the customer's property. */
function cableRoute(links: LinkedLine[], step: Decimal): Reduction[] {
  const out: Reduction[] = [];
  for (const l of links.filter(
    (x) => isPerMetre(x.row) && isMains(x.row) && !isOwnWorkRow(x.row),
  )) {
    const r = range(l.row);
    const metres = Decimal.min(step, l.quantity);
    if (!r || metres.lte(0)) continue;
    const low = metres.times(r.min);
    const high = metres.times(r.max);
    out.push({
      id: `cable-route:${l.line.id}`,
      kind: 'cable-route',
      title: 'A shorter cable route',
      applies: true,
      text: `Offering a suitable, shorter route for the cables across your property cuts the length of main. The estimate has ${l.quantity.toString()} m of “${rowLabel(l.row)}”: each ${metres.toString()} m less saves about ${gbpRange(low, high)}.`,
      saving: { low: pounds(low), high: pounds(high) },
      arithmetic: [
        `${metres.toString()} m × ${fmtRate(r, 'm')} (${l.row.id}) = ${gbpRange(low, high)}`,
      ],
      citations: [P320, l.row.citation],
      rows: [l.row.id],
    });
  }
  return out;
}

/** The "trench or duct by others" sibling of a row priced with the operator digging. */
export function trenchByOthersSibling(
  row: StatementRow,
  table: StatementTable,
): StatementRow | null {
  const surface = row.factors?.surface;
  if (!surface || surface === 'trench-by-others') return null;
  return (
    table.rows.find(
      (s) =>
        s.id !== row.id &&
        s.factors?.surface === 'trench-by-others' &&
        (s.activity ?? null) === (row.activity ?? null) &&
        s.unit === row.unit &&
        (s.factors?.voltage ?? null) === (row.factors?.voltage ?? null) &&
        isMains(s) === isMains(row),
    ) ?? null
  );
}

function trenchByOthers(links: LinkedLine[]): Reduction[] {
  const out: Reduction[] = [];
  for (const l of links) {
    const sibling = trenchByOthersSibling(l.row, l.table);
    if (!sibling) continue;
    const a = range(l.row);
    const b = range(sibling);
    if (!a || !b) {
      out.push({
        id: `trench-by-others:${l.line.id}`,
        kind: 'trench-by-others',
        title: 'Dig the trench or lay the duct yourself',
        applies: true,
        text: `The statement prices “${rowLabel(sibling)}” for this work, but on application, so the saving on “${l.line.description}” cannot be worked out here. Ask the operator.`,
        saving: null,
        arithmetic: [],
        citations: [P320, sibling.citation],
        rows: [l.row.id, sibling.id],
      });
      continue;
    }
    const atLow = l.quantity.times(a.min.minus(b.min));
    const atHigh = l.quantity.times(a.max.minus(b.max));
    const lo = Decimal.min(atLow, atHigh);
    const hi = Decimal.max(atLow, atHigh);
    const arithmetic = [
      `Low: ${l.quantity.toString()} × (${gbp(a.min)} − ${gbp(b.min)}) = ${gbp(atLow)}`,
      `High: ${l.quantity.toString()} × (${gbp(a.max)} − ${gbp(b.max)}) = ${gbp(atHigh)}`,
    ];
    const applies = hi.gt(0);
    out.push({
      id: `trench-by-others:${l.line.id}`,
      kind: 'trench-by-others',
      title: 'Dig the trench or lay the duct yourself',
      applies,
      text: applies
        ? `“${l.line.description}” is priced with the operator digging (${l.row.id}, ${fmtRate(a, l.row.unit)}). With the trench or duct, backfill and reinstatement done by your own contractor the statement prices it at ${fmtRate(b, sibling.unit)} (${sibling.id}): about ${gbpRange(lo, hi)} less, before what your contractor charges you.`
        : `The statement prices the “trench or duct by others” row (${sibling.id}, ${fmtRate(b, sibling.unit)}) no lower than “${l.line.description}” (${l.row.id}, ${fmtRate(a, l.row.unit)}), so digging it yourself would not reduce the operator's charge.`,
      saving: applies ? { low: pounds(lo), high: pounds(hi) } : null,
      arithmetic,
      citations: [P320, l.row.citation],
      rows: [l.row.id, sibling.id],
    });
  }
  return out;
}

/** Lines for duct the operator lays or a joint hole it digs: work the customer may do instead. */
function ownExcavation(links: LinkedLine[]): Reduction[] {
  const out: Reduction[] = [];
  for (const l of links.filter((x) => isOwnWorkRow(x.row))) {
    const r = range(l.row);
    if (!r || l.quantity.lte(0)) continue;
    const low = l.quantity.times(r.min);
    const high = l.quantity.times(r.max);
    const isDuct = /^duct/i.test(l.row.description);
    out.push({
      id: `own-excavation:${l.line.id}`,
      kind: 'own-excavation',
      title: isDuct ? 'Lay the ducts yourself' : 'Excavate the joint hole yourself',
      applies: true,
      text: isDuct
        ? `The estimate has the operator laying ${l.quantity.toString()} m of duct (${l.row.id}, ${fmtRate(r, l.row.unit)}). Providing and installing suitable ducts on your land, and any road-crossing ducts, to the operator's specification takes this line off the charge: about ${gbpRange(low, high)}, before your own contractor's costs.`
        : `The estimate has the operator excavating and backfilling ${l.quantity.toString()} joint hole${l.quantity.eq(1) ? '' : 's'} (${l.row.id}, ${fmtRate(r, l.row.unit)}). If your contractor does the excavation, this line comes off the charge: about ${gbpRange(low, high)}, before your own contractor's costs.`,
      saving: { low: pounds(low), high: pounds(high) },
      arithmetic: [`${l.quantity.toString()} × ${fmtRate(r, l.row.unit)} = ${gbpRange(low, high)}`],
      citations: [P320, l.row.citation],
      rows: [l.row.id],
    });
  }
  return out;
}

function substationSite(file: EstimateFile, links: LinkedLine[]): Reduction {
  const linked = links.filter((l) => /-F6$/.test(l.table.id) && /substation/i.test(rowText(l.row)));
  const others = file.inputs.schemes.minimum.lines.filter(
    (l) =>
      !linked.some((x) => x.line.id === l.id) &&
      (l.assetLevel === 'hv-lv-substation' || /substation/i.test(l.description)) &&
      l.kind !== 'fee',
  );
  const names = [...linked.map((l) => l.line.description), ...others.map((l) => l.description)];
  const base = {
    id: 'substation-site',
    kind: 'substation-site' as const,
    title: 'Provide the substation site or building',
    saving: null,
    arithmetic: [] as string[],
    citations: [P320],
    rows: linked.map((l) => l.row.id),
  };
  if (names.length === 0) {
    return {
      ...base,
      applies: false,
      text: 'The Minimum Scheme has no substation, so this does not apply.',
    };
  }
  const priced = linked
    .map((l) => {
      const p = l.row.price;
      return p.poa && p.from
        ? `${l.row.id} is priced on application from ${gbp(new Decimal(p.from))}`
        : null;
    })
    .filter((s): s is string => s !== null);
  return {
    ...base,
    applies: true,
    text: `The scheme needs a substation (${names.join('; ')}). You may reduce the charge by providing the site or land at no cost to the operator, in the position that suits the network best (agreed with the operator), by building the base and building to the operator's specification, and by offering cable routes across your property.${priced.length > 0 ? ` The statement gives no fixed price to take off (${priced.join('; ')}), so ask the operator what each would save.` : ' Ask the operator what each would save.'}`,
  };
}

function consents(file: EstimateFile): Reduction {
  const land = file.inputs.schemes.minimum.lines.filter((l) => l.kind === 'land-rights');
  return {
    id: 'consents',
    kind: 'consents',
    title: 'Help with legal consents',
    applies: land.length > 0,
    text:
      land.length > 0
        ? `The estimate includes land rights (${land.map((l) => l.description).join('; ')}). Offers depend on legal consents; helping to obtain them may reduce the charge, and consents are easier when all the equipment for your connection is on your own land.`
        : 'The estimate has no land-rights costs. Offers still depend on any legal consents needed; keeping the equipment on your own land makes them easier.',
    saving: null,
    arithmetic: [],
    citations: [P320],
    rows: [],
  };
}

function fullDetails(): Reduction {
  return {
    id: 'full-details',
    kind: 'full-details',
    title: 'Give full details of your maximum power requirement',
    applies: true,
    text: 'Full details of your maximum power requirement with the application keep the design time, and the time to an offer, to a minimum. You must give all relevant information about existing and proposed loads.',
    saving: null,
    arithmetic: [],
    citations: [P320],
    rows: [],
  };
}

/** What the customer pays (ex VAT) for an input, or null with the engine's reason. */
function payable(
  input: EstimateInput,
  rules: RuleParameters,
  compute: ComputeFn,
): { low: Decimal; high: Decimal } | null {
  try {
    const o = compute(input, rules);
    if (!o.ok) return null;
    const p = o.result.comparison.payableExVat;
    return { low: new Decimal(p.low), high: new Decimal(p.high) };
  } catch {
    return null;
  }
}

function toggled(
  file: EstimateFile,
  flag: 'isSpeculative' | 'isTemporary',
  value: boolean,
): EstimateInput {
  // A new top level with the one flag changed, the rest shared: no deep copy, so a caller's
  // reactive proxy (which structuredClone refuses) is read, never cloned or written.
  return { ...file.inputs, connection: { ...file.inputs.connection, [flag]: value } };
}

/** Difference (current − alternative) per scenario; positive: the alternative costs less. */
function flagDifference(
  file: EstimateFile,
  statement: StatementFile,
  flag: 'isSpeculative' | 'isTemporary',
  compute: ComputeFn | null | undefined,
): { low: Decimal; high: Decimal } | null {
  if (!compute) return null;
  const now = payable(file.inputs, statement.rules, compute);
  const alt = payable(toggled(file, flag, !file.inputs.connection[flag]), statement.rules, compute);
  if (!now || !alt) return null;
  return { low: now.low.minus(alt.low), high: now.high.minus(alt.high) };
}

const sorted = (d: { low: Decimal; high: Decimal }) => ({
  lo: Decimal.min(d.low, d.high),
  hi: Decimal.max(d.low, d.high),
});

function speculative(
  file: EstimateFile,
  statement: StatementFile,
  compute: ComputeFn | null | undefined,
): Reduction {
  const is = file.inputs.connection.isSpeculative;
  const diff = flagDifference(file, statement, 'isSpeculative', compute);
  const signs = statementCitation(statement, 'speculativeCharacteristics');
  const c = [
    statementCitation(statement, 'speculativeDevelopment'),
    signs,
    ruleCitation(statement, 'speculative'),
  ];
  // The characteristics and what follows are 001's (§4.45–4.52); another statement's own
  // paragraphs are cited without putting 001's words in its mouth.
  const intro = signs
    ? 'A development is speculative when the operator has significant uncertainty about its nature or size, the type of premises, or how soon the capacity will be used; the operator takes a holistic view. Reinforcement for a speculative development is charged in full, and ongoing costs may be added.'
    : 'The statement says how it treats a speculative development in the paragraphs below.';
  if (is) {
    if (diff && sorted(diff).hi.gt(0)) {
      const { lo, hi } = sorted(diff);
      return {
        id: 'speculative',
        kind: 'speculative',
        title: 'Show that the development is not speculative',
        applies: true,
        text: `${intro} This estimate is marked speculative. If you give the operator more certainty about the loads and phasing and it no longer treats the development as speculative, reinforcement is apportioned instead: about ${gbpRange(lo, hi)} less.`,
        saving: { low: pounds(lo), high: pounds(hi) },
        arithmetic: [
          `The engine, run again on a copy with the development not speculative: the charge is ${gbp(diff.low)} (low) and ${gbp(diff.high)} (high) less.`,
        ],
        citations: c,
        rows: [],
      };
    }
    return {
      id: 'speculative',
      kind: 'speculative',
      title: 'Show that the development is not speculative',
      applies: true,
      text: `${intro} This estimate is marked speculative, but ${diff ? 'it has no apportioned reinforcement, so the status does not change the charge.' : 'the difference could not be worked out until the estimate computes.'}`,
      saving: null,
      arithmetic: [],
      citations: c,
      rows: [],
    };
  }
  const more = diff ? sorted({ low: diff.low.negated(), high: diff.high.negated() }) : null;
  return {
    id: 'speculative',
    kind: 'speculative',
    title: 'Show that the development is not speculative',
    applies: false,
    text: `${intro} This estimate is not marked speculative, so nothing to reduce here.${more && more.hi.gt(0) ? ` If the operator did treat it as speculative, the charge would be about ${gbpRange(more.lo, more.hi)} more: give full load and phasing information to avoid that.` : ''}`,
    saving: null,
    arithmetic: [],
    citations: c,
    rows: [],
  };
}

function temporary(
  file: EstimateFile,
  statement: StatementFile,
  compute: ComputeFn | null | undefined,
): Reduction {
  const is = file.inputs.connection.isTemporary;
  const diff = flagDifference(file, statement, 'isTemporary', compute);
  const c = [ruleCitation(statement, 'exception3')];
  const intro =
    'A Temporary Connection is one needed for up to five years. Under Exception 3 any reinforcement for it is treated as Extension Assets and paid in full; the initial connection to a development whose reinforcement the permanent connection will later need is not a Temporary Connection.';
  if (is) {
    const s = diff ? sorted(diff) : null;
    return {
      id: 'temporary',
      kind: 'temporary',
      title: 'Temporary connections (Exception 3)',
      applies: true,
      text:
        s && s.hi.gt(0)
          ? `${intro} This estimate is a temporary connection, so its reinforcement is paid in full. Were it permanent, reinforcement would be apportioned: about ${gbpRange(s.lo, s.hi)} less. Only choose temporary if the connection really ends within five years.`
          : `${intro} This estimate is a temporary connection; it has no apportioned reinforcement, so Exception 3 does not change the charge.`,
      saving: s && s.hi.gt(0) ? { low: pounds(s.lo), high: pounds(s.hi) } : null,
      arithmetic:
        s && s.hi.gt(0)
          ? [
              `The engine, run again on a copy as a permanent connection: the charge is ${gbp(diff!.low)} (low) and ${gbp(diff!.high)} (high) less.`,
            ]
          : [],
      citations: c,
      rows: [],
    };
  }
  const more = diff ? sorted({ low: diff.low.negated(), high: diff.high.negated() }) : null;
  return {
    id: 'temporary',
    kind: 'temporary',
    title: 'Temporary connections (Exception 3)',
    applies: false,
    text: `${intro} This estimate is a permanent connection, so Exception 3 does not apply.${more && more.hi.gt(0) ? ` As a temporary connection it would cost about ${gbpRange(more.lo, more.hi)} more.` : ''}`,
    saving: null,
    arithmetic: [],
    citations: c,
    rows: [],
  };
}

/** Every suggestion for the estimate, those that apply first. */
export function findReductions(
  file: EstimateFile,
  statement: StatementFile,
  options: ReductionOptions = {},
): Reduction[] {
  const links = linkedLines(file, statement);
  const list: Reduction[] = [
    ...serviceLength(links, new Decimal(options.serviceStepMetres ?? '5'), statement),
    ...cableRoute(links, new Decimal(options.cableStepMetres ?? '10')),
    ...trenchByOthers(links),
    ...ownExcavation(links),
    substationSite(file, links),
    consents(file),
    fullDetails(),
    speculative(file, statement, options.compute),
    temporary(file, statement, options.compute),
  ];
  const reducing = statementCitation(statement, 'reducingCharges');
  const cited = list.map((r) => ({
    ...r,
    citations: [...new Set(r.citations.map((c) => (c === P320 ? reducing : c)))].filter(
      (c) => c !== '',
    ),
  }));
  return [...cited.filter((r) => r.applies), ...cited.filter((r) => !r.applies)];
}
