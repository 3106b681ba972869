/**
 * The glossary's "?" for the parts of the first screen that are there before any view (the
 * tabs, the rules in use): fetched just after first paint, so the glossary's words are not
 * in the first screen's JavaScript. Until it arrives the "?" is simply not shown yet.
 */
import { lazyComponent } from '../lazyComponent';

export const lazyTerm = lazyComponent(() => import('./Term.svelte'));
export const lazyTermsUsed = lazyComponent(() => import('./TermsUsed.svelte'));
