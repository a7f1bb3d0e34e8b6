// The demo shopper's cart as the WooCommerce Store API answers it (GET /wp-json/wc/store/v1/cart:
// shape of src/StoreApi/Schemas/V1/CartSchema.php and CartItemSchema.php). Its lines live in the
// `woo_demo_cart` cookie ("206x5.212x1"), so every browser context has a cart of its own.
// Item keys are the md5 of the product id (WooCommerce's are the md5 of the line's data).
// Bad answers for the bad-data tests, by mode: malformed, hostile, huge, drift, down (slow is handled
// by the caller: the usual answer, late), other (a cart whose lines the page does not show).
import { createHash } from 'node:crypto';
import { catalog } from './woocommerce-catalog.mjs';

export const CART_MODES = ['malformed', 'hostile', 'huge', 'drift', 'down', 'slow', 'other'];

/** Canvas Cap ×5 (2 on hand, backorders taken), Zip Hoodie Red ×1, Wool Scarf ×1, Pocket Tee ×2. */
const DEFAULT = [
  [206, 5],
  [212, 1],
  [202, 1],
  [207, 2],
];

export function cartOf(cookieHeader = '') {
  const m = /(?:^|;\s*)woo_demo_cart=([\dx.]*)/.exec(cookieHeader);
  if (!m) return DEFAULT.map(([id, q]) => [id, q]);
  return m[1]
    .split('.')
    .filter(Boolean)
    .map((s) => s.split('x').map(Number))
    .filter(([id, q]) => id > 0 && q > 0);
}

export const cartCookie = (lines) => `woo_demo_cart=${lines.map(([id, q]) => `${id}x${q}`).join('.')}; Path=/; SameSite=Lax`;

const key = (id) => createHash('md5').update(String(id)).digest('hex');

function item(p, quantity) {
  const backorders = p.add_to_cart.maximum === 9999 && (p.low_stock_remaining !== null || p.is_on_backorder);
  const parent = p.parent ? catalog().find((x) => x.id === p.parent) : null;
  const colour = p.variation.replace(/^Colour: /, '');
  return {
    key: key(p.id),
    id: p.id,
    type: p.type,
    quantity,
    quantity_limits: { minimum: 1, maximum: backorders ? 9999 : Math.min(p.add_to_cart.maximum, 9999), multiple_of: 1, editable: true },
    name: p.name,
    short_description: p.short_description,
    description: p.description,
    sku: p.sku,
    low_stock_remaining: p.low_stock_remaining,
    backorders_allowed: backorders,
    // The store sends backorder notifications ("notify"): the badge shows when the line outgrows the stock.
    show_backorder_badge: backorders && (p.is_on_backorder || quantity > (p.low_stock_remaining ?? Number.POSITIVE_INFINITY)),
    sold_individually: p.sold_individually,
    permalink: parent ? `${parent.permalink}?attribute_colour=${colour.toLowerCase()}` : p.permalink,
    images: p.images,
    variation: parent ? [{ raw_attribute: 'attribute_colour', attribute: 'Colour', value: colour }] : [],
    item_data: [],
    prices: {
      ...p.prices,
      raw_prices: {
        precision: 6,
        price: `${p.prices.price}0000`,
        regular_price: `${p.prices.price}0000`,
        sale_price: `${p.prices.price}0000`,
      },
    },
    totals: {
      ...Object.fromEntries(Object.entries(p.prices).filter(([k]) => k.startsWith('currency_'))),
      line_subtotal: String(Number(p.prices.price) * quantity),
      line_subtotal_tax: '0',
      line_total: String(Number(p.prices.price) * quantity),
      line_total_tax: '0',
    },
    catalog_visibility: 'visible',
    extensions: {},
  };
}

/** The cart answer for these lines, or a bad one for `mode`. */
export function cartAnswer(lines, mode) {
  const products = catalog();
  const items = lines.map(([id]) => products.find((p) => p.id === id)).filter(Boolean);
  const good = {
    items: items.map((p) => item(p, lines.find(([id]) => id === p.id)[1])),
    coupons: [],
    fees: [],
    items_count: lines.reduce((n, [, q]) => n + q, 0),
    items_weight: 0,
    cross_sells: [],
    needs_payment: true,
    needs_shipping: true,
    has_calculated_shipping: false,
    errors: [],
    payment_methods: ['cod'],
    extensions: {},
  };
  if (mode === 'down') return { status: 500, body: { code: 'internal_server_error', message: 'demo failure', data: { status: 500 } } };
  if (mode === 'malformed') return { status: 200, body: '<!doctype html><p>Database error', headers: { 'content-type': 'text/html' } };
  if (mode === 'hostile')
    return {
      ...good,
      items: good.items.map((i) => ({ ...i, key: '<img src=x onerror=alert(1)>', id: `<img src=x onerror=alert(${i.id})>` })),
    };
  // Another cart than the one the page shows (a stale page, another tab): no row matches it.
  if (mode === 'other') return cartAnswer([[203, 1]]);
  if (mode === 'huge') return { ...good, items: Array.from({ length: 800 }, () => good.items[0]) };
  // A plugin (or a future release) renames fields and sends quantities as strings.
  if (mode === 'drift')
    return { ...good, items: good.items.map(({ id, quantity, ...rest }) => ({ ...rest, product_id: id, quantity: String(quantity) })) };
  return good;
}
