import type { Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { type OpenedPage, openPage, settled, startBrowserAndDemo, statuses } from './harness';

/**
 * Every failure of a platform's look-up ends in the page's own JSON-LD state (else `unknown`) with
 * one `[stock-status]` warning: on a product page (one Product, named only by sku: the product
 * element's) and on cards and cart lines (Products named by productID), for each platform's file.
 * The API answers of the demo mocks are broken on the way with Playwright routes.
 */
const env = startBrowserAndDemo();

type Platform = 'bigcommerce' | 'shopify' | 'woocommerce' | 'json';
const PLATFORMS: Platform[] = ['bigcommerce', 'shopify', 'woocommerce', 'json'];
const API: Record<Platform, string> = {
  bigcommerce: '**/bigcommerce/graphql',
  shopify: '**/shopify/api/2026-04/graphql.json',
  woocommerce: '**/woo/wp-json/wc/store/v1/products**',
  json: '**/stock-api/v1/stock**',
};
// biome-ignore lint/suspicious/noExplicitAny: the mocks' answers, edited as they come
type Json = Record<string, any>;
/** The platform's real answer with every product drifting from the schema (a stock field of the wrong type). */
// biome-ignore lint/suspicious/noExplicitAny: as above
const DRIFT: Record<Platform, (body: any) => unknown> = {
  bigcommerce: (b: Json) => {
    for (const e of b.data.site.products.edges) e.node.inventory = { isInStock: 'yes' };
    return b;
  },
  shopify: (b: Json) => {
    for (const n of b.data.nodes) if (n) n.availableForSale = 'yes';
    return b;
  },
  woocommerce: (b: Json[]) => b.map((p) => ({ ...p, is_in_stock: 'yes' })),
  json: (b: Json) => ({ ...b, products: b.products.map((p: Json) => ({ ...p, stock: { onHand: 'many' } })) }),
};
/** An error in the platform's own words. */
const ERROR: Record<Platform, unknown> = {
  bigcommerce: { errors: [{ message: 'Internal server error' }] },
  shopify: { errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED' } }] },
  woocommerce: { code: 'rest_invalid_param', message: 'Invalid parameter(s): include', data: { status: 400 } },
  json: { error: 'maintenance' },
};

type Failure = 'drift' | 'error' | 'html' | 'timeout';
async function breakAnswer(route: Route, platform: Platform, failure: Failure) {
  if (failure === 'timeout') return; // never answered: the transport's time-out ends it
  if (failure === 'html')
    return route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Oops</title><h1>Something went wrong</h1>',
    });
  if (failure === 'error') return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(ERROR[platform]) });
  const res = await route.fetch();
  return route.fulfill({ response: res, json: DRIFT[platform](await res.json()) });
}

async function open(platform: Platform, page: 'product' | 'listing', failure?: Failure): Promise<OpenedPage> {
  const p = await openPage(env.browser, 'about:blank');
  if (failure) await p.page.route(API[platform], (route) => breakAnswer(route, platform, failure));
  await p.page.goto(`${env.demo.url}/perf/fallback.html?platform=${platform}&page=${page}`);
  // A failing answer is retried with back-off before the fallback speaks: give a busy machine time.
  await settled(p.page, 'stock-status', 25_000);
  return p;
}
const states = async (p: OpenedPage) => (await statuses(p.page)).map((s) => s.state);
const widgetLines = (p: OpenedPage) => p.console.filter((m) => m.text.startsWith('[stock-status]') || m.type === 'error');

/** The JSON-LD states of the page: product element (then a card it has none for), and cards + cart line. */
const FALLBACK = { product: ['preorder', 'unknown'], listing: ['backorder', 'out-of-stock', 'low-stock'] };

describe('the look-up answers: the platform speaks, not the JSON-LD', () => {
  test.each(PLATFORMS)('%s', async (platform) => {
    for (const page of ['product', 'listing'] as const) {
      const p = await open(platform, page);
      const got = await states(p);
      expect(got).not.toContain('unknown');
      expect(got).not.toEqual(FALLBACK[page]);
      expect(widgetLines(p)).toEqual([]);
      await p.close();
    }
  });
});

describe.each(['drift', 'error', 'html'] as const)('the answer is %s: the JSON-LD state, one warning', (failure) => {
  test.each(PLATFORMS)('%s', { timeout: 60_000 }, async (platform) => {
    for (const page of ['product', 'listing'] as const) {
      const p = await open(platform, page, failure);
      expect(await states(p)).toEqual(FALLBACK[page]);
      const lines = widgetLines(p);
      expect(lines, JSON.stringify(lines)).toHaveLength(1);
      expect(lines[0]).toMatchObject({ type: 'warning' });
      expect(lines[0]!.text).toMatch(
        /^\[stock-status\] \w+ stock look-up failed \(.+\); showing the page's own structured data instead\.$/,
      );
      await p.close();
    }
  });
});

test('time-outs: the JSON-LD state, one warning, on every platform', async () => {
  const pages = await Promise.all(PLATFORMS.map((platform) => open(platform, 'product', 'timeout')));
  for (const p of pages) {
    expect(await states(p)).toEqual(FALLBACK.product);
    expect(widgetLines(p).map((l) => l.text)).toEqual([expect.stringMatching(/did not answer within \d+ ms\); showing the page's own/)]);
    await p.close();
  }
}, 30_000);
