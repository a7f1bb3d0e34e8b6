import type { Runtime } from "../../Runtime.js";
import type { CartChange } from "./standardEvents.js";
export declare function mountShopifyCartLines(doc: Document): void;
/**
 * A cart change that the cart accepted cleanly is the one place the Storefront API's silence on
 * inventory policy is broken: a line of 5 accepted with 2 on hand keeps selling. What it proves is
 * noted for the Shopify source, and the cart's elements look up again so the split is shown.
 */
export declare function learnFromCartChange(doc: Document, change: CartChange, runtime: Runtime): void;
