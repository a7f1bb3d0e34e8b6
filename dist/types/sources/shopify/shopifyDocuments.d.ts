/**
 * The only GraphQL documents the Shopify source sends (Storefront API 2026-04). Each exists with
 * and without `quantityAvailable`, which needs the `unauthenticated_read_product_inventory` scope;
 * test/unit/shopify/documents.test.ts validates all four against the real schema.
 */
/** Products by id, and products by one of their variants' ids (cart lines only know the variant), in one request. */
export declare const stockQuery: (withQuantity: boolean) => string;
/** Shopify's related products for one product. */
export declare const alternativesQuery: (withQuantity: boolean) => string;
