import { EngineInputError, parseDecimal } from './decimal';
import { isIsoDate } from './eccrPeriod';
import { keptMap, RecentStates } from './lineDiff';
import { lineRecord } from './lineRecord';
import { newFaultLevelCapacity } from './newFaultLevelCapacity';
import { newNetworkCapacity } from './newNetworkCapacity';
import { omFactor } from './capitalisedOm';
import { requiredCapacity } from './requiredCapacity';
import { ruleSetsFor } from './rule-sets';
import { POC_VOLTAGES } from './types';
import type {
  CostLineInput,
  EstimateInput,
  OmParameters,
  RuleParameters,
  SchemeInput,
  ValidationIssue,
} from './types';

type Path = (string | number)[];
interface LocalIssue {
  code: string;
  path: Path;
  message: string;
}

const isBlank = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Checks a number written as a string; pushes an issue and returns false when it is unusable. */
function checkNumber(
  issues: LocalIssue[],
  value: unknown,
  path: Path,
  label: string,
  options: { positive?: boolean; optional?: boolean } = {},
): boolean {
  if (isBlank(value)) {
    if (options.optional) return true;
    issues.push({ code: 'number.missing', path, message: `${label} is missing.` });
    return false;
  }
  const d = parseDecimal(value);
  if (d === null) {
    issues.push({
      code: 'number.unparsable',
      path,
      message: `${label} must be a plain number such as 1250 or 7.5 (no commas, units or symbols); "${String(value)}" is not.`,
    });
    return false;
  }
  if (d.isNegative()) {
    issues.push({ code: 'number.negative', path, message: `${label} cannot be negative.` });
    return false;
  }
  if (options.positive && d.isZero()) {
    issues.push({ code: 'number.zero', path, message: `${label} must be more than zero.` });
    return false;
  }
  return true;
}

/** A VAT rate is a fraction of the charge (0.20 for 20 %), never more than 1. */
function checkVatRate(issues: LocalIssue[], value: unknown, path: Path): void {
  if (!checkNumber(issues, value, path, 'The VAT rate', { optional: true })) return;
  const d = parseDecimal(value);
  if (d && d.greaterThan(1)) {
    issues.push({
      code: 'vatRate.notFraction',
      path,
      message: `Give the VAT rate as a fraction of the charge, such as 0.20 for 20 %; "${String(value)}" would be ${d.times(100).toString()} %.`,
    });
  }
}

