/** A WooCommerce post id from the markup: digits only, else null. */
export declare function wooId(value: string | null | undefined): string | null;
/** `post-123` / `product-123` classes and ids that `wc_product_class()` writes on every product. */
export declare function idFromPostClass(el: Element): string | null;
