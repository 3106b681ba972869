/**
 * Reading a number a person typed: into a form, a grid cell, a pasted sheet, the what-if or
 * the Quick estimate. One reading everywhere, so "1,000" is 1,000 on every screen:
 * thousands commas, spaces and "£" are what people and spreadsheets add to figures, and a box
 * that says its unit takes that unit after the number ("100 kVA", "7.5 %"). The result is the
 * estimate file's plain decimal text ("1000", "3250.00", "0.5"): exact, never a float.
 * Nothing that is not a number is ever turned silently into zero.
 */

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail = <T>(message: string): ParseResult<T> => ({ ok: false, message });

const DECIMAL = /^\d+(\.\d+)?$/;
const DECIMAL_LOOSE = /^\d*\.?\d+$|^\d+\.$/;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A non-negative decimal, normalised: "1,200.50" → "1200.50", "£ 30,000" → "30000",
 * ".5" → "0.5", "007" → "7"; with `unit` "kVA", "100 kVA" and "100kva" → "100".
 * `what` names the figure in the messages ("the import capacity").
 */
export function parseTypedNumber(text: string, what: string, unit?: string): ParseResult<string> {
  const shown = text.trim();
  const bare = unit ? shown.replace(new RegExp(`\\s*${escapeRegExp(unit)}$`, 'i'), '') : shown;
  const raw = bare.replace(/[£,\s\u00a0]/g, '');
  const notNumber = `“${shown}” is not a number${unit ? ` of ${unit}` : ''}.`;
  if (raw === '') return fail(`Enter ${what}.`);
  if (raw.startsWith('-')) return fail(`${capitalise(what)} cannot be negative.`);
  if (!DECIMAL_LOOSE.test(raw)) return fail(notNumber);
  let v = raw.startsWith('.') ? `0${raw}` : raw;
  if (v.endsWith('.')) v = v.slice(0, -1);
  v = v.replace(/^0+(?=\d)/, '');
  return DECIMAL.test(v) ? ok(v) : fail(notNumber);
}

/** "the import capacity" → "Import capacity", for a message that starts with it. */
export function capitalise(s: string): string {
  const t = s.replace(/^(a|an|the) /, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Compare two non-negative decimal strings without converting to floats. */
export function compareDecimal(a: string, b: string): number {
  const [ai = '0', af = ''] = a.split('.');
  const [bi = '0', bf = ''] = b.split('.');
  const aInt = ai.replace(/^0+/, '');
  const bInt = bi.replace(/^0+/, '');
  if (aInt.length !== bInt.length) return aInt.length < bInt.length ? -1 : 1;
  if (aInt !== bInt) return aInt < bInt ? -1 : 1;
  const len = Math.max(af.length, bf.length);
  const aF = af.padEnd(len, '0');
  const bF = bf.padEnd(len, '0');
  return aF === bF ? 0 : aF < bF ? -1 : 1;
}

/**
 * What a number box stores for the text in it: the plain decimal when the text reads as one,
 * otherwise the text itself (trimmed), so a draft saved mid-edit opens again as it was and
 * the engine names the unfinished field. An empty box stores "" (`|| null` for an optional one).
 */
export function typedNumberToStore(text: string, what: string, unit?: string): string {
  const t = text.trim();
  if (t === '') return '';
  const r = parseTypedNumber(t, what, unit);
  return r.ok ? r.value : t;
}

/** The message a number box shows for what it holds; null when it reads (or is empty and optional). */
export function typedNumberMessage(
  value: string | null | undefined,
  what: string,
  options: { unit?: string; required?: boolean } = {},
): string | null {
  if ((value ?? '').trim() === '') return options.required ? `Enter ${what}.` : null;
  const r = parseTypedNumber(value!, what, options.unit);
  return r.ok ? null : r.message;
}