function intrinsicLineIssues(line: CostLineInput): LocalIssue[] {
  const record = lineRecord(line);
  if (record.issues) return record.issues;
  const issues: LocalIssue[] = [];
  const name = line.description?.trim() ? `"${line.description.trim()}"` : 'this line';
  if (isBlank(line.id))
    issues.push({ code: 'line.id.missing', path: ['id'], message: `The line ${name} has no id.` });
  checkNumber(issues, line.quantity, ['quantity'], `The quantity of ${name}`);
  const price = line.unitPrice;
  if (!price || typeof price !== 'object') {
    issues.push({
      code: 'line.price.missing',
      path: ['unitPrice'],
      message: `The line ${name} has no price.`,
    });
  } else if (price.kind === 'fixed') {
    checkNumber(issues, price.amount, ['unitPrice', 'amount'], `The price of ${name}`);
  } else if (price.kind === 'range') {
    const okLow = checkNumber(
      issues,
      price.low,
      ['unitPrice', 'low'],
      `The lowest price of ${name}`,
    );
    const okHigh = checkNumber(
      issues,
      price.high,
      ['unitPrice', 'high'],
      `The highest price of ${name}`,
    );
    const okExp = checkNumber(
      issues,
      price.expected,
      ['unitPrice', 'expected'],
      `The expected price of ${name}`,
      {
        optional: true,
      },
    );
    if (okLow && okHigh) {
      const low = parseDecimal(price.low)!;
      const high = parseDecimal(price.high)!;
      if (low.greaterThan(high)) {
        issues.push({
          code: 'line.price.rangeInverted',
          path: ['unitPrice'],
          message: `The lowest price of ${name} is more than its highest price.`,
        });
      } else if (okExp && !isBlank(price.expected)) {
        const exp = parseDecimal(price.expected)!;
        if (exp.lessThan(low) || exp.greaterThan(high)) {
          issues.push({
            code: 'line.price.expectedOutsideRange',
            path: ['unitPrice', 'expected'],
            message: `The expected price of ${name} must lie between its lowest and highest prices.`,
          });
        }
      }
    }
  } else if (price.kind !== 'poa') {
    issues.push({
      code: 'line.price.kind',
      path: ['unitPrice', 'kind'],
      message: `The price of ${name} is of an unknown kind.`,
    });
  }
  if (line.kind === 'reinforcement' && isBlank(line.assetLevel)) {
    issues.push({
      code: 'line.assetLevel.missing',
      path: ['assetLevel'],
      message: `Say at which voltage level the reinforcement ${name} is (e.g. HV network): the one-voltage rule depends on it.`,
    });
  }
  const charging = line.charging;
  if (!charging || typeof charging !== 'object') {
    issues.push({
      code: 'line.charging.missing',
      path: ['charging'],
      message: `Say how ${name} is charged.`,
    });
  } else if (charging.rule === 'apportioned' && line.kind !== 'reinforcement') {
    issues.push({
      code: 'line.charging.apportionedNotReinforcement',
      path: ['charging'],
      message: `Only reinforcement is shared by a CAF; ${name} is not marked as reinforcement.`,
    });
  }
  record.issues = issues;
  return issues;
}

function checkOm(issues: LocalIssue[], om: OmParameters, path: Path): void {
  try {
    omFactor(om);
  } catch (e) {
    if (!(e instanceof EngineInputError)) throw e;
    issues.push({ code: e.code, path, message: e.message });
  }
}

/** What a line's own checks depend on besides the line: its scheme's sections and words. */
interface LineScope {
  base: Path;
  label: string;
  rsnIds: ReadonlySet<string>;
  drivers: ReadonlyMap<string, string>;
}

/**
 * The issues of line i that do not depend on the other lines (all but a duplicate id, which
 * `afterOwn` may add in its place: after the line's own checks, before its sections').
 */
function lineIssues(
  issues: LocalIssue[],
  line: CostLineInput,
  i: number,
  scope: LineScope,
  afterOwn?: () => void,
): void {
  const { base, label, rsnIds, drivers } = scope;
  // Paths are built only when there is an issue: this runs for every line of a fresh list.
  for (const issue of intrinsicLineIssues(line)) {
    issues.push({ ...issue, path: [...base, 'lines', i, ...issue.path] });
  }
  afterOwn?.();
  if (line.charging?.rule === 'apportioned' && !rsnIds.has(line.charging.rsnId)) {
    issues.push({
      code: 'line.rsn.missing',
      path: [...base, 'lines', i, 'charging', 'rsnId'],
      message: `The line "${line.description}" is shared by the CAF of network section "${line.charging.rsnId}", which is not in the ${label}.`,
    });
  }
  const other = line.charging?.rule === 'apportioned' ? line.charging.otherDriverRsnId : null;
  if (other) {
    const ch = line.charging as { rsnId: string };
    const otherPath = [...base, 'lines', i, 'charging', 'otherDriverRsnId'];
    if (!rsnIds.has(other)) {
      issues.push({
        code: 'line.rsn.missing',
        path: otherPath,
        message: `The line "${line.description}" names network section "${other}" for its other driver, which is not in the ${label}.`,
      });
    } else if (drivers.get(other) === drivers.get(ch.rsnId)) {
      issues.push({
        code: 'line.rsn.sameDriver',
        path: otherPath,
        message: `The line "${line.description}" names two sections with the same driver; the second must be the other driver's (one security, one fault level).`,
      });
    }
  }
  if (
    !isBlank(line.voltage) &&
    !(POC_VOLTAGES as readonly string[]).includes(String(line.voltage))
  ) {
    issues.push({
      code: 'line.voltage.unknown',
      path: [...base, 'lines', i, 'voltage'],
      message: `Give the line's voltage as LV, HV, EHV or 132kV; "${String(line.voltage)}" is not one of them.`,
    });
  }
  if (
    line.isCircuitBreaker &&
    !isBlank(line.circuitBreakerVoltage) &&
    !(POC_VOLTAGES as readonly string[]).includes(String(line.circuitBreakerVoltage))
  ) {
    issues.push({
      code: 'line.circuitBreakerVoltage.unknown',
      path: [...base, 'lines', i, 'circuitBreakerVoltage'],
      message: `Give the circuit breaker's voltage as LV, HV, EHV or 132kV; "${String(line.circuitBreakerVoltage)}" is not one of them.`,
    });
  }
}

