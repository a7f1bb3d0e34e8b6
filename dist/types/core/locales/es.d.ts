import type { Catalog } from "./catalog.js";
/** Spanish shopper text (same keys as English; a unit test checks). */
export declare const es: Catalog;
