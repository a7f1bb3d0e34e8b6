import { describe, expect, test } from 'vitest';
import { catalog } from '../../../demo/mocks/woocommerce-catalog.mjs';
import { DEFAULT_CONFIG } from '../../../src/config/Config';
import { computeEta } from '../../../src/core/computeEta';
import { resolveAvailability } from '../../../src/core/resolveAvailability';
import { type ProductStock, pickRecord } from '../../../src/core/StockRecord';
import type { SourceContext } from '../../../src/sources/Source';
import { woocommerceSource } from '../../../src/sources/woocommerce/woocommerceSource';
import { expectConsole } from '../../setup/failOnConsole';

/**
 * The product page's stock as the WordPress plugin writes it (Stock_Status_Page_Stock::of_product,
 * wordpress-plugin/stock-status/includes/class-stock-status-page-stock.php), read by the
 * WooCommerce source before it asks the Store API.
 */
type Raw = Record<string, unknown>;
const facts = (over: Raw = {}): Raw => ({
  purchasable: true,
  stock_status: 'instock',
  manage_stock: true,
  stock_quantity: 10,
  backorders: 'no',
  low_stock_amount: 2,
  restock_date: null,
  ...over,
});
const block = (data: unknown) =>
  `<script type="application/json" data-stock-status-woocommerce>${typeof data === 'string' ? data : JSON.stringify(data)}</script>`;

function context(html: string) {
  const calls: string[] = [];
  document.body.innerHTML = html;
  const ctx: SourceContext = {
    config: { ...DEFAULT_CONFIG, platform: 'woocommerce', timeZone: 'UTC' },
    transport: {
      async json(url) {
        const u = new URL(url);
        calls.push(u.pathname + u.search);
        const include = (u.searchParams.get('include') ?? '').split(',').map(Number);
        return structuredClone(catalog().filter((p) => p.type !== 'variation' && include.includes(p.id as number)));
      },
    },
    signal: new AbortController().signal,
    document,
  };
  return { ctx, calls };
}

const TODAY = '2026-03-02';
const state = (stock: ProductStock | undefined, quantity = 1, variant: string | null = null) => {
  const record = pickRecord(stock ?? null, variant);
  const a = resolveAvailability(record, quantity);
  return { state: a.state, shipNow: a.shipNow, remaining: a.remaining, ...computeEta(a, record, { leadDays: 10 }, TODAY) };
};