/**
 * The lines' checks, kept for the last few lists (see lineDiff): after an edit to a few lines
 * only those are checked again, and the id counts tell whether two lines share an id.
 */
interface LinesCheck {
  signature: string;
  lines: CostLineInput[];
  /** How many issues each line has on its own. */
  perLine: number[];
  linesWithIssues: number;
  /** How many lines carry each id, and how many ids are carried by more than one. */
  ids: Map<string, number>;
  sharedIds: number;
}

const recentChecks = new RecentStates<LinesCheck>(8);

function countId(check: LinesCheck, id: string, by: 1 | -1): void {
  const before = check.ids.get(id) ?? 0;
  const after = before + by;
  if (after === 0) check.ids.delete(id);
  else check.ids.set(id, after);
  if (before < 2 && after >= 2) check.sharedIds += 1;
  if (before >= 2 && after < 2) check.sharedIds -= 1;
}

function checkLines(
  issues: LocalIssue[],
  lines: readonly CostLineInput[],
  base: Path,
  label: string,
  rsnIds: ReadonlySet<string>,
  drivers: ReadonlyMap<string, string>,
): void {
  const scope: LineScope = { base, label, rsnIds, drivers };
  const signature = JSON.stringify([base, label, [...rsnIds], [...drivers]]);
  const found = recentChecks.find(signature, lines);
  const scratch: LocalIssue[] = [];
  let check: LinesCheck;
  if (found) {
    check = found.state;
    for (const i of found.changed) {
      const before = check.lines[i]!;
      const line = lines[i]!;
      countId(check, before.id, -1);
      countId(check, line.id, 1);
      scratch.length = 0;
      lineIssues(scratch, line, i, scope);
      check.linesWithIssues += Number(scratch.length > 0) - Number(check.perLine[i]! > 0);
      check.perLine[i] = scratch.length;
      check.lines[i] = line;
    }
  } else {
    check = {
      signature,
      lines: lines.slice(),
      perLine: new Array<number>(lines.length),
      linesWithIssues: 0,
      ids: new Map(),
      sharedIds: 0,
    };
    lines.forEach((line, i) => {
      countId(check, line.id, 1);
      scratch.length = 0;
      lineIssues(scratch, line, i, scope);
      check.perLine[i] = scratch.length;
      if (scratch.length > 0) check.linesWithIssues += 1;
    });
  }
  recentChecks.keep(check, found?.state ?? null);
  if (check.linesWithIssues === 0 && check.sharedIds === 0) return;
  // Something to report: the issues in line order, each duplicate id at its second line.
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    lineIssues(issues, line, i, scope, () => {
      if (seen.has(line.id)) {
        issues.push({
          code: 'line.id.duplicate',
          path: [...base, 'lines', i, 'id'],
          message: `Two lines in the ${label} share the id "${line.id}"; each line needs its own.`,
        });
      }
      seen.add(line.id);
    });
  });
}

/** What a scheme's network sections and previous-works payments give its validation. */
interface SchemeItemsCheck {
  rsnIssues: LocalIssue[];
  workIssues: LocalIssue[];
  rsnIds: ReadonlySet<string>;
  drivers: ReadonlyMap<string, string>;
}

