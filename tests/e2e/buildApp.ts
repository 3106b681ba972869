/** Builds the app exactly as `npm run build` does (production), into a folder of one's choosing. */
export { buildInto as buildApp } from '../../scripts/check-size.ts';
