// @vitest-environment jsdom
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/parseConfig';
import { en } from '../../src/core/locales/catalog';
import { resolveAvailability } from '../../src/core/resolveAvailability';
import { pickRecord } from '../../src/core/StockRecord';
import { readLiquidCart, readLiquidStock } from '../../src/sources/shopify/liquidStock';
import { expectConsole } from '../setup/failOnConsole';
import { cart, collection, lineItem, metafield, page, product, search, variant } from './liquidObjects';
import { BLOCK_FILE, blockSchema, type EmbedScope, renderEmbed } from './renderEmbed';

/**
 * The app embed's Liquid rendered as Shopify would (liquidjs + Shopify's json, asset_url,
 * paginate), then read the way the script reads it: the data block through readLiquidStock, the
 * script tag's attributes through parseConfig.
 */
const HOSTILE = '</script><img src=x onerror=alert(1)>';
const day = (n: number) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);

async function render(scope: EmbedScope) {
  const html = await renderEmbed({ ...scope, ...page(scope) });
  const document = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  const data = document.querySelector('script[data-stock-status-shopify]');
  const loader = document.querySelector<HTMLScriptElement>('script[src]');
  const attributes = Object.fromEntries(Array.from(loader?.attributes ?? []).map((a) => [a.name, a.value]));
  const config = parseConfig(attributes, undefined);
  return { html, document, data, json: data ? JSON.parse(data.textContent ?? '') : null, loader, attributes, config };
}

/** The state and ship-now count the script would show for a variant at a quantity. */
function stateOf(r: Awaited<ReturnType<typeof render>>, productId: number, variantId: number, quantity = 1) {
  const stock = readLiquidStock(r.document, r.config).get(`gid://shopify/Product/${productId}`) ?? null;
  const record = pickRecord(stock, String(variantId));
  if (!record) return null;
  const a = resolveAvailability(record, quantity);
  return { state: a.state, shipNow: a.shipNow, shipLater: a.shipLater, restock: record.restock };
}

