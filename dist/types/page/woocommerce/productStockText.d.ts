/**
 * WooCommerce's own stock text for the page's product: `p.stock` (wc_get_stock_html(), also inside
 * `.woocommerce-variation-availability` after each variation) and the Product Stock Indicator
 * block; not those of cards or cart rows. Found afresh each time, since WooCommerce re-renders them.
 */
export declare function productStockText(doc: Document): Element[];
