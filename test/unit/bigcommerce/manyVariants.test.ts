import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { configure } from '../../../src/configure';
import { define } from '../../../src/define';
import { forgetOlderStores } from '../../../src/sources/bigcommerce/queryStorefront';
import { expectConsole } from '../../setup/failOnConsole';
import { type FakeStore, fakeStore, lastEvent, mount, settled, text } from './harness';

/**
 * Product 116 of the seed has 600 variants (BigCommerce's maximum); the products document reads
 * the first 50. Variant 20600 (the 600th) has 2 on hand and takes backorders; 20551 is sold out.
 */
beforeAll(() => define());
beforeEach(() => forgetOlderStores());
afterEach(() => {
  document.body.innerHTML = '';
});

function setup(store: FakeStore) {
  configure(
    { platform: 'bigcommerce', token: 'demo-token', locale: 'en-US' },
    { transport: { fetch: store.fetch, retries: 0 }, storage: null },
  );
}
const names = (store: FakeStore) => store.sent.map((s) => /query (\w+)/.exec(s.query)?.[1]);

describe('a product with 600 variants', () => {
  test('the 600th variant shows its own stock: 2 ship now, 3 later, after one look-up of that variant', async () => {
    const store = fakeStore();
    setup(store);
    const el = mount({ 'product-id': '116', 'variant-id': '20600', quantity: '5' });
    const event = lastEvent(el);
    await settled(el);
    await expect.poll(() => el.getAttribute('data-state')).toBe('backorder');
    expect(text(el)).toMatch(/2 ship now, 3 ship/);
    expect(event.current).toMatchObject({ productId: '116', variantId: '20600', state: 'backorder', available: 2 });
    expect(names(store)).toEqual(['StockStatusProducts', 'StockStatusVariant']);
    expect(store.sent[1]!.variables).toMatchObject({ id: 116, variants: [20600], values: [] });
  });

  test('a variant among the first 50 costs no second request', async () => {
    const store = fakeStore();
    setup(store);
    const el = mount({ 'product-id': '116', 'variant-id': '20010' });
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('in-stock');
    expect(names(store)).toEqual(['StockStatusProducts']);
  });

  test('variants read one by one are kept: a second element on the same variant asks nothing more', async () => {
    const store = fakeStore();
    setup(store);
    const a = mount({ 'product-id': '116', 'variant-id': '20551' });
    await expect.poll(() => a.getAttribute('data-state')).toBe('out-of-stock');
    const b = mount({ 'product-id': '116', 'variant-id': '20551', context: 'card' });
    await expect.poll(() => b.getAttribute('data-state')).toBe('out-of-stock');
    expect(names(store)).toEqual(['StockStatusProducts', 'StockStatusVariant']);
  });

  test('a variant id the product does not have is unknown, not the product overall', async () => {
    const store = fakeStore();
    setup(store);
    const el = mount({ 'product-id': '116', 'variant-id': '99999' });
    await expect.poll(() => names(store).length).toBe(2);
    await expect.poll(() => el.getAttribute('data-state')).toBe('unknown');
  });

  test('a variant answer that drifts from the schema: one warning, unknown, nothing thrown', async () => {
    expectConsole('warn', /\[stock-status\].*does not match the BigCommerce schema/);
    const store = fakeStore({
      edit: (result) => {
        const product = (result.data as { site: { product?: { variants?: { edges: { node: Record<string, unknown> }[] } } } }).site.product;
        for (const e of product?.variants?.edges ?? []) e.node.isPurchasable = 'yes';
      },
    });
    setup(store);
    const el = mount({ 'product-id': '116', 'variant-id': '20600' });
    await expect.poll(() => names(store).length).toBe(2);
    await expect.poll(() => el.getAttribute('data-state')).toBe('unknown');
  });

  test('a failing variant look-up: one warning, unknown', async () => {
    expectConsole('warn', /\[stock-status\] bigcommerce variant look-up failed/);
    const base = fakeStore();
    let n = 0;
    const store: FakeStore = {
      sent: base.sent,
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        n++;
        if (n > 1) return new Response('oops', { status: 500 });
        return base.fetch(input, init);
      }) as typeof fetch,
    };
    setup(store);
    const el = mount({ 'product-id': '116', 'variant-id': '20600' });
    await expect.poll(() => el.getAttribute('data-state')).toBe('unknown');
  });
});
