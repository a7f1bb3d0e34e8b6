import type { Config } from "../../config/Config.js";
/** The quantity a cart row's input shows (what the shopper typed), or null while it is not a count. */
export declare function rowQuantity(input: HTMLInputElement | null): number | null;
/**
 * A `context="cart"` element for one cart row, following the row's quantity input (shopper typing
 * and the cart's own re-renders) and standing in for the row's own stock notices while it speaks.
 */
export declare function cartLineElement(row: Element, line: {
    productId: string;
    variantId: string | null;
    quantity: number;
}, place: (el: HTMLElement) => void, parts: {
    quantityInput: () => HTMLInputElement | null;
    themeText: () => Element[];
}, config: Config): HTMLElement;
