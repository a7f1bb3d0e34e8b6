import { followForm } from './followForm';
import type { PageIntegration } from './PageIntegration';

/** Add-to-cart forms of the common themes and plain pages, most specific first. */
const FORM_SELECTORS = ['form[data-cart-item-add]', 'form[action*="/cart/add"]', 'form.cart', 'form[action*="cart" i]'];

export function findAddToCartForm(doc: Document): HTMLFormElement | null {
  for (const s of FORM_SELECTORS) {
    const f = doc.querySelector<HTMLFormElement>(s);
    if (f) return f;
  }
  return null;
}

export function readQuantity(form: Element): number | null {
  const input = form.querySelector<HTMLInputElement>('input[name="quantity"],input[name="qty[]"],input[name="qty"]');
  if (!input) return null;
  const n = Number.parseInt(input.value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/**
 * For `jsonld` and `json` on any page: one element after the add-to-cart form when the page has
 * none of its own, following the form's quantity.
 */
export const genericIntegration: PageIntegration = {
  mount(doc) {
    if (doc.querySelector('stock-status')) return;
    const form = findAddToCartForm(doc);
    if (!form) return;
    const el = doc.createElement('stock-status');
    el.setAttribute('context', 'product');
    el.setAttribute('data-mounted', 'auto');
    form.insertAdjacentElement('afterend', el);
    followForm(form, el, { variantId: () => null, quantity: () => readQuantity(form) });
  },
};
