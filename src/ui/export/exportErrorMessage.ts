/** Turn whatever an export threw into plain words for the user. */
export function exportErrorMessage(kind: 'PDF' | 'CSV' | 'XLSX', error: unknown): string {
  const tail = 'Your estimate is unchanged.';
  if (error instanceof Error && error.name === 'ExportError') return `${error.message} ${tail}`;
  const message = error instanceof Error ? error.message : String(error);
  // A lazily loaded chunk that cannot be fetched (offline before it was cached, or a new
  // version was deployed meanwhile) fails the dynamic import.
  if (
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
      message,
    )
  ) {
    return `The ${kind} tool could not be loaded. Reload the page (online) and try again. ${tail}`;
  }
  return `The ${kind} could not be made: ${message || 'an unexpected error'}. ${tail}`;
}
