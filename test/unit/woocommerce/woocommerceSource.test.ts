import { describe, expect, test } from 'vitest';
import { catalog } from '../../../demo/mocks/woocommerce-catalog.mjs';
import { DEFAULT_CONFIG } from '../../../src/config/Config';
import { computeEta } from '../../../src/core/computeEta';
import { resolveAvailability } from '../../../src/core/resolveAvailability';
import { type ProductStock, pickRecord } from '../../../src/core/StockRecord';
import { type SourceContext, SourceError } from '../../../src/sources/Source';
import { readableOf } from '../../../src/sources/SourceError';
import { woocommerceSource } from '../../../src/sources/woocommerce/woocommerceSource';
import { expectConsole } from '../../setup/failOnConsole';

type Raw = Record<string, unknown>;
/** A product of the demo store (Store API shape), with changes. */
const woo = (id: number, over: Raw = {}): Raw => ({ ...structuredClone(catalog().find((p) => p.id === id)!), ...over });

/** A transport that answers from `answer(url)` and records every URL asked. */
function context(answer: (url: URL) => unknown, options: { config?: Partial<SourceContext['config']>; html?: string } = {}) {
  const calls: URL[] = [];
  document.body.innerHTML = options.html ?? '';
  const ctx: SourceContext = {
    config: { ...DEFAULT_CONFIG, platform: 'woocommerce', ...options.config },
    transport: {
      async json(url) {
        const u = new URL(url);
        calls.push(u);
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
/** Answers like the Store API: `include=` products only, `type=variation&parent=` variations only. */
const storeApi = (products: Raw[]) => (url: URL) => {
  const p = url.searchParams;
  const include = (p.get('include') ?? '').split(',').filter(Boolean).map(Number);
  const parents = (p.get('parent') ?? '').split(',').filter(Boolean).map(Number);
  if (p.get('type') === 'variation') return products.filter((x) => x.type === 'variation' && parents.includes(x.parent as number));
  return products.filter((x) => x.type !== 'variation' && (!include.length || include.includes(x.id as number)));
};

const state = (stock: ProductStock | undefined, quantity = 1, variant: string | null = null) => {
  const record = pickRecord(stock ?? null, variant);
  const a = resolveAvailability(record, quantity);
  return { ...a, ...computeEta(a, record, { leadDays: 10 }, '2026-03-02') };
};

describe('woocommerceSource.load: one request for every product of the page', () => {
  test('GET <endpoint>/products?include=…&per_page=100, same origin, no credentials of its own', async () => {
    const { ctx, calls } = context(storeApi([woo(201), woo(202)]));
    const found = await woocommerceSource.load(['201', '202'], ctx);
    expect(found.map((p) => p.productId)).toEqual(['201', '202']);
    expect(calls.map((u) => u.pathname + u.search)).toEqual([
      '/wp-json/wc/store/v1/products?include=201%2C202&per_page=100&orderby=include',
    ]);
  });

  test('data-endpoint is honoured, also on plain permalinks (?rest_route=)', async () => {
    const a = context(storeApi([woo(201)]), { config: { endpoint: '/shop/wp-json/wc/store/v1/' } });
    await woocommerceSource.load(['201'], a.ctx);
    expect(a.calls[0]?.pathname).toBe('/shop/wp-json/wc/store/v1/products');
    const b = context(storeApi([woo(201)]), { config: { endpoint: '/?rest_route=/wc/store/v1' } });
    await woocommerceSource.load(['201'], b.ctx);
    expect(b.calls[0]?.searchParams.get('rest_route')).toBe('/wc/store/v1/products');
    expect(b.calls[0]?.searchParams.get('include')).toBe('201');
  });

  test('ids meet in one form: " 0201 " and 201 are one product', () => {
    expect(woocommerceSource.normalizeId?.(' 0201 ', 'product')).toBe('201');
  });
});

describe('woocommerceSource: each stock case', () => {
  const one = async (p: Raw) => (await woocommerceSource.load([String(p.id)], context(storeApi([p])).ctx))[0];

  test('in stock, counts not shown: in stock for any quantity', async () => {
    const s = await one(woo(201));
    expect(state(s)).toMatchObject({ state: 'in-stock', shipNow: null, remaining: null, eta: null });
    expect(state(s, 50).state).toBe('in-stock');
    expect(s?.info).toEqual({
      name: 'Classic Beanie',
      url: '/woo/product/classic-beanie/',
      image: '/woo/uploads/classic-beanie-324x324.jpg',
      price: '$18.00',
    });
  });

  test('low stock (low_stock_remaining), no backorders: "only 3 left", and at most 3 can be ordered', async () => {
    const s = await one(woo(202));
    expect(state(s)).toMatchObject({ state: 'low-stock', remaining: 3, shipNow: 1 });
    expect(state(s, 5)).toMatchObject({ state: 'low-stock', shipNow: 3, maxOrderable: 3, remaining: 3 });
  });

  test('low stock with backorders open (maximum 9999): the rest ships later, dated by the lead time', async () => {
    const s = await one(woo(206));
    expect(state(s, 2)).toMatchObject({ state: 'low-stock', shipNow: 2, remaining: 2 });
    expect(state(s, 5)).toMatchObject({
      state: 'backorder',
      shipNow: 2,
      shipLater: 3,
      maxOrderable: null,
      eta: '2026-03-12',
      etaKind: 'estimated',
    });
  });

  test('managed stock above the low threshold: add_to_cart.maximum limits the quantity without showing the count', async () => {
    const s = await one(woo(207));
    expect(state(s, 8)).toMatchObject({ state: 'in-stock', shipNow: 8, remaining: null });
    expect(state(s, 9)).toMatchObject({ shipNow: 8, maxOrderable: 8, remaining: null });
  });

  test('reserved units: a maximum under the low count is what can be had now', async () => {
    const s = await one(woo(202, { add_to_cart: { maximum: 1 } }));
    expect(state(s, 2)).toMatchObject({ shipNow: 1, maxOrderable: 1, remaining: 1 });
  });

  test('sold individually: a maximum of 1 is a rule, not a stock count', async () => {
    const s = await one(woo(201, { sold_individually: true, add_to_cart: { maximum: 1 } }));
    expect(state(s)).toMatchObject({ state: 'in-stock', remaining: null });
    expect(s?.product.onHand).toBeNull();
  });

  test('on backorder (is_in_stock is true for it in Woo): orderable now, none ship now, lead-time date, "estimated"', async () => {
    const s = await one(woo(203));
    expect(state(s, 3)).toMatchObject({ state: 'backorder', shipNow: 0, shipLater: 3, eta: '2026-03-12', etaKind: 'estimated' });
    // Without a merchant lead time there is no date at all: Woo core has no restock date.
    const a = resolveAvailability(s?.product, 1);
    expect(computeEta(a, s?.product ?? null, {}, '2026-03-02')).toEqual({ eta: null, etaKind: null });
  });

  test('backorder told only by stock_availability.class (older stores) is still a backorder', async () => {
    const s = await one(
      woo(203, { is_on_backorder: undefined, stock_availability: { text: 'Available on backorder', class: 'available-on-backorder' } }),
    );
    expect(state(s).state).toBe('backorder');
  });

  test('out of stock: cannot be bought now, no date (Woo core has none)', async () => {
    const s = await one(woo(204));
    expect(state(s, 2)).toMatchObject({ state: 'out-of-stock', shipNow: 0, eta: null });
  });

  test('not purchasable: unavailable, whatever the stock says', async () => {
    expect(state(await one(woo(205))).state).toBe('unavailable');
  });
});

describe('woocommerceSource: variable products', () => {
  const variable = catalog() as Raw[];
  const form = '<form class="variations_form cart" data-product_id="210"><input type="hidden" name="variation_id" value="0"></form>';

  test('with the variation form on the page, variations come in the same round trip, each in its own state', async () => {
    const { ctx, calls } = context(storeApi(variable), { html: form });
    const [s] = await woocommerceSource.load(['210'], ctx);
    expect(calls.map((u) => u.search).sort()).toEqual([
      '?include=210&per_page=100&orderby=include',
      '?type=variation&parent=210&per_page=100&page=1',
    ]);
    expect(state(s).state).toBe('in-stock');
    expect(['211', '212', '213', '214', '215'].map((v) => state(s, 1, v).state)).toEqual([
      'in-stock',
      'low-stock',
      'backorder',
      'out-of-stock',
      'unavailable',
    ]);
    expect(state(s, 1, '212').remaining).toBe(2);
    // A variation the product does not list is not known: no answer rather than the product's.
    expect(state(s, 1, '999').state).toBe('unknown');
  });

  test('an element asking for a variant also fetches variations', async () => {
    const { ctx, calls } = context(storeApi(variable), { html: '<stock-status product-id="210" variant-id="213"></stock-status>' });
    const [s] = await woocommerceSource.load(['210'], ctx);
    expect(calls).toHaveLength(2);
    expect(state(s, 1, '213').state).toBe('backorder');
  });

  test('listing pages (no variation picker): one request, the product as a whole', async () => {
    const { ctx, calls } = context(storeApi(variable));
    const [s] = await woocommerceSource.load(['210', '201'], ctx);
    expect(calls).toHaveLength(1);
    expect(s?.variants).toEqual([]);
  });

  test('more than 100 variations: read page by page', async () => {
    const many = Array.from({ length: 130 }, (_, i) => woo(211, { id: 1000 + i }));
    const parent = woo(210, { variations: many.map((v) => ({ id: v.id, attributes: [] })) });
    const { ctx, calls } = context(
      (url) => {
        if (url.searchParams.get('type') !== 'variation') return [parent];
        const page = Number(url.searchParams.get('page'));
        return many.slice((page - 1) * 100, page * 100);
      },
      { html: form },
    );
    const [s] = await woocommerceSource.load(['210'], ctx);
    expect(calls.map((u) => u.searchParams.get('page'))).toEqual([null, '1', '2']);
    expect(s?.variants).toHaveLength(130);
  });

  test('the variations request failing fails the look-up (the store then falls back), never a wrong variant state', async () => {
    const { ctx } = context(
      (url) => (url.searchParams.get('type') === 'variation' ? new SourceError('HTTP 500', true) : storeApi(variable)(url)),
      {
        html: form,
      },
    );
    await expect(woocommerceSource.load(['210'], ctx)).rejects.toThrow('HTTP 500');
  });
});

describe('woocommerceSource: bad answers', () => {
  test.each([
    ['an object instead of a list', { code: 'rest_no_route', message: 'No route' }],
    ['an HTML string', '<html><body>Maintenance</body></html>'],
    ['null', null],
    ['a huge list', Array.from({ length: 1001 }, () => ({}))],
  ])('%s: a clear SourceError', async (_, body) => {
    const { ctx } = context(() => body);
    await expect(woocommerceSource.load(['201'], ctx)).rejects.toThrow(/did not answer with a WooCommerce Store API product list/);
  });

  test('entries missing stock fields or with wrong types are left out of a SourceError carrying the others', async () => {
    const { ctx } = context(() => [
      { id: 202, name: '<img src=x onerror=alert(1)>' },
      woo(203, { is_in_stock: 'yes' }),
      woo(204, { id: '204' }),
      woo(205, { low_stock_remaining: '3' }),
      woo(201),
    ]);
    const error = await woocommerceSource.load(['201', '202', '203', '204', '205'], ctx).catch((e: unknown) => e);
    expect((error as SourceError).message).toMatch(/\/wp-json\/wc\/store\/v1\/products sent a product without the stock fields/);
    expect(((error as SourceError).partial ?? []).map((p) => p.productId)).toEqual(['201']);
  });

  test('hostile text stays text: a name reads as the theme shows it (tags dropped, entities decoded), unsafe links and images are dropped', async () => {
    const { ctx } = context(() => [
      woo(201, {
        name: 'Fleece &#8211; &lt;b&gt; <img src=x onerror=alert(1)> &amp; &#x1F600; &#99999999;',
        permalink: 'javascript:alert(1)',
        images: [{ src: 'javascript:alert(1)', thumbnail: '//evil.example/x.png' }],
      }),
    ]);
    const [s] = await woocommerceSource.load(['201'], ctx);
    expect(s?.info).toEqual({
      // `&lt;b&gt;` is text the merchant typed; `<img …>` is markup, which the theme's own card does not show as text either.
      name: 'Fleece – <b> & 😀 &#99999999;',
      url: undefined,
      image: undefined,
      price: '$18.00',
    });
  });

  test('malformed display fields cost only the display: the stock still shows', async () => {
    const { ctx } = context(() => [woo(202, { images: 'nope', prices: { price: 'free' }, name: 42, categories: [{ id: 'x' }] })]);
    const [s] = await woocommerceSource.load(['202'], ctx);
    expect(state(s).state).toBe('low-stock');
    expect(s?.info).toEqual({ name: undefined, url: '/woo/product/wool-scarf/', image: undefined, price: undefined });
  });

  test('huge or negative counts do not turn into absurd promises', async () => {
    const { ctx } = context(() => [woo(202, { low_stock_remaining: -4 }), woo(206, { low_stock_remaining: 5e9 })]);
    const found = await woocommerceSource.load(['202', '206'], ctx).catch(readableOf);
    expect(found.map((p) => p.productId)).toEqual(['202']);
    expect(found[0]?.product.onHand).toBe(0);
  });

  test('products the page did not ask for, and variations in the product list, are ignored', async () => {
    const { ctx } = context(() => [woo(201), woo(202), woo(211)]);
    const found = await woocommerceSource.load(['201'], ctx);
    expect(found.map((p) => p.productId)).toEqual(['201']);
  });

  test('an id that is no Woo id is skipped with one warning and never sent', async () => {
    expectConsole('warn', /product-id "<img src=x onerror=alert\(1\)>" is not a WooCommerce product id/);
    const { ctx, calls } = context(storeApi([woo(201)]));
    const found = await woocommerceSource.load(['<img src=x onerror=alert(1)>', '201'], ctx);
    expect(found.map((p) => p.productId)).toEqual(['201']);
    expect(calls[0]?.searchParams.get('include')).toBe('201');
  });

  test('only ids the page cannot use: no request at all', async () => {
    expectConsole('warn', /product-id "abc"/);
    const { ctx, calls } = context(storeApi([]));
    expect(await woocommerceSource.load(['abc'], ctx)).toEqual([]);
    expect(calls).toEqual([]);
  });

  test('the look-up signal reaches the transport (a superseded look-up is aborted)', async () => {
    const seen: (AbortSignal | undefined)[] = [];
    const { ctx } = context(storeApi([woo(201)]));
    const controller = new AbortController();
    ctx.signal = controller.signal;
    ctx.transport = {
      json: async (_url, init) => {
        seen.push(init.signal);
        return [];
      },
    };
    await woocommerceSource.load(['201'], ctx);
    expect(seen).toEqual([controller.signal]);
  });
});
