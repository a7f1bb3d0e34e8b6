import type { SourceContext } from "../Source.js";
export interface CartLine {
    /** The line item id Cornerstone writes into `data-cart-itemid`. */
    lineId: string;
    productId: string;
    variantId: string | null;
    quantity: number;
}
/** The shopper's physical cart lines (digital items and gift certificates have no stock). */
export declare function loadCartLines(context: SourceContext): Promise<CartLine[]>;
