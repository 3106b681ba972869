/**
 * Reads an estimate file from text: checks its size, JSON, format name and version,
 * migrates older versions (migrate.ts), and validates it against the schema. Every
 * problem comes back in plain words that name the field, e.g.
 * `Minimum Scheme, line 3 (“HV joint”): quantity “-2” must be a number of zero or more, …`.
 */
import type { core } from 'zod/mini';
import { dedupeIds } from './dedupeIds';
import { bytesForCap, FILE_BYTES_TEXT, MAX_ESTIMATE_FILE_BYTES, megabytesText } from './limits';
import { migrateEstimateFile } from './migrate';
import { asEstimateFile, estimateFileSchema } from './schema';
import { ESTIMATE_FILE_FORMAT, ESTIMATE_FILE_VERSION, type EstimateFile } from './types';

// Larger files are refused before parsing (the caps live in limits.ts).
export { MAX_ESTIMATE_FILE_BYTES };

export interface EstimateFileError {
  /** Where the problem is, as a path into the file (empty for the whole file). */
  path: (string | number)[];
  message: string;
}

export type ParseEstimateFileResult =
  | {
      ok: true;
      file: EstimateFile;
      /** What the reader changed to make the file safe to open (repeated ids renamed), in plain words. */
      notes: string[];
    }
  | { ok: false; errors: EstimateFileError[] };

/** The highest VAT rate a file may give: a fraction of the charge, so 1 (100 %). */
export const MAX_VAT_RATE = 1;

const fail = (message: string, path: (string | number)[] = []): ParseEstimateFileResult => ({
  ok: false,
  errors: [{ path, message }],
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseEstimateFile(text: string): ParseEstimateFileResult {
  if (typeof text !== 'string') return fail('The estimate file could not be read as text.');
  const bytes = bytesForCap(text);
  if (bytes > MAX_ESTIMATE_FILE_BYTES) {
    return fail(
      `The file is ${megabytesText(bytes)}; an estimate file may be at most ${FILE_BYTES_TEXT}. Is this the right file?`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return fail(`The file is not valid JSON, so it cannot be an estimate file${detail}.`);
  }
  if (!isRecord(data)) {
    return fail('The file holds JSON, but not an estimate: an estimate file is a JSON object.');
  }
  if (data.format !== ESTIMATE_FILE_FORMAT) {
    const found =
      typeof data.format === 'string' ? `its format is “${data.format}”` : 'it names no format';
    return fail(
      `This is not a connection estimate file: ${found}, where “${ESTIMATE_FILE_FORMAT}” was expected.`,
      ['format'],
    );
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      `The estimate file's version “${String(version)}” is not a format version this app knows (it reads versions 1 to ${ESTIMATE_FILE_VERSION}).`,
      ['version'],
    );
  }
  if (version > ESTIMATE_FILE_VERSION) {
    return fail(
      `This estimate file was written by a newer version of the app (format version ${version}); this version reads up to version ${ESTIMATE_FILE_VERSION}. Please update the app to open it.`,
      ['version'],
    );
  }
  const migrated = migrateEstimateFile(data, version);
  if (!migrated.ok) return fail(migrated.message, ['version']);

  const result = estimateFileSchema.safeParse(migrated.file);
  if (result.success) {
    const file = asEstimateFile(result.data);
    // A VAT rate written as a number is bounded here; text that is not a number yet is the
    // engine's to report on the field. No editor field sets it, so a file over 1 ("20"
    // meaning 20 %) would silently charge 2,000 % VAT.
    const vat = file.inputs.vatRate;
    if (typeof vat === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(vat) && Number(vat) > MAX_VAT_RATE) {
      return fail(
        `Estimate: VAT rate “${vat}” must be a fraction of the charge of at most 1, such as 0.20 for 20 %.`,
        ['inputs', 'vatRate'],
      );
    }
    const { file: safe, notes } = dedupeIds(file);
    return { ok: true, file: safe, notes };
  }
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({
      path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
      message: describeIssue(issue, migrated.file),
    })),
  };
}

// ---------------------------------------------------------------------------
// Plain-words messages
// ---------------------------------------------------------------------------

