import { afterAll, describe, expect, test } from 'vitest';
import { graphqlSent, type OpenedPage, openPage, settled, startBrowserAndDemo, statuses, waitState, widgetLines } from './harness';

/**
 * The built bundle on Horizon-like pages (demo/pages/shopify/horizon, derived from Shopify/horizon;
 * see the README there), driven by a stand-in of Horizon's own scripts: `shopify:product:select`
 * and a silent hidden input, quantity buttons that set a property, `shopify:cart:lines-update`
 * and re-rendered cart rows.
 */
const env = startBrowserAndDemo();
const opened: OpenedPage[] = [];
afterAll(async () => {
  for (const p of opened) await p.close().catch(() => {});
});

const API = '/shopify/api/2026-04/graphql.json';

/** Stock look-ups only (alternatives for a sold-out variant are asked for apart, on demand). */
const stockRequests = async (p: OpenedPage) => graphqlSent(p, 'StockStatus').length;

async function open(path: string, options: Parameters<typeof openPage>[2] = {}): Promise<OpenedPage> {
  const p = await openPage(env.browser, `${env.demo.url}/shopify/horizon/${path}`, options);
  opened.push(p);
  await settled(p.page);
  return p;
}

const MAIN = '.shopify-section[data-section-type="product-information"] stock-status';
const INVENTORY = 'product-inventory';
const visible = (p: OpenedPage, selector: string) => p.page.isVisible(selector);

describe('Horizon product page', () => {
  test('one element in place of the inventory block, following shopify:product:select, the silent hidden input and the quantity selector', async () => {
    const p = await open('product.html');
    expect(await p.page.locator(MAIN).count()).toBe(1);
    expect(await p.page.getAttribute(MAIN, 'product-id')).toBe('1007');
    expect(await p.page.getAttribute(MAIN, 'variant-id')).toBe('2071');
    // Ours stands where the inventory block speaks; the block is hidden (one message), not removed.
    expect(await p.page.evaluate(() => document.querySelector('product-inventory')?.nextElementSibling?.localName)).toBe('stock-status');
    expect(await visible(p, INVENTORY)).toBe(false);
    expect(await p.page.locator(INVENTORY).count()).toBe(1);
    expect((await statuses(p.page, MAIN))[0]).toEqual({ state: 'in-stock', text: 'In stock' });

    // Horizon sets input[name=id] as a property once the section is fetched; no change event is fired.
    const changes = await p.page.evaluateHandle(() => {
      const seen: string[] = [];
      document.addEventListener('change', (e) => seen.push((e.target as HTMLInputElement).name), true);
      return seen;
    });
    // M is sold out (aria-disabled), yet Horizon lets the shopper pick it to see so.
    await p.page.click('label:has(input[data-variant-id="2072"])', { force: true });
    await waitState(p, MAIN, 'out-of-stock');
    expect(await p.page.getAttribute(MAIN, 'variant-id')).toBe('2072');
    expect(await p.page.inputValue('product-form-component input[name="id"]')).toBe('2072');
    expect(await changes.evaluate((seen) => seen.filter((n) => n === 'id'))).toEqual([]);
    expect((await statuses(p.page, MAIN))[0]!.text).toContain('Out of stock');
    expect(await visible(p, INVENTORY)).toBe(false); // morphed by the theme, still hidden

    await p.page.click('label:has(input[data-variant-id="2073"])');
    await waitState(p, MAIN, 'backorder');

    // XL: 1 on hand; the Storefront API does not say whether it sells past that: no cap is claimed.
    await p.page.click('label:has(input[data-variant-id="2074"])');
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('variant-id') === '2074', MAIN);
    await p.page.click('product-form-component button[name="plus"]');
    await waitState(p, MAIN, 'low-stock');
    expect(await p.page.getAttribute(MAIN, 'quantity')).toBe('2');
    const [xl] = await statuses(p.page, MAIN);
    expect(xl!.text).toContain('1 ships now');
    expect(xl!.text).not.toContain('can be ordered');
    const last = await p.page.evaluate(() => (window as unknown as { __events: { variantId: string }[] }).__events.at(-1));
    expect(last).toMatchObject({ variantId: '2074', quantity: 2, state: 'low-stock', available: 1 });

    // Product, drawer line: one request for both.
    expect(await stockRequests(p)).toBe(1);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p).map((m) => m.text)).toEqual([]);
  });

  test('after Horizon re-renders the product section, one element again and the inventory block hidden again', async () => {
    const p = await open('product.html');
    await p.page.evaluate(() => (window as unknown as { horizonDemo: { rerenderProduct(): void } }).horizonDemo.rerenderProduct());
    await p.page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, MAIN);
    await settled(p.page, MAIN);
    expect(await p.page.locator(MAIN).count()).toBe(1);
    expect(await visible(p, INVENTORY)).toBe(false);
    expect(await p.page.getAttribute(MAIN, 'data-state')).toBe('in-stock');
    expect(p.errors).toEqual([]);
  });

  test('data-theme-stock="keep" leaves the inventory block speaking; a failed look-up gives it back', async () => {
    const keep = await open('product.html', {
      init: () => {
        (window as unknown as { StockStatusConfig: unknown }).StockStatusConfig = { themeStock: 'keep' };
      },
    });
    expect(await keep.page.getAttribute(MAIN, 'data-state')).toBe('in-stock');
    expect(await visible(keep, INVENTORY)).toBe(true);

    const failing = await open('product.html', { routes: [[`${env.demo.url}${API}`, '<img src=x onerror=alert(1)>', 'text/html']] });
    expect(await failing.page.getAttribute(MAIN, 'data-state')).toBe('unknown');
    expect(await visible(failing, INVENTORY)).toBe(true);
    expect(await failing.page.textContent('.product-inventory__text')).toBe('8 left');
    expect(await failing.page.isEnabled('product-form-component button[type="submit"]')).toBe(true);
    expect(await failing.page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(widgetLines(failing).map((m) => m.text)).toEqual([expect.stringMatching(/shopify stock look-up failed/)]);
    expect(failing.errors).toEqual([]);
  });
});

