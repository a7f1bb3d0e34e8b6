import type { Runtime } from "../../Runtime.js";
import type { Alternative } from "../../sources/Source.js";
/**
 * Alternatives for one product: the merchant's `alternativesList` (looked up through the page's
 * batching store, so one request), else the platform's related products. Once per product a page.
 */
export declare function loadAlternatives(runtime: Runtime, productId: string, limit: number): Promise<Alternative[]>;
