/**
 * Shopify's standard storefront events (shopify.dev changelog 2026-06-17, "standard storefront
 * events and actions"; types in Horizon's assets/standard-events.d.ts). A theme dispatches them
 * from the element where the interaction happened and they bubble to `document`; the payload is
 * on the event itself (`event.product`, `event.lines`, …) and `event.promise` resolves with the
 * result (the variant picked, the cart after the change). Any theme that emits them is followed,
 * not only Horizon. Everything read here is outside data: zod-checked, ignored with one warning.
 */
export declare const STANDARD_EVENTS: {
    readonly productSelect: "shopify:product:select";
    readonly cartLinesUpdate: "shopify:cart:lines-update";
};
/** `gid://shopify/ProductVariant/123` or `123` → `123`; the number of a GID of `type`; null for anything else. */
export declare function numericId(id: unknown, type: 'Product' | 'ProductVariant'): string | null;
/** A cart line id as the event gives it (a `CartLine` GID or the AJAX key) → the key a theme prints. */
export declare function lineKey(id: unknown): string;
export interface ProductSelection {
    /** The element that dispatched the event (the variant picker, a product card, …). */
    target: Element;
    /** The product's number. */
    productId: string;
    /** Resolves with the picked variant's number, null when the options match no variant; never rejects. */
    variant: Promise<string | null | undefined>;
}
export interface CartChange {
    target: Element | null;
    action: 'add' | 'remove' | 'update';
    /** The lines the change names: cart line keys (update/remove) or variant numbers (add), with their quantity. */
    lines: {
        key: string | null;
        variantId: string | null;
        quantity: number;
    }[];
    /** Resolves with the quantity per line key the cart now holds when it accepted the change cleanly; null otherwise. */
    accepted: Promise<Map<string, number> | null>;
}
/**
 * Calls `onSelect` for every `shopify:product:select` and `onCart` for every
 * `shopify:cart:lines-update` on `doc`, with their payload checked. Registered once per document
 * (`mount` runs again and again).
 */
export declare function followStandardEvents(doc: Document, handlers: {
    onSelect?: (s: ProductSelection) => void;
    onCart?: (c: CartChange) => void;
}): void;
/**
 * The product number in the nearest `view-event-payload` (the standard events' attribute, the
 * output of Liquid's `standard_event_data: 'view'`), so a theme that marks its product that way
 * needs no markup of ours. Null when there is none or it is not the documented shape.
 */
export declare function viewedProductId(el: Element): string | null;
