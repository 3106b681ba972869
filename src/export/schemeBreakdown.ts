/**
 * The cost breakdown 001 §2.11 asks of an offer, derived from an estimate's lines: the
 * works and whether it is an Enhanced Scheme, the number of substations, the length of
 * underground cable, the reinforcement works with their CAF and formula, and land-rights
 * charges. Counts and lengths are read as data: what a line installs (its `assets`, or its
 * statement row's) with its quantity and unit ('each', 'm', 'km'); never guessed from the
 * words of a description. Anything that cannot be derived is reported as "not stated".
 */
import Decimal from 'decimal.js';
import type {
  AssetKind,
  CostLineInput,
  LineAsset,
  EstimateResult,
  LineResult,
  Money,
  Range,
  SchemeInput,
  SchemeResult,
} from '../engine/types';
import type { EstimateFile } from '../estimate-file/types';
import { printedCitation } from '../statements/printedReference';
import type { StatementFile, StatementRow } from '../statements/types';

export const NOT_STATED = 'not stated';

export type SchemeKey = 'minimum' | 'enhanced';

/** A result line with the input it came from (quantity, unit, statement row). */
export interface JoinedLine {
  result: LineResult;
  input: CostLineInput | null;
  statementRow: StatementRow | null;
  /**
   * The user's own note on the line (the grid's Note column), "" when it has none: every
   * export that lists lines prints it from here.
   */
  note: string;
}

export interface ReinforcementWork {
  description: string;
  cost: Range<Money>;
  customer: Range<Money>;
  ruleLabel: string;
  /** "79.4%" or null when the line is not apportioned (funded, charged in full…). */
  caf: string | null;
  /** Formulas with their numbers, from the line's RSN and the line itself. */
  formulas: string[];
  citations: string[];
}

export interface SchemeBreakdown {
  key: SchemeKey;
  name: string;
  isEnhanced: boolean;
  /** Plain-words description of the scheme and its works. */
  description: string;
  /** e.g. "2" or "not stated". */
  substations: string;
  substationLines: string[];
  /** e.g. "1,250 m" or "not stated". */
  undergroundCable: string;
  cableLines: string[];
  reinforcement: ReinforcementWork[];
  landRights: { description: string; customer: Range<Money> }[];
}

export function findStatementRow(statement: StatementFile, id: string | null | undefined) {
  if (!id) return null;
  for (const table of statement.tables) {
    const row = table.rows.find((r) => r.id === id);
    if (row) return row;
  }
  return null;
}

export function joinLines(
  scheme: SchemeResult,
  input: SchemeInput | null | undefined,
  statement: StatementFile,
): JoinedLine[] {
  const byId = new Map((input?.lines ?? []).map((line) => [line.id, line]));
  return scheme.lines.map((result) => {
    const lineInput = byId.get(result.lineId) ?? null;
    return {
      result,
      input: lineInput,
      statementRow: findStatementRow(statement, lineInput?.statementItemId),
      note: lineInput?.note ?? '',
    };
  });
}

