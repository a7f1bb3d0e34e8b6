import type { Config } from "../../config/Config.js";
/**
 * One `context="cart"` notice per line of Cornerstone's cart (templates/components/cart/content.html:
 * `<tr class="cart-item" data-item-row>` with `data-cart-itemid` and the `qty-<id>` input). The
 * markup has no product or variant ids, so the lines come from the Storefront API's cart.
 */
export declare function mountCornerstoneCartLines(doc: Document, config: Config): void;
