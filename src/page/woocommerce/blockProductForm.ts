import type { Config } from '../../config/Config';
import { createStatusElement } from '../createStatusElement';
import { followForm } from '../followForm';
import { readQuantity } from '../genericIntegration';
import { yieldThemeStock } from '../yieldThemeStock';
import { productStockText } from './productStockText';
import { wooId } from './wooProductId';

/**
 * The Add to Cart + Options block (AddToCartWithOptions.php): `form.wc-block-add-to-cart-with-options`
 * driven by the Interactivity API, with a hidden `add-to-cart` input holding the product id and,
 * for variable products, a hidden `variation_id` that the store binds (`data-wp-bind--value`) as
 * the shopper picks attributes: no change event, only the value changes. Quantity is the classic
 * `input[name=quantity]` that the block's steppers set.
 */
export function mountBlockProduct(doc: Document, config: Config): void {
  for (const form of Array.from(doc.querySelectorAll<HTMLFormElement>('form.wc-block-add-to-cart-with-options'))) {
    const next = form.nextElementSibling;
    if (next?.localName === 'stock-status') continue;
    const id = wooId(form.querySelector<HTMLInputElement>('input[name="add-to-cart"]')?.value);
    if (!id) continue;
    const variation = form.querySelector<HTMLInputElement>('input[name="variation_id"]');
    const el = createStatusElement(doc, { productId: id, context: 'product' });
    form.insertAdjacentElement('afterend', el);
    followForm(form, el, { variantId: () => (variation ? wooId(variation.value) : null), quantity: () => readQuantity(form) });
    yieldThemeStock(el, () => productStockText(doc), config);
  }
}
