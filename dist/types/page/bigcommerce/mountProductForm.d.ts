/**
 * The shopper's option choices in a Cornerstone product form: `attribute[<optionId>]` inputs
 * (templates/components/products/options/set-rectangle.html, set-radio.html, swatch.html,
 * set-select.html) → option id → value id. Unchecked radios and the "none" value do not count.
 */
export declare function readSelections(form: HTMLFormElement): Record<string, string>;
/**
 * One `<stock-status>` right after Cornerstone's add-to-cart form (`form[data-cart-item-add]`,
 * templates/components/products/product-view.html), following the picked variant and `qty[]`.
 * The variant comes from the options via the same look-up the element makes, so the first state
 * costs one round trip.
 */
export declare function mountProductForm(form: HTMLFormElement): void;
