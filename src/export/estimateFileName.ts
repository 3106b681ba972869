/**
 * The download name built from the estimate's reference:
 * "EST-2026-0001" → "EST-2026-0001-budget-estimate.pdf". Characters that file systems or
 * browsers reject are replaced, so any reference a user typed gives a usable name.
 */
export function estimateFileName(reference: string, extension: 'pdf' | 'csv' | 'xlsx'): string {
  const safe = reference
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${safe === '' ? 'estimate' : safe}-budget-estimate.${extension}`;
}
