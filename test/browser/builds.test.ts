import { describe, expect, test } from 'vitest';
import { type OpenedPage, openPage, settled, startBrowserAndDemo, statuses } from './harness';

/**
 * The single-platform files (dist/stock-status.<platform>.js) on the demo's own pages: each must
 * tell the shopper exactly what the universal dist/stock-status.js tells them, with the same
 * requests, and on its own (no other file of ours is needed for the badge).
 */
const env = startBrowserAndDemo();

/** Opens a demo page with its script tag pointing at `file` instead of stock-status.js. */
async function openWith(path: string, file: string, edit = (html: string) => html): Promise<OpenedPage> {
  const url = `${env.demo.url}${path}`;
  const html = edit((await (await fetch(url)).text()).replace('/dist/stock-status.js"', `/dist/${file}"`));
  return openPage(env.browser, url, { routes: [[url, html, 'text/html']] });
}

const ours = (p: OpenedPage) => p.requests.filter((r) => !r.startsWith('GET /dist/') && !/\.(html|css|js)$/.test(r.split('?')[0]!));
const scripts = (p: OpenedPage) => p.requests.filter((r) => r.startsWith('GET /dist/'));

/**
 * Opens `path` once with stock-status.js and once with `file` (its HTML edited by `edit`), waits
 * for `ready` on both, and checks that the single file shows the same thing, sends the same
 * requests and says nothing. Returns the single file's page for further checks.
 */
async function compare(
  path: string,
  file: string,
  check: (single: OpenedPage, universal: OpenedPage) => void,
  { ready = (p: OpenedPage) => settled(p.page), edit = (html: string) => html } = {},
) {
  const universal = await openWith(path, 'stock-status.js');
  const single = await openWith(path, file, edit);
  try {
    await ready(universal);
    await ready(single);
    const expected = await statuses(universal.page);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.some((s) => s.state !== 'unknown')).toBe(true);
    expect(await statuses(single.page)).toEqual(expected);
    expect(ours(single)).toEqual(ours(universal));
    expect(single.errors).toEqual([]);
    expect(single.console).toEqual([]);
    check(single, universal);
  } finally {
    await universal.close();
    await single.close();
  }
}

describe('single-platform files', () => {
  const pages: [string, string][] = [
    ['stock-status.bigcommerce.js', '/bigcommerce/category.html'],
    ['stock-status.bigcommerce.js', '/bigcommerce/product.html'],
    ['stock-status.shopify.js', '/shopify/collection.html'],
    ['stock-status.woocommerce.js', '/woocommerce/shop.html'],
    ['stock-status.json.js', '/json/listing.html'],
    ['stock-status.jsonld.js', '/jsonld/product.html'],
  ];
  for (const [file, path] of pages) {
    test(`${file} on ${path} shows what stock-status.js shows, with the same requests`, () =>
      // The badge needs no other file: only the one script (the extras come later, if at all).
      compare(path, file, (single) => expect(scripts(single)[0]).toBe(`GET /dist/${file}`)));
  }

  test('a single-platform file fetches the extras from beside it: alternatives on an out-of-stock WooCommerce product', () =>
    compare(
      '/woocommerce/out-of-stock.html',
      'stock-status.woocommerce.js',
      (single) =>
        expect(scripts(single)).toEqual([
          'GET /dist/stock-status.woocommerce.js',
          'GET /dist/stock-status.woocommerce.app.js',
          'GET /dist/stock-status-extras.js',
        ]),
      {
        ready: (p) =>
          p.page
            .waitForFunction(
              () => !!document.querySelector('stock-status')?.shadowRoot?.querySelector('[data-extra="alternatives"] a[href]'),
              null,
              { timeout: 10_000 },
            )
            .then(() => undefined),
      },
    ));

  test('a single-platform file needs no data-platform', () =>
    compare('/shopify/collection.html', 'stock-status.shopify.js', () => {}, {
      edit: (html) => {
        expect(html).toContain(' data-platform="shopify"');
        return html.replace(' data-platform="shopify"', '');
      },
    }));

  test('a file without the platform asked for says so once, names the file to load, and the page runs on', async () => {
    const p = await openWith('/shopify/collection.html', 'stock-status.jsonld.js');
    try {
      await p.page.waitForFunction(() => (window as unknown as { StockStatus?: unknown }).StockStatus);
      await p.page.waitForLoadState('networkidle');
      const errors = p.console.filter((m) => m.type === 'error');
      expect(errors.map((m) => m.text)).toEqual([
        expect.stringMatching(
          /^\[stock-status\] config "platform": "shopify" is not in this file; load stock-status\.js or stock-status\.shopify\.js\. Using jsonld\./,
        ),
      ]);
      // Falls back to the page's JSON-LD (none here): no badge on the cards, no request sent, nothing broken.
      expect(ours(p)).toEqual([]);
      expect(p.errors).toEqual([]);
      expect(await p.page.locator('stock-status').count()).toBe(0);
      await expect(p.page.getByRole('link').first().isVisible()).resolves.toBe(true);
    } finally {
      await p.close();
    }
  });
});
