/**
 * Whether a file fetched from statements/ is, byte for byte, one that was checked when the app
 * was built (build/statementDigests.ts validates every built-in statement and the index, and
 * lists their SHA-256 digests). Such a file needs no checking again, so the first figures do
 * not wait for the schema (zod) to load and run. A file changed on the host since the build,
 * or a browser that cannot work out a digest (no crypto.subtle outside a secure context), is
 * checked in full as before.
 */
import checkedStatements from 'virtual:checked-statements';

export async function isCheckedAtBuild(
  file: string,
  text: string,
  checked: Readonly<Record<string, string>> = checkedStatements,
): Promise<boolean> {
  const expected = checked[file];
  const subtle = globalThis.crypto?.subtle;
  if (!expected || !subtle) return false;
  try {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
    const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    return hex === expected;
  } catch {
    return false;
  }
}
