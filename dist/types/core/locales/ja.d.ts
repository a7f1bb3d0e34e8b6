import type { Catalog } from "./catalog.js";
/** Japanese shopper text (same keys as English; a unit test checks). */
export declare const ja: Catalog;
