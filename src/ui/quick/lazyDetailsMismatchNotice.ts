/**
 * The notice under Details that the Quick estimate's answers and the details differ, fetched
 * only when Details is shown: it is not part of the first screen.
 */
import { lazyComponent } from '../lazyComponent';

export const detailsMismatchNotice = lazyComponent(() => import('./DetailsMismatchNotice.svelte'));
