import { type StockRecord } from "../../core/StockRecord.js";
import type { StoreProduct } from "./woocommerceSchema.js";
/**
 * One Store API product or variation → the facts it states, and nothing more.
 *
 * - `is_in_stock` is true for `onbackorder` too in Woo, so "ships now" is in stock and not on backorder.
 * - `low_stock_remaining` is the count only when stock is managed and at or under the low-stock
 *   threshold (and the store shows amounts); otherwise null, so counts are usually unknown.
 * - `add_to_cart.maximum` is the remaining stock when backorders are not allowed, else 9999; so a
 *   maximum under 9999 says "no backorders, this many can be had", and 9999 with a known low count
 *   says backorders are taken. A product sold individually has maximum 1: that is no stock fact.
 */
export declare function woocommerceStock(p: StoreProduct, productId: string, variantId: string | null): StockRecord;
