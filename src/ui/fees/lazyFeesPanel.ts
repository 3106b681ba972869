/**
 * The fees panel, fetched when a scheme is first shown: the fee classifier and summary are
 * not needed for the first paint of the grid, and keeping them out of the entry chunk keeps
 * the first load within its budget.
 */
import { lazyComponent } from '../lazyComponent';

export const feesPanel = lazyComponent(() => import('./FeesPanel.svelte'));
