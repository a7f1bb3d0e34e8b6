/**
 * Whether the page will ask about a variation of this product: it shows WooCommerce's variation
 * form for it, or an element with a `variant-id`. Only then are variations fetched, alongside the
 * products, so listing pages stay at one request and product pages at one round trip.
 * `id` is digits only (checked by the caller), so it is safe inside a selector.
 */
export declare function wantsVariations(doc: Document | undefined, id: string): boolean;
