import type { PageIntegration } from '../PageIntegration';
/**
 * Shopify's Dawn (and the many themes built on it) with only the script tag: the product form,
 * product cards and cart lines. Dawn re-renders sections in place (variant changes, cart updates,
 * infinite collections, quick add), so the page is watched and whatever is new gets its element.
 */
export declare const dawnIntegration: PageIntegration;
