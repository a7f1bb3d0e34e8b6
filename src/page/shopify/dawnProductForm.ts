import { createStatusElement } from '../createStatusElement';
import { followForm } from '../followForm';
import { viewedProductId } from './standardEvents';

/**
 * Dawn's product page (sections/main-product.liquid + snippets/buy-buttons.liquid):
 *   <product-info data-section="template--…__main" data-product-id="123">
 *     <product-form><form id="product-form-template--…__main" action="/cart/add">
 *       <input type="hidden" name="id" value="<variant id>" class="product-variant-id">
 *       <input type="hidden" name="product-id" value="123">
 *     <input class="quantity__input" name="quantity" form="product-form-template--…__main">
 * assets/product-info.js sets `input[name=id].value` on a variant change, fires a bubbling
 * `change`, rewrites `?variant=` with history.replaceState and swaps parts of the section.
 * The same reading serves any theme's `/cart/add` form (the product id then may come from the
 * standard events' `view-event-payload`); Horizon's `product-form-component` has its own mount.
 */

const mounted = new WeakMap<HTMLFormElement, Element>();

/** Forms that are not the product page's own add-to-cart form. */
const NOT_MAIN =
  '.card-wrapper, .product-card-wrapper, .quick-add, quick-add-modal, cart-drawer, cart-notification, stock-status, product-form-component, product-card, dialog';

function productIdOf(form: HTMLFormElement): string | null {
  const input = form.querySelector<HTMLInputElement>('input[name="product-id"]');
  const id = input?.value.trim() || form.closest('[data-product-id]')?.getAttribute('data-product-id')?.trim();
  // Any theme that emits Shopify's standard events marks its product with a view payload.
  return id || viewedProductId(form);
}

function variantIdOf(form: HTMLFormElement, doc: Document): string | null {
  const input = form.querySelector<HTMLInputElement>('input[name="id"]');
  const fromForm = input?.value.trim();
  if (fromForm) return fromForm;
  // Dawn empties the input for an option combination that does not exist; the URL then has no variant either.
  const fromUrl = new URLSearchParams(doc.location?.search ?? '').get('variant');
  return fromUrl && /^\d{1,20}$/.test(fromUrl) ? fromUrl : null;
}

function quantityOf(form: HTMLFormElement, scope: Element): number | null {
  // Dawn's quantity input sits outside the form and joins it with form="…"; form.elements sees it.
  const named = form.elements.namedItem('quantity');
  const input = named instanceof HTMLInputElement ? named : (scope.querySelector<HTMLInputElement>('input[name="quantity"]') ?? null);
  if (!input) return null;
  const n = Number.parseInt(input.value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

export function mountDawnProduct(doc: Document): void {
  for (const form of Array.from(doc.querySelectorAll<HTMLFormElement>('form[action*="/cart/add"]'))) {
    // Dawn's second form, for the installments banner, carries the same variant id. (`form.id` is
    // clobbered by the form's own `<input name="id">`, hence getAttribute.)
    if ((form.getAttribute('id') ?? '').startsWith('product-form-installment') || form.closest(NOT_MAIN)) continue;
    if (!form.querySelector('input[name="id"]')) continue;
    if (mounted.get(form)?.isConnected) continue;
    const productId = productIdOf(form);
    if (!productId) continue;
    const scope = form.closest('product-info') ?? form.closest('section') ?? form;
    // The merchant placed one by hand: leave it be.
    if (scope.querySelector('stock-status:not([data-mounted="auto"])')) continue;
    const el = createStatusElement(doc, { productId: productId, context: 'product' });
    (form.closest('product-form') ?? form).insertAdjacentElement('afterend', el);
    mounted.set(form, el);
    followForm(scope, el, { variantId: () => variantIdOf(form, doc), quantity: () => quantityOf(form, scope) });
  }
}
