import { createStatusElement } from './createStatusElement';
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

/** The current value of the first named field present: a select, a checked radio, or an input. */
export function readField(form: Element, names: string[]): string | null {
  for (const name of names) {
    const fields = Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`));
    if (fields.length === 0) continue;
    const field = fields.find((f) => !(f instanceof HTMLInputElement) || (f.type !== 'radio' && f.type !== 'checkbox') || f.checked);
    const value = field?.value.trim();
    return value ? value : null;
  }
  return null;
}

export function readQuantity(form: Element): number | null {
  const raw = readField(form, ['quantity', 'qty[]', 'qty']);
  if (raw === null) return null;
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/**
 * For `jsonld` and `json` on any page: one element after the add-to-cart form when the page has
 * none of its own, following the form's variant (`variant_id`, `variant-id` or `sku`) and quantity.
 */
export const genericIntegration: PageIntegration = {
  mount(doc, { config }) {
    if (doc.querySelector('stock-status')) return;
    const form = findAddToCartForm(doc);
    if (!form) return;
    const productId = form.getAttribute('data-product-id') ?? readField(form, ['product_id', 'product-id']);
    // Only JSON-LD can answer without an id (the page's product); elsewhere an element would stay empty.
    if (!productId && config.platform !== 'jsonld') return;
    const el = createStatusElement(doc, { productId: productId ?? '', context: 'product' });
    form.insertAdjacentElement('afterend', el);
    followForm(form, el, { variantId: () => readField(form, ['variant_id', 'variant-id', 'sku']), quantity: () => readQuantity(form) });
  },
};
