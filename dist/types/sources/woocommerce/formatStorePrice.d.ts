import type { StorePrices } from "./woocommerceSchema.js";
/**
 * A Store API price (`"1299"` in minor units) in the store's own format: its separators, its
 * currency prefix or suffix. That is how the shop itself shows prices, so alternatives match it.
 */
export declare function formatStorePrice(p: StorePrices): string;
