import type { Runtime } from '../../Runtime';
import { createStatusElement, hasOwnElement } from '../createStatusElement';
import { readQuantity } from '../genericIntegration';
import { yieldThemeStock } from '../yieldThemeStock';
import { followOptions } from './followOptions';
import { readOptionFields } from './readOptionFields';

/**
 * The shopper's option choices in a Cornerstone product form: `attribute[<optionId>]` inputs
 * (templates/components/products/options/set-rectangle.html, set-radio.html, swatch.html,
 * set-select.html) → option id → value id. Unchecked radios and the "none" value do not count.
 */
export const readSelections = (form: HTMLFormElement): Record<string, string> => readOptionFields(form, /^attribute\[(\d+)\]$/);

/**
 * Cornerstone's own stock text for this form, which ours stands in for: the "Current Stock:" /
 * "N in stock" label, and since 6.21 the backorder prompt and the "N will be backordered" line
 * (templates/components/products/product-view.html). Picklist (bundled item) lines stay: they speak
 * of other products.
 */
export function cornerstoneStockText(form: HTMLFormElement): Element[] {
  const scope = form.closest('.productView') ?? form;
  const found = Array.from(scope.querySelectorAll('[data-backorder-prompt], [data-product-backordered], [data-qty-backordered-message]'));
  for (const count of Array.from(scope.querySelectorAll('[data-product-stock]'))) found.push(count.closest('.form-label') ?? count);
  return found;
}

/**
 * One `<stock-status>` right after Cornerstone's add-to-cart form (`form[data-cart-item-add]`,
 * templates/components/products/product-view.html), following the picked variant and `qty[]`,
 * in place of the theme's own stock text (unless `data-theme-stock="keep"`).
 */
export function mountCornerstoneProduct(form: HTMLFormElement, runtime: Runtime): void {
  const { config } = runtime;
  const doc = form.ownerDocument;
  const productId = form.querySelector<HTMLInputElement>('input[name="product_id"]')?.value.trim() ?? '';
  if (!/^\d+$/.test(productId)) return;
  if (hasOwnElement(doc, productId)) return;
  const el = createStatusElement(doc, { productId: productId, context: 'product' });
  el.setAttribute('quantity', String(readQuantity(form) ?? 1));
  form.insertAdjacentElement('afterend', el);
  followOptions(form, el, productId, { selections: () => readSelections(form), quantity: () => readQuantity(form) }, runtime.store);
  yieldThemeStock(el, () => cornerstoneStockText(form), config);
}
