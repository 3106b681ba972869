/**
 * Text from a file, made safe to show. Two kinds of character are never shown as they are:
 *
 * - Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) reorder
 *   what follows them, so "abc" + RIGHT-TO-LEFT OVERRIDE + "exe.pdf" displays as
 *   "abcfdp.exe". In titles and references they are shown as a visible mark, e.g. [U+202E].
 * - Control characters (ESC, BEL, NUL and the rest of C0 and C1, and DEL) drive a terminal
 *   (ESC starts colour and cursor sequences). The command line prints them escaped, \x1B.
 */

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

const codePoint = (ch: string) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

/** Bidirectional controls as visible marks: "abc[U+202E]exe.pdf". */
export function showBidiControls(text: string): string {
  return text.replace(BIDI, (ch) => `[U+${codePoint(ch)}]`);
}

/**
 * For a terminal: control characters escaped as \xHH (newline and tab too, so one value
 * stays on one line) and bidirectional controls as visible marks.
 */
export function terminalSafe(text: string): string {
  return showBidiControls(text).replace(
    CONTROL,
    (ch) => `\\x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/**
 * JSON for a terminal: JSON.stringify already escapes C0 controls inside strings; this also
 * escapes DEL, C1 (U+009B is a one-character ESC [) and bidirectional controls as \uXXXX,
 * which reads back as the same JSON.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(
    /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (ch) => `\\u${codePoint(ch)}`,
  );
}
