import type { Catalog } from "./catalog.js";
/** Italian shopper text (same keys as English; a unit test checks). */
export declare const it: Catalog;
