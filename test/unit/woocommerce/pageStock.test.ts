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
 * wordpress-plugin/stock-status/includes/class-stock-status-page-stock.php): the product, then its
 * variations, in the Store API's shape plus `restock_date`; read before the Store API is asked.
 */
type Raw = Record<string, unknown>;
const entry = (id: number, over: Raw = {}): Raw => ({
  id,
  parent: 0,
  type: 'simple',
  is_purchasable: true,
  is_in_stock: true,
  is_on_backorder: false,
  low_stock_remaining: null,
  sold_individually: false,
  add_to_cart: { maximum: 9999 },
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
  test('low stock with backorders: the count, then the rest by the restock date (confirmed)', async () => {
    const { ctx, calls } = context(block([entry(42, { low_stock_remaining: 2, restock_date: '2026-04-01', categories: [{ id: 15 }] })]));
    const [p] = await woocommerceSource.load(['42'], ctx);
    expect(calls).toEqual([]);
    expect(state(p)).toMatchObject({ state: 'low-stock', remaining: 2 });
    expect(state(p, 5)).toMatchObject({ state: 'backorder', shipNow: 2, eta: '2026-04-01', etaKind: 'confirmed' });
  });

  test('no backorders: no more than there are', async () => {
    const { ctx } = context(block([entry(42, { low_stock_remaining: 3, add_to_cart: { maximum: 3 } })]));
    const [p] = await woocommerceSource.load(['42'], ctx);
    expect(state(p)).toMatchObject({ state: 'low-stock', remaining: 3 });
    expect(state(p, 4).state).toBe('low-stock');
    expect(pickRecord(p!, null)?.backorderable).toBe(0);
  });

  test('out of stock with a restock date; on backorder with lead days; not purchasable', async () => {
    const { ctx, calls } = context(
      block([entry(1, { is_in_stock: false, restock_date: '2026-03-20' })]) +
        block([entry(2, { is_on_backorder: true })]) +
        block([entry(4, { is_purchasable: false })]),
    );
    const found = await woocommerceSource.load(['1', '2', '4'], ctx);
    expect(calls).toEqual([]);
    const byId = new Map(found.map((p) => [p.productId, p]));
    expect(state(byId.get('1'))).toMatchObject({ state: 'out-of-stock', eta: '2026-03-20', etaKind: 'confirmed' });
    expect(state(byId.get('2'))).toMatchObject({ state: 'backorder', shipNow: 0, eta: '2026-03-12', etaKind: 'estimated' });
    expect(state(byId.get('4')).state).toBe('unavailable');
  });

  test('variable product: each variation by its own entry, the product by its own', async () => {
    const { ctx } = context(
      block([
        entry(50, { type: 'variable', variations: [{ id: 51 }, { id: 52 }] }),
        entry(51, { parent: 50, type: 'variation', low_stock_remaining: 1, add_to_cart: { maximum: 1 } }),
        entry(52, { parent: 50, type: 'variation', is_in_stock: false }),
      ]),
    );
    const [p] = await woocommerceSource.load(['50'], ctx);
    expect(state(p, 1, '51')).toMatchObject({ state: 'low-stock', remaining: 1 });
    expect(state(p, 1, '52').state).toBe('out-of-stock');
    expect(state(p, 1, null).state).toBe('in-stock');
    // A variation the page does not list is not known: no answer rather than the product's.
    expect(state(p, 1, '99').state).toBe('unknown');
  });

  test('other products of the page (cards) still come from the Store API, in one request', async () => {
    const { ctx, calls } = context(block([entry(42)]));
    const found = await woocommerceSource.load(['42', '201', '204'], ctx);
    expect(found.map((p) => p.productId).sort()).toEqual(['201', '204', '42']);
    expect(calls).toEqual(['/wp-json/wc/store/v1/products?include=201%2C204&per_page=100&orderby=include']);
  });

  test("the page's categories serve the alternatives: no look-up of the product first", async () => {
    const { ctx, calls } = context(block([entry(204, { is_in_stock: false, categories: [{ id: 15 }] })]));
    await woocommerceSource.load(['204'], ctx);
    await woocommerceSource.alternatives!('204', 2, ctx);
    expect(calls).toEqual(['/wp-json/wc/store/v1/products?category=15&exclude=204&stock_status=instock&per_page=4']);
  });
});

describe('bad page data: one warning, and the Store API answers instead', () => {
  const cases: [string, string][] = [
    ['not JSON', '[{"id": 201, '],
    ['not a list', JSON.stringify(entry(201))],
    ['wrong types', JSON.stringify([entry(201, { is_in_stock: 'yes' })])],
    ['missing stock fields', JSON.stringify([{ id: 201, is_purchasable: true }])],
    ['hostile', JSON.stringify([entry(201, { id: '<img src=x onerror=alert(1)>' })])],
    ['huge', JSON.stringify(Array.from({ length: 1001 }, (_, i) => entry(i + 1)))],
  ];
  test.each(cases)('%s', async (_, text) => {
    expectConsole('warn', /^\[stock-status\] a <script data-stock-status-woocommerce> block is not valid; asking the Store API instead\.$/);
    const { ctx, calls } = context(block(text));
    const [p] = await woocommerceSource.load(['201'], ctx);
    expect(calls).toEqual(['/wp-json/wc/store/v1/products?include=201&per_page=100&orderby=include']);
    expect(state(p).state).toBe('in-stock');
  });

  test('a bad restock date is no date, the stock still counts', async () => {
    for (const restock_date of ['2026-02-30', 42, '<b>soon</b>']) {
      const { ctx, calls } = context(block([entry(42, { is_in_stock: false, restock_date })]));
      const [p] = await woocommerceSource.load(['42'], ctx);
      expect(calls).toEqual([]);
      expect(state(p)).toMatchObject({ state: 'out-of-stock', eta: null });
    }
  });
});
