import { describe, expect, test } from 'vitest';
import { cartAnswer } from '../../../demo/mocks/woocommerce-cart.mjs';
import { catalog } from '../../../demo/mocks/woocommerce-catalog.mjs';
import { DEFAULT_CONFIG } from '../../../src/config/Config';
import { resolveAvailability } from '../../../src/core/resolveAvailability';
import { pickRecord } from '../../../src/core/StockRecord';
import type { SourceContext } from '../../../src/sources/Source';
import { loadStoreCart } from '../../../src/sources/woocommerce/loadStoreCart';
import { woocommerceSource } from '../../../src/sources/woocommerce/woocommerceSource';
import { expectConsole } from '../../setup/failOnConsole';

/**
 * The Store API cart (GET /cart; CartSchema.php / CartItemSchema.php) and what the source makes of
 * its lines: a variation line names the variation, so it is asked for as a variation.
 */
function context(answer: (url: URL) => unknown) {
  const calls: URL[] = [];
  const ctx: SourceContext = {
    config: { ...DEFAULT_CONFIG, platform: 'woocommerce' },
    transport: {
      async json(url, init) {
        const u = new URL(url);
        calls.push(u);
        expect(init.credentials).toBe('same-origin');
        const body = answer(u);
        if (body instanceof Error) throw body;
        return structuredClone(body);
      },
    },
    signal: new AbortController().signal,
    document,
  };
  return { ctx, calls };
}
const DEMO_CART = [
  [206, 5],
  [212, 1],
];

describe('loadStoreCart', () => {
  test('GET <endpoint>/cart with the session cookie; lines by key, id, quantity, variation or not', async () => {
    const { ctx, calls } = context(() => cartAnswer(DEMO_CART));
    const { lines, skipped } = await loadStoreCart(ctx);
    expect(calls.map((u) => u.pathname + u.search)).toEqual(['/wp-json/wc/store/v1/cart']);
    expect(skipped).toBe(0);
    expect(lines).toEqual([
      { key: expect.stringMatching(/^[0-9a-f]{32}$/), id: '206', variation: false, quantity: 5, permalink: '/woo/product/canvas-cap/' },
      { key: expect.any(String), id: '212', variation: true, quantity: 1, permalink: '/woo/product/zip-hoodie/?attribute_colour=red' },
    ]);
  });

  test('a line drifting from the schema (renamed id, string quantity, hostile key) is left out with one warning', async () => {
    expectConsole('warn', /\/cart sent a cart line without the fields of the WooCommerce Store API/);
    const good = cartAnswer(DEMO_CART);
    const [cap, hoodie] = good.items;
    const { ctx } = context(() => ({
      ...good,
      items: [
        { ...cap, key: '<img src=x onerror=alert(1)>' },
        { ...hoodie, quantity: '1' },
        { ...cap, id: undefined, product_id: 206 },
        { ...cap, id: -3 },
        hoodie,
      ],
    }));
    const { lines, skipped } = await loadStoreCart(ctx);
    expect(lines.map((l) => l.id)).toEqual(['212']);
    expect(skipped).toBe(4);
  });

  test('no cart at all (HTML, no items, too many items) is a SourceError naming the route', async () => {
    const bodies = ['<!doctype html>', { items: 'many' }, {}, { items: Array.from({ length: 501 }, () => ({})) }, null];
    for (const body of bodies) {
      const { ctx } = context(() => body);
      await expect(loadStoreCart(ctx)).rejects.toThrow('/wp-json/wc/store/v1/cart did not answer with a WooCommerce Store API cart');
    }
  });
});

describe('woocommerceSource.load for cart lines of variations', () => {
  test('asked as variations (type=variation&include=) beside the products, and answered under the variation id', async () => {
    const products = catalog();
    const { ctx: cartCtx } = context(() => cartAnswer([[213, 5]]));
    await loadStoreCart(cartCtx);
    const { ctx, calls } = context((u) => {
      const include = (u.searchParams.get('include') ?? '').split(',').map(Number);
      const variation = u.searchParams.get('type') === 'variation';
      return products.filter((p) => include.includes(p.id as number) && (p.type === 'variation') === variation);
    });
    const found = await woocommerceSource.load(['213', '206'], ctx);
    expect(calls.map((u) => u.search).sort()).toEqual([
      '?include=206&per_page=100&orderby=include',
      '?type=variation&include=213&per_page=100',
    ]);
    const green = found.find((p) => p.productId === '213');
    // Zip Hoodie Green is on backorder: 5 wanted, none ship now, all later.
    expect(resolveAvailability(pickRecord(green ?? null, null), 5)).toMatchObject({ state: 'backorder', shipNow: 0, shipLater: 5 });
    expect(found.map((p) => p.productId).sort()).toEqual(['206', '213']);
  });
});
