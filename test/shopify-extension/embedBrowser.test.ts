import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  day,
  eventsOf,
  type OpenedPage,
  openPage,
  settled,
  startBrowserAndDemo,
  statuses,
  waitState,
  widgetLines,
} from '../browser/harness';
import { cart, collection, lineItem, metafield, page, product, variant } from './liquidObjects';
import { ASSET_BASE, type EmbedScope, EXTENSION, renderEmbed } from './renderEmbed';

/**
 * The app embed switched on in a Dawn-like theme: the demo's Dawn pages (demo/pages/shopify/,
 * driven by dawn-like.js as Dawn's own scripts drive them) with their script tag taken out and the
 * embed's rendered output put where Shopify puts a body embed, before </body>. The script is the
 * built asset the embed loads. Nothing may go to a Storefront API: no token is set.
 */
const env = startBrowserAndDemo();
const opened: OpenedPage[] = [];
afterAll(async () => {
  for (const p of opened) await p.close().catch(() => {});
});

const HOSTILE = '</script><img src=x onerror="window.__pwned=1">';
const PAGES = resolve(import.meta.dirname, '../../demo/pages/shopify');

async function openWithEmbed(name: string, scope: EmbedScope): Promise<OpenedPage> {
  const theme = readFileSync(join(PAGES, `${name}.html`), 'utf8').replace(/\s*<script src="\/dist\/[^"]*"[^>]*><\/script>/g, '');
  expect(theme).not.toContain('stock-status.js');
  const html = theme.replace('</body>', `${await renderEmbed({ ...scope, ...page(scope) })}\n</body>`);
  const base = env.demo.url;
  const asset = (file: string): [string, string, string] => [
    `${base}${ASSET_BASE}${file}`,
    readFileSync(join(EXTENSION, 'assets', file), 'utf8'),
    'text/javascript',
  ];
  const p = await openPage(env.browser, `${base}/embed/${name}.html`, {
    // Every asset the extension deploys, at its CDN address: the loader fetches its app (and locale file) from beside itself.
    routes: [[`${base}/embed/${name}.html`, html, 'text/html'], ...readdirSync(join(EXTENSION, 'assets')).map(asset)],
  });
  opened.push(p);
  await settled(p.page);
  return p;
}

/** Requests to anything but the page, the theme's files and the embed's assets (a Storefront API above all). */
const foreign = (p: OpenedPage) =>
  p.requests.filter(
    (r) =>
      !/^GET \/(embed\/|shopify\/dawn-like\.(js|css)$|shopify\/horizon\/horizon-like\.(js|css)$|assets\/[\w-]+\.svg$|shopify-extension\/assets\/stock-status(-extras|-locale-[a-z]+|\.shopify|\.shopify\.app)\.js$)/.test(
        r,
      ),
  );
const MAIN = 'product-form + stock-status';

const jacket = product(
  1007,
  [
    variant(2071, { title: 'S', inventory_quantity: 8 }),
    variant(2072, { title: 'M', available: false, inventory_quantity: 0, metafields: { custom: { restock_date: metafield(day(10)) } } }),
    variant(2073, { title: 'L', inventory_quantity: 2, inventory_policy: 'continue' }),
    variant(2074, { title: 'XL', inventory_quantity: 1 }),
  ],
  { title: HOSTILE },
);

describe('product page', () => {
  test('every variant from the page: states, dates, and a continue-selling split, with zero storefront requests', async () => {
    const p = await openWithEmbed('product', { request: { page_type: 'product' }, product: jacket });
    expect(await p.page.getAttribute(MAIN, 'data-state')).toBe('in-stock');

    await p.page.click('label[for="Size-M"]');
    await waitState(p, MAIN, 'out-of-stock');
    expect((await statuses(p.page, MAIN))[0]!.text).toMatch(/Out of stock.*Back in stock/);

    // Continue selling with 2 on hand, 5 wanted: 2 ship now, 3 later.
    await p.page.click('label[for="Size-L"]');
    for (let i = 0; i < 4; i++) await p.page.click('quantity-input button[name="plus"]');
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('quantity') === '5', MAIN);
    await waitState(p, MAIN, 'backorder');
    const [main] = await statuses(p.page, MAIN);
    expect(main!.text).toContain('2 ship now');
    expect(main!.text).toContain('3 ship later');
    expect(await p.page.getAttribute(MAIN, 'quantity')).toBe('5');
    expect((await eventsOf(p)).at(-1)).toMatchObject({
      productId: '1007',
      variantId: '2073',
      state: 'backorder',
      available: 2,
      platform: 'shopify',
    });

    // Recommendations the page does not describe show nothing, and cost nothing.
    expect((await statuses(p.page, '.card-wrapper stock-status')).map((s) => s.state)).toEqual(['unknown', 'unknown']);
    expect(foreign(p)).toEqual([]);
    expect(await p.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
  });
});

