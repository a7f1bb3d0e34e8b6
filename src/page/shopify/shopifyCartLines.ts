import type { Runtime } from '../../Runtime';
import { noteCartAccepted } from '../../sources/shopify/cartAcceptance';
import { createStatusElement } from '../createStatusElement';
import { followForm } from '../followForm';
import type { CartChange } from './standardEvents';

/**
 * Cart lines, on the cart page and in the drawer, of Horizon and Dawn. Neither prints a product id
 * in a row, so a line is looked up by its variant GID (the Shopify source answers variant GIDs with
 * their product in the same request).
 * - Horizon (snippets/cart-products.liquid in snippets/cart-items-component.liquid; the drawer in
 *   snippets/cart-drawer.liquid): `<cart-items-component>` → `<tr class="cart-items__table-row"
 *   data-key="<line key>">`, `<td class="cart-items__details">`, `<cart-quantity-selector-component
 *   data-variant-id="<variant id>">` with `<input name="updates[]" data-cart-line="1">`.
 *   After a change assets/component-cart-items.js dispatches `shopify:cart:lines-update`, posts
 *   it and morphs the section, which drops our elements: the next mount gives the rows new ones.
 * - Dawn (sections/main-cart-items.liquid, snippets/cart-drawer.liquid): `<tr class="cart-item">`,
 *   `<input class="quantity__input" name="updates[]" data-quantity-variant-id="<variant id>">`.
 */
const ROWS = 'cart-items .cart-item, cart-drawer-items .cart-item, cart-items-component tr.cart-items__table-row[data-key]';
const DIGITS = /^\d{1,20}$/;

function variantOf(row: Element): string | null {
  const carrier = row.querySelector('[data-quantity-variant-id], [data-variant-id]');
  const id = (carrier?.getAttribute('data-quantity-variant-id') ?? carrier?.getAttribute('data-variant-id'))?.trim();
  if (id && DIGITS.test(id)) return id;
  // Older Dawn: only the product link knows the variant (`/products/handle?variant=123`).
  const m = /[?&]variant=(\d{1,20})/.exec(row.querySelector('a[href*="variant="]')?.getAttribute('href') ?? '');
  return m ? m[1]! : null;
}

function quantityOf(row: Element): number | null {
  const input = row.querySelector<HTMLInputElement>('input[name="updates[]"], input.quantity__input');
  if (!input) return null;
  const n = Number.parseInt(input.value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

export function mountShopifyCartLines(doc: Document): void {
  for (const row of Array.from(doc.querySelectorAll(ROWS))) {
    if (row.querySelector('stock-status')) continue;
    const variantId = variantOf(row);
    if (!variantId) continue;
    const el = createStatusElement(doc, {
      productId: `gid://shopify/ProductVariant/${variantId}`,
      variantId,
      quantity: quantityOf(row),
      context: 'cart',
    });
    (row.querySelector('.cart-item__details, .cart-items__details') ?? row.lastElementChild ?? row).append(el);
    followForm(row, el, { variantId: () => variantOf(row), quantity: () => quantityOf(row) });
  }
}

/**
 * A cart change that the cart accepted cleanly is the one place the Storefront API's silence on
 * inventory policy is broken: a line of 5 accepted with 2 on hand keeps selling. What it proves is
 * noted for the Shopify source, and the cart's elements look up again so the split is shown.
 */
export function learnFromCartChange(doc: Document, change: CartChange, runtime: Runtime): void {
  // Rows are re-rendered once the change lands: which variant each named line is, is read now
  // (keys are compared as text, never put into a selector).
  const rows = Array.from(doc.querySelectorAll('[data-key]'));
  const named = change.lines.map((l) => ({
    ...l,
    variantId:
      l.variantId ?? (l.key === null ? null : variantOf(rows.find((r) => r.getAttribute('data-key') === l.key) ?? doc.createElement('i'))),
  }));
  void change.accepted.then((cart) => {
    let learnt = false;
    for (const line of cart ? named : []) {
      // An update states the line's new total; an add, at least the units added.
      const quantity = line.key === null ? line.quantity : (cart!.get(line.key) ?? 0);
      if (line.variantId && noteCartAccepted(line.variantId, quantity)) learnt = true;
    }
    if (!learnt) return;
    runtime.store.clear();
    for (const el of Array.from(doc.querySelectorAll('stock-status[context="cart"]')))
      (el as Element & { refresh?: () => void }).refresh?.();
  });
}
