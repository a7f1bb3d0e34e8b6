import type { Config } from '../../config/Config';
import { report } from '../../core/report';
import type { Runtime } from '../../Runtime';
import { answeredSince, askStoreCart, storeCartState } from './askStoreCart';
import { cartLineElement } from './cartLineElement';
import { wooId } from './wooProductId';

/**
 * The classic cart page (templates/cart/cart.php): `form.woocommerce-cart-form` with one
 * `tr.woocommerce-cart-form__cart-item.cart_item` per line, the remove link carrying
 * `data-product_id` (the product's id, also for a variation), the quantity input
 * `cart[<item key>][qty]`, and WooCommerce's `p.backorder_notification`. A simple line needs no
 * cart request; a variation line (its link carries the `attribute_…` choices,
 * WC_Product_Variation::get_permalink) gets its variation id from `GET /cart` by the item key.
 */
const ROWS = 'form.woocommerce-cart-form tr.cart_item, form.woocommerce-cart-form tr.woocommerce-cart-form__cart-item';
const QUANTITY = 'input[name^="cart["][name$="][qty]"]';

const keyOf = (row: Element) =>
  /^cart\[([\w-]{1,64})\]\[qty\]$/.exec(row.querySelector<HTMLInputElement>(QUANTITY)?.name ?? '')?.[1] ?? null;
const isVariationLine = (row: Element) => /[?&]attribute_/.test(row.querySelector('td.product-name a[href]')?.getAttribute('href') ?? '');
const given = new WeakSet<Element>();

function place(row: Element, productId: string, variantId: string | null, config: Config) {
  cartLineElement(
    row,
    { productId, variantId, quantity: 1 },
    (el) => (row.querySelector('td.product-name') ?? row.lastElementChild ?? row).append(el),
    {
      quantityInput: () => row.querySelector<HTMLInputElement>(QUANTITY),
      themeText: () => Array.from(row.querySelectorAll('.backorder_notification')),
    },
    config,
  );
}

export function mountClassicCartLines(doc: Document, runtime: Runtime): void {
  const { config } = runtime;
  const cart = storeCartState(doc);
  let ask = false;
  for (const row of Array.from(doc.querySelectorAll(ROWS))) {
    if (row.querySelector('stock-status') || given.has(row)) continue;
    const productId = wooId(row.querySelector('[data-product_id]')?.getAttribute('data-product_id'));
    if (!productId) continue;
    if (!isVariationLine(row)) {
      place(row, productId, null, config);
      continue;
    }
    const key = keyOf(row);
    const line = key && cart.lines ? cart.lines.find((l) => l.key === key) : undefined;
    if (line?.variation) place(row, productId, line.id, config);
    else if (cart.failed || !key || answeredSince(row, cart)) {
      // Without its variation the line would speak for the product as a whole: better nothing.
      given.add(row);
      if (!cart.failed && !cart.skipped)
        report('warn', 'a cart line of a variation matches no variation in the Store API cart; it shows no availability.');
    } else ask = true;
  }
  if (ask) askStoreCart(doc, runtime, () => mountClassicCartLines(doc, runtime));
}
