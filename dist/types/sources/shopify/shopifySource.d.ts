import { type Source } from "../Source.js";
/**
 * Shopify on the Storefront API 2026-04. One `nodes(ids:)` request answers every product of a
 * page; product ids may be numeric or GIDs, and cart lines may ask by a variant GID. Products the
 * theme's Liquid already described (`readLiquidStock`) cost no request at all.
 */
export declare const shopifySource: Source;
