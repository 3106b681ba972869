/**
 * Partial results: the items of an estimate that cannot be worked out yet are set aside so
 * the rest can be. Like a spreadsheet's error cell, an unfinished line (a quantity of
 * "1,000", a reinforcement line without its voltage level), a network section that is not
 * complete (a new section marked secure with one rating) or an unfinished previous-works
 * payment is left out of the totals and named; a line shared by the CAF of a section that is
 * not complete is left out with it. Problems with the estimate as a whole (the connection,
 * the date, the rules, who asked for the Enhanced Scheme) still stop it: nothing sensible
 * can be worked out without them.
 */
import type {
  EstimateInput,
  NotCountedItem,
  SchemeInput,
  SchemeResult,
  ValidationIssue,
} from './types';

type SchemeKey = 'minimum' | 'enhanced';
type ItemList = 'lines' | 'rsns' | 'previousWorks';

const KIND: Record<ItemList, NotCountedItem['kind']> = {
  lines: 'line',
  rsns: 'rsn',
  previousWorks: 'previous-work',
};

/** The scheme, list and index an issue's path points into, or null for the whole estimate. */
function itemOf(path: readonly (string | number)[]) {
  const [root, scheme, list, index] = path;
  if (root !== 'schemes' || (scheme !== 'minimum' && scheme !== 'enhanced')) return null;
  if (list !== 'lines' && list !== 'rsns' && list !== 'previousWorks') return null;
  if (typeof index !== 'number') return null;
  return { scheme: scheme as SchemeKey, list: list as ItemList, index };
}

export interface PartialInput {
  /** The estimate without the items set aside. */
  reduced: EstimateInput;
  notCounted: NotCountedItem[];
  /** Maps each scheme's list positions in `reduced` back to the input's. */
  originalIndex: (scheme: SchemeKey, list: ItemList, index: number) => number;
}

/**
 * Sets aside the items the issues point at (and lines shared by a section set aside).
 * Null when an issue concerns the estimate as a whole.
 */
export function setAsideUnfinished(
  input: EstimateInput,
  issues: readonly ValidationIssue[],
): PartialInput | null {
  const byItem = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const at = itemOf(issue.path);
    if (!at) return null;
    const key = `${at.scheme}:${at.list}:${at.index}`;
    byItem.set(key, [...(byItem.get(key) ?? []), issue]);
  }
  const notCounted: NotCountedItem[] = [];
  const kept: Record<SchemeKey, Record<ItemList, number[]>> = {
    minimum: { lines: [], rsns: [], previousWorks: [] },
    enhanced: { lines: [], rsns: [], previousWorks: [] },
  };
  const schemes: { minimum: SchemeInput; enhanced?: SchemeInput | null } = {
    ...input.schemes,
  };
  for (const key of ['minimum', 'enhanced'] as const) {
    const scheme = input.schemes[key];
    if (!scheme) continue;
    const own = (list: ItemList, i: number) => byItem.get(`${key}:${list}:${i}`);
    const item = (list: ItemList, i: number, id: string, name: string, why: ValidationIssue[]) =>
      ({ scheme: key, kind: KIND[list], id, index: i, name, issues: why }) satisfies NotCountedItem;

    // Sections first: a line shared by a section set aside is set aside with it.
    const rsns = scheme.rsns.filter((r, i) => {
      const why = own('rsns', i);
      if (why)
        notCounted.push(item('rsns', i, r.id, nameOr(r.name, `network section ${i + 1}`), why));
      else kept[key].rsns.push(i);
      return !why;
    });
    const keptIds = new Set(rsns.map((r) => r.id));
    const unfinished = new Map(
      scheme.rsns.filter((r) => !keptIds.has(r.id)).map((r) => [r.id, nameOr(r.name, r.id)]),
    );

    const lines = scheme.lines.filter((l, i) => {
      const name = nameOr(l.description, `line ${i + 1}`);
      const why = own('lines', i);
      if (why) {
        notCounted.push(item('lines', i, l.id, name, why));
        return false;
      }
      const ch = l.charging;
      const field =
        ch?.rule !== 'apportioned'
          ? null
          : unfinished.has(ch.rsnId)
            ? 'rsnId'
            : ch.otherDriverRsnId && unfinished.has(ch.otherDriverRsnId)
              ? 'otherDriverRsnId'
              : null;
      if (ch?.rule === 'apportioned' && field) {
        const rsnId = field === 'rsnId' ? ch.rsnId : ch.otherDriverRsnId!;
        notCounted.push({
          ...item('lines', i, l.id, name, [
            {
              code: 'line.rsn.incomplete',
              path: ['schemes', key, 'lines', i, 'charging', field],
              message: `"${name}" is not counted yet: network section "${unfinished.get(rsnId)}", whose CAF shares it, is not complete.`,
            },
          ]),
          dependsOnRsnId: rsnId,
        });
        return false;
      }
      kept[key].lines.push(i);
      return true;
    });

    const previousWorks = scheme.previousWorks.filter((w, i) => {
      const why = own('previousWorks', i);
      if (why)
        notCounted.push(
          item('previousWorks', i, w.id, nameOr(w.description, `previous works ${i + 1}`), why),
        );
      else kept[key].previousWorks.push(i);
      return !why;
    });
    schemes[key] = { ...scheme, lines, rsns, previousWorks };
  }
  return {
    reduced: { ...input, schemes },
    notCounted,
    originalIndex: (scheme, list, index) => kept[scheme][list][index] ?? index,
  };
}

