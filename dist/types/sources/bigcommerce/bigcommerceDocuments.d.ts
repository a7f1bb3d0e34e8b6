/** Up to 50 products by id, with their variants: one request answers a whole page. */
export declare const productsDocument: (alpha: boolean) => string;
/** A product's related products, for alternatives. */
export declare const relatedDocument: (alpha: boolean) => string;
/** The shopper's cart lines (the cart page has no product or variant ids in its markup). */
export declare const CART_DOCUMENT = "query StockStatusCart{site{cart{lineItems{physicalItems{entityId productEntityId variantEntityId quantity}}}}}";
