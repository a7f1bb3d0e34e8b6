import type { StockStore } from "../../sources/StockStore.js";
export interface OptionsReader {
    /** The shopper's option choices: option entity id → value entity id. */
    selections(): Record<string, string>;
    quantity(): number | null;
}
/**
 * Keeps `element` on the variant a product form's options pick, and on its quantity, for either
 * BigCommerce storefront. The options map to a variant through the product's own answer (asked
 * before the element asks, so the first state costs one round trip); a pick beyond the first 50
 * variants is read on its own through the store and set when it comes. Returns a re-read, for
 * changes the form does not see (Catalyst's options in the URL).
 */
export declare function followOptions(root: Element, element: Element, productId: string, read: OptionsReader, store: StockStore): () => void;