const nameOr = (name: string | null | undefined, fallback: string): string =>
  typeof name === 'string' && name.trim() !== '' ? name.trim() : fallback;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The note beside the totals, on page 1 and in every export: "2 lines not counted yet:
 * "HV cable", "Joint"." `withScheme` names the Enhanced Scheme's items as such (the note
 * for the whole estimate). Null when everything counts.
 */
export function notCountedNote(
  items: readonly NotCountedItem[],
  withScheme: boolean,
): string | null {
  if (items.length === 0) return null;
  const label = (n: NotCountedItem) =>
    `"${n.name}"${withScheme && n.scheme === 'enhanced' ? ' (Enhanced Scheme)' : ''}`;
  const counted = [
    ...items.filter((n) => n.kind === 'line'),
    ...items.filter((n) => n.kind === 'previous-work'),
  ];
  const sections = items.filter((n) => n.kind === 'rsn');
  const summary = notCountedSummary(items);
  const parts: string[] = [];
  if (summary) parts.push(`${summary}: ${counted.map(label).join(', ')}.`);
  if (sections.length > 0)
    parts.push(
      `Network ${sections.length === 1 ? 'section' : 'sections'} ${sections.map(label).join(', ')} ${sections.length === 1 ? 'is' : 'are'} not complete yet.`,
    );
  return parts.join(' ');
}

/**
 * The short form for the "What you pay" bar: "2 lines not counted yet". Null when nothing is
 * left out of the totals (a section that is not complete, with no line shared by it, changes
 * no figure).
 */
export function notCountedSummary(items: readonly NotCountedItem[]): string | null {
  const lines = items.filter((n) => n.kind === 'line').length;
  const works = items.filter((n) => n.kind === 'previous-work').length;
  const counts = [
    lines > 0 ? plural(lines, 'line', 'lines') : null,
    works > 0 ? plural(works, 'previous-works payment', 'previous-works payments') : null,
  ].filter((c): c is string => c !== null);
  return counts.length > 0 ? `${counts.join(' and ')} not counted yet` : null;
}

/** A scheme's result with the items set aside from it named. */
export function withNotCounted(
  scheme: SchemeResult,
  key: SchemeKey,
  items: readonly NotCountedItem[],
): SchemeResult {
  const own = items.filter((n) => n.scheme === key);
  return { ...scheme, notCounted: own, notCountedNote: notCountedNote(own, false) };
}
