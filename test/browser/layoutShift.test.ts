import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage, settled, startBrowserAndDemo } from './harness';

/**
 * CLS 0.000 on the demo's listing pages and product pages, measured with a
 * PerformanceObserver('layout-shift') in real Chromium: the widget as it comes, the widget's file
 * arriving only after the browser has painted the page, and every look-up failing.
 */
const env = startBrowserAndDemo();

/** Listing pages: every card gets a badge, the whole page must not move. */
const LISTINGS = [
  '/bigcommerce/category.html',
  '/shopify/collection.html',
  '/shopify/horizon/collection.html',
  '/woocommerce/shop.html',
  '/woocommerce/blocks/collection.html',
  '/json/listing.html',
];
/** Product pages: the product status holds one height from its first frame on (cards on them: none at all). */
const PRODUCTS = ['/bigcommerce/product.html', '/shopify/product.html', '/woocommerce/simple.html', '/json/product.html'];
const API = /\/(bigcommerce\/graphql|shopify\/api\/[^?]*|wp-json\/wc\/store\/[^?]*|stock-api\/[^?]*)(\?.*)?$/;
const OUR_FILES = /\/dist\/stock-status[^/]*\.js$/;
type Case = 'as it comes' | 'painted before the script' | 'look-ups failing';

/**
 * Every layout shift from the first frame on, with what moved (for the failure message); and the
 * height of each product-context status in every frame from its first.
 */
function observeShifts() {
  const w = window as unknown as { __shifts: { value: number; nodes: string[] }[]; __heights: Map<Element, number[]> };
  w.__shifts = [];
  w.__heights = new Map();
  const frame = () => {
    for (const el of document.querySelectorAll('stock-status:not([context]), stock-status[context=product]')) {
      if (!el.isConnected || !el.hasAttribute('data-state')) continue;
      const h = Math.round(el.getBoundingClientRect().height * 10) / 10;
      const seen = w.__heights.get(el) ?? [];
      if (seen.at(-1) !== h) seen.push(h);
      w.__heights.set(el, seen);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
      if (e.hadRecentInput) continue;
      const nodes = (e.sources ?? []).map((s) => {
        const n = s.node as Element | undefined;
        return n
          ? `${n.nodeName?.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.className && typeof n.className === 'string' ? `.${n.className.split(' ')[0]}` : ''}`
          : '?';
      });
      w.__shifts.push({ value: e.value, nodes });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function measureCls(
  page: Page,
  path: string,
  how: Case,
  base: string,
): Promise<{ cls: number; shifts: unknown[]; paintedFirst: boolean; heights: number[][] }> {
  if (how === 'painted before the script')
    await page.route(OUR_FILES, async (route) => {
      await new Promise((r) => setTimeout(r, 700));
      await route.continue();
    });
  if (how === 'look-ups failing')
    await page.route(API, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><h1>Maintenance</h1>' }));
  await page.goto(`${base}${path}`);
  await settled(page);
  // Late work (fonts, a second pass of the theme's scripts, our extras) gets a moment to shift too.
  await page.waitForTimeout(400);
  return page.evaluate(() => {
    const w = window as unknown as { __shifts: { value: number; nodes: string[] }[]; __heights: Map<Element, number[]> };
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
    const ours = performance.getEntriesByType('resource').find((r) => /\/dist\/stock-status[^/]*\.js$/.test(r.name)) as
      | PerformanceResourceTiming
      | undefined;
    return {
      cls: w.__shifts.reduce((s, x) => s + x.value, 0),
      shifts: w.__shifts,
      heights: [...w.__heights.values()],
      paintedFirst: !!ours && fcp < ours.responseEnd,
    };
  });
}

const CASES = ['as it comes', 'painted before the script', 'look-ups failing'] as const;
async function measure(path: string, how: Case) {
  const p = await openPage(env.browser, 'about:blank', { viewport: { width: 390, height: 844 }, init: observeShifts });
  const result = await measureCls(p.page, path, how, env.demo.url);
  if (how === 'painted before the script') expect(result.paintedFirst, 'the page painted before our file arrived').toBe(true);
  if (how === 'look-ups failing') expect(p.console.some((l) => /stock look-up failed/.test(l.text))).toBe(true);
  expect(p.errors).toEqual([]);
  await p.close();
  return result;
}

describe.each(CASES)('listing pages, CLS 0.000: %s', (how) => {
  test.each(LISTINGS)('%s', async (path) => {
    const { cls, shifts } = await measure(path, how);
    expect(cls, JSON.stringify(shifts)).toBe(0);
  });
});

describe.each(CASES)('product pages, the status holds its height from its first frame: %s', (how) => {
  test.each(PRODUCTS)('%s', async (path) => {
    const { heights } = await measure(path, how);
    expect(heights.length).toBeGreaterThan(0);
    for (const h of heights) expect(h, 'heights of one status, frame by frame').toHaveLength(1);
  });
});

test.each(CASES)('a product status the theme placed and reserved a line for (README): CLS 0.000, %s', async (how) => {
  const { cls, shifts } = await measure('/perf/product-reserved.html', how);
  expect(cls, JSON.stringify(shifts)).toBe(0);
});
