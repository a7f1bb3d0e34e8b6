import type { Config } from '../../config/Config';
import { createStatusElement } from '../createStatusElement';
import { followForm } from '../followForm';
import { readQuantity } from '../genericIntegration';
import { reapplyThemeStock, yieldThemeStock } from '../yieldThemeStock';
import { productStockText } from './productStockText';
import { idFromPostClass, wooId } from './wooProductId';

/**
 * The single product page of WooCommerce's classic templates:
 * - simple (templates/single-product/add-to-cart/simple.php): `form.cart` with
 *   `button[name=add-to-cart]` whose value is the product id, and `input[name=quantity]`;
 * - variable (add-to-cart/variable.php + variation-add-to-cart-button.php):
 *   `form.variations_form[data-product_id]` with a hidden `input[name=variation_id]` (value "0" or "");
 * - out of stock or not purchasable: no form at all, only `p.stock` in `.summary`
 *   (content-single-product.php wraps it all in `div#product-<id>.product`); on a block theme the
 *   Add to Cart Form block (AddToCartForm.php) prints the same templates in
 *   `div.wc-block-add-to-cart-form`, with the id only in the body's `postid-<id>` class.
 */
function findProduct(doc: Document): { id: string; form: HTMLFormElement | null; anchor: Element; where: InsertPosition } | null {
  const variable = doc.querySelector<HTMLFormElement>('form.variations_form[data-product_id]');
  if (variable) {
    const id = wooId(variable.getAttribute('data-product_id'));
    if (id) return { id, form: variable, anchor: variable, where: 'afterend' };
  }
  for (const form of Array.from(doc.querySelectorAll<HTMLFormElement>('form.cart'))) {
    if (form.closest('li.product')) continue;
    const trigger = form.querySelector<HTMLButtonElement | HTMLInputElement>('[name="add-to-cart"]');
    const id = wooId(trigger?.value) ?? (form.closest('.product') ? idFromPostClass(form.closest('.product')!) : null);
    if (id) return { id, form, anchor: form, where: 'afterend' };
  }
  // Only the page's own product has id="product-<id>" (content-single-product.php); loop items never do.
  const container = doc.querySelector('div.product[id^="product-"]');
  const id = container ? idFromPostClass(container) : null;
  if (!container || !id) return blockThemeProduct(doc);
  const stock = container.querySelector('.summary .stock, .entry-summary .stock');
  if (stock) return { id, form: null, anchor: stock, where: 'afterend' };
  const summary = container.querySelector('.summary, .entry-summary');
  return summary ? { id, form: null, anchor: summary, where: 'beforeend' } : null;
}

/** A block theme's single product page with no form (out of stock): the Add to Cart Form block's stock line. */
function blockThemeProduct(doc: Document): { id: string; form: null; anchor: Element; where: InsertPosition } | null {
  const block = doc.querySelector('.wc-block-add-to-cart-form');
  const m = doc.body?.classList.contains('single-product') ? /(?:^|\s)postid-(\d+)(?:\s|$)/.exec(doc.body.className) : null;
  const id = m ? wooId(m[1]) : null;
  if (!block || !id) return null;
  const stock = block.querySelector('.stock');
  return stock ? { id, form: null, anchor: stock, where: 'afterend' } : { id, form: null, anchor: block, where: 'beforeend' };
}

/** The picked variation: WooCommerce's JS sets the input's value property, "0" or "" when none. */
function readVariation(form: HTMLFormElement): string | null {
  const input = form.querySelector<HTMLInputElement>('input[name="variation_id"], input.variation_id');
  return input ? wooId(input.value) : null;
}

/** Already there: one the merchant placed, or ours from an earlier mount. */
const hasProductElement = (doc: Document) =>
  Array.from(doc.querySelectorAll('stock-status')).some((el) => el.getAttribute('context') !== 'card' && !el.closest('li.product'));

/**
 * One `<stock-status>` after the add-to-cart form, following variation and quantity. WooCommerce
 * announces variations with jQuery events, which `addEventListener` never receives; so this follows
 * what the DOM shows instead: the shopper's own change/click on the selects, and (through
 * followForm's MutationObserver on the form) the `.single_variation_wrap` content that WooCommerce
 * re-renders after every variation it finds or resets, by which time `variation_id` is set.
 */
/** Forms waiting for WooCommerce to resolve a preselected variation (mount is called again meanwhile). */
const waiting = new WeakSet<HTMLFormElement>();

/** Every attribute is chosen (from the URL or the product's defaults) but WooCommerce has not named the variation yet. */
function variationPending(form: HTMLFormElement): boolean {
  const selects = Array.from(form.querySelectorAll<HTMLSelectElement>('select[name^="attribute_"]'));
  return selects.length > 0 && selects.every((s) => s.value !== '') && readVariation(form) === null;
}

export function mountClassicProduct(doc: Document, config: Config): void {
  // WooCommerce re-renders the variation's stock line: hide the new one too.
  for (const el of Array.from(doc.querySelectorAll('stock-status[data-mounted][context="product"]'))) reapplyThemeStock(el);
  if (hasProductElement(doc)) return;
  const found = findProduct(doc);
  if (!found) return;
  const form = found.form;
  const isVariable = !!form?.matches('.variations_form');
  if (form && isVariable && variationPending(form)) {
    // WooCommerce's own script picks the variation on jQuery's ready, just after this script runs:
    // wait for it (at most two seconds: a busy phone runs jQuery's ready late), so the first state
    // shown is the preselected variation's, not the product's.
    if (waiting.has(form)) return;
    waiting.add(form);
    const observer = new MutationObserver(() => !variationPending(form) && go());
    const timer = setTimeout(() => go(), 2000);
    const go = () => {
      observer.disconnect();
      clearTimeout(timer);
      waiting.delete(form);
      place(doc, found, true, config);
    };
    observer.observe(form, { subtree: true, childList: true, attributes: true, characterData: true });
    return;
  }
  place(doc, found, isVariable, config);
}

function place(doc: Document, found: NonNullable<ReturnType<typeof findProduct>>, isVariable: boolean, config: Config): void {
  if (hasProductElement(doc)) return;
  const el = createStatusElement(doc, { productId: found.id, context: 'product' });
  found.anchor.insertAdjacentElement(found.where, el);
  // One message: ours takes the place of WooCommerce's stock line (given back when ours is unknown).
  yieldThemeStock(el, () => productStockText(doc), config);
  const form = found.form;
  if (!form) return;
  followForm(form, el, {
    variantId: () => (isVariable ? readVariation(form) : null),
    quantity: () => readQuantity(form),
  });
}
