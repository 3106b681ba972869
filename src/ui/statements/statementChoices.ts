/**
 * The statements the chooser offers: those the site serves (statements/index.json) and those
 * the user imported (kept in IndexedDB by the drafts controller). Plain data, no Svelte.
 */
import type { IsoDate } from '../../engine/types';
import { formatLongDate } from '../../format/formatLongDate';
import type { StatementFile, StatementIndex } from '../../statements/types';

export interface StatementChoice {
  id: string;
  operator: string;
  version: string;
  publicationDate: IsoDate;
  /** Imported by the user (removable), rather than built into the app. */
  isImported: boolean;
}

/** The statements built into the app, in the order the index lists them. */
export function choicesFromIndex(index: StatementIndex): StatementChoice[] {
  return index.statements.map((entry) => ({
    id: entry.id,
    operator: entry.operator,
    version: entry.version,
    publicationDate: entry.publicationDate,
    isImported: false,
  }));
}

/** The user's imported statements, newest publication first, then by operator. */
export function choicesFromImported(
  records: readonly {
    file: Pick<StatementFile, 'id' | 'operator' | 'version' | 'publicationDate'>;
  }[],
): StatementChoice[] {
  return records
    .map(({ file }) => ({
      id: file.id,
      operator: file.operator,
      version: file.version,
      publicationDate: file.publicationDate,
      isImported: true,
    }))
    .sort(
      (a, b) =>
        b.publicationDate.localeCompare(a.publicationDate) || a.operator.localeCompare(b.operator),
    );
}

/** "Indigo Power Limited (IPR), V1.7, published 23 November 2025". */
export function choiceLabel(choice: Omit<StatementChoice, 'isImported'>): string {
  return `${choice.operator}, ${choice.version}, published ${formatLongDate(choice.publicationDate)}`;
}
