import type { PageIntegration } from '../PageIntegration';
/**
 * WooCommerce's classic templates (Storefront and most themes built on them): the single product
 * page (simple and variable) and product cards in shop, category, related and up-sell lists.
 * Idempotent: elements already there are left as they are, so cards that arrive later (infinite
 * scroll, AJAX filters) get theirs too.
 */
export declare const woocommerceIntegration: PageIntegration;
