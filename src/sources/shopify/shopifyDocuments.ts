/**
 * The only GraphQL documents the Shopify source sends (Storefront API 2026-04). Each exists with
 * and without `quantityAvailable`, which needs the `unauthenticated_read_product_inventory` scope;
 * test/unit/shopify/documents.test.ts validates all four against the real schema.
 */

/** One product's stock; `$ns`/`$key` name the restock-date metafield (variant first, then product). */
const product = (q: boolean) =>
  'fragment P on Product{id title handle onlineStoreUrl availableForSale featuredImage{url}' +
  ' priceRange{minVariantPrice{amount currencyCode}} metafield(namespace:$ns,key:$key){value}' +
  ` variants(first:250){nodes{id availableForSale currentlyNotInStock${q ? ' quantityAvailable' : ''} metafield(namespace:$ns,key:$key){value}}}}`;

/** Products by id, and products by one of their variants' ids (cart lines only know the variant), in one request. */
export const stockQuery = (withQuantity: boolean): string =>
  `query StockStatus($ids:[ID!]!,$ns:String!,$key:String!){nodes(ids:$ids){...P ...on ProductVariant{id product{...P}}}}${product(withQuantity)}`;

/** Shopify's related products for one product. */
export const alternativesQuery = (withQuantity: boolean): string =>
  `query StockStatusAlternatives($id:ID!,$ns:String!,$key:String!){productRecommendations(productId:$id,intent:RELATED){...P}}${product(withQuantity)}`;
