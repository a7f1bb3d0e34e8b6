import { afterAll, describe, expect, test } from 'vitest';
import { day, type OpenedPage, openPage, settled, startBrowserAndDemo, statuses, widgetLines } from './harness';

/** The built bundle on Dawn-like Shopify pages (demo/pages/shopify), against the schema-executing mock API. */
const env = startBrowserAndDemo();
const opened: OpenedPage[] = [];
afterAll(async () => {
  for (const p of opened) await p.close().catch(() => {});
});

/** Records the GraphQL documents the page sends (their first words, and whether they ask for counts) before any page script runs. */
function recordGraphql() {
  const w = window as unknown as { __gql: string[] };
  w.__gql = [];
  const original = window.fetch;
  window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    if (String(input instanceof Request ? input.url : input).includes('/graphql.json')) {
      try {
        const query = String(JSON.parse(String(init?.body)).query);
        w.__gql.push(`${query.slice(0, 40)}${query.includes('quantityAvailable') ? ' [+quantityAvailable]' : ''}`);
      } catch {
        w.__gql.push('?');
      }
    }
    return original.call(this, input, init);
  } as typeof fetch;
}
const sent = (p: OpenedPage) => p.page.evaluate(() => (window as unknown as { __gql: string[] }).__gql);
/** Stock look-ups only (alternatives for an out-of-stock product are asked for separately, on demand). */
const apiCalls = async (p: OpenedPage) => (await sent(p)).filter((q) => q.startsWith('query StockStatus(')).length;

async function open(path: string, options: Parameters<typeof openPage>[2] = {}): Promise<OpenedPage> {
  const p = await openPage(env.browser, `${env.demo.url}${path}`, { init: recordGraphql, ...options });
  opened.push(p);
  await settled(p.page);
  return p;
}

/** The product page's own element (the one the widget placed after Dawn's <product-form>). */
const MAIN = 'product-form + stock-status';
const mainState = (p: OpenedPage) => p.page.getAttribute(MAIN, 'data-state');

describe('Dawn product page with only the script tag', () => {
  test('follows variant changes and quantity; product and related cards cost one request', async () => {
    const p = await open('/shopify/product.html');
    // One element for the product form (not for the installments form), one per related card.
    expect(await p.page.locator('product-info stock-status').count()).toBe(1);
    expect(await p.page.getAttribute(MAIN, 'product-id')).toBe('1007');
    expect(await mainState(p)).toBe('in-stock');
    expect(await p.page.getAttribute(MAIN, 'variant-id')).toBe('2071');

    await p.page.click('label[for="Size-M"]');
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'out-of-stock', MAIN);
    expect(new URL(p.page.url()).searchParams.get('variant')).toBe('2072');
    const [m] = await statuses(p.page, MAIN);
    expect(m!.text).toContain('Back in stock');

    await p.page.click('label[for="Size-L"]');
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'backorder', MAIN);
    const events = (await p.page.evaluate(() => (window as unknown as { __events: { variantId: string; eta: string }[] }).__events)).filter(
      (e) => e.variantId === '2073',
    );
    expect(events.at(-1)).toMatchObject({ eta: day(30), etaKind: 'confirmed', platform: 'shopify' });

    // XL has 1 on hand; the Storefront API does not say whether it sells beyond that: no cap is claimed.
    await p.page.click('label[for="Size-XL"]');
    await p.page.click('quantity-input button[name="plus"]');
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'low-stock', MAIN);
    expect(await p.page.getAttribute(MAIN, 'quantity')).toBe('2');
    expect((await statuses(p.page, MAIN))[0]!.text).toContain('1 ships now');
    expect((await statuses(p.page, MAIN))[0]!.text).not.toContain('can be ordered');

    expect((await statuses(p.page, '.card-wrapper stock-status')).map((s) => s.state)).toEqual(['in-stock', 'out-of-stock']);
    expect(await apiCalls(p)).toBe(1);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
  });

  test('?variant= in the URL picks the variant on arrival', async () => {
    const p = await open('/shopify/product.html?variant=2073');
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('variant-id') === '2073', MAIN);
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'backorder', MAIN);
    expect(p.errors).toEqual([]);
  });

  test('with the Liquid snippet on the page, no request at all', async () => {
    const p = await open('/shopify/liquid.html');
    expect(await mainState(p)).toBe('in-stock');
    await p.page.click('label[for="Size-M"]');
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'out-of-stock', MAIN);
    await p.page.click('label[for="Size-L"]');
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'backorder', MAIN);
    expect(await apiCalls(p)).toBe(0);
    expect(widgetLines(p)).toEqual([]);
  });

  test('a failing or hostile API leaves the page and its add-to-cart form alone', async () => {
    const p = await openPage(env.browser, `${env.demo.url}/shopify/product.html`, {
      routes: [[`${env.demo.url}/shopify/api/2026-04/graphql.json`, '<img src=x onerror=alert(1)>', 'text/html']],
    });
    opened.push(p);
    await settled(p.page);
    expect(await mainState(p)).toBe('unknown');
    expect(await p.page.isEnabled('#ProductSubmitButton-template--1__main')).toBe(true);
    expect(await p.page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(widgetLines(p).map((m) => m.text)).toEqual([
      expect.stringMatching(/^\[stock-status\] shopify stock look-up failed .*did not answer with JSON/),
    ]);
    expect(p.errors).toEqual([]);
  });
});