/** The last few checks of sections and payments, by their contents: an edit to a line leaves them as they were. */
const recentItemChecks = keptMap<string, SchemeItemsCheck>();

/**
 * JSON that tells apart what JSON alone would not (undefined, NaN, a bigint, a function, a
 * Date beside its string), so two inputs with one key always validate alike.
 */
const exactKey = (value: unknown): string =>
  JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    if (raw !== v) return `\u0000${Object.prototype.toString.call(raw)}:${JSON.stringify(v)}`;
    return v === undefined ||
      typeof v === 'bigint' ||
      typeof v === 'function' ||
      typeof v === 'symbol' ||
      (typeof v === 'number' && !Number.isFinite(v))
      ? `\u0000${typeof v}:${String(v)}`
      : v;
  });

function validateScheme(
  issues: LocalIssue[],
  scheme: SchemeInput,
  key: 'minimum' | 'enhanced',
): void {
  const base: Path = ['schemes', key];
  const label = key === 'minimum' ? 'Minimum Scheme' : 'Enhanced Scheme';
  const itemsKey = exactKey([key, scheme.rsns, scheme.previousWorks]);
  let items = recentItemChecks.get(itemsKey);
  if (!items) {
    items = checkSchemeItems(scheme, base, label);
    if (recentItemChecks.size >= 8) recentItemChecks.clear();
    recentItemChecks.set(itemsKey, items);
  }
  // Copies: a caller may change the issues it is given.
  issues.push(...structuredClone(items.rsnIssues));
  checkLines(issues, scheme.lines, base, label, items.rsnIds, items.drivers);
  issues.push(...structuredClone(items.workIssues));
}

