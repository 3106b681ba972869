/**
 * zod's tree-shakeable functional API (`zod/mini`), with the English messages that the
 * classic `zod` API installs by itself: the few checks without a message of our own (e.g. a
 * statement's ECCR years) keep the same wording, and bundles carry only what they use.
 * Import it as a namespace (`import * as z from '../zodMini'`): re-exported name by name, so
 * bundlers can leave out what is not used (re-exporting zod's namespace as one object made
 * the command line's bundle carry all of zod, every language's messages included).
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// Only when none is set, as the classic API does, so an app-wide choice still wins.
if (!config().localeError) config(en());

export * from 'zod/mini';
