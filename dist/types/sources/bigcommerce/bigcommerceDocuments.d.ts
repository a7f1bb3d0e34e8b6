/** Up to 50 products by id, with their variants: one request answers a whole page. */
export declare const productsDocument: (alpha: boolean) => string;
/**
 * One variant of a product, by its entity id (`$variants`) or by the option values that pick it
 * (`$values`): for the variant a shopper picked beyond the first 50.
 */
export declare const variantDocument: (alpha: boolean) => string;
/** A product's related products, for alternatives. */
export declare const relatedDocument: (alpha: boolean) => string;
/** The shopper's cart lines (the cart page has no product or variant ids in its markup). */
export declare const CART_DOCUMENT = "query StockStatusCart{site{cart{lineItems{physicalItems{entityId productEntityId variantEntityId quantity}}}}}";
