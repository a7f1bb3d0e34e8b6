import type { Catalog } from "./catalog.js";
/** German shopper text (same keys as English; a unit test checks). */
export declare const de: Catalog;