/** Plain names of fields; anything not listed is spelt out from its camelCase key. */
const FIELD_NAMES: Record<string, string> = {
  format: 'format',
  version: 'version',
  id: 'id',
  reference: 'reference',
  title: 'title',
  status: 'status',
  createdAt: 'date created',
  updatedAt: 'date updated',
  statementId: 'charging statement',
  applicationDate: 'application date',
  ruleSetOverride: 'rule set',
  importCapacityKva: 'import capacity (kVA)',
  exportCapacityKva: 'export capacity (kVA)',
  exportCapacityKw: 'export capacity (kW)',
  pocVoltage: 'voltage at the Point of Connection',
  phases: 'number of phases',
  isTemporary: 'temporary connection',
  isSpeculative: 'speculative development',
  chargeableCapacityKva: 'existing Chargeable Capacity (kVA)',
  phaseNeutralKv: 'phase-neutral voltage (kV)',
  fuseA: 'fuse rating (A)',
  serviceRatingKva: 'service rating (kVA)',
  relatedIncreasesKva: 'related increases in the last three years (kVA)',
  existingServiceFuseA: 'existing service fuse (A)',
  wholeCurrentMetered: 'whole-current metered',
  generationAmpsPerPhase: 'generation per phase (A)',
  equipmentCompliant: 'equipment compliant',
  singleApplication: 'single application',
  description: 'description',
  statementItemId: 'statement item',
  quantity: 'quantity',
  unit: 'unit',
  unitPrice: 'price',
  amount: 'amount',
  low: 'low price',
  high: 'high price',
  expected: 'expected price',
  contestable: 'contestable',
  kind: 'kind',
  assetLevel: 'asset voltage level',
  isCircuitBreaker: 'circuit breaker',
  assets: 'what the line installs',
  perItem: 'amount in each item',
  charging: 'charging rule',
  rule: 'charging rule',
  rsnId: 'network section',
  exception: 'exception number',
  requestedBy: 'requested by',
  source: 'source',
  note: 'note',
  name: 'name',
  driver: 'driver',
  requiredCapacityKva: 'Required Capacity (kVA)',
  capacity: 'network capacity',
  method: 'method',
  ratingsKva: 'ratings (kVA)',
  secure: 'secure',
  newNetworkCapacityKva: 'New Network Capacity (kVA)',
  faultLevel: 'fault level',
  contributionMva: 'fault level contribution (MVA)',
  equipmentRatingMva: 'equipment fault rating (MVA)',
  localLimitMva: 'local network fault limit (MVA)',
  basis: 'basis',
  ratePerKva: 'rate (£/kVA)',
  kva: 'capacity (kVA)',
  firstConnectionDate: 'date first connected',
  citation: 'citation',
  enhancement: 'who asked for the Enhanced Scheme',
  omOverride: 'O&M override',
  rate: 'O&M rate',
  annualRate: 'annual O&M rate',
  lifeYears: 'asset life (years)',
  costOfCapital: 'cost of capital',
  vatRate: 'VAT rate',
  quoteType: 'quote type',
  connections: 'number of connections',
  premisesType: 'premises type',
  heating: 'heating',
  dateRequired: 'date required',
  present: 'present',
  notes: 'notes',
  icpDoesContestable: 'ICP does the Contestable Work',
  organisation: 'organisation',
  email: 'email',
  phone: 'phone',
  address: 'address',
  postcode: 'postcode',
  publishedTotal: 'published total',
  erratum: 'erratum',
  lines: 'lines',
  rsns: 'network sections',
  previousWorks: 'previous works',
  schemes: 'schemes',
  connection: 'connection',
  inputs: 'inputs',
  project: 'project details',
};

const SCHEME_NAMES: Record<string, string> = {
  minimum: 'Minimum Scheme',
  enhanced: 'Enhanced Scheme',
};

const SECTION_NAMES: Record<string, string> = {
  connection: 'Connection',
  increase: 'Connection, existing capacity',
  existing: 'existing capacity',
  smallPremises: 'Connection, small premises',
  applicant: 'Project, applicant',
  site: 'Project, site',
  disturbingEquipment: 'Project, disturbing equipment',
  project: 'Project',
  source: 'Worked-example source',
  omOverride: 'O&M override',
  enhancement: 'Enhanced Scheme request',
};