describe('product page', () => {
  const jacket = product(
    1007,
    [
      variant(2071, { inventory_quantity: 8 }),
      variant(2072, { available: false, inventory_quantity: 0, incoming: true, next_incoming_date: `${day(12)}T00:00:00Z` }),
      variant(2073, { inventory_quantity: 2, inventory_policy: 'continue', metafields: { custom: { restock_date: metafield(day(30)) } } }),
      variant(2074, { inventory_quantity: 0, inventory_policy: 'continue' }),
      variant(2075, { inventory_management: null, inventory_quantity: -40 }),
    ],
    { metafields: { custom: { restock_date: metafield(day(20)) } } },
  );

  test('every variant with policy, counts, incoming stock and restock dates; the script tag with the defaults', async () => {
    const r = await render({ request: { page_type: 'product' }, product: jacket });
    expect(r.json.products).toHaveLength(1);
    expect(r.json.products[0]).toMatchObject({ product_id: 1007, restock_date: day(20) });
    expect(r.json.products[0].variants[2]).toEqual({
      id: 2073,
      available: true,
      inventory_quantity: 2,
      inventory_policy: 'continue',
      inventory_management: 'shopify',
      incoming: false,
      next_incoming_date: null,
      restock_date: day(30),
    });
    expect(stateOf(r, 1007, 2071)).toMatchObject({ state: 'in-stock' });
    expect(stateOf(r, 1007, 2072)).toMatchObject({ state: 'out-of-stock', restock: { date: day(20), confirmed: true } });
    // Continue selling, 2 on hand, 5 wanted: 2 ship now, 3 later, by the variant's own date.
    expect(stateOf(r, 1007, 2073, 5)).toMatchObject({ state: 'backorder', shipNow: 2, shipLater: 3, restock: { date: day(30) } });
    expect(stateOf(r, 1007, 2074)).toMatchObject({ state: 'backorder', shipNow: 0 });
    expect(stateOf(r, 1007, 2075, 500)).toMatchObject({ state: 'in-stock' });

    expect(r.loader?.getAttribute('src')).toBe('/shopify-extension/assets/stock-status.shopify.js');
    expect(r.loader?.defer).toBe(true);
    expect(r.config).toMatchObject({
      platform: 'shopify',
      restockField: 'custom.restock_date',
      alternatives: 4,
      handlingDays: 0,
      themeStock: 'replace',
      requests: 'none',
    });
    expect(r.config.token).toBeUndefined();
    expect(r.config.messages).toBeUndefined();
  });

  test('incoming stock without a merchant date is an estimate', async () => {
    const plain = product(5, [
      variant(51, { available: false, inventory_quantity: 0, incoming: true, next_incoming_date: `${day(12)}T09:30:00Z` }),
    ]);
    const r = await render({ request: { page_type: 'product' }, product: plain });
    expect(stateOf(r, 5, 51)).toMatchObject({ state: 'out-of-stock', restock: { date: day(12), confirmed: false } });
  });

  test('hostile titles, metafields and settings stay data: no tag closes, nothing runs, every value arrives intact', async () => {
    // A notify address with a quote in it is not an address: the script names it and goes on without it.
    expectConsole('error', /config "notify" \(data-notify\) has an invalid value/);
    const evil = product(
      66,
      [variant(661, { title: HOSTILE, metafields: { custom: { restock_date: metafield(HOSTILE, 'single_line_text_field') } } })],
      {
        title: HOSTILE,
        metafields: { custom: { restock_date: metafield({ nested: HOSTILE }, 'json') } },
      },
    );
    const r = await render({
      request: { page_type: 'product' },
      product: evil,
      settings: { message_in_stock: `Ready "now" ${HOSTILE} {count}`, notify: `https://x.test/" onload="alert(1)` },
    });
    expect(r.html).not.toContain('</script><img');
    expect(r.document.querySelectorAll('script')).toHaveLength(2);
    expect(r.document.querySelectorAll('img')).toHaveLength(0);
    expect(r.loader?.getAttributeNames().filter((n) => n.startsWith('on'))).toEqual([]);
    expect(r.json.products[0].variants[0].restock_date).toBe(HOSTILE);
    // Not a date: no restock date, and the variant still reads as what it is.
    expect(stateOf(r, 66, 661)).toMatchObject({ state: 'in-stock', restock: null });
    expect(r.config.messages).toEqual({ en: { inStock: `Ready "now" ${HOSTILE} {count}` } });
    expect(r.attributes['data-notify']).toBe('https://x.test/" onload="alert(1)');
  });

  test('missing fields (a variant with no inventory data, no metafields at all) still give valid JSON', async () => {
    const bare = {
      id: 9,
      variants: [
        { id: 91, available: true },
        { id: 92, available: false },
      ],
    };
    const r = await render({ request: { page_type: 'product' }, product: bare });
    expect(r.json.products[0]).toEqual({
      product_id: 9,
      restock_date: null,
      variants: [
        {
          id: 91,
          available: true,
          inventory_quantity: null,
          inventory_policy: null,
          inventory_management: null,
          incoming: null,
          next_incoming_date: null,
          restock_date: null,
        },
        {
          id: 92,
          available: false,
          inventory_quantity: null,
          inventory_policy: null,
          inventory_management: null,
          incoming: null,
          next_incoming_date: null,
          restock_date: null,
        },
      ],
    });
    expect(stateOf(r, 9, 91, 3)).toMatchObject({ state: 'in-stock' });
    expect(stateOf(r, 9, 92)).toMatchObject({ state: 'out-of-stock' });
  });

  test('a product with 2,000 variants: the first 250 are written (what Liquid lists), still valid', async () => {
    const many = product(
      77,
      Array.from({ length: 2000 }, (_, i) => variant(100_000 + i, { inventory_quantity: i % 3 })),
    );
    const r = await render({ request: { page_type: 'product' }, product: many });
    expect(r.json.products[0].variants).toHaveLength(250);
    expect(stateOf(r, 77, 100_247)).toMatchObject({ state: 'in-stock' });
    expect(stateOf(r, 77, 100_250)).toBeNull();
  });
});