describe('the product page described by the plugin: no request', () => {
  test('simple product: count, low-stock threshold, backorders taken and the restock date', async () => {
    const { ctx, calls } = context(
      block({ product_id: 42, ...facts({ stock_quantity: 2, backorders: 'notify', restock_date: '2026-04-01' }), categories: [15] }),
    );
    const [p] = await woocommerceSource.load(['42'], ctx);
    expect(calls).toEqual([]);
    expect(state(p)).toMatchObject({ state: 'low-stock', remaining: 2 });
    // Wanting 5 of 2 with backorders on: 2 now, the rest by the merchant's restock date (confirmed).
    expect(state(p, 5)).toMatchObject({ state: 'backorder', shipNow: 2, eta: '2026-04-01', etaKind: 'confirmed' });
  });

  test('above the threshold with backorders off: in stock, and no more than are there', async () => {
    const { ctx } = context(block({ product_id: 42, ...facts({ stock_quantity: 10 }) }));
    const [p] = await woocommerceSource.load(['42'], ctx);
    expect(state(p)).toMatchObject({ state: 'in-stock' });
    expect(state(p, 11).state).toBe('low-stock');
  });

  test('out of stock with a restock date; on backorder; not managed; not purchasable', async () => {
    const { ctx, calls } = context(
      [
        block({ product_id: 1, ...facts({ stock_status: 'outofstock', stock_quantity: 0, restock_date: '2026-03-20' }) }),
        block({ product_id: 2, ...facts({ stock_status: 'onbackorder', stock_quantity: -3, backorders: 'yes' }) }),
        block({ product_id: 3, ...facts({ manage_stock: false, stock_quantity: null, low_stock_amount: null }) }),
        block({ product_id: 4, ...facts({ purchasable: false }) }),
      ].join(''),
    );
    const found = await woocommerceSource.load(['1', '2', '3', '4'], ctx);
    expect(calls).toEqual([]);
    const byId = new Map(found.map((p) => [p.productId, p]));
    expect(state(byId.get('1'))).toMatchObject({ state: 'out-of-stock', eta: '2026-03-20', etaKind: 'confirmed' });
    expect(state(byId.get('2'))).toMatchObject({ state: 'backorder', shipNow: 0, eta: '2026-03-12', etaKind: 'estimated' });
    expect(state(byId.get('3'), 500).state).toBe('in-stock');
    expect(state(byId.get('4')).state).toBe('unavailable');
  });

  test('variable product: each variation by its own facts, the product by its own', async () => {
    const { ctx } = context(
      block({
        product_id: 50,
        ...facts({ manage_stock: false, stock_quantity: null }),
        variations: [
          { id: 51, ...facts({ stock_quantity: 1 }) },
          { id: 52, ...facts({ stock_status: 'outofstock', stock_quantity: 0 }) },
        ],
      }),
    );
    const [p] = await woocommerceSource.load(['50'], ctx);
    expect(state(p, 1, '51')).toMatchObject({ state: 'low-stock', remaining: 1 });
    expect(state(p, 1, '52').state).toBe('out-of-stock');
    expect(state(p, 1, null).state).toBe('in-stock');
    // A variation the page does not list is not known: no answer rather than the product's.
    expect(state(p, 1, '99').state).toBe('unknown');
  });

  test('"Never show quantity remaining" (stock_format no_amount): low stock without a number', async () => {
    const { ctx } = context(block({ product_id: 42, ...facts({ stock_quantity: 1 }), stock_format: 'no_amount' }));
    const [p] = await woocommerceSource.load(['42'], ctx);
    expect(state(p)).toMatchObject({ state: 'low-stock', remaining: null });
  });

  test('other products of the page (cards) still come from the Store API, in one request', async () => {
    const { ctx, calls } = context(block({ product_id: 42, ...facts() }));
    const found = await woocommerceSource.load(['42', '201', '204'], ctx);
    expect(found.map((p) => p.productId).sort()).toEqual(['201', '204', '42']);
    expect(calls).toEqual(['/wp-json/wc/store/v1/products?include=201%2C204&per_page=100&orderby=include']);
  });
});

describe('bad page data: one warning, and the Store API answers instead', () => {
  const cases: [string, string][] = [
    ['not JSON', '{"product_id": 201, '],
    ['wrong types', JSON.stringify({ product_id: '201', ...facts({ stock_quantity: 'lots' }) })],
    ['a status WooCommerce does not have', JSON.stringify({ product_id: 201, ...facts({ stock_status: 'maybe' }) })],
    ['missing stock fields', JSON.stringify({ product_id: 201, purchasable: true })],
    ['hostile', JSON.stringify({ product_id: '<img src=x onerror=alert(1)>', ...facts() })],
    ['huge', JSON.stringify({ product_id: 201, ...facts(), pad: 'x'.repeat(2_100_000) })],
  ];
  test.each(cases)('%s', async (_, text) => {
    expectConsole('warn', /\[stock-status\] a <script data-stock-status-woocommerce> block (is not valid JSON|does not match)/);
    const { ctx, calls } = context(block(text));
    const [p] = await woocommerceSource.load(['201'], ctx);
    expect(calls).toEqual(['/wp-json/wc/store/v1/products?include=201&per_page=100&orderby=include']);
    expect(state(p).state).toBe('in-stock');
  });

  test('a bad restock date is no date, the stock still counts', async () => {
    const { ctx, calls } = context(block({ product_id: 42, ...facts({ stock_status: 'outofstock', restock_date: '2026-02-30' }) }));
    const [p] = await woocommerceSource.load(['42'], ctx);
    expect(calls).toEqual([]);
    expect(state(p)).toMatchObject({ state: 'out-of-stock', eta: null });
  });
});
