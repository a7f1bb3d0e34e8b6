import { getRuntime } from '../../element/Runtime';
import { variantForOptions } from '../../sources/bigcommerce/variantForOptions';
import { followForm } from '../followForm';
import { readQuantity } from '../genericIntegration';

/**
 * The shopper's option choices in a Cornerstone product form: `attribute[<optionId>]` inputs
 * (templates/components/products/options/set-rectangle.html, set-radio.html, swatch.html,
 * set-select.html) → option id → value id. Unchecked radios and the "none" value do not count.
 */
export function readSelections(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const input of Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name],select[name]'))) {
    const option = /^attribute\[(\d+)\]$/.exec(input.name)?.[1];
    if (!option || input.disabled) continue;
    if (input instanceof HTMLInputElement && (input.type === 'radio' || input.type === 'checkbox') && !input.checked) continue;
    if (/^\d+$/.test(input.value)) out[option] = input.value;
  }
  return out;
}

/**
 * One `<stock-status>` right after Cornerstone's add-to-cart form (`form[data-cart-item-add]`,
 * templates/components/products/product-view.html), following the picked variant and `qty[]`.
 * The variant comes from the options via the same look-up the element makes, so the first state
 * costs one round trip.
 */
export function mountProductForm(form: HTMLFormElement): void {
  const doc = form.ownerDocument;
  const productId = form.querySelector<HTMLInputElement>('input[name="product_id"]')?.value.trim() ?? '';
  if (!/^\d+$/.test(productId)) return;
  // A merchant's own element for this product wins.
  const own = Array.from(doc.querySelectorAll('stock-status:not([data-mounted])')).some(
    (e) => e.getAttribute('product-id') === productId && !['card', 'cart'].includes(e.getAttribute('context') ?? ''),
  );
  if (own) return;
  const el = doc.createElement('stock-status');
  el.setAttribute('product-id', productId);
  el.setAttribute('context', 'product');
  el.setAttribute('data-mounted', 'auto');
  el.setAttribute('quantity', String(readQuantity(form) ?? 1));
  const quantity = () => readQuantity(form);
  // Ask before the element does, so this answer (and the variant it gives) is ready first.
  const pending = getRuntime()?.store.get(productId) ?? Promise.resolve(null);
  form.insertAdjacentElement('afterend', el);
  pending.then(
    (stock) => followForm(form, el, { variantId: () => variantForOptions(stock, readSelections(form)), quantity }),
    () => followForm(form, el, { variantId: () => null, quantity }),
  );
}