describe('Dawn collection and cart pages', () => {
  test('every product card gets its badge from one request; collection cards are left alone', async () => {
    const p = await open('/shopify/collection.html');
    expect(await p.page.locator('.collection-card-wrapper stock-status').count()).toBe(0);
    const ids = await p.page.$$eval('.product-card-wrapper stock-status', (els) => els.map((e) => e.getAttribute('product-id')));
    expect(ids).toEqual(['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008', '1009']);
    expect((await statuses(p.page)).map((s) => s.state)).toEqual([
      'in-stock',
      'in-stock',
      'backorder',
      'backorder',
      'out-of-stock',
      'out-of-stock',
      'in-stock',
      'in-stock',
      'out-of-stock',
    ]);
    expect(await apiCalls(p)).toBe(1);
    expect(widgetLines(p)).toEqual([]);
  });

  test('cart lines by variant and quantity, one request, and again after Dawn re-renders a row', async () => {
    const p = await open('/shopify/cart.html');
    const lines = await statuses(p.page);
    expect(lines.map((s) => s.state)).toEqual(['in-stock', 'backorder', 'low-stock', 'out-of-stock']);
    expect(lines[1]!.text).toMatch(/Ships by|ship by/);
    // 2 of XL with 1 on hand: what ships now, and no cap the Storefront API does not state.
    expect(lines[2]!.text).toContain('1 ships now');
    expect(lines[2]!.text).not.toContain('can be ordered');
    expect(await p.page.getAttribute('#CartItem-2 stock-status', 'product-id')).toBe('gid://shopify/ProductVariant/2073');

    // Row 3 (XL, 1 on hand) down to 1: the row is re-rendered and gets a fresh element.
    await p.page.click('#CartItem-3 button[name="minus"]');
    await p.page.waitForFunction(() => document.querySelector('#CartItem-3 stock-status')?.getAttribute('data-state') === 'in-stock');
    expect(await p.page.getAttribute('#CartItem-3 stock-status', 'quantity')).toBe('1');
    expect(await apiCalls(p)).toBe(1);
    expect(p.errors).toEqual([]);
  });

  test('a token without the inventory scope: right states, no counts, one warning, one request', async () => {
    const p = await open('/shopify/no-inventory-scope.html');
    expect((await statuses(p.page)).map((s) => s.state)).toEqual(['in-stock', 'in-stock', 'backorder', 'out-of-stock']);
    expect(widgetLines(p).map((m) => m.text)).toEqual([expect.stringContaining('unauthenticated_read_product_inventory')]);
    expect(await apiCalls(p)).toBe(1);
    // Whatever is asked afterwards (here: alternatives for the sold-out scarf) leaves the field out.
    await p.page.waitForFunction(() => (window as unknown as { __gql: string[] }).__gql.length > 1);
    const [first, second] = await sent(p);
    expect(first).toContain('[+quantityAvailable]');
    expect(second).toMatch(/^query StockStatusAlternatives\(/);
    expect(second).not.toContain('quantityAvailable');
  });
});