function checkSchemeItems(scheme: SchemeInput, base: Path, label: string): SchemeItemsCheck {
  const issues: LocalIssue[] = [];
  const rsnIds = new Set<string>();
  const drivers = new Map(scheme.rsns.map((r) => [r.id, r.driver]));
  scheme.rsns.forEach((rsn, i) => {
    const p: Path = [...base, 'rsns', i];
    const name = rsn.name?.trim() ? `"${rsn.name.trim()}"` : `number ${i + 1}`;
    if (rsnIds.has(rsn.id)) {
      issues.push({
        code: 'rsn.id.duplicate',
        path: [...p, 'id'],
        message: `Two network sections in the ${label} share the id "${rsn.id}".`,
      });
    }
    rsnIds.add(rsn.id);
    checkNumber(
      issues,
      rsn.requiredCapacityKva,
      [...p, 'requiredCapacityKva'],
      `The Required Capacity of network section ${name}`,
      {
        optional: true,
      },
    );
    if (rsn.driver === 'security') {
      const cap = rsn.capacity;
      if (!cap) {
        issues.push({
          code: 'rsn.capacity.missing',
          path: [...p, 'capacity'],
          message: `Network section ${name} is driven by security, so it needs its New Network Capacity (or the ratings of its feeders or transformers).`,
        });
      } else if (cap.method === 'direct') {
        checkNumber(
          issues,
          cap.newNetworkCapacityKva,
          [...p, 'capacity', 'newNetworkCapacityKva'],
          `The New Network Capacity of network section ${name}`,
          {
            positive: true,
          },
        );
      } else {
        const ok = cap.ratingsKva.every((r, j) =>
          checkNumber(
            issues,
            r,
            [...p, 'capacity', 'ratingsKva', j],
            `Rating ${j + 1} of network section ${name}`,
            { positive: true },
          ),
        );
        if (ok || cap.ratingsKva.length > 3) {
          try {
            newNetworkCapacity(cap.ratingsKva, cap.secure);
          } catch (e) {
            if (!(e instanceof EngineInputError)) throw e;
            issues.push({
              code: e.code,
              path: [...p, 'capacity', 'ratingsKva'],
              message: `Network section ${name}: ${e.message}`,
            });
          }
        }
      }
    } else if (rsn.driver === 'fault-level') {
      const fl = rsn.faultLevel;
      if (!fl) {
        issues.push({
          code: 'rsn.faultLevel.missing',
          path: [...p, 'faultLevel'],
          message: `Network section ${name} is driven by fault level, so it needs the fault level contribution and the new equipment's fault level rating.`,
        });
      } else {
        const ok1 = checkNumber(
          issues,
          fl.contributionMva,
          [...p, 'faultLevel', 'contributionMva'],
          `The fault level contribution of network section ${name}`,
        );
        const ok2 = checkNumber(
          issues,
          fl.equipmentRatingMva,
          [...p, 'faultLevel', 'equipmentRatingMva'],
          `The equipment fault level rating of network section ${name}`,
          {
            positive: true,
          },
        );
        const ok3 = checkNumber(
          issues,
          fl.localLimitMva,
          [...p, 'faultLevel', 'localLimitMva'],
          `The local fault level limit of network section ${name}`,
          {
            optional: true,
            positive: true,
          },
        );
        if (ok1 && ok2 && ok3) newFaultLevelCapacity(fl.equipmentRatingMva, fl.localLimitMva);
      }
    } else {
      issues.push({
        code: 'rsn.driver.unknown',
        path: [...p, 'driver'],
        message: `Say whether network section ${name} is driven by security or by fault level.`,
      });
    }
  });

  const rsnIssues = issues.splice(0);
  const workIds = new Set<string>();
  scheme.previousWorks.forEach((w, i) => {
    const p: Path = [...base, 'previousWorks', i];
    if (workIds.has(w.id)) {
      issues.push({
        code: 'previousWork.id.duplicate',
        path: [...p, 'id'],
        message: `Two previous-works payments in the ${label} share the id "${w.id}".`,
      });
    }
    workIds.add(w.id);
    if (!isIsoDate(w.firstConnectionDate)) {
      issues.push({
        code: 'previousWork.date.invalid',
        path: [...p, 'firstConnectionDate'],
        message: `Give the date the earlier connection was first provided as YYYY-MM-DD; "${String(w.firstConnectionDate)}" is not a date.`,
      });
    }
    if (w.basis.kind === 'per-kva') {
      checkNumber(
        issues,
        w.basis.ratePerKva,
        [...p, 'basis', 'ratePerKva'],
        'The previous-works rate per kVA',
      );
      checkNumber(issues, w.basis.kva, [...p, 'basis', 'kva'], 'The previous-works capacity', {
        optional: true,
      });
    } else {
      checkNumber(issues, w.basis.amount, [...p, 'basis', 'amount'], 'The previous-works amount');
    }
  });
  return { rsnIssues, workIssues: issues, rsnIds, drivers };
}

/**
 * Every impossible input, each with a stable code, a path into the input and plain words.
 * An empty list means computeEstimate can run without meeting NaN, Infinity or a silent zero.
 */
