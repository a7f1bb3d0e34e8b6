import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/config/Config';
import { parseConfig } from '../../../src/config/parseConfig';
import { readLiquidCart, readLiquidStock } from '../../../src/sources/shopify/liquidStock';
import { shopifySource } from '../../../src/sources/shopify/shopifySource';
import { createTransport } from '../../../src/sources/Transport';
import { expectConsole } from '../../setup/failOnConsole';

/** The app embed's page format (shopify-extension/) and what it is allowed to cost: nothing. */
const config = { ...DEFAULT_CONFIG, platform: 'shopify' as const };
const block = (data: unknown) => {
  const s = document.createElement('script');
  s.type = 'application/json';
  s.setAttribute('data-stock-status-shopify', '');
  s.textContent = typeof data === 'string' ? data : JSON.stringify(data);
  document.body.append(s);
};
const v = (id: number, over: Record<string, unknown> = {}) => ({
  id,
  available: true,
  inventory_quantity: 5,
  inventory_policy: 'deny',
  inventory_management: 'shopify',
  incoming: false,
  next_incoming_date: null,
  restock_date: null,
  ...over,
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the embed page format', () => {
  test('several products; one bad product costs only itself, with one warning', () => {
    expectConsole('warn', /block does not match the documented snippet; it was skipped/);
    block({
      products: [
        { product_id: 1, variants: [v(11)] },
        { product_id: 2, variants: [{ id: '<img src=x onerror=alert(1)>', available: 'yes' }] },
        { product_id: 3, restock_date: '2030-01-02', variants: [v(31, { available: false, inventory_quantity: 0 })] },
      ],
      cart: [],
    });
    const stock = readLiquidStock(document, config);
    expect([...stock.keys()]).toEqual(['gid://shopify/Product/1', 'gid://shopify/Product/3']);
    expect(stock.get('gid://shopify/Product/3')!.variants[0]!.restock).toEqual({ date: '2030-01-02', confirmed: true });
  });

  test('a product in two places (page and cart line, or two blocks) is one product with every variant', () => {
    block({
      products: [
        { product_id: 7, variants: [v(71)] },
        { product_id: 7, restock_date: '2030-05-06', variants: [v(72)] },
      ],
      cart: [],
    });
    block({ product_id: 7, variants: [v(73)] });
    const p = readLiquidStock(document, config).get('gid://shopify/Product/7')!;
    expect(p.variants.map((r) => r.variantId)).toEqual(['71', '72', '73'].map((n) => `gid://shopify/ProductVariant/${n}`));
    expect(p.variants[0]!.restock).toEqual({ date: '2030-05-06', confirmed: true });
  });

  test('cart lines are read; bad lines drop the list, not the products', () => {
    block({ products: [{ product_id: 1, variants: [v(11)] }], cart: [{ product_id: 1, variant_id: 11, quantity: 3 }] });
    expect(readLiquidCart(document)).toEqual([{ product_id: '1', variant_id: '11', quantity: 3 }]);
    document.body.innerHTML = '';
    block({ products: [{ product_id: 1, variants: [v(11)] }], cart: [{ product_id: 1, variant_id: 11, quantity: -2 }] });
    expect(readLiquidCart(document)).toEqual([]);
    expect(readLiquidStock(document, config).size).toBe(1);
  });

  test('not JSON, too large, or too many products: skipped with a warning, the page unharmed', () => {
    expectConsole('warn', /is not valid JSON; it was skipped/);
    expectConsole('warn', /does not match the documented snippet/);
    block('{"products": [');
    block(`{"products": [], "pad": "${'x'.repeat(5_000_001)}"}`);
    block({ products: Array.from({ length: 501 }, (_, i) => ({ product_id: i, variants: [v(i)] })) });
    expect(readLiquidStock(document, config).size).toBe(0);
  });
});

describe('requests "none" (the embed without a token)', () => {
  test('products the page describes answer; others show nothing and nothing is sent', async () => {
    const sent: string[] = [];
    const transport = createTransport({
      fetch: (async (url: string) => {
        sent.push(String(url));
        return new Response('{}');
      }) as typeof fetch,
      retries: 0,
    });
    block({ products: [{ product_id: 1, variants: [v(11)] }], cart: [] });
    const context = { config: { ...config, requests: 'none' as const }, transport, signal: new AbortController().signal, document };
    const found = await shopifySource.load(['1', '2', 'gid://shopify/ProductVariant/11'], context);
    expect(found.map((p) => p.productId)).toEqual(['1', 'gid://shopify/ProductVariant/11']);
    expect(await shopifySource.alternatives!('1', 4, context)).toEqual([]);
    expect(sent).toEqual([]);
  });

  test('data-requests and data-messages from the embed tag are read; bad values are named', () => {
    expectConsole('error', /config "requests" \(data-requests\) has an invalid value "some"/);
    expectConsole('error', /config "messages" \(data-messages\) has an invalid value "\{not json"/);
    expect(parseConfig({ 'data-requests': 'none', 'data-messages': '{"en":{"inStock":"Ready <b>now</b>"}}' }, undefined)).toMatchObject({
      requests: 'none',
      messages: { en: { inStock: 'Ready <b>now</b>' } },
    });
    const bad = parseConfig({ 'data-requests': 'some', 'data-messages': '{not json' }, undefined);
    expect(bad.requests).toBeUndefined();
    expect(bad.messages).toBeUndefined();
  });
});
