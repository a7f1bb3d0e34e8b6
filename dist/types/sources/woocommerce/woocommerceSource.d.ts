import { type Source } from "../Source.js";
/**
 * WooCommerce Store API (no auth, same origin). The page's products come in one
 * `GET /products?include=…` request. The Store API lists a variable product's variation ids but not
 * their stock, and `include=` returns products only (variations need `type=variation`), so for a
 * product the page offers variations of, `GET /products?type=variation&parent=…` is sent at the
 * same time: the first state still costs one round trip. Woo core has no restock date; backorder
 * dates come from the merchant's `leadDays`. A product the page itself describes (the WordPress
 * plugin's inline stock, `readPageStock`) costs no request, and carries the plugin's restock date.
 */
export declare const woocommerceSource: Source;
