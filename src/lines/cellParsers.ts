/**
 * Reading what a user typed (or pasted from a spreadsheet) into a cost-line cell. Each
 * parser either returns the change to make or a plain-words message; nothing invalid is
 * ever turned silently into zero.
 */
import type {
  AssetLevel,
  Charging,
  CostLineInput,
  LineKind,
  PriceInput,
  RsnInput,
  RuleCitationKey,
} from '../engine/types';
import { ASSET_LEVELS } from '../engine/types';
import { ASSET_LEVEL_NAMES } from '../engine/assetLevelNames';
import {
  capitalise,
  compareDecimal,
  parseTypedNumber,
  type ParseResult,
} from '../format/typedNumber';

export type { ParseResult };

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail = <T>(message: string): ParseResult<T> => ({ ok: false, message });

/**
 * A unit price: a single figure ("1200"), a statement-style range ("1000–1500",
 * "1000 - 1500", "1000 to 1500") or "POA" (price on application, 001 §7).
 */
export function parsePrice(text: string): ParseResult<PriceInput> {
  const t = text.trim();
  if (t === '') return fail('Enter a unit price, a range such as 1000–1500, or POA.');
  if (/^p\.?o\.?a\.?$/i.test(t) || /^price on application$/i.test(t)) return ok({ kind: 'poa' });
  const parts = t.split(/\s*(?:–|—|\bto\b|(?<=\d)\s*-\s*(?=[£\d.]))\s*/i).filter((p) => p !== '');
  if (parts.length === 2) {
    const low = parseTypedNumber(parts[0]!, 'a low price');
    if (!low.ok) return low;
    const high = parseTypedNumber(parts[1]!, 'a high price');
    if (!high.ok) return high;
    if (compareDecimal(low.value, high.value) > 0) {
      return fail('The low price is above the high price: write the range low–high.');
    }
    return ok({ kind: 'range', low: low.value, high: high.value });
  }
  if (parts.length > 2) return fail(`“${t}” is not a price or a range.`);
  const fixed = parseTypedNumber(t, 'a unit price');
  if (!fixed.ok) return fixed;
  return ok({ kind: 'fixed', amount: fixed.value });
}

export function formatPrice(price: PriceInput): string {
  switch (price.kind) {
    case 'poa':
      return 'POA';
    case 'fixed':
      return price.amount;
    case 'range':
      return `${price.low}–${price.high}`;
  }
}

export function parseYesNo(text: string, what: string): ParseResult<boolean> {
  const t = text.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'contestable', 'c'].includes(t)) return ok(true);
  if (['no', 'n', 'false', '0', 'non-contestable', 'non contestable', 'nc'].includes(t)) {
    return ok(false);
  }
  return fail(`${capitalise(what)}: enter Yes or No.`);
}

export interface Option<T> {
  value: T;
  label: string;
}

export const KIND_OPTIONS: Option<LineKind>[] = [
  { value: 'extension', label: 'Extension' },
  { value: 'reinforcement', label: 'Reinforcement' },
  { value: 'fee', label: 'Fee' },
  { value: 'land-rights', label: 'Land rights' },
  { value: 'pass-through', label: 'Pass-through' },
];

/** 001 §4.36 table rows. */
export const ASSET_LEVEL_OPTIONS: Option<AssetLevel | null>[] = [
  { value: null, label: '—' },
  ...ASSET_LEVELS.map((value) => ({ value, label: ASSET_LEVEL_NAMES[value] })),
];

const rsnName = (r: RsnInput): string => r.name || r.id;

/** The rule paragraphs of the chosen statement (its `rules.citations`), by rule key. */
export type RuleCitationsByKey = Partial<Record<RuleCitationKey, string>> | null | undefined;

/** The fixed ways of charging, each with the rule whose paragraph the chosen statement gives. */
const CHARGING_RULES: { value: string; label: string; rule: RuleCitationKey }[] = [
  { value: 'exception:1', label: 'Exception 1 – interconnection', rule: 'exception1' },
  { value: 'exception:2', label: 'Exception 2 – beyond minimum at request', rule: 'exception2' },
  { value: 'exception:3', label: 'Exception 3 – temporary', rule: 'exception3' },
  { value: 'exception:4', label: 'Exception 4 – higher-rated switchgear', rule: 'exception4' },
  { value: 'exception:5', label: 'Exception 5 – extra length in development', rule: 'exception5' },
  {
    value: 'beyond:customer',
    label: 'Beyond minimum – customer asked',
    rule: 'beyondMinimumCustomer',
  },
  {
    value: 'beyond:operator',
    label: 'Beyond minimum – operator asked',
    rule: 'beyondMinimumOperator',
  },
  { value: 'reconfiguration', label: 'Reconfiguration', rule: 'reconfiguration' },
  { value: 'switchgear', label: 'Switchgear replacement', rule: 'switchgearReplacement' },
  {
    value: 'pass:upstream',
    label: 'Pass-through – upstream operator',
    rule: 'passThroughUpstream',
  },
  {
    value: 'pass:transmission',
    label: 'Pass-through – transmission',
    rule: 'passThroughTransmission',
  },
  { value: 'alteration', label: 'Alteration', rule: 'alteration' },
];

