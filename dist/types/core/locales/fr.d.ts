import type { Catalog } from "./catalog.js";
/** French shopper text (same keys as English; a unit test checks). */
export declare const fr: Catalog;