describe('listing pages', () => {
  const grid = Array.from({ length: 60 }, (_, i) =>
    product(3000 + i, [variant(30_000 + i, i % 2 ? { available: false, inventory_quantity: 0 } : { inventory_quantity: 4 })]),
  );

  test("a collection writes the theme's own page of the grid (same size, same ?page=)", async () => {
    const r = await render({
      request: { page_type: 'collection', page: 2 },
      collection: collection(grid),
      settings: { products_per_page: 16 },
    });
    expect(r.json.products.map((p: { product_id: number }) => p.product_id)).toEqual(grid.slice(16, 32).map((p) => p.id));
    expect(stateOf(r, 3016, 30_016)).toMatchObject({ state: 'in-stock' });
    expect(stateOf(r, 3017, 30_017)).toMatchObject({ state: 'out-of-stock' });
  });

  test('the default page size is Horizon’s (24)', async () => {
    const r = await render({ request: { page_type: 'collection' }, collection: collection(grid) });
    expect(r.json.products).toHaveLength(24);
  });

  test('search writes its products and skips articles and pages', async () => {
    const results = [
      { ...grid[0]!, object_type: 'product' },
      { object_type: 'article', id: 5, title: HOSTILE },
      { ...grid[1]!, object_type: 'product' },
      { object_type: 'page', id: 6, title: 'About' },
    ];
    const r = await render({ request: { page_type: 'search' }, search: search(results) });
    expect(r.json.products.map((p: { product_id: number }) => p.product_id)).toEqual([3000, 3001]);
  });

  test('50 products of 250 variants each (about 2 MB of JSON) are still read', async () => {
    const heavy = Array.from({ length: 50 }, (_, i) =>
      product(
        4000 + i,
        Array.from({ length: 250 }, (_, j) => variant(40_000_000_000 + i * 1000 + j, { inventory_quantity: j === 249 ? 3 : 0 })),
      ),
    );
    const r = await render({ request: { page_type: 'collection' }, collection: collection(heavy), settings: { products_per_page: 50 } });
    expect(r.data?.textContent?.length).toBeGreaterThan(1_500_000);
    const stock = readLiquidStock(r.document, r.config);
    expect(stock.size).toBe(50);
    expect(resolveAvailability(stock.get('gid://shopify/Product/4049')!.product, 1).state).toBe('in-stock');
  });
});

describe('cart', () => {
  const shirt = product(1001, [variant(2001, { inventory_quantity: 5 })]);
  const jacket = product(1007, [
    variant(2073, { inventory_quantity: 2, inventory_policy: 'continue' }),
    variant(2074, { inventory_quantity: 1 }),
    variant(2075),
  ]);
  const [shirtOne] = shirt.variants as Record<string, unknown>[];
  const [jacketL, jacketXL] = jacket.variants as Record<string, unknown>[];
  const items = [lineItem(shirt, shirtOne!, 1), lineItem(jacket, jacketL!, 5), lineItem(jacket, jacketXL!, 2)];

  test("each line's variant and quantity; two lines of one product are one product", async () => {
    const r = await render({ request: { page_type: 'cart' }, cart: cart(items) });
    expect(r.json.cart).toEqual([
      { product_id: 1001, variant_id: 2001, quantity: 1 },
      { product_id: 1007, variant_id: 2073, quantity: 5 },
      { product_id: 1007, variant_id: 2074, quantity: 2 },
    ]);
    // Only the lines' own variants are written.
    expect(r.json.products.map((p: { variants: { id: number }[] }) => p.variants.map((v) => v.id))).toEqual([[2001], [2073], [2074]]);
    const stock = readLiquidStock(r.document, r.config);
    expect(stock.get('gid://shopify/Product/1007')!.variants.map((v) => v.variantId)).toEqual([
      'gid://shopify/ProductVariant/2073',
      'gid://shopify/ProductVariant/2074',
    ]);
    expect(stateOf(r, 1007, 2073, 5)).toMatchObject({ state: 'backorder', shipNow: 2, shipLater: 3 });
    expect(stateOf(r, 1007, 2074, 2)).toMatchObject({ state: 'low-stock' });
    expect(readLiquidCart(r.document)).toEqual([
      { product_id: '1001', variant_id: '2001', quantity: 1 },
      { product_id: '1007', variant_id: '2073', quantity: 5 },
      { product_id: '1007', variant_id: '2074', quantity: 2 },
    ]);
  });

  test('the cart is written on every page (for the cart drawer), beside the page’s own product', async () => {
    const r = await render({ request: { page_type: 'product' }, product: jacket, cart: cart(items.slice(0, 2)) });
    expect(r.json.products.map((p: { product_id: number }) => p.product_id)).toEqual([1007, 1001, 1007]);
    // The product page's full list and the cart's line merge into one product with every variant.
    expect(readLiquidStock(r.document, r.config).get('gid://shopify/Product/1007')!.variants).toHaveLength(3);
    const home = await render({ request: { page_type: 'index' }, cart: cart(items.slice(0, 1)) });
    expect(home.json.products.map((p: { product_id: number }) => p.product_id)).toEqual([1001]);
  });
});

