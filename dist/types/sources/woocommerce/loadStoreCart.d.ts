import { type SourceContext } from "../Source.js";
export interface StoreCartLine {
    /** The cart item key. */
    key: string;
    /** The product id, or the variation id when `variation`. */
    id: string;
    variation: boolean;
    quantity: number;
    permalink: string | undefined;
}
/**
 * The shopper's cart from the Store API. `GET /cart` needs no nonce and no Cart-Token: WooCommerce
 * reads the session cookie (only the cart's POST routes check the `Nonce` header), so the request
 * goes with the page's own cookies. Lines that do not match the schema are left out, with one warning.
 */
export declare function loadStoreCart(context: SourceContext): Promise<{
    lines: StoreCartLine[];
    skipped: number;
}>;
