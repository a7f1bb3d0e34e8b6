import { findAddToCartForm } from './genericIntegration';

/**
 * The theme's add-to-cart button beside a `<stock-status>` (for `data-button="manage"`):
 * Cornerstone's, Dawn's, WooCommerce's, then any product form's submit button.
 */
export function findCartButton(host: Element): HTMLElement | null {
  const doc = host.ownerDocument;
  const form =
    host.closest('form') ??
    (host.previousElementSibling instanceof HTMLFormElement ? host.previousElementSibling : null) ??
    findAddToCartForm(doc);
  const scope: ParentNode = form ?? doc;
  return (
    scope.querySelector<HTMLElement>('#form-action-addToCart') ??
    scope.querySelector<HTMLElement>('button[name="add"]') ??
    scope.querySelector<HTMLElement>('button.single_add_to_cart_button') ??
    (form?.querySelector<HTMLElement>('button[type="submit"],input[type="submit"],button:not([type])') || null)
  );
}
