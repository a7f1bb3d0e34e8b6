import { waitFor } from '@testing-library/dom';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { executeShopify, TOKENS } from '../../../demo/mocks/shopify.mjs';
import { inDays } from '../../../demo/mocks/shopify-catalog.mjs';
import { DEFAULT_CONFIG } from '../../../src/config/Config';
import { configure } from '../../../src/configure';
import { define } from '../../../src/define';
import type { StockStatusChangeDetail } from '../../../src/element/StockStatusElement';
import { forgetCartAccepted, noteCartAccepted } from '../../../src/sources/shopify/cartAcceptance';
import { shopifySource } from '../../../src/sources/shopify/shopifySource';
import { createTransport } from '../../../src/sources/Transport';
import { mount, settled, text } from '../../dom/elementHelpers';
import { expectConsole } from '../../setup/failOnConsole';

const ENDPOINT = 'https://shop.example/api/2026-04/graphql.json';

interface Sent {
  url: string;
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

/** A fetch answering from the demo's schema-executing mock (or from `override`), recording each request. */
function shopify(override?: (sent: Sent) => { status?: number; body: unknown } | undefined) {
  const sent: Sent[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const s: Sent = { url: String(url), query: body.query, variables: body.variables, headers: init?.headers as Record<string, string> };
    sent.push(s);
    const answer = override?.(s) ?? (await executeShopify(body, s.headers['X-Shopify-Storefront-Access-Token']));
    return new Response(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body), { status: answer.status ?? 200 });
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

function setup(token = TOKENS.full, override?: Parameters<typeof shopify>[0], settings: Record<string, unknown> = {}) {
  const api = shopify(override);
  configure(
    { platform: 'shopify', endpoint: ENDPOINT, token, locale: 'en-US', ...settings },
    { transport: { fetch: api.fetch, retries: 0, timeoutMs: 500 }, storage: null },
  );
  return api;
}

function lastEvent(el: HTMLElement): () => StockStatusChangeDetail | undefined {
  let last: StockStatusChangeDetail | undefined;
  el.addEventListener('stock-status:change', (e) => {
    last = (e as CustomEvent<StockStatusChangeDetail>).detail;
  });
  return () => last;
}

beforeAll(() => define());
afterEach(() => {
  forgetCartAccepted();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('Shopify source: one state per case', () => {
  test('every case on one page costs one nodes(ids:) request with the token header', async () => {
    const api = setup();
    const els = {
      inStock: mount({ 'product-id': '1001' }),
      low: mount({ 'product-id': '1002', quantity: '3' }),
      backorderDated: mount({ 'product-id': '1003' }),
      backorder: mount({ 'product-id': '1004' }),
      outDated: mount({ 'product-id': '1005' }),
      out: mount({ 'product-id': '1006' }),
      untracked: mount({ 'product-id': '1008', quantity: '500' }),
      passed: mount({ 'product-id': '1009' }),
    };
    const events = Object.fromEntries(Object.entries(els).map(([k, el]) => [k, lastEvent(el)]));
    await settled(...Object.values(els));

    expect(api.sent).toHaveLength(1);
    expect(api.sent[0]!.url).toBe(ENDPOINT);
    expect(api.sent[0]!.headers['X-Shopify-Storefront-Access-Token']).toBe(TOKENS.full);
    expect(api.sent[0]!.query).toContain('nodes(ids:$ids)');
    expect(api.sent[0]!.variables).toMatchObject({ ns: 'custom', key: 'restock_date' });
    expect((api.sent[0]!.variables.ids as string[]).sort()).toEqual(
      ['1001', '1002', '1003', '1004', '1005', '1006', '1008', '1009'].map((n) => `gid://shopify/Product/${n}`),
    );

    const state = (el: HTMLElement) => el.getAttribute('data-state');
    expect(state(els.inStock)).toBe('in-stock');
    expect(events.inStock!()).toMatchObject({ state: 'in-stock', available: 1, eta: null, platform: 'shopify' });
    // 2 on hand, 3 wanted; the Storefront API does not say whether the rest can be ordered, so no cap is claimed.
    expect(state(els.low)).toBe('low-stock');
    expect(text(els.low)).toContain('2 ship now');
    expect(text(els.low)).not.toContain('can be ordered');
    expect(events.low!()).toMatchObject({ state: 'low-stock', quantity: 3, available: 2 });
    expect(state(els.backorderDated)).toBe('backorder');
    expect(events.backorderDated!()).toMatchObject({ available: 0, eta: inDays(14), etaKind: 'confirmed' });
    expect(state(els.backorder)).toBe('backorder');
    expect(events.backorder!()).toMatchObject({ available: 0, eta: null });
    expect(state(els.outDated)).toBe('out-of-stock');
    // A date-time metafield is shown as its calendar day.
    expect(events.outDated!()).toMatchObject({ eta: inDays(21), etaKind: 'confirmed' });
    expect(state(els.out)).toBe('out-of-stock');
    expect(events.out!()).toMatchObject({ eta: null });
    // Untracked inventory (quantityAvailable 0 while in stock): in stock in any quantity, no count.
    expect(state(els.untracked)).toBe('in-stock');
    expect(text(els.untracked)).toBe('In stock');
    // A restock date in the past is never shown.
    expect(state(els.passed)).toBe('out-of-stock');
    expect(events.passed!()).toMatchObject({ eta: null });
  });

  test('variants: each picked variant of a multi-variant product gets its own truth', async () => {
    setup();
    const el = mount({ 'product-id': '1007', 'variant-id': '2071' });
    const last = lastEvent(el);
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('in-stock');
    el.setAttribute('variant-id', '2072');
    await waitFor(() => expect(el.getAttribute('data-state')).toBe('out-of-stock'));
    expect(last()).toMatchObject({ variantId: '2072', eta: inDays(10) });
    el.setAttribute('variant-id', '2073');
    await waitFor(() => expect(el.getAttribute('data-state')).toBe('backorder'));
    expect(last()).toMatchObject({ eta: inDays(30), etaKind: 'confirmed' });
    el.setAttribute('variant-id', 'gid://shopify/ProductVariant/2074');
    el.setAttribute('quantity', '2');
    await waitFor(() => expect(el.getAttribute('data-state')).toBe('low-stock'));
    expect(text(el)).toContain('1 ships now');
    expect(text(el)).not.toContain('can be ordered');
  });

  test('a count alone is no cap; a cart that accepted more than the count proves the variant keeps selling', async () => {
    setup();
    // Both wool coats: 2 on hand; one keeps selling, one does not; the API answers both alike.
    const grey = mount({ 'product-id': 'gid://shopify/ProductVariant/2101', 'variant-id': '2101', quantity: '5', context: 'cart' });
    const navy = mount({ 'product-id': 'gid://shopify/ProductVariant/2102', 'variant-id': '2102', quantity: '5', context: 'cart' });
    await settled(grey, navy);
    for (const el of [grey, navy]) {
      expect(el.getAttribute('data-state')).toBe('low-stock');
      expect(text(el)).toContain('2 ship now');
      expect(text(el)).not.toMatch(/can be ordered|later/);
    }
    // The cart accepted a line of 5 of the grey one (a Shopify cart caps a non-continuing variant at its stock).
    expect(noteCartAccepted('gid://shopify/ProductVariant/2101', 5)).toBe(true);
    expect(noteCartAccepted('2101', 3)).toBe(false); // nothing new
    expect(noteCartAccepted('<img src=x onerror=alert(1)>', 5)).toBe(false);
    expect(noteCartAccepted('2101', Number.NaN)).toBe(false);
    setup();
    const again = mount({ 'product-id': 'gid://shopify/ProductVariant/2101', 'variant-id': '2101', quantity: '5', context: 'cart' });
    const last = lastEvent(again);
    await settled(again);
    expect(again.getAttribute('data-state')).toBe('backorder');
    expect(text(again)).toContain('2 ship now, 3 ship later');
    expect(last()).toMatchObject({ state: 'backorder', quantity: 5, available: 2 });
  });

  test('numeric ids and GIDs name the same product and variant, and share one look-up', async () => {
    const api = setup();
    const a = mount({ 'product-id': '1007', 'variant-id': '2072' });
    const b = mount({ 'product-id': 'gid://shopify/Product/1007', 'variant-id': 'gid://shopify/ProductVariant/2072' });
    const c = mount({ 'product-id': btoa('gid://shopify/Product/1007'), 'variant-id': '2072' });
    await settled(a, b, c);
    expect([a, b, c].map((e) => e.getAttribute('data-state'))).toEqual(['out-of-stock', 'out-of-stock', 'out-of-stock']);
    expect(api.sent).toHaveLength(1);
    expect(api.sent[0]!.variables.ids).toEqual(['gid://shopify/Product/1007']);
  });

  test('a cart line known only by its variant GID is answered in the same request', async () => {
    const api = setup();
    const line = mount({ 'product-id': 'gid://shopify/ProductVariant/2073', 'variant-id': '2073', context: 'cart', quantity: '2' });
    const card = mount({ 'product-id': '1001', context: 'card' });
    await settled(line, card);
    expect(line.getAttribute('data-state')).toBe('backorder');
    expect(card.getAttribute('data-state')).toBe('in-stock');
    expect(api.sent).toHaveLength(1);
  });

  test('a product this storefront does not know shows nothing', async () => {
    setup();
    const el = mount({ 'product-id': '424242' });
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('unknown');
    expect(text(el)).toBe('');
  });

  test("without data-endpoint, the shop's own /api/2026-04/graphql.json is asked", async () => {
    const api = shopify();
    configure({ platform: 'shopify', token: TOKENS.full }, { transport: { fetch: api.fetch, retries: 0 }, storage: null });
    const el = mount({ 'product-id': '1001' });
    await settled(el);
    expect(api.sent[0]!.url).toBe(new URL('/api/2026-04/graphql.json', location.href).href);
    expect(el.getAttribute('data-state')).toBe('in-stock');
  });

  test('a restock metafield that is not a date is ignored; a date-only value is kept as that day', async () => {
    const variant = (id: number, value: string) => ({
      id: `gid://shopify/ProductVariant/${id}`,
      availableForSale: false,
      currentlyNotInStock: false,
      quantityAvailable: 0,
      metafield: { value },
    });
    setup(TOKENS.full, (s) => ({
      body: {
        data: {
          nodes: [
            {
              id: (s.variables.ids as string[])[0],
              title: 'T',
              handle: 't',
              onlineStoreUrl: null,
              availableForSale: false,
              featuredImage: null,
              priceRange: null,
              metafield: { value: 'soon-ish' },
              variants: { nodes: [variant(1, 'next week'), variant(2, '2026-02-30'), variant(3, inDays(5))] },
            },
          ],
        },
      },
    }));
    const els = ['1', '2', '3'].map((v) => mount({ 'product-id': '5', 'variant-id': v }));
    const events = els.map(lastEvent);
    await settled(...els);
    expect(els.map((e) => e.getAttribute('data-state'))).toEqual(['out-of-stock', 'out-of-stock', 'out-of-stock']);
    expect(events.map((e) => e()?.eta)).toEqual([null, null, inDays(5)]);
  });

  test('data-restock-field names the metafield asked for', async () => {
    const api = setup(TOKENS.full, undefined, { restockField: 'inventory.next_batch' });
    const el = mount({ 'product-id': '1005' });
    await settled(el);
    expect(api.sent[0]!.variables).toMatchObject({ ns: 'inventory', key: 'next_batch' });
    // The seeded date lives in custom.restock_date, so none is found.
    expect(el.getAttribute('data-state')).toBe('out-of-stock');
  });
});

describe('Shopify source: quantityAvailable without the inventory scope', () => {
  test('the field error changes no state, is said once, and the field is not asked for again', async () => {
    expectConsole('warn', /unauthenticated_read_product_inventory/);
    const api = setup(TOKENS.noInventory);
    const els = ['1001', '1003', '1006'].map((id) => mount({ 'product-id': id }));
    await settled(...els);
    expect(els.map((e) => e.getAttribute('data-state'))).toEqual(['in-stock', 'backorder', 'out-of-stock']);
    expect(api.sent[0]!.query).toContain('quantityAvailable');

    // Later look-ups on this page leave the field out: no error, no retry per look-up.
    const more = mount({ 'product-id': '1007', 'variant-id': '2071', quantity: '50' });
    await settled(more);
    // Without counts, 50 of an in-stock variant is just "in stock": no number is made up.
    expect(more.getAttribute('data-state')).toBe('in-stock');
    expect(api.sent).toHaveLength(2);
    expect(api.sent[1]!.query).not.toContain('quantityAvailable');
  });

  test('where a denied field nulls whole nodes, the look-up is asked once more without it', async () => {
    expectConsole('warn', /unauthenticated_read_product_inventory/);
    const api = setup(TOKENS.full, (s) =>
      s.query.includes('quantityAvailable')
        ? {
            body: {
              data: { nodes: [null] },
              errors: [
                { message: 'Access denied for quantityAvailable field.', path: ['nodes', 0, 'variants', 'nodes', 0, 'quantityAvailable'] },
              ],
            },
          }
        : undefined,
    );
    const el = mount({ 'product-id': '1001' });
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('in-stock');
    expect(api.sent.map((s) => s.query.includes('quantityAvailable'))).toEqual([true, false]);
  });
});

describe('Shopify source: Liquid JSON, zero requests', () => {
  const liquid = (data: unknown) => {
    const s = document.createElement('script');
    s.type = 'application/json';
    s.setAttribute('data-stock-status-shopify', '');
    s.textContent = typeof data === 'string' ? data : JSON.stringify(data);
    document.body.append(s);
  };
  const v = (id: number, over: Record<string, unknown>) => ({
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

  test('policy, counts and incoming stock from the page, with no request', async () => {
    const api = setup();
    liquid({
      product_id: 77,
      restock_date: null,
      variants: [
        v(1, { inventory_quantity: 9 }),
        v(2, { inventory_quantity: 2, inventory_policy: 'continue' }),
        v(3, { available: false, inventory_quantity: 0, incoming: true, next_incoming_date: inDays(12) }),
        v(4, { inventory_quantity: 0, inventory_policy: 'continue', restock_date: inDays(20) }),
        v(5, { inventory_management: null, inventory_quantity: -40 }),
      ],
    });
    const els = [1, 2, 3, 4, 5].map((n) => mount({ 'product-id': '77', 'variant-id': String(n), quantity: '3' }));
    const events = els.map(lastEvent);
    await settled(...els);
    expect(api.sent).toHaveLength(0);
    expect(els.map((e) => e.getAttribute('data-state'))).toEqual(['in-stock', 'backorder', 'out-of-stock', 'backorder', 'in-stock']);
    // 2 on hand and "continue selling": 2 ship now, 1 later.
    expect(events[1]!()).toMatchObject({ available: 2 });
    expect(events[2]!()).toMatchObject({ eta: inDays(12), etaKind: 'estimated' });
    expect(events[3]!()).toMatchObject({ available: 0, eta: inDays(20), etaKind: 'confirmed' });
  });

  test('products without Liquid data still go to the API, in one request', async () => {
    const api = setup();
    liquid({ product_id: 'gid://shopify/Product/77', variants: [v(1, {})] });
    const a = mount({ 'product-id': '77' });
    const b = mount({ 'product-id': '1006' });
    await settled(a, b);
    expect(a.getAttribute('data-state')).toBe('in-stock');
    expect(b.getAttribute('data-state')).toBe('out-of-stock');
    expect(api.sent).toHaveLength(1);
    expect(api.sent[0]!.variables.ids).toEqual(['gid://shopify/Product/1006']);
  });

  test('bad Liquid JSON is skipped with one warning and the API answers instead', async () => {
    expectConsole('warn', /not valid JSON/);
    expectConsole('warn', /does not match the documented snippet/);
    const api = setup();
    liquid('{"product_id": 1001, "variants": [');
    liquid({ product_id: 1001, variants: [{ id: '<img src=x onerror=alert(1)>', available: 'yes' }] });
    const el = mount({ 'product-id': '1001' });
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('in-stock');
    expect(api.sent).toHaveLength(1);
  });
});

describe('Shopify source: bad answers', () => {
  const page = () => mount({ 'product-id': '1001' });

  test('a wrong token (401 with a string error) gives one clear warning and nothing shown', async () => {
    expectConsole('warn', /shopify stock look-up failed \(the Shopify Storefront API refused the look-up: \[API\] Invalid API key/);
    setup('wrong-token');
    const el = page();
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('unknown');
  });

  test('the page JSON-LD answers when the API fails', async () => {
    expectConsole('warn', /shopify stock look-up failed .*HTTP 503.*structured data instead/);
    setup(TOKENS.full, () => ({ status: 503, body: 'down' }));
    const ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.textContent = JSON.stringify({
      '@type': 'Product',
      productID: '1001',
      name: 'Linen',
      offers: { availability: 'https://schema.org/InStock' },
    });
    document.head.append(ld);
    const el = page();
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('in-stock');
  });

  test.each([
    ['not JSON', () => ({ body: '<html>oops</html>' }), /did not answer with JSON/],
    ['no GraphQL envelope', () => ({ body: [1, 2, 3] }), /did not answer in GraphQL form/],
    ['errors and no data', () => ({ body: { errors: [{ message: 'Throttled' }] } }), /refused the look-up: Throttled/],
  ])('%s: one warning, page unharmed', async (_name, answer, message) => {
    expectConsole('warn', message);
    setup(TOKENS.full, answer);
    const el = page();
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('unknown');
  });

  test('a node with wrong types is skipped with a warning; the others show', async () => {
    expectConsole('warn', /does not match its schema/);
    setup(TOKENS.full, (s) => {
      const ids = s.variables.ids as string[];
      const good = {
        id: ids[1],
        title: '<img src=x onerror=alert(1)>',
        handle: 'x',
        onlineStoreUrl: 'javascript:alert(1)',
        availableForSale: true,
        featuredImage: { url: 'javascript:alert(1)' },
        priceRange: { minVariantPrice: { amount: 'lots', currencyCode: 'XX' } },
        metafield: { value: '<img src=x onerror=alert(1)>' },
        variants: {
          nodes: [{ id: 'gid://shopify/ProductVariant/1', availableForSale: true, currentlyNotInStock: false, quantityAvailable: 'many' }],
        },
      };
      return { body: { data: { nodes: [{ id: ids[0], availableForSale: 'yes', variants: null }, good] } } };
    });
    const bad = mount({ 'product-id': '1' });
    const good = mount({ 'product-id': '2' });
    await settled(bad, good);
    expect(bad.getAttribute('data-state')).toBe('unknown');
    expect(good.getAttribute('data-state')).toBe('in-stock');
    expect(good.shadowRoot!.querySelector('img')).toBeNull();
  });

  test('an id that is neither a number nor a GID is never sent (it would fail the whole batch)', async () => {
    expectConsole('warn', /is not a Shopify product id/);
    const api = setup();
    const bad = mount({ 'product-id': '<img src=x onerror=alert(1)>' });
    const good = mount({ 'product-id': '1001' });
    await settled(bad, good);
    expect(bad.getAttribute('data-state')).toBe('unknown');
    expect(api.sent[0]!.variables.ids).toEqual(['gid://shopify/Product/1001']);
  });

  test('a slow API times out with a warning', async () => {
    expectConsole('warn', /did not answer within 500 ms/);
    const fetch = (_u: unknown, init?: RequestInit) =>
      new Promise<Response>((_ok, fail) => init?.signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError'))));
    configure(
      { platform: 'shopify', endpoint: ENDPOINT, token: TOKENS.full },
      { transport: { fetch: fetch as typeof globalThis.fetch, retries: 0, timeoutMs: 500 }, storage: null },
    );
    const el = page();
    await waitFor(() => expect(el.getAttribute('data-state')).toBe('unknown'), { timeout: 2000 });
  });

  test('a huge answer is refused', async () => {
    expectConsole('warn', /more than stock data can be/);
    setup(TOKENS.full, () => ({ body: `{"data":{"nodes":[]},"x":"${'a'.repeat(5_100_000)}"}` }));
    const el = page();
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('unknown');
  });
});

describe('Shopify source: alternatives', () => {
  test('related products (intent RELATED), only those for sale, at most `limit`', async () => {
    const api = shopify();
    const context = {
      config: {
        ...DEFAULT_CONFIG,
        platform: 'shopify' as const,
        endpoint: ENDPOINT,
        token: TOKENS.full,
        mount: 'manual' as const,
        locale: 'en-US',
      },
      transport: createTransport({ fetch: api.fetch, retries: 0 }),
      signal: new AbortController().signal,
      document,
    };
    const list = await shopifySource.alternatives!('1005', 4, context);
    // Related to the belt: the scarf (sold out, dropped), the shirt and the tote (backorder, still for sale).
    expect(list.map((a) => a.productId)).toEqual(['gid://shopify/Product/1001', 'gid://shopify/Product/1003']);
    expect(list[0]!.info).toMatchObject({ name: 'Linen Shirt', price: '$24.00' });
    expect(api.sent[0]!.query).toContain('intent:RELATED');
    expect(await shopifySource.alternatives!('1007', 1, context)).toHaveLength(1);
  });
});