function toDecimal(value: string | null | undefined): Decimal | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  try {
    const d = new Decimal(value);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

function unitOf(line: JoinedLine): string {
  return (line.input?.unit ?? line.statementRow?.unit ?? '').trim().toLowerCase();
}

const isWorks = (line: JoinedLine) =>
  line.result.category !== 'fees' && line.result.category !== 'land-rights';

/** Group digits en-GB style without floats: "1250.5" → "1,250.5". */
export function groupDecimal(value: Decimal): string {
  const [whole = '0', fraction] = value.toFixed().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** Units that count items, so a quantity in them is a number of things. */
const COUNT_UNITS = new Set(['each', 'no', 'no.', 'nr', 'lot', 'item', '']);

/**
 * What a line installs: the line's own `assets` where it gives them, else its statement
 * row's. Read as data; a line with neither installs nothing the breakdown counts.
 */
export function lineAssets(line: JoinedLine): readonly LineAsset[] {
  return line.input?.assets ?? line.statementRow?.assets ?? [];
}

/** The lines installing `kind`, each with that asset. */
function linesWith(lines: JoinedLine[], kind: AssetKind) {
  return lines.flatMap((line) => {
    if (!isWorks(line)) return [];
    const asset = lineAssets(line).find((a) => a.kind === kind);
    return asset ? [{ line, asset }] : [];
  });
}

/**
 * New substations: the quantity of each line that installs one, in items, times its
 * `perItem` ("24 HV/LV substations" in one lot). A substation line in another unit (002
 * Schedule 1 prices a new substation per km) gives no count, so the figure is "not stated".
 */
function countSubstations(lines: JoinedLine[]) {
  const matched = linesWith(lines, 'substation');
  let total = new Decimal(0);
  let isKnown = matched.length > 0;
  for (const { line, asset } of matched) {
    const quantity = toDecimal(line.input?.quantity);
    const each = asset.perItem ? toDecimal(asset.perItem) : new Decimal(1);
    if (!quantity || !each || !COUNT_UNITS.has(unitOf(line))) {
      isKnown = false;
      break;
    }
    total = total.plus(quantity.times(each));
  }
  return {
    text: isKnown ? groupDecimal(total) : NOT_STATED,
    lines: matched.map(({ line }) => line.result.description),
  };
}

/**
 * Metres of underground cable: a line in metres or kilometres is that length (times
 * `perItem` where a metre of the line holds more than one of cable); a line in items holds
 * `perItem` metres each. A line in items that does not state its length ("lay 10m cable or
 * less") adds cable of unstated length, so the figure then reads "at least".
 */
function measureCable(lines: JoinedLine[]) {
  let metres = new Decimal(0);
  const measured: string[] = [];
  const unmeasured: string[] = [];
  for (const { line, asset } of linesWith(lines, 'underground-cable')) {
    const unit = unitOf(line);
    const quantity = toDecimal(line.input?.quantity);
    const each = asset.perItem ? toDecimal(asset.perItem) : null;
    const perMetre = unit === 'm' ? 1 : unit === 'km' ? 1000 : null;
    if (quantity && perMetre !== null) {
      metres = metres.plus(quantity.times(perMetre).times(each ?? 1));
      measured.push(line.result.description);
    } else if (quantity && each && COUNT_UNITS.has(unit)) {
      metres = metres.plus(quantity.times(each));
      measured.push(line.result.description);
    } else {
      unmeasured.push(line.result.description);
    }
  }
  let text: string;
  if (measured.length === 0) text = NOT_STATED;
  else if (unmeasured.length === 0) text = `${groupDecimal(metres)} m`;
  else
    text = `at least ${groupDecimal(metres)} m, plus cable of unstated length in ${unmeasured.length} line(s) priced per item`;
  return { text, lines: [...measured, ...unmeasured] };
}

function reinforcementWorks(
  lines: JoinedLine[],
  scheme: SchemeResult,
  statement: StatementFile,
): ReinforcementWork[] {
  return lines
    .filter((l) => l.result.category === 'reinforcement')
    .map(({ result }) => {
      const rsn = result.apportionment?.rsnId
        ? scheme.rsns.find((r) => r.rsnId === result.apportionment?.rsnId)
        : undefined;
      const explanations = [...(rsn?.explanation ?? []), ...result.explanation];
      return {
        description: result.description,
        cost: result.cost,
        customer: result.customer,
        ruleLabel: result.ruleLabel,
        caf: result.apportionment ? `${result.apportionment.cafPercent}%` : null,
        formulas: [...new Set(explanations.flatMap((e) => (e.formula ? [e.formula] : [])))],
        citations: [...new Set(explanations.map((e) => printedCitation(e.citation, statement)))],
      };
    });
}

function describeScheme(key: SchemeKey, estimate: EstimateFile, lines: JoinedLine[]): string {
  const requestedBy = estimate.inputs.enhancement?.requestedBy;
  const kind =
    key === 'minimum'
      ? 'Minimum Scheme: the lowest-cost works solely for the Required Capacity. It is not an Enhanced Scheme.'
      : `Enhanced Scheme: works beyond the Minimum Scheme${
          requestedBy === 'customer'
            ? ', requested by the customer'
            : requestedBy === 'operator'
              ? ', proposed by the operator'
              : ''
        }.`;
  const works = lines.filter(isWorks).map((l) => l.result.description);
  const shown = works.slice(0, 8).join('; ');
  const more = works.length > 8 ? `; and ${works.length - 8} more (see the table)` : '';
  const worksText = works.length > 0 ? ` Works: ${shown}${more}.` : ' Works: not stated.';
  return `${kind}${worksText}`;
}

export function buildSchemeBreakdown(
  key: SchemeKey,
  scheme: SchemeResult,
  estimate: EstimateFile,
  statement: StatementFile,
): SchemeBreakdown {
  const lines = joinLines(scheme, estimate.inputs.schemes[key], statement);
  const substations = countSubstations(lines);
  const cable = measureCable(lines);
  return {
    key,
    name: scheme.name,
    isEnhanced: key === 'enhanced',
    description: describeScheme(key, estimate, lines),
    substations: substations.text,
    substationLines: substations.lines,
    undergroundCable: cable.text,
    cableLines: cable.lines,
    reinforcement: reinforcementWorks(lines, scheme, statement),
    landRights: lines
      .filter((l) => l.result.category === 'land-rights')
      .map((l) => ({ description: l.result.description, customer: l.result.customer })),
  };
}

/** The schemes present in a result, in the order they are reported. */
export function schemesOf(result: EstimateResult): { key: SchemeKey; scheme: SchemeResult }[] {
  const out: { key: SchemeKey; scheme: SchemeResult }[] = [
    { key: 'minimum', scheme: result.schemes.minimum },
  ];
  if (result.schemes.enhanced) out.push({ key: 'enhanced', scheme: result.schemes.enhanced });
  return out;
}
