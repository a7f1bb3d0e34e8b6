import type { PageIntegration } from "../PageIntegration.js";
/**
 * WooCommerce's classic templates (Storefront and most themes built on them) and block themes
 * (Twenty Twenty-Five): the single product page (simple and variable, and the Add to Cart + Options
 * block), product cards (shop, category, related and up-sell lists; Product Collection), and cart
 * lines (the classic cart page and the Cart block). Idempotent: elements already there are left as
 * they are, so what arrives later (infinite scroll, AJAX filters, the Cart block's client-side
 * rows and re-renders) gets its own too.
 */
export declare const woocommerceIntegration: PageIntegration;