describe('Horizon cart drawer and cart page', () => {
  test('add to cart: the drawer re-renders and its new line gets its element; a refused add claims nothing', async () => {
    const p = await open('product.html');
    const DRAWER = 'cart-items-component[data-drawer] tr[data-key]';
    expect(await p.page.locator(`${DRAWER} stock-status[context="cart"]`).count()).toBe(1);
    await p.page.click('product-form-component button[type="submit"]');
    await p.page.waitForFunction((sel) => document.querySelectorAll(`${sel} stock-status`).length === 2, DRAWER);
    await settled(p.page, `${DRAWER} stock-status`);
    const ids = await p.page.$$eval(`${DRAWER} stock-status`, (els) =>
      els.map((e) => [e.getAttribute('variant-id'), e.getAttribute('quantity')]),
    );
    expect(ids).toEqual([
      ['2101', '1'],
      ['2071', '1'],
    ]);
    expect((await statuses(p.page, `${DRAWER} stock-status`)).map((s) => s.state)).toEqual(['in-stock', 'in-stock']);

    // XL (1 on hand, does not sell past it) ×2: the cart refuses; nothing new is believed.
    await p.page.click('label:has(input[data-variant-id="2074"])');
    await p.page.waitForFunction(
      () => (document.querySelector('product-form-component input[name="id"]') as HTMLInputElement).value === '2074',
    );
    await p.page.click('product-form-component button[name="plus"]');
    const before = await stockRequests(p);
    await Promise.all([
      p.page.waitForResponse((r) => r.url().endsWith('/shopify/cart/add.js')),
      p.page.click('product-form-component button[type="submit"]'),
    ]);
    await p.page.waitForTimeout(150);
    expect(await p.page.locator(`${DRAWER}`).count()).toBe(2);
    expect(await stockRequests(p)).toBe(before);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p).map((m) => m.text)).toEqual([]);
  });

  test('lines by variant; a line raised to 5 with 2 in stock: 2 ship now and 3 later once the cart accepts it, nothing claimed where it refuses', async () => {
    const p = await open('cart.html');
    const row = (n: number) => `tr[data-key]:nth-child(${n})`;
    const line = (n: number) => `${row(n)} stock-status`;
    expect(await p.page.$$eval('tr[data-key] stock-status', (els) => els.map((e) => e.getAttribute('product-id')))).toEqual(
      ['2101', '2102', '2073', '2006'].map((v) => `gid://shopify/ProductVariant/${v}`),
    );
    expect((await statuses(p.page)).map((s) => s.state)).toEqual(['in-stock', 'in-stock', 'backorder', 'out-of-stock']);
    expect(await stockRequests(p)).toBe(1);

    // Slow answers from here on: the cart re-renders while the next look-up is under way.
    await p.page.route(`${env.demo.url}${API}`, async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      await route.continue();
    });
    // Grey keeps selling past zero: raised to 5, the cart accepts, Horizon re-renders the rows.
    for (let i = 0; i < 3; i++) await p.page.click(`${row(1)} button[name="plus"]`);
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('quantity') === '5', line(1));
    await waitState(p, line(1), 'backorder');
    const [grey] = await statuses(p.page, line(1));
    expect(grey!.text).toContain('2 ship now, 3 ship later');
    const greyEvent = await p.page.evaluate(() =>
      (window as unknown as { __events: { variantId: string; state: string }[] }).__events.filter((e) => e.variantId === '2101').at(-1),
    );
    expect(greyEvent).toMatchObject({ state: 'backorder', quantity: 5, available: 2 });
    expect(await p.page.locator('tr[data-key] stock-status').count()).toBe(4);

    // Navy does not: raised to 3 the cart refuses, Horizon puts the input back, the line says what it said.
    await p.page.click(`${row(2)} button[name="plus"]`);
    await p.page.waitForFunction((r) => document.querySelector(`${r} .cart-item__error-text`)?.textContent?.includes('only add 2'), row(2));
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('quantity') === '2', line(2));
    await waitState(p, line(2), 'in-stock');
    for (const s of await statuses(p.page)) expect(s.text).not.toContain('can be ordered');
    expect(p.errors).toEqual([]);
    expect(widgetLines(p).map((m) => m.text)).toEqual([]);
  });
});

