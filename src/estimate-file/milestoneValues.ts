/**
 * What a key date and the quoted figure of the `application` block may hold: shared by the
 * schema (applicationSchema.ts), which refuses anything else, and the form that writes them
 * (src/ui/application/ApplyView.svelte), which must therefore never store anything else, or
 * the whole draft would fail to reopen.
 */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MONEY = /^\d{1,15}(\.\d{1,10})?$/;

/** True when a YYYY-MM-DD string names a real calendar day (not 2026-02-30). */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date written YYYY-MM-DD with a four-digit year, naming a real day. */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && isRealDate(value);
}

/** Pounds of zero or more: at most 15 digits, then at most 10 decimal places. */
export function isMoneyText(value: string): boolean {
  return MONEY.test(value);
}
