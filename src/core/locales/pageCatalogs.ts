import { type Catalog, en } from './catalog';
import { sharedWords } from './sharedWords';

/**
 * knownCatalogs.ts as the script-tag app files have it (scripts/build.mjs swaps it in): English
 * and the language the page's locale file shared before the app ran. A page in a language with no
 * file, or whose file did not load, speaks English.
 */
export const catalogs: Record<string, Catalog> = { ...sharedWords(), en };
