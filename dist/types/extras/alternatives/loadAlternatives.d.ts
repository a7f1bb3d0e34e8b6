import type { ProductStock } from '../../core/StockRecord';
import type { Runtime } from '../../element/Runtime';
import type { Alternative } from '../../sources/Source';
/**
 * Alternatives for one product: the merchant's `alternativesList` (looked up through the page's
 * batching store, so one request), else the platform's related products. Once per product a page.
 * `stock` is the product as the element's look-up found it: what that look-up learned (a related
 * list, categories, fields the store refused) saves the platform's alternatives a second look-up.
 */
export declare function loadAlternatives(runtime: Runtime, productId: string, limit: number, stock?: ProductStock | null): Promise<Alternative[]>;
