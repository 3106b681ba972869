/**
 * The views the first screen does not show, each in its own chunk: the comparison (with the
 * chart builders; Chart.js itself loads only when a chart is drawn), the guidance, the
 * draft library, the Quick estimate (with its price-table build and glossary), the list of
 * templates behind "Start from a worked example", the application details under Details,
 * and "Ready to apply?". A scheme (its grid, totals and glossary terms) is a view of its own
 * too: a first visit lands on the Quick estimate, which does not show the grid.
 */
import { lazyComponent } from '../lazyComponent';

export const compareView = lazyComponent(() => import('../compare/CompareView.svelte'));
export const guidanceView = lazyComponent(() => import('../guidance/GuidanceView.svelte'));
export const draftLibrary = lazyComponent(() => import('../library/DraftLibrary.svelte'));
export const quickView = lazyComponent(() => import('../quick/QuickEstimateView.svelte'));
export const templatePicker = lazyComponent(() => import('../templates/TemplatePicker.svelte'));
export const applicationForm = lazyComponent(() => import('../application/ApplicationForm.svelte'));
export const applyView = lazyComponent(() => import('../application/ApplyView.svelte'));
export const schemeView = lazyComponent(() => import('./SchemeView.svelte'));