const fieldName = (key: string | number): string =>
  typeof key === 'number'
    ? `item ${key + 1}`
    : (FIELD_NAMES[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (!isRecord(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** A named item in a list: `line 3 (“HV joint”)`. */
function itemLabel(kind: string, index: number, item: unknown, nameKey: string): string {
  const name = isRecord(item) && typeof item[nameKey] === 'string' ? item[nameKey] : '';
  const shortName = name.length > 60 ? `${name.slice(0, 57)}…` : name;
  return shortName ? `${kind} ${index + 1} (“${shortName}”)` : `${kind} ${index + 1}`;
}

/**
 * Splits a path into where (a plain description of the thing) and which field, e.g.
 * inputs.schemes.minimum.lines.2.quantity → ["Minimum Scheme, line 3 (“HV joint”)", "quantity"].
 */
function locate(path: readonly PropertyKey[], data: unknown): { where: string; field: string } {
  const keys = path.map((k) => (typeof k === 'number' ? k : String(k)));
  const schemesAt = keys.indexOf('schemes');
  if (schemesAt >= 0 && keys.length > schemesAt + 1) {
    const schemeKey = String(keys[schemesAt + 1]);
    const schemeName = SCHEME_NAMES[schemeKey] ?? `Scheme “${schemeKey}”`;
    const listKey = keys[schemesAt + 2];
    const index = keys[schemesAt + 3];
    const lists: Record<string, [string, string]> = {
      lines: ['line', 'description'],
      rsns: ['network section', 'name'],
      previousWorks: ['previous works item', 'description'],
    };
    const list = typeof listKey === 'string' ? lists[listKey] : undefined;
    if (list && typeof index === 'number') {
      const item = valueAt(data, path.slice(0, schemesAt + 4));
      const rest = keys.slice(schemesAt + 4);
      return {
        where: `${schemeName}, ${itemLabel(list[0], index, item, list[1])}`,
        field: fieldOf(rest),
      };
    }
    return { where: schemeName, field: fieldOf(keys.slice(schemesAt + 2)) };
  }
  // The innermost named section that the path passes through.
  for (let i = keys.length - 2; i >= 0; i -= 1) {
    const section = SECTION_NAMES[String(keys[i])];
    if (section) return { where: section, field: fieldOf(keys.slice(i + 1)) };
  }
  if (keys[0] === 'inputs' && keys.length > 1)
    return { where: 'Estimate', field: fieldOf(keys.slice(1)) };
  return { where: 'Estimate file', field: fieldOf(keys) };
}

/** The last meaningful key names the field; list positions become "rating 2" and the like. */
function fieldOf(rest: (string | number)[]): string {
  if (rest.length === 0) return '';
  const last = rest[rest.length - 1]!;
  if (typeof last === 'number' && rest.length >= 2) {
    const parent = fieldName(rest[rest.length - 2]!);
    return `${parent}, item ${last + 1}`;
  }
  // "kind" alone is ambiguous on a line (the line's kind or its price's kind).
  if ((last === 'kind' || last === 'method') && rest.length >= 2) {
    return `${fieldName(rest[rest.length - 2]!)} ${fieldName(last)}`;
  }
  return fieldName(last);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty',
};

function showValue(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > 40 ? `“${value.slice(0, 37)}…”` : `“${value}”`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `“${String(value)}”`;
  return '';
}

/** Whether the field wants a number: a number type, or a choice of numbers (phases). */
function wantsNumber(issue: core.$ZodIssue): boolean {
  if (issue.code === 'invalid_type') return issue.expected === 'number' || issue.expected === 'int';
  return issue.code === 'invalid_union' && /^must be \d/.test(issue.message);
}

function describeIssue(issue: core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  const { where, field } = locate(issue.path, data);
  const subject = [field, showValue(value)].filter(Boolean).join(' ');
  let problem: string;
  if (value === undefined) return `${where}: ${field ? `${field} ` : ''}is missing`;
  switch (issue.code) {
    case 'invalid_type':
      problem =
        value === undefined
          ? 'is missing'
          : `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      break;
    case 'invalid_value':
      problem = `must be one of: ${issue.values.map((v) => `“${String(v)}”`).join(', ')}`;
      break;
    case 'invalid_union':
      if (value === undefined) problem = 'is missing';
      else if (issue.discriminator && 'options' in issue && issue.options) {
        problem = `must be one of: ${issue.options.map((o) => `“${String(o)}”`).join(', ')}`;
      } else if (!issue.message.startsWith('Invalid')) problem = issue.message;
      else problem = 'is not in a form this app recognises';
      break;
    default:
      problem = issue.message;
  }
  // A number written in quotes ("3") reads to a person as the number it shows: say that it
  // is text, or "“3” must be 1, 2 or 3" makes no sense.
  if (typeof value === 'string' && wantsNumber(issue) && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
    const rule =
      issue.code === 'invalid_union'
        ? `the number ${problem.replace(/^must be /, '')}`
        : 'a number';
    const fix = `${field ? `${field} ` : ''}is the text “${value}”, not the number ${value.trim()}: it must be ${rule}`;
    return where ? `${where}: ${fix}` : fix;
  }
  const what = subject ? `${subject} ${problem}` : problem;
  return where ? `${where}: ${what}` : what;
}
