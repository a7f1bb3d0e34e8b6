import type { PageIntegration } from "../PageIntegration.js";
/**
 * BigCommerce's default Stencil theme, Cornerstone, with nothing added but the script tag: the
 * product page (and quick view), category and search cards, and cart lines. Cornerstone swaps
 * content in place (quick view, faceted search, cart updates), so new markup is mounted as it comes.
 */
export declare const cornerstoneIntegration: PageIntegration;