describe('Horizon collection and search cards', () => {
  test('one badge per product card from one request', async () => {
    const p = await open('collection.html');
    expect(
      await p.page.$$eval('li.product-grid__item product-card stock-status', (els) => els.map((e) => e.getAttribute('product-id'))),
    ).toEqual(['1001', '1002', '1003', '1004', '1005', '1006']);
    expect((await statuses(p.page)).map((s) => s.state)).toEqual([
      'in-stock',
      'in-stock',
      'backorder',
      'backorder',
      'out-of-stock',
      'out-of-stock',
    ]);
    expect(await p.page.locator('stock-status[context="card"]').count()).toBe(6);
    expect(await stockRequests(p)).toBe(1);
    expect(widgetLines(p).map((m) => m.text)).toEqual([]);
  });

  test('search results: cards get badges, the placeholder card none, and a hostile card id is skipped', async () => {
    const p = await open('search.html');
    expect((await statuses(p.page)).map((s) => s.state)).toEqual(['in-stock', 'backorder', 'in-stock']);
    expect(await p.page.locator('product-card[data-placeholder] stock-status').count()).toBe(0);
    // An infinite-scroll page appends more cards, one with an id that is no id.
    await p.page.evaluate(() => {
      const li = document.createElement('li');
      li.className = 'product-grid__item';
      li.innerHTML = '<product-card data-product-id=""><div class="product-card__content"></div></product-card>';
      li.firstElementChild!.setAttribute('data-product-id', '"><img src=x onerror=alert(1)>');
      const ok = document.createElement('li');
      ok.className = 'product-grid__item';
      ok.innerHTML = '<product-card data-product-id="1006"><div class="product-card__content"></div></product-card>';
      document.querySelector('.product-grid')!.append(li, ok);
    });
    await p.page.waitForFunction(() => document.querySelectorAll('stock-status').length === 4);
    await settled(p.page);
    expect(await p.page.getAttribute('product-card[data-product-id="1006"] stock-status', 'data-state')).toBe('out-of-stock');
    expect(await p.page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(p.errors).toEqual([]);
  });
});

describe("any theme that emits Shopify's standard events", () => {
  test('a plain theme: the product from its view payload, the variant from shopify:product:select', async () => {
    const p = await open('plain.html');
    const EL = 'form + stock-status';
    expect(await p.page.getAttribute(EL, 'product-id')).toBe('1007');
    await p.page.click('button[data-variant="2072"]');
    await waitState(p, EL, 'out-of-stock');
    expect(await p.page.getAttribute(EL, 'variant-id')).toBe('2072');
    await p.page.click('button[data-variant="2073"]');
    await waitState(p, EL, 'backorder');
    // Options that match no variant: the variant is dropped (the theme empties its hidden input too).
    await p.page.click('button[data-variant="9999"]');
    await p.page.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('variant-id'), EL);
    expect(await stockRequests(p)).toBe(1);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p).map((m) => m.text)).toEqual([]);
  });

  test('malformed, hostile and failing events: ignored with one warning each, the page unharmed', async () => {
    const p = await open('plain.html');
    const EL = 'form + stock-status';
    await p.page.evaluate(() => {
      const article = document.querySelector('.pdp')!;
      const send = (type: string, payload: Record<string, unknown>) =>
        article.dispatchEvent(Object.assign(new Event(type, { bubbles: true }), payload));
      send('shopify:product:select', {}); // no product, no promise
      send('shopify:product:select', {
        product: { id: '<img src=x onerror=alert(1)>' },
        promise: Promise.resolve({ variant: { id: 'gid://shopify/ProductVariant/2072' } }),
      });
      send('shopify:product:select', { product: { id: 'gid://shopify/Product/1007' }, promise: Promise.reject(new Error('aborted')) });
      send('shopify:product:select', { product: { id: 1007 }, promise: Promise.resolve({ variant: { id: { nested: true } } }) });
      send('shopify:product:select', { product: { id: 1007 }, promise: Promise.resolve('<img src=x onerror=alert(1)>') });
      const hostile = Object.create(null);
      Object.defineProperty(hostile, 'id', {
        get() {
          throw new Error('boom');
        },
      });
      send('shopify:product:select', { product: hostile, promise: Promise.resolve({ variant: null }) });
      send('shopify:cart:lines-update', { action: 'explode', lines: 'all' });
      send('shopify:cart:lines-update', {
        action: 'update',
        lines: [{ id: '"><img src=x>', quantity: 5 }],
        promise: Promise.resolve({ cart: { lines: [{ id: '"><img src=x>', quantity: 1e12 }] } }),
      });
      send('shopify:cart:lines-update', {
        action: 'add',
        lines: [{ merchandiseId: 'gid://shopify/ProductVariant/2074', quantity: 9 }],
        promise: Promise.resolve({ cart: null, userErrors: [{ message: 'no' }] }),
      });
    });
    await p.page.waitForTimeout(200);
    expect(await p.page.getAttribute(EL, 'variant-id')).toBe('2071');
    expect(await p.page.getAttribute(EL, 'data-state')).toBe('in-stock');
    expect(await p.page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await stockRequests(p)).toBe(1);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p).map((m) => m.text)).toEqual([
      expect.stringContaining('a shopify:product:select event did not carry'),
      expect.stringContaining('a shopify:cart:lines-update event did not carry'),
    ]);
  });
});
