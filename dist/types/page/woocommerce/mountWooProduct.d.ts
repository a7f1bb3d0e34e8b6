/**
 * One `<stock-status>` after the add-to-cart form, following variation and quantity. WooCommerce
 * announces variations with jQuery events, which `addEventListener` never receives; so this follows
 * what the DOM shows instead: the shopper's own change/click on the selects, and (through
 * followForm's MutationObserver on the form) the `.single_variation_wrap` content that WooCommerce
 * re-renders after every variation it finds or resets, by which time `variation_id` is set.
 */
export declare function mountWooProduct(doc: Document): void;
