/**
 * The connection details form, fetched when the Details tab is first opened: a new draft
 * opens on the Quick estimate or a scheme, so the form need not be in the entry chunk.
 */
import { lazyComponent } from '../lazyComponent';

export const detailsForm = lazyComponent(() => import('./DetailsForm.svelte'));
