import type { Catalog } from "./catalog.js";
/** Portuguese shopper text (same keys as English; a unit test checks). */
export declare const pt: Catalog;
