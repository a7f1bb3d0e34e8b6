import type { PlatformAlternatives } from '../Source';
/**
 * In-stock products of the same categories (`GET /products?category=…&stock_status=instock`). The
 * categories come with the product's look-up (`ProductStock.categories`); without them (the JSON-LD
 * fallback, a product without categories) the product is asked for first. A merchant's own list is
 * looked up through the page's batching store by `loadAlternatives`, not here.
 */
export declare const woocommerceAlternatives: PlatformAlternatives;
