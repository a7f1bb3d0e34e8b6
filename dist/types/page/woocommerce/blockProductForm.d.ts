import type { Config } from "../../config/Config.js";
/**
 * The Add to Cart + Options block (AddToCartWithOptions.php): `form.wc-block-add-to-cart-with-options`
 * driven by the Interactivity API, with a hidden `add-to-cart` input holding the product id and,
 * for variable products, a hidden `variation_id` that the store binds (`data-wp-bind--value`) as
 * the shopper picks attributes: no change event, only the value changes. Quantity is the classic
 * `input[name=quantity]` that the block's steppers set.
 */
export declare function mountBlockProduct(doc: Document, config: Config): void;
