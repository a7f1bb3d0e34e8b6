/**
 * The theme's add-to-cart button beside a `<stock-status>` (for `data-button="manage"`):
 * Cornerstone's, Dawn's, WooCommerce's, then any product form's submit button.
 */
export declare function findCartButton(host: Element): HTMLElement | null;
