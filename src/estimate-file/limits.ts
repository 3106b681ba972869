/**
 * Every cap on an estimate, stated once. The file reader (schema.ts, parseEstimateFile.ts)
 * refuses a file past them, so a stored draft, an import, a share link and a restored
 * backup are all held to the same caps; the editor refuses an edit that would pass them
 * (paste, fill down, inserting lines), so a draft always reopens. docs/estimate-file.md
 * states them for users.
 */

/** Cost lines in one scheme. */
export const MAX_LINES_PER_SCHEME = 5000;
/** Relevant Sections of Network in one scheme. */
export const MAX_NETWORK_SECTIONS = 100;
/** Previous works (second-comer items) in one scheme. */
export const MAX_PREVIOUS_WORKS = 100;
/** Ids and statement references: machine names, never prose. */
export const MAX_ID_CHARS = 200;
/**
 * The whole estimate file, as UTF-8 JSON. An estimate is a few hundred kilobytes at most;
 * this bounds free text, which has no length limit of its own.
 */
export const MAX_ESTIMATE_FILE_BYTES = 5 * 1024 * 1024;
/** A charging statement file, imported in the app or read by the CLI (one is a few hundred kB). */
export const MAX_STATEMENT_FILE_BYTES = 5 * 1024 * 1024;
/**
 * Longest share-link payload made or accepted. Browsers take far longer URLs, but mail and
 * chat apps cut links of more than a few tens of thousands of characters; a longer
 * estimate is shared as a file instead.
 */
export const MAX_SHARE_PAYLOAD_CHARS = 32_000;

const count = (n: number) => n.toLocaleString('en-GB');

/** "5.0 MB" as the messages show sizes. */
export const megabytesText = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const FILE_BYTES_TEXT = `${MAX_ESTIMATE_FILE_BYTES / 1024 / 1024} MB`;

/** Why an edit that would leave a scheme with `lines` lines was refused. */
export function tooManyLinesMessage(lines: number, action: string): string {
  return `A scheme may hold at most ${count(MAX_LINES_PER_SCHEME)} lines, and this would make ${count(lines)}. Nothing was ${action}: ${action === 'pasted' ? 'paste fewer rows' : 'delete some lines first'}, or split the work into two estimates.`;
}

/** Why an edit that would make the estimate `bytes` long was refused. */
export function tooLargeMessage(bytes: number, action: string): string {
  return `This would make the estimate ${megabytesText(bytes)}, and an estimate may be at most ${FILE_BYTES_TEXT} (so that it can be saved and opened again). Nothing was ${action}.`;
}

/**
 * A text's size for checking against MAX_ESTIMATE_FILE_BYTES: its exact UTF-8 length when it
 * may be over the cap, and its (smaller) length in characters when it clearly is not.
 */
export function bytesForCap(text: string): number {
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so short text needs no encoding pass.
  if (text.length * 3 <= MAX_ESTIMATE_FILE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}
