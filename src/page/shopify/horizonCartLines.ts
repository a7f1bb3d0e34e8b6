import { getRuntime } from '../../element/Runtime';
import { noteCartAccepted } from '../../sources/shopify/cartAcceptance';
import { followForm } from '../followForm';
import type { CartChange } from './standardEvents';

/**
 * Horizon's cart page and cart drawer (snippets/cart-products.liquid inside
 * snippets/cart-items-component.liquid; the drawer is snippets/cart-drawer.liquid):
 *   <cart-items-component data-section-id="…" [data-drawer]>
 *     <tr class="cart-items__table-row" data-key="<line key>">
 *       <td class="cart-items__details">…</td>
 *       <cart-quantity-selector-component data-variant-id="<variant id>">
 *         <input name="updates[]" value="2" data-cart-line="1">
 * Rows carry no product id: the line is looked up by its variant GID. After a quantity change
 * assets/component-cart-items.js dispatches `shopify:cart:lines-update`, posts the change and
 * morphs the section, which drops our elements: the next mount gives the rows new ones.
 */
const ROWS = 'cart-items-component tr.cart-items__table-row[data-key]';

function variantOf(row: Element): string | null {
  const id = row
    .querySelector('cart-quantity-selector-component[data-variant-id], [data-variant-id]')
    ?.getAttribute('data-variant-id')
    ?.trim();
  if (id && /^\d{1,20}$/.test(id)) return id;
  const href = row.querySelector('a[href*="variant="]')?.getAttribute('href') ?? '';
  const m = /[?&]variant=(\d{1,20})/.exec(href);
  return m ? m[1]! : null;
}

function quantityOf(row: Element): number | null {
  const input = row.querySelector<HTMLInputElement>('input[name="updates[]"], cart-quantity-selector-component input');
  if (!input) return null;
  const n = Number.parseInt(input.value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

export function mountHorizonCart(doc: Document): void {
  for (const row of Array.from(doc.querySelectorAll(ROWS))) {
    if (row.querySelector('stock-status')) continue;
    const variantId = variantOf(row);
    if (!variantId) continue;
    const el = doc.createElement('stock-status');
    el.setAttribute('product-id', `gid://shopify/ProductVariant/${variantId}`);
    el.setAttribute('variant-id', variantId);
    el.setAttribute('context', 'cart');
    el.setAttribute('data-mounted', 'auto');
    const q = quantityOf(row);
    if (q !== null) el.setAttribute('quantity', String(q));
    (row.querySelector('.cart-items__details') ?? row.lastElementChild ?? row).append(el);
    followForm(row, el, { variantId: () => variantOf(row), quantity: () => quantityOf(row) });
  }
}

/** The variant of the cart line printed with this key (compared as text: keys are the theme's data). */
function variantOfLine(doc: Document, key: string): string | null {
  for (const row of Array.from(doc.querySelectorAll('[data-key]'))) {
    if (row.getAttribute('data-key') === key) return variantOf(row);
  }
  return null;
}

/**
 * A cart change that the cart accepted cleanly is the one place the Storefront API's silence on
 * inventory policy is broken: a line of 5 accepted with 2 on hand keeps selling. What it proves is
 * noted for the Shopify source, and the cart's elements look up again so the split is shown.
 */
export function learnFromCartChange(doc: Document, change: CartChange): void {
  // Rows are re-rendered once the change lands: which variant each named line is, is read now.
  const named = change.lines.map((l) => ({ ...l, variantId: l.variantId ?? (l.key ? variantOfLine(doc, l.key) : null) }));
  void change.accepted.then((cart) => {
    if (!cart) return;
    let learnt = false;
    for (const line of named) {
      if (!line.variantId) continue;
      // An update states the line's new total; an add, at least the units added.
      const quantity = line.key !== null ? (cart.get(line.key) ?? 0) : line.quantity;
      if (quantity > 0 && noteCartAccepted(line.variantId, quantity)) learnt = true;
    }
    if (!learnt) return;
    getRuntime()?.store.clear();
    for (const el of Array.from(doc.querySelectorAll('stock-status[context="cart"]')))
      (el as Element & { refresh?: () => void }).refresh?.();
  });
}
