import { type Source } from "../Source.js";
/**
 * The BigCommerce GraphQL Storefront API. One request answers up to 50 products with their
 * variants and the store's inventory settings; older stores without the Alpha backorder fields are
 * detected once per page and still answer in stock, low stock, out of stock and pre-order.
 */
export declare const bigcommerceSource: Source;
