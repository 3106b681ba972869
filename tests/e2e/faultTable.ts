/**
 * The fault bench's tally: each tried fault is handled (the work is all there) or lost.
 * Every e2e fault test records here; with FAULT_TABLE set, each record is appended to that
 * file as one JSON line, and `npm run faults` prints the table from it.
 */
import { appendFileSync } from 'node:fs';

export function recordFault(fault: string, handled: boolean): void {
  const file = process.env.FAULT_TABLE;
  if (file) appendFileSync(file, `${JSON.stringify({ fault, handled })}\n`);
}
