/**
 * zod's tree-shakeable functional API (`zod/mini`), with the English messages that the
 * classic `zod` API installs by itself: the few checks without a message of our own (e.g. a
 * statement's ECCR years) keep the same wording, and bundles carry only what they use.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// Only when none is set, as the classic API does, so an app-wide choice still wins.
if (!z.config().localeError) z.config(en());

export { z };
