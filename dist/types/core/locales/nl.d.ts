import type { Catalog } from "./catalog.js";
/** Dutch shopper text (same keys as English; a unit test checks). */
export declare const nl: Catalog;
