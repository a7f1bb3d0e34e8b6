import { report } from '../../core/report';
import type { Runtime } from '../../Runtime';
import type { StoreCartLine } from '../../sources/woocommerce/loadStoreCart';
import { reapplyThemeStock } from '../yieldThemeStock';
import { answeredSince, askStoreCart, storeCartState } from './askStoreCart';
import { cartLineElement } from './cartLineElement';

/**
 * The Cart block (woocommerce/woocommerce, client/blocks/.../cart-line-items-table/cart-line-item-row.tsx):
 * React renders `tr.wc-block-cart-items__row` rows client-side from the Store API cart, with the
 * name link `a.wc-block-components-product-name`, the quantity input
 * `.wc-block-components-quantity-selector__input` and WooCommerce's own backorder and low-stock
 * badges. A row carries no product id (newer releases put the item key in `data-cart-item-key`), so
 * rows are matched to `GET /cart` items: by key where the row has one, else by position (React
 * renders the items in the cart's order) checked against the name link.
 */
const BLOCK = '.wp-block-woocommerce-cart, .wc-block-cart';
const ROWS = 'tr.wc-block-cart-items__row';
const BADGES = '.wc-block-components-product-backorder-badge, .wc-block-components-product-low-stock-badge';
const QUANTITY = 'input.wc-block-components-quantity-selector__input';

/** Rows that no cart item matches even in an answer asked for after they appeared. */
const unmatched = new WeakSet<Element>();

function sameUrl(a: string | undefined, b: string | null, doc: Document): boolean {
  if (a === undefined || b === null) return false;
  try {
    return new URL(a, doc.baseURI).href === new URL(b, doc.baseURI).href;
  } catch {
    return false;
  }
}

function lineOfRow(row: Element, index: number, count: number, lines: StoreCartLine[], doc: Document): StoreCartLine | null {
  const key = row.getAttribute('data-cart-item-key');
  if (key) return lines.find((l) => l.key === key) ?? null;
  const href = row.querySelector('a.wc-block-components-product-name')?.getAttribute('href') ?? null;
  const at = lines[index];
  // A product hidden from the catalogue has no link: its place in the list is all there is.
  if (at && (sameUrl(at.permalink, href, doc) || (href === null && lines.length === count))) return at;
  const linked = lines.filter((l) => sameUrl(l.permalink, href, doc));
  return linked.length === 1 ? linked[0]! : null;
}

export function mountBlockCartLines(doc: Document, runtime: Runtime): void {
  const { config } = runtime;
  if (!doc.querySelector(BLOCK)) return;
  const cart = storeCartState(doc);
  const again = () => mountBlockCartLines(doc, runtime);
  // React re-renders its badges inside rows we already serve.
  for (const el of Array.from(doc.querySelectorAll(`${ROWS} stock-status[data-mounted]`))) reapplyThemeStock(el);
  // Asked as soon as the block's server markup is there, while the block is still loading its rows.
  if (cart.lines === null) {
    askStoreCart(doc, runtime, again);
    return;
  }
  const rows = Array.from(doc.querySelectorAll(ROWS));
  let stale = false;
  rows.forEach((row, index) => {
    if (row.querySelector('stock-status') || unmatched.has(row)) return;
    const line = lineOfRow(row, index, rows.length, cart.lines!, doc);
    if (line) {
      cartLineElement(
        row,
        { productId: line.id, variantId: null, quantity: line.quantity },
        (el) => {
          const prices = row.querySelector('.wc-block-cart-item__prices');
          if (prices) prices.insertAdjacentElement('afterend', el);
          else (row.querySelector('.wc-block-cart-item__wrap, .wc-block-cart-item__product') ?? row).append(el);
        },
        { quantityInput: () => row.querySelector<HTMLInputElement>(QUANTITY), themeText: () => Array.from(row.querySelectorAll(BADGES)) },
        config,
      );
    } else if (answeredSince(row, cart)) {
      unmatched.add(row);
      if (!cart.skipped) report('warn', 'a Cart block row matches no line of the Store API cart; it shows no availability.');
    } else stale = true;
  });
  if (stale) askStoreCart(doc, runtime, again);
}