describe('collection page', () => {
  test("each card's badge from the embed's grid, a hostile metafield harmless, no request", async () => {
    const v = (id: number, fields = {}) => variant(id, fields);
    const products = [
      product(1001, [v(2001, { inventory_quantity: 9 })]),
      product(1002, [v(2002, { inventory_quantity: 0, inventory_policy: 'continue' })]),
      product(1003, [v(2003, { available: false, inventory_quantity: 0 })], {
        metafields: { custom: { restock_date: metafield(HOSTILE) } },
      }),
      product(1004, [v(2004, { inventory_management: null, inventory_quantity: -3 })]),
      product(1005, [v(2005, { available: false, inventory_quantity: 0 }), v(2015, { inventory_quantity: 1 })]),
      product(1006, [v(2006, { available: false, inventory_quantity: 0 })]),
      product(1007, jacket.variants as Record<string, unknown>[]),
      product(1008, [v(2008, { inventory_management: null })]),
      product(1009, [v(2009, { inventory_quantity: 2, inventory_policy: 'continue' })]),
    ];
    const p = await openWithEmbed('collection', { request: { page_type: 'collection' }, collection: collection(products) });
    expect((await statuses(p.page, '.card-wrapper stock-status')).map((s) => s.state)).toEqual([
      'in-stock',
      'backorder',
      'out-of-stock',
      'in-stock',
      'in-stock',
      'out-of-stock',
      'in-stock',
      'in-stock',
      'in-stock',
    ]);
    expect(await p.page.locator('img').count()).toBe(0);
    expect(foreign(p)).toEqual([]);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
  });
});

describe('cart page', () => {
  test('each line: how many ship now and later, following quantity changes, with no request', async () => {
    const shirt = product(1001, [variant(2001, { inventory_quantity: 5 })]);
    const scarf = product(1006, [variant(2006, { available: false, inventory_quantity: 0 })]);
    const [, , l, xl] = jacket.variants as Record<string, unknown>[];
    const items = [
      lineItem(shirt, (shirt.variants as Record<string, unknown>[])[0]!, 1),
      lineItem(jacket, l!, 3),
      lineItem(jacket, xl!, 2),
      lineItem(scarf, (scarf.variants as Record<string, unknown>[])[0]!, 1),
    ];
    const p = await openWithEmbed('cart', { request: { page_type: 'cart' }, cart: cart(items) });
    const lines = await statuses(p.page, '.cart-item stock-status');
    expect(lines.map((s) => s.state)).toEqual(['in-stock', 'backorder', 'low-stock', 'out-of-stock']);
    expect(lines[1]!.text).toContain('2 ship now');
    expect(lines[1]!.text).toContain('1 ships later');

    // Dawn re-renders the row after a quantity change; the new row's status follows.
    await p.page.click('#CartItem-2 button[name="plus"]');
    await expect
      .poll(async () => (await statuses(p.page, '#CartItem-2 stock-status'))[0]?.text, { timeout: 5000 })
      .toMatch(/2 ship now.*2 ship later/);
    expect(foreign(p)).toEqual([]);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
  });
});

describe("Horizon (Shopify's default theme) with the app embed", () => {
  const HORIZON_MAIN = '.shopify-section[data-section-type="product-information"] stock-status';

  test('product page: the picked variant from the page, a continue-selling split, the inventory block hidden, no request', async () => {
    const p = await openWithEmbed('horizon/product', { request: { page_type: 'product' }, product: jacket });
    expect(await p.page.getAttribute(HORIZON_MAIN, 'data-state')).toBe('in-stock');
    expect(await p.page.isVisible('product-inventory')).toBe(false);
    await p.page.click('label:has(input[data-variant-id="2073"])');
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('variant-id') === '2073', HORIZON_MAIN);
    for (let i = 0; i < 4; i++) await p.page.click('product-form-component button[name="plus"]');
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('quantity') === '5', HORIZON_MAIN);
    await waitState(p, HORIZON_MAIN, 'backorder');
    const [main] = await statuses(p.page, HORIZON_MAIN);
    expect(main!.text).toContain('2 ship now');
    expect(main!.text).toContain('3 ship later');
    expect(foreign(p)).toEqual([]);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
  });

  test("collection page: each product-card's badge from the embed's grid, no request", async () => {
    const v = (id: number, fields = {}) => variant(id, fields);
    const products = [
      product(1001, [v(2001, { inventory_quantity: 9 })]),
      product(1002, [v(2002, { inventory_quantity: 0, inventory_policy: 'continue' })]),
      product(1003, [v(2003, { available: false, inventory_quantity: 0 })]),
    ];
    const p = await openWithEmbed('horizon/collection', { request: { page_type: 'collection' }, collection: collection(products) });
    const byId = await p.page.$$eval('product-card[data-product-id] stock-status', (els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('product-id'), e.getAttribute('data-state')])),
    );
    expect(byId).toMatchObject({ '1001': 'in-stock', '1002': 'backorder', '1003': 'out-of-stock' });
    expect(foreign(p)).toEqual([]);
    expect(p.errors).toEqual([]);
  });

  test("cart page: each cart-items-component row, from the embed's cart lines, no request", async () => {
    const tee = product(1101, [variant(2101, { inventory_quantity: 5 })]);
    const cap = product(1102, [variant(2102, { inventory_quantity: 1, inventory_policy: 'continue' })]);
    const scarf = product(1006, [variant(2006, { available: false, inventory_quantity: 0 })]);
    const [, , l] = jacket.variants as Record<string, unknown>[];
    const first = (x: Record<string, unknown>) => (x.variants as Record<string, unknown>[])[0]!;
    const items = [lineItem(tee, first(tee), 2), lineItem(cap, first(cap), 2), lineItem(jacket, l!, 1), lineItem(scarf, first(scarf), 1)];
    const p = await openWithEmbed('horizon/cart', { request: { page_type: 'cart' }, cart: cart(items) });
    const lines = await statuses(p.page, 'cart-items-component tr.cart-items__table-row[data-key] stock-status');
    expect(lines.map((s) => s.state)).toEqual(['in-stock', 'backorder', 'in-stock', 'out-of-stock']);
    expect(lines[1]!.text).toContain('1 ships now');
    expect(lines[1]!.text).toContain('1 ships later');
    expect(foreign(p)).toEqual([]);
    expect(p.errors).toEqual([]);
  });
});