export function validateEstimate(input: EstimateInput, rules: RuleParameters): ValidationIssue[] {
  const issues: LocalIssue[] = [];
  if (!isIsoDate(input.applicationDate)) {
    issues.push({
      code: 'applicationDate.invalid',
      path: ['applicationDate'],
      message: `Give the application date as YYYY-MM-DD; "${String(input.applicationDate)}" is not a date.`,
    });
  }
  const chosen = input.ruleSetOverride ? ruleSetsFor(rules)[input.ruleSetOverride] : null;
  const unavailable = !input.ruleSetOverride
    ? null
    : chosen
      ? chosen.unavailableReason(rules)
      : `"${String(input.ruleSetOverride)}" is not a rule set this app knows.`;
  if (unavailable) {
    issues.push({
      code: 'ruleSet.accessScrUnavailable',
      path: ['ruleSetOverride'],
      message: unavailable,
    });
  }
  const c = input.connection;
  const cp: Path = ['connection'];
  if (!['demand', 'generation', 'storage'].includes(c.type)) {
    issues.push({
      code: 'connection.type.unknown',
      path: [...cp, 'type'],
      message: 'Say whether the connection is demand, generation or storage.',
    });
  }
  // A demand connection's import, and a generation or storage connection's export, is its
  // Required Capacity: zero cannot be right (it would make every threshold zero).
  const okImport = checkNumber(
    issues,
    c.importCapacityKva,
    [...cp, 'importCapacityKva'],
    c.type === 'demand' ? 'The import capacity of a demand connection' : 'The import capacity',
    { positive: c.type === 'demand' },
  );
  let okExport = true;
  if (c.type !== 'demand') {
    if (isBlank(c.exportCapacityKva)) {
      okExport = false;
      issues.push({
        code: 'connection.exportCapacity.missing',
        path: [...cp, 'exportCapacityKva'],
        message: `A ${c.type} connection needs its export capacity in kVA: it is the Required Capacity.`,
      });
    } else {
      okExport = checkNumber(
        issues,
        c.exportCapacityKva,
        [...cp, 'exportCapacityKva'],
        `The export capacity of a ${c.type} connection`,
        { positive: true },
      );
    }
  } else {
    checkNumber(issues, c.exportCapacityKva, [...cp, 'exportCapacityKva'], 'The export capacity', {
      optional: true,
    });
  }
  checkNumber(
    issues,
    c.exportCapacityKw,
    [...cp, 'exportCapacityKw'],
    'The export capacity in kW (it sets the £/kW high-cost threshold)',
    { optional: true, positive: true },
  );
  if (c.increase) {
    const e = c.increase.existing;
    const ep: Path = [...cp, 'increase', 'existing'];
    const okExisting = [
      checkNumber(
        issues,
        e.chargeableCapacityKva,
        [...ep, 'chargeableCapacityKva'],
        'The Chargeable Capacity',
        { optional: true },
      ),
      checkNumber(
        issues,
        e.phaseNeutralKv,
        [...ep, 'phaseNeutralKv'],
        'The phase-neutral voltage',
        { optional: true },
      ),
      checkNumber(issues, e.fuseA, [...ep, 'fuseA'], 'The fuse rating', { optional: true }),
      checkNumber(issues, e.serviceRatingKva, [...ep, 'serviceRatingKva'], 'The service rating', {
        optional: true,
      }),
      checkNumber(
        issues,
        c.increase.relatedIncreasesKva,
        [...cp, 'increase', 'relatedIncreasesKva'],
        'Related increases',
        {
          optional: true,
        },
      ),
    ].every(Boolean);
    if (okExisting && okImport && okExport) {
      try {
        requiredCapacity(c, rules.citations);
      } catch (err) {
        if (!(err instanceof EngineInputError)) throw err;
        issues.push({ code: err.code, path: [...cp, 'increase'], message: err.message });
      }
    }
  }
  if (c.smallPremises) {
    const sp: Path = [...cp, 'smallPremises'];
    checkNumber(
      issues,
      c.smallPremises.existingServiceFuseA,
      [...sp, 'existingServiceFuseA'],
      'The existing service fuse rating',
    );
    checkNumber(
      issues,
      c.smallPremises.generationAmpsPerPhase,
      [...sp, 'generationAmpsPerPhase'],
      'The generation output per phase',
    );
  }
  if (input.omOverride) checkOm(issues, input.omOverride, ['omOverride']);
  checkOm(issues, rules.om, ['rules', 'om']);
  checkVatRate(issues, input.vatRate, ['vatRate']);
  checkVatRate(issues, rules.vatRate, ['rules', 'vatRate']);

  validateScheme(issues, input.schemes.minimum, 'minimum');
  if (input.schemes.enhanced) {
    validateScheme(issues, input.schemes.enhanced, 'enhanced');
    if (!input.enhancement?.requestedBy) {
      issues.push({
        code: 'enhancement.requestedBy.missing',
        path: ['enhancement', 'requestedBy'],
        message:
          'Say who asked for the Enhanced Scheme (you or the network operator): the charge depends on it.',
      });
    }
  }
  return issues;
}
