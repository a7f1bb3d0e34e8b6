import type { Config } from '../../config/Config';
import { createStatusElement } from '../createStatusElement';
import { followForm } from '../followForm';
import { readQuantity } from '../genericIntegration';
import { yieldThemeStock } from '../yieldThemeStock';
import type { ProductSelection } from './standardEvents';

/**
 * Horizon's product page (blocks/buy-buttons.liquid, blocks/variant-picker.liquid,
 * blocks/product-inventory.liquid, snippets/quantity-selector.liquid):
 *   <product-form-component data-product-id="123">
 *     <form action="/cart/add" data-type="add-to-cart-form">
 *       <input type="hidden" name="id" ref="variantId" value="<variant id>">
 *       <quantity-selector-component><input name="quantity" ref="quantityInput" value="1">
 *   <variant-picker data-product-id="123"><form class="variant-picker__form">…radios…</form>
 *   <product-inventory data-product-id="123"><span class="product-inventory__text" role="status">In stock</span>
 * The variant picker has its own form, outside the product form. A variant change dispatches
 * `shopify:product:select` from it; once its promise resolves, assets/product-form.js sets
 * `input[name=id].value` (a property: no attribute, no `change` event) and product-inventory.js
 * morphs the inventory text. The quantity buttons set the input's value property as well.
 */

/** Product forms that are not the page's own: quick add on a card, and its dialog. */
const NOT_MAIN = 'product-card, dialog, quick-add-component, .quick-add-modal, stock-status';
const SCOPE = '.shopify-section, dialog';

const mounted = new WeakMap<Element, Element>();

function productIdOf(component: Element): string | null {
  const id = component.getAttribute('data-product-id')?.trim() ?? '';
  return /^\d{1,20}$/.test(id) ? id : null;
}

function variantIdOf(form: HTMLFormElement): string | null {
  const value = form.querySelector<HTMLInputElement>('input[name="id"]')?.value.trim() ?? '';
  // Horizon empties the input for an option combination that is no variant.
  return /^\d{1,20}$/.test(value) ? value : null;
}

/** The theme's own stock text for this product: Horizon's inventory block(s) in the same section. */
function inventoryBlocks(scope: Element, productId: string): Element[] {
  return Array.from(scope.querySelectorAll('product-inventory')).filter((b) => {
    const id = b.getAttribute('data-product-id');
    // The block prints the template's product; a block without one belongs to the section's.
    return !id || id === productId || !/^\d+$/.test(id);
  });
}

export function mountHorizonProduct(doc: Document, config: Config): void {
  for (const component of Array.from(doc.querySelectorAll('product-form-component'))) {
    if (component.closest(NOT_MAIN) || mounted.get(component)?.isConnected) continue;
    const form = component.querySelector<HTMLFormElement>('form[action*="/cart/add"], form[data-type="add-to-cart-form"]');
    const productId = productIdOf(component);
    if (!form || !productId || !form.querySelector('input[name="id"]')) continue;
    const scope = component.closest(SCOPE) ?? doc.body;
    // The merchant placed one by hand: leave it be.
    if (scope.querySelector('stock-status:not([data-mounted="auto"])')) continue;
    const el = createStatusElement(doc, { productId: productId, context: 'product' });
    // Where the inventory block speaks, ours takes its place; otherwise under the buy buttons.
    const blocks = inventoryBlocks(scope, productId);
    const anchor = blocks.at(-1) ?? component.closest('.buy-buttons-block') ?? component;
    anchor.insertAdjacentElement('afterend', el);
    mounted.set(component, el);
    followForm(scope, el, { variantId: () => variantIdOf(form), quantity: () => readQuantity(form) });
    yieldThemeStock(el, () => inventoryBlocks(scope, productId), config);
  }
}

/**
 * A `shopify:product:select` for a product form we follow: once the theme has found the variant,
 * ours shows it (Horizon then sets the hidden input silently, which followForm would only see on
 * the shopper's next move). A selection on a product card is the card's own business.
 */
export function followHorizonSelection(doc: Document, selection: ProductSelection): void {
  const scope = selection.target.closest(SCOPE) ?? doc.body;
  const card = selection.target.closest('product-card');
  const ours = Array.from(scope.querySelectorAll('stock-status[data-mounted="auto"][context="product"]')).filter(
    (el) => el.getAttribute('product-id') === selection.productId && (!card || card.contains(el)),
  );
  if (!ours.length) return;
  void selection.variant.then((variant) => {
    if (variant === undefined) return;
    for (const el of ours) {
      if (!el.isConnected) continue;
      if (variant === null) el.removeAttribute('variant-id');
      else if (el.getAttribute('variant-id') !== variant) el.setAttribute('variant-id', variant);
    }
  });
}
