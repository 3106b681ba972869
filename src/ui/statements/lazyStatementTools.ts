/**
 * The statement chooser and import, fetched just after the first paint: the statement bar
 * shows the statement in use at once, and the tools to change it follow. Keeps the chooser's
 * list loading and the import out of the entry chunk (its size budget).
 */
import { lazyComponent } from '../lazyComponent';

export const statementTools = lazyComponent(() => import('./StatementTools.svelte'));
