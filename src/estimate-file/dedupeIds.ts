/**
 * Gives repeated line, network-section and previous-works ids new ones. The editor keys each
 * list by id, so a file (an import, a share link, a backup, a record edited outside the
 * app) in which two lines share an id would break it; instead the reader renames the later
 * ones and says so. Anything naming the id (a line's network section, an unfinished cell)
 * keeps meaning the first item that has it.
 *
 * A new id is checked against every id in the file before it is used: random bits are not
 * trusted to be unique on their own.
 */
import type { EstimateFile } from './types';

type SchemeKey = 'minimum' | 'enhanced';

const LISTS = [
  { key: 'lines', prefix: 'line', kind: 'line', nameKey: 'description' },
  { key: 'rsns', prefix: 'rsn', kind: 'network section', nameKey: 'name' },
  { key: 'previousWorks', prefix: 'pw', kind: 'previous works item', nameKey: 'description' },
] as const;

const SCHEME_NAMES: Record<SchemeKey, string> = {
  minimum: 'Minimum Scheme',
  enhanced: 'Enhanced Scheme',
};

/** Eight random hex digits (the editor's ids have the same form). */
export function randomIdPart(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(4));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every id the file's schemes use, in every list. */
function allIds(file: EstimateFile): Set<string> {
  const ids = new Set<string>();
  for (const scheme of [file.inputs.schemes.minimum, file.inputs.schemes.enhanced]) {
    if (!scheme) continue;
    for (const list of LISTS) for (const item of scheme[list.key]) ids.add(item.id);
  }
  return ids;
}

function hasRepeatedIds(file: EstimateFile): boolean {
  for (const scheme of [file.inputs.schemes.minimum, file.inputs.schemes.enhanced]) {
    if (!scheme) continue;
    for (const list of LISTS) {
      const items: { id: string }[] = scheme[list.key];
      if (new Set(items.map((item) => item.id)).size !== items.length) return true;
    }
  }
  return false;
}

/** An id of the form `prefix-xxxxxxxx` that `taken` does not hold; added to `taken`. */
export function freshId(
  prefix: string,
  taken: Set<string>,
  random: () => string = randomIdPart,
): string {
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const id = `${prefix}-${random()}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
  // Only a broken random source gets here; a counter still gives a unique id.
  for (let n = 1; ; n += 1) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

const label = (kind: string, index: number, name: unknown): string => {
  const text = typeof name === 'string' ? name.trim() : '';
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return short ? `${kind} ${index + 1} (“${short}”)` : `${kind} ${index + 1}`;
};

/**
 * The file with every repeated id within a scheme's list replaced, and one plain note per
 * renamed item. Returns the same file object when nothing repeats.
 */
export function dedupeIds(
  file: EstimateFile,
  random: () => string = randomIdPart,
): { file: EstimateFile; notes: string[] } {
  if (!hasRepeatedIds(file)) return { file, notes: [] };
  const notes: string[] = [];
  const taken = allIds(file);
  const copy = structuredClone(file);
  for (const schemeKey of ['minimum', 'enhanced'] as const) {
    const scheme = copy.inputs.schemes[schemeKey];
    if (!scheme) continue;
    for (const list of LISTS) {
      const items: { id: string }[] = scheme[list.key];
      const firstAt = new Map<string, number>();
      for (let index = 0; index < items.length; index += 1) {
        const item = items[index]!;
        const first = firstAt.get(item.id);
        if (first === undefined) {
          firstAt.set(item.id, index);
          continue;
        }
        const id = freshId(list.prefix, taken, random);
        const name = (item as Record<string, unknown>)[list.nameKey];
        notes.push(
          `${SCHEME_NAMES[schemeKey]}, ${label(list.kind, index, name)}: its id “${item.id}” was already used by ${list.kind} ${first + 1}, so it was given the new id “${id}”.`,
        );
        item.id = id;
      }
    }
  }
  return { file: copy, notes };
}
