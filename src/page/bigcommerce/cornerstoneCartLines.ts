import type { Config } from '../../config/Config';
import { report } from '../../core/report';
import { type CartLine, loadCartLines } from '../../sources/bigcommerce/loadCartLines';
import { createTransport } from '../../sources/Transport';
import { createStatusElement } from '../createStatusElement';
import { followForm } from '../followForm';
import { yieldThemeStock } from '../yieldThemeStock';

/** Lines already known, by line item id; Cornerstone re-renders the cart after each change. */
const known = new Map<string, CartLine>();
let asking: Promise<void> | null = null;

const rowsOf = (doc: Document) =>
  Array.from(doc.querySelectorAll<HTMLElement>('[data-item-row]')).filter((r) => !r.querySelector('stock-status'));
const lineIdOf = (row: Element) => row.querySelector('[data-cart-itemid]')?.getAttribute('data-cart-itemid') ?? null;

/**
 * The line's own stock text since Cornerstone 6.20 (`p.cart-item-backorder-message` in the quantity
 * cell: "N in stock", "N will be backordered", the backorder message), which ours stands in for;
 * the bundled items' lines (`.cart-item-option-stock`) speak of other products and stay.
 */
const lineStockText = (row: Element) => Array.from(row.querySelectorAll(':scope > td > p.cart-item-backorder-message'));

function place(doc: Document, row: HTMLElement, line: CartLine, config: Config) {
  const el = createStatusElement(doc, { productId: line.productId, context: 'cart' });
  if (line.variantId) el.setAttribute('variant-id', line.variantId);
  el.setAttribute('quantity', String(line.quantity));
  (row.querySelector('.cart-item-title') ?? row.firstElementChild ?? row).append(el);
  yieldThemeStock(el, () => lineStockText(row), config);
  const input = row.querySelector<HTMLInputElement>('input.cart-item-qty-input');
  if (input) {
    followForm(row, el, {
      variantId: () => line.variantId,
      quantity: () => {
        const n = Number.parseInt(input.value, 10);
        return Number.isFinite(n) && n > 0 ? n : null;
      },
    });
  }
}

/**
 * One `context="cart"` notice per line of Cornerstone's cart (templates/components/cart/content.html:
 * `<tr class="cart-item" data-item-row>` with `data-cart-itemid` and the `qty-<id>` input). The
 * markup has no product or variant ids, so the lines come from the Storefront API's cart.
 */
export function mountCornerstoneCartLines(doc: Document, config: Config): void {
  const rows = rowsOf(doc);
  if (rows.length === 0) return;
  const missing = rows.some((r) => {
    const id = lineIdOf(r);
    return id !== null && !known.has(id);
  });
  if (!missing) {
    for (const row of rows) place(doc, row, known.get(lineIdOf(row)!)!, config);
    return;
  }
  if (asking) return;
  const context = { config, transport: createTransport(), signal: new AbortController().signal, document: doc };
  asking = loadCartLines(context)
    .then(
      (lines) => {
        for (const line of lines) known.set(line.lineId, line);
        for (const row of rowsOf(doc)) {
          const line = known.get(lineIdOf(row) ?? '');
          if (line) place(doc, row, line, config);
        }
      },
      (e) => report('warn', `could not read the cart for per-line availability: ${(e as Error).message}`),
    )
    .finally(() => {
      asking = null;
    });
}