describe('settings', () => {
  test('a page with nothing to show and no token gets nothing at all (no data, no script)', async () => {
    for (const page_type of ['index', 'page', 'blog', 'article', '404']) {
      const r = await render({ request: { page_type } });
      expect(r.html.trim()).toBe('');
    }
  });

  test("every setting reaches the script's config", async () => {
    const p = product(8, [variant(81, { metafields: { inventory: { back_on: metafield(day(9)) } } })]);
    const r = await render({
      request: { page_type: 'product' },
      product: p,
      settings: {
        restock_field: ' inventory.back_on ',
        lead_days: 14,
        handling_days: 2,
        time_zone: 'Europe/Berlin',
        notify: 'klaviyo:AbC123',
        alternatives: 0,
        manage_button: true,
        keep_theme_stock: true,
        storefront_token: 'shpat-public-123',
        message_backorder: 'Made to order',
        message_ships_by: 'Leaves the workshop by {date}',
      },
    });
    expect(r.json.products[0].variants[0].restock_date).toBe(day(9));
    expect(r.config).toMatchObject({
      restockField: 'inventory.back_on',
      leadDays: 14,
      handlingDays: 2,
      timeZone: 'Europe/Berlin',
      notify: 'klaviyo:AbC123',
      alternatives: 0,
      button: 'manage',
      themeStock: 'keep',
      token: 'shpat-public-123',
      messages: { en: { backorder: 'Made to order', shipsBy: 'Leaves the workshop by {date}' } },
    });
    // A token means products the page does not describe may be asked for.
    expect(r.config.requests).toBeUndefined();
    // With a token every page loads the script, for cards and recommendations anywhere.
    expect((await render({ request: { page_type: 'index' }, settings: { storefront_token: 'shpat-public-123' } })).loader).not.toBeNull();
  });

  test('message overrides only in the store’s primary language', async () => {
    const settings = { message_in_stock: 'Ready to ship' };
    const primary = await render({
      request: { page_type: 'product', locale: { iso_code: 'de', primary: true } },
      product: product(1, [variant(11)]),
      settings,
    });
    expect(primary.config.messages).toEqual({ de: { inStock: 'Ready to ship' } });
    const other = await render({
      request: { page_type: 'product', locale: { iso_code: 'fr', primary: false } },
      product: product(1, [variant(11)]),
      settings,
    });
    expect(other.attributes['data-messages']).toBeUndefined();
  });

  test('the block is an app embed for the body and its Liquid stays under 100 KB', () => {
    const schema = blockSchema();
    expect(schema.target).toBe('body');
    expect(statSync(BLOCK_FILE).size).toBeLessThan(100_000);
    // Every message setting names a key the widget knows.
    const pairs = /'((?:\w+:message_\w+,?)+)'/.exec(readFileSync(BLOCK_FILE, 'utf8'))![1]!.split(',');
    for (const pair of pairs) {
      const [key, setting] = pair.split(':');
      expect(Object.keys(en)).toContain(key);
      expect(schema.settings.some((s) => s.id === setting)).toBe(true);
    }
  });
});
