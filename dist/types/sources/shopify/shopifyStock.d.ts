import type { Config } from "../../config/Config.js";
import { type ProductInfo, type ProductStock, type StockRecord } from "../../core/StockRecord.js";
import type { ShopifyProduct, ShopifyVariant } from "./shopifySchema.js";
/** A restock date from the merchant's metafield (date or date-time); anything else is ignored. */
export declare function restockOf(value: string | null | undefined, config: Config): StockRecord['restock'];
/**
 * One variant → one record. `availableForSale` decides whether it can be bought,
 * `currentlyNotInStock` whether it ships now; `quantityAvailable` only adds counts when we have it,
 * and a count alone is no cap (`capUnknown`) unless the cart accepted more than it (`cartAcceptance`).
 */
export declare function variantRecord(productId: string, v: ShopifyVariant, productRestock: StockRecord['restock'], config: Config): StockRecord;
/** The product as a whole: as available as its most available variant; counts only for a single variant. */
export declare function productRecord(productId: string, variants: StockRecord[]): StockRecord;
/** Only http(s) links and images are passed on; anything else is dropped. */
export declare function productInfo(p: ShopifyProduct, config: Config): ProductInfo;
/** Every variant answers to its numeric id as well as its GID. */
export declare function aliasesOf(variants: {
    variantId: string | null;
}[]): Record<string, string>;
/** A Storefront API product → what the store caches, under the id it was asked for. */
export declare function shopifyStock(p: ShopifyProduct, productId: string, config: Config): ProductStock;
