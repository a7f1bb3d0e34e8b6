import type { Runtime } from "../../Runtime.js";
/**
 * The shopper's option choices in a Cornerstone product form: `attribute[<optionId>]` inputs
 * (templates/components/products/options/set-rectangle.html, set-radio.html, swatch.html,
 * set-select.html) → option id → value id. Unchecked radios and the "none" value do not count.
 */
export declare const readSelections: (form: HTMLFormElement) => Record<string, string>;
/**
 * Cornerstone's own stock text for this form, which ours stands in for: the "Current Stock:" /
 * "N in stock" label, and since 6.21 the backorder prompt and the "N will be backordered" line
 * (templates/components/products/product-view.html). Picklist (bundled item) lines stay: they speak
 * of other products.
 */
export declare function cornerstoneStockText(form: HTMLFormElement): Element[];
/**
 * One `<stock-status>` right after Cornerstone's add-to-cart form (`form[data-cart-item-add]`,
 * templates/components/products/product-view.html), following the picked variant and `qty[]`,
 * in place of the theme's own stock text (unless `data-theme-stock="keep"`).
 */
export declare function mountCornerstoneProduct(form: HTMLFormElement, runtime: Runtime): void;
