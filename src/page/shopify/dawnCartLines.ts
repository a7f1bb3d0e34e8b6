import { followForm } from '../followForm';

/**
 * Dawn's cart page and drawer (sections/main-cart-items.liquid, snippets/cart-drawer.liquid):
 * `<tr class="cart-item">` rows whose quantity input is
 * `<input class="quantity__input" name="updates[]" data-quantity-variant-id="<variant id>" value="2">`.
 * Dawn prints no product id in a cart row, so the line is looked up by its variant GID (the
 * Shopify source answers variant GIDs with their product in the same request).
 */
function variantOf(row: Element): string | null {
  const fromInput = row.querySelector('[data-quantity-variant-id]')?.getAttribute('data-quantity-variant-id')?.trim();
  if (fromInput && /^\d{1,20}$/.test(fromInput)) return fromInput;
  // Older Dawn: only the product link knows the variant (`/products/handle?variant=123`).
  const href = row.querySelector<HTMLAnchorElement>('a[href*="variant="]')?.getAttribute('href') ?? '';
  const m = /[?&]variant=(\d{1,20})/.exec(href);
  return m ? m[1]! : null;
}

function quantityOf(row: Element): number | null {
  const input = row.querySelector<HTMLInputElement>('input[name="updates[]"], input.quantity__input');
  if (!input) return null;
  const n = Number.parseInt(input.value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

export function mountDawnCart(doc: Document): void {
  for (const row of Array.from(doc.querySelectorAll('cart-items .cart-item, cart-drawer-items .cart-item'))) {
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
    (row.querySelector('.cart-item__details') ?? row.lastElementChild ?? row).append(el);
    followForm(row, el, { variantId: () => variantOf(row), quantity: () => quantityOf(row) });
  }
}
