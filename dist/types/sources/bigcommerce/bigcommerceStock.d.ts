import { type ProductStock } from "../../core/StockRecord.js";
import { type BcProduct } from "./bigcommerceSchema.js";
import { type StoreRules } from "./storeRules.js";
export interface BigcommerceStockOptions {
    rules: StoreRules;
    /** Where a release date-time falls on the calendar: the store's zone when configured. */
    timeZone?: string;
    /** Whether the Alpha backorder fields were asked for (an older store has no backorders to tell). */
    alpha: boolean;
    /** The answer lists only some of the product's variants (the variant document: the one picked). */
    someVariants?: boolean;
}
/**
 * One `Product` of the Storefront API → the adapter's `ProductStock`. The product's availability
 * (pre-order, unavailable) holds for each variant; a variant's own inventory counts only when the
 * product tracks stock per variant. A variant that fails its schema is left out (then unknown).
 */
export declare function bigcommerceStock(p: BcProduct, options: BigcommerceStockOptions): {
    stock: ProductStock;
    badVariants: number;
};
