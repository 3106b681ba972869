/**
 * The network sections and previous-works editors, fetched when a scheme is first shown:
 * the grid and totals paint first, and keeping these out of the entry chunk keeps the first
 * load within its budget.
 */
import { lazyComponent } from '../lazyComponent';

export const rsnEditor = lazyComponent(() => import('./RsnEditor.svelte'));
export const previousWorksEditor = lazyComponent(() => import('./PreviousWorksEditor.svelte'));
