import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/config/Config';
import { configure } from '../../../src/configure';
import { define } from '../../../src/define';
import { bigcommerceSource } from '../../../src/sources/bigcommerce/bigcommerceSource';
import { forgetOlderStores } from '../../../src/sources/bigcommerce/queryStorefront';
import type { SourceContext } from '../../../src/sources/Source';
import { createTransport } from '../../../src/sources/Transport';
import { expectConsole } from '../../setup/failOnConsole';
import { type FakeStore, fakeStore, mount, settled, text } from './harness';

beforeAll(() => define());
beforeEach(() => forgetOlderStores());
afterEach(() => {
  document.body.innerHTML = '';
});

const setup = (store: FakeStore, settings: Record<string, unknown> = {}) =>
  configure(
    { platform: 'bigcommerce', token: 'demo-token', locale: 'en-US', ...settings },
    { transport: { fetch: store.fetch, retries: 0 }, storage: null },
  );

const ALPHA = /availableOnHand|isStockTracked|backorderAvailabilityPrompt/;

describe('older stores without the Alpha fields', () => {
  test('detected from "Cannot query field", asked once more without them, and remembered for the page', async () => {
    const store = fakeStore({ older: true });
    const runtime = setup(store);
    const els = ['101', '102', '113', '109'].map((id) => mount({ 'product-id': id }));
    await settled(...els);
    expect(els.map((e) => e.getAttribute('data-state'))).toEqual(['in-stock', 'low-stock', 'out-of-stock', 'preorder']);
    expect(text(els[1]!)).toContain('Only 3 left');
    expect(store.sent).toHaveLength(2);
    expect(store.sent[0]!.query).toMatch(ALPHA);
    expect(store.sent[1]!.query).not.toMatch(ALPHA);

    // A later look-up on the same page: no Alpha fields, no probe.
    runtime.store.clear();
    const again = mount({ 'product-id': '112' });
    await settled(again);
    expect(again.getAttribute('data-state')).toBe('out-of-stock');
    expect(store.sent).toHaveLength(3);
    expect(store.sent[2]!.query).not.toMatch(ALPHA);
  });

  test('a current store is asked with the Alpha fields, once', async () => {
    const store = fakeStore();
    setup(store);
    const el = mount({ 'product-id': '106', quantity: '5' });
    await settled(el);
    expect(store.sent).toHaveLength(1);
    expect(store.sent[0]!.query).toMatch(ALPHA);
  });
});

describe('batching and aborting', () => {
  test('45 elements (product, cards, cart lines) cost one request', async () => {
    const store = fakeStore();
    setup(store);
    const ids = Array.from({ length: 30 }, (_, i) => String(200 + i)).concat(Array.from({ length: 15 }, (_, i) => String(101 + i)));
    const els = ids.map((id, i) => mount({ 'product-id': id, context: i < 40 ? 'card' : 'cart' }));
    await settled(...els);
    expect(store.sent).toHaveLength(1);
    expect((store.sent[0]!.variables.ids as number[]).length).toBe(45);
    expect(els.every((e) => e.getAttribute('data-state') !== 'unknown')).toBe(true);
  });

  test('more than 50 products: one request per 50', async () => {
    const store = fakeStore();
    setup(store);
    const els = Array.from({ length: 60 }, (_, i) => mount({ 'product-id': String(1000 + i), context: 'card' }));
    await settled(...els);
    expect(store.sent.map((s) => (s.variables.ids as number[]).length)).toEqual([50, 10]);
  });

  test('a request no element still wants is aborted', async () => {
    let aborted = false;
    const fetchImpl = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
      })) as unknown as typeof fetch;
    setup({ fetch: fetchImpl, sent: [] });
    const el = mount({ 'product-id': '101' });
    await new Promise((r) => setTimeout(r, 20));
    el.remove();
    await new Promise((r) => setTimeout(r, 20));
    expect(aborted).toBe(true);
  });

  test('ids that are not BigCommerce ids are never sent', async () => {
    const store = fakeStore();
    setup(store);
    const el = mount({ 'product-id': 'abc' });
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('unknown');
    expect(store.sent).toHaveLength(0);
  });
});

