/**
 * The ids of the statements built into the app (public/statements/index.json; a test keeps
 * the two the same). An imported statement or a restored backup may not use one: it would
 * silently replace the published figures.
 */
export const BUILT_IN_STATEMENT_IDS: readonly string[] = ['ipr-v1.7-2025', 'spm-2008'];

export const isBuiltInStatementId = (id: string): boolean => BUILT_IN_STATEMENT_IDS.includes(id);