/** "Reconfiguration (002 §2.1)": the label with the chosen statement's paragraph, if any. */
const cited = (label: string, citation: string | undefined): string =>
  citation ? `${label} (${citation})` : label;

/**
 * How a line is charged, as one pick-list value; apportioned lines name their RSN, and an
 * asset worked out for both drivers (002 Sch 4 §4.1 Ex 5) names the other driver's too. Each
 * rule names the chosen statement's paragraph (001 §4.22 under 001, 002 §2.2 under 002).
 */
export function chargingOptions(
  rsns: readonly RsnInput[],
  citations?: RuleCitationsByKey,
): Option<string>[] {
  const bothDrivers = rsns.flatMap((r) =>
    rsns
      .filter((other) => other.driver !== r.driver)
      .map((other) => ({
        value: `rsn:${r.id}+${other.id}`,
        label: `CAF: ${rsnName(r)}, with ${rsnName(other)} (both drivers)`,
      })),
  );
  return [
    { value: 'full', label: cited('In full – extension', citations?.extension) },
    ...rsns.map((r) => ({ value: `rsn:${r.id}`, label: `CAF: ${rsnName(r)}` })),
    ...bothDrivers,
    ...CHARGING_RULES.map((o) => ({ value: o.value, label: cited(o.label, citations?.[o.rule]) })),
  ];
}

export function chargingToValue(c: Charging): string {
  switch (c.rule) {
    case 'full':
      return 'full';
    case 'apportioned':
      return c.otherDriverRsnId ? `rsn:${c.rsnId}+${c.otherDriverRsnId}` : `rsn:${c.rsnId}`;
    case 'exception':
      return `exception:${c.exception}`;
    case 'beyond-minimum':
      return `beyond:${c.requestedBy}`;
    case 'reconfiguration':
      return 'reconfiguration';
    case 'switchgear-replacement':
      return 'switchgear';
    case 'pass-through':
      return `pass:${c.source}`;
    case 'alteration':
      return 'alteration';
  }
}

export function chargingFromValue(value: string, rsns: readonly RsnInput[]): Charging | null {
  if (value === 'full') return { rule: 'full' };
  if (value.startsWith('rsn:')) {
    const rest = value.slice(4);
    // An id may itself hold "+" (ids from files are free text): a whole id wins.
    const pair = rsns.some((r) => r.id === rest) ? null : rest.split('+');
    return pair && pair.length === 2
      ? { rule: 'apportioned', rsnId: pair[0]!, otherDriverRsnId: pair[1]! }
      : { rule: 'apportioned', rsnId: rest };
  }
  const ex = /^exception:([1-5])$/.exec(value);
  if (ex) return { rule: 'exception', exception: Number(ex[1]) as 1 | 2 | 3 | 4 | 5 };
  if (value === 'beyond:customer') return { rule: 'beyond-minimum', requestedBy: 'customer' };
  if (value === 'beyond:operator') return { rule: 'beyond-minimum', requestedBy: 'operator' };
  if (value === 'reconfiguration') return { rule: 'reconfiguration' };
  if (value === 'switchgear') return { rule: 'switchgear-replacement' };
  if (value === 'pass:upstream') return { rule: 'pass-through', source: 'upstream' };
  if (value === 'pass:transmission') return { rule: 'pass-through', source: 'transmission' };
  if (value === 'alteration') return { rule: 'alteration' };
  return null;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}

/** Match typed or pasted text to an option by its value, its label, or the label's start. */
export function matchOption<T>(
  options: readonly Option<T>[],
  text: string,
  what: string,
): ParseResult<T> {
  const t = normalise(text);
  const exact = options.find(
    (o) => normalise(String(o.value ?? '')) === t || normalise(o.label) === t,
  );
  if (exact) return ok(exact.value);
  if (t !== '') {
    const prefix = options.filter((o) => normalise(o.label).startsWith(t));
    if (prefix.length === 1) return ok(prefix[0]!.value);
  }
  const list = options.map((o) => o.label).join(', ');
  return fail(`“${text.trim()}” is not a ${what}. Choose one of: ${list}.`);
}

export function parseCharging(
  text: string,
  rsns: readonly RsnInput[],
  citations?: RuleCitationsByKey,
): ParseResult<Charging> {
  const t = normalise(text);
  // Accept an RSN by its bare name too ("RSN A"), as a pasted sheet may hold.
  const byName = rsns.find((r) => normalise(r.name) === t || normalise(r.id) === t);
  if (byName) return ok({ rule: 'apportioned', rsnId: byName.id });
  // A label pasted with any statement's paragraph ("Exception 3 – temporary (§4.24)") reads
  // as the label alone, which starts the chosen statement's label.
  const bare = text.replace(/\s*\([^()]*§[^()]*\)\s*$/, '');
  const m = matchOption(chargingOptions(rsns, citations), bare, 'way of charging');
  if (!m.ok) return m;
  const c = chargingFromValue(m.value, rsns);
  return c ? ok(c) : fail(`“${text.trim()}” is not a way of charging.`);
}

export type LinePatch = Partial<CostLineInput>;