describe('bad data from the API', () => {
  const json =
    (body: unknown, status = 200) =>
    () =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const cases: [string, () => Response, RegExp][] = [
    ['not JSON', () => new Response('<html>oops</html>', { status: 200 }), /did not answer with JSON/],
    ['not GraphQL', json([1, 2, 3]), /did not answer like a GraphQL API/],
    ['wrong types', json({ data: { site: { products: { edges: 'nope' } } } }), /without the products asked for/],
    ['an error (bad token)', json({ errors: [{ message: 'Unauthorized: invalid token' }] }, 401), /Unauthorized: invalid token/],
    ['HTTP 500', () => new Response('fail', { status: 500 }), /HTTP 500/],
    ['huge', () => new Response(`{"data":"${'x'.repeat(5_100_000)}"}`, { status: 200 }), /more than stock data can be/],
  ];
  test.each(cases)('%s: one clear warning, nothing shown, the page unharmed', async (_name, raw, reason) => {
    expectConsole('warn', new RegExp(`^\\[stock-status\\] bigcommerce stock look-up failed .*${reason.source}`));
    setup(fakeStore({ raw }));
    const el = mount({ 'product-id': '101' });
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('unknown');
    expect(text(el)).toBe('');
  });

  test('one malformed product falls back (no JSON-LD here: unknown) with one warning; the others show', async () => {
    expectConsole(
      'warn',
      /^\[stock-status\] bigcommerce stock look-up failed \(\/graphql sent product data that does not match the BigCommerce schema\); showing the page's own structured data instead\.$/,
    );
    const store = fakeStore({
      edit: (res) => {
        const edges = (res.data as { site: { products: { edges: { node: Record<string, unknown> }[] } } }).site.products.edges;
        edges[0]!.node.inventory = { isInStock: 'yes' };
      },
    });
    setup(store);
    const a = mount({ 'product-id': '101' });
    const b = mount({ 'product-id': '102' });
    await Promise.all([settled(a), settled(b)]);
    expect(a.getAttribute('data-state')).toBe('unknown');
    expect(b.getAttribute('data-state')).toBe('low-stock');
  });

  test("a malformed product page's product shows the page's JSON-LD state, batched with cards, one warning", async () => {
    expectConsole('warn', /bigcommerce stock look-up failed \(\/graphql sent product data that does not match the BigCommerce schema\)/);
    const ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Tee',
      sku: 'TEE-1',
      offers: { '@type': 'Offer', availability: 'https://schema.org/BackOrder' },
    });
    document.body.append(ld);
    const store = fakeStore({
      edit: (res) => {
        const edges = (res.data as { site: { products: { edges: { node: Record<string, unknown> }[] } } }).site.products.edges;
        edges[0]!.node.inventory = { isInStock: 'yes' };
      },
    });
    setup(store);
    const a = mount({ 'product-id': '101' });
    const b = mount({ 'product-id': '102', context: 'card' });
    await Promise.all([settled(a), settled(b)]);
    expect(store.sent).toHaveLength(1);
    expect(a.getAttribute('data-state')).toBe('backorder');
    expect(b.getAttribute('data-state')).toBe('low-stock');
  });

  test('hostile text from the store is shown as text, and a hostile restock date is ignored', async () => {
    const store = fakeStore({
      edit: (res) => {
        const site = (res.data as { site: { settings: { inventory: Record<string, unknown> } } }).site;
        site.settings.inventory.defaultOutOfStockMessage = '<img src=x onerror=alert(1)>Gone';
      },
    });
    setup(store);
    const el = mount({ 'product-id': '115' });
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('out-of-stock');
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(text(el)).toContain('Gone');
    expect(text(el)).not.toMatch(/onerror|\d{4}-/);
  });

  test('a slow store times out with one warning', async () => {
    expectConsole('warn', /bigcommerce stock look-up failed .*did not answer within 50 ms/);
    // Like a real fetch, it rejects only when its signal aborts.
    const slow = ((_u: string, init: RequestInit) =>
      new Promise((_r, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as unknown as typeof fetch;
    configure(
      { platform: 'bigcommerce', token: 't', locale: 'en-US' },
      { transport: { fetch: slow, retries: 0, timeoutMs: 50 }, storage: null },
    );
    const el = mount({ 'product-id': '101' });
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('unknown');
  });
});

describe('alternatives', () => {
  const context = (store: FakeStore, list?: string[]): SourceContext => ({
    config: { ...DEFAULT_CONFIG, platform: 'bigcommerce', token: 'demo-token', alternativesList: list },
    transport: createTransport({ fetch: store.fetch, retries: 0 }),
    signal: new AbortController().signal,
    document,
  });

  test('related products that can ship now, never the product itself', async () => {
    const store = fakeStore();
    const alts = await bigcommerceSource.alternatives!('113', 4, context(store));
    expect(alts.map((a) => a.productId)).toEqual(['101', '102', '103']);
    expect(alts[0]!.info).toMatchObject({ name: 'Canvas Tote', url: '/products/101/' });
    expect(store.sent[0]!.variables).toMatchObject({ id: 113, first: 12 });
  });

  test("the merchant's list, in the merchant's order, in stock only", async () => {
    const store = fakeStore();
    const alts = await bigcommerceSource.alternatives!('113', 2, context(store, ['112', '102', '101', '113']));
    expect(alts.map((a) => a.productId)).toEqual(['102', '101']);
  });

  test('an older store still gives alternatives', async () => {
    const store = fakeStore({ older: true });
    const alts = await bigcommerceSource.alternatives!('113', 4, context(store));
    expect(alts.map((a) => a.productId)).toEqual(['101', '102', '103']);
  });
});
