import type { Catalog } from "./catalog.js";
/**
 * How a script-tag page's locale file hands its words to the app (two separate scripts, one
 * global): the locale file runs first (the loader keeps them in order), the app reads at start.
 */
type Shared = Record<string, Catalog>;
/** The locale file's one statement. */
export declare function shareWords(language: string, catalog: Catalog): void;
/** What locale files have shared (a plain object only: anything else on the page is ignored). */
export declare function sharedWords(): Shared;
export {};
