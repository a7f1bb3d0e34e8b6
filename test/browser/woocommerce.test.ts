import { describe, expect, test } from 'vitest';
import { day, type OpenedPage, openPage, settled, startBrowserAndDemo, statuses, widgetLines } from './harness';

/**
 * The built dist/stock-status.js on WooCommerce-like pages (demo/pages/woocommerce, classic
 * template markup) against the mock Store API (demo/mocks/woocommerce.mjs), in real Chromium.
 * The pages carry only the script tag; the integration finds products, variations and cards.
 */
const env = startBrowserAndDemo();

const STORE_API = '/woo/wp-json/wc/store/v1/products';
const storeRequests = (p: OpenedPage) => p.requests.filter((r) => r.includes('/wp-json/wc/store/v1/'));
/** Look-ups of stock, leaving out the alternatives request an out-of-stock product makes after its badge. */
const stockRequests = (p: OpenedPage) => storeRequests(p).filter((r) => !r.includes('category='));
/** Every `stock-status:change`, collected from before the widget starts (runs in the page: self-contained). */
const collectEvents = () => {
  const w = window as unknown as { __woo: unknown[] };
  w.__woo = [];
  document.addEventListener('stock-status:change', (e) => w.__woo.push((e as CustomEvent).detail), true);
};
const eventsOf = (p: OpenedPage) => p.page.evaluate(() => (window as unknown as { __woo: Record<string, unknown>[] }).__woo);
const open = (path: string) => openPage(env.browser, `${env.demo.url}${path}`, { init: collectEvents });
/** The same page with another Store API endpoint, through window.StockStatusConfig. */
const openWithEndpoint = async (path: string, endpoint: string) => {
  const p = await openPage(env.browser, 'about:blank');
  await p.page.addInitScript((e) => {
    (window as unknown as { StockStatusConfig: unknown }).StockStatusConfig = { endpoint: e };
  }, endpoint);
  await p.page.goto(`${env.demo.url}${path}`);
  return p;
};
/** The calendar date `n` days from today in the page's zone (America/New_York, the harness default). */

describe('WooCommerce shop page', () => {
  test('a badge on every card, right state for each case, from one Store API request', async () => {
    const p = await open('/woocommerce/shop.html');
    await settled(p.page);
    const cards = await p.page.$$eval('li.product', (lis) =>
      lis.map((li) => {
        const el = li.querySelector('stock-status');
        return { id: el?.getAttribute('product-id'), context: el?.getAttribute('context'), state: el?.getAttribute('data-state') };
      }),
    );
    expect(cards).toEqual(
      [
        ['201', 'in-stock'],
        ['202', 'low-stock'],
        ['203', 'backorder'],
        ['204', 'out-of-stock'],
        ['205', 'unavailable'],
        ['206', 'low-stock'],
        ['207', 'in-stock'],
        ['208', 'in-stock'],
        ['210', 'in-stock'],
      ].map(([id, state]) => ({ id, context: 'card', state })),
    );
    const texts = (await statuses(p.page)).map((s) => s.text);
    expect(texts[1]).toContain('Only 3 left');
    expect(texts[2]).toContain('Backorder');
    expect(texts[3]).toContain('Out of stock');
    expect(storeRequests(p)).toEqual([
      `GET ${STORE_API}?include=201%2C202%2C203%2C204%2C205%2C206%2C207%2C208%2C210&per_page=100&orderby=include`,
    ]);
    // The badge sits outside the product link, first in the card (over its image), and the page is unharmed.
    expect(
      await p.page.$$eval('li.product stock-status', (els) =>
        els.every((e) => !e.closest('a') && !!e.parentElement?.matches('li.product') && e.previousElementSibling === null),
      ),
    ).toBe(true);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });
});

describe('WooCommerce simple product page', () => {
  test('low stock with backorders: the quantity field splits ships-now from ships-later with the lead-time date', async () => {
    const p = await open('/woocommerce/simple.html');
    await settled(p.page);
    const product = 'div.product > .summary stock-status';
    expect(await p.page.$eval(product, (e) => e.previousElementSibling?.matches('form.cart'))).toBe(true);
    expect(await statuses(p.page, product)).toEqual([{ state: 'low-stock', text: expect.stringContaining('Only 2 left') }]);
    // Related products are cards, answered by the same request.
    expect(await statuses(p.page, 'section.related stock-status')).toEqual([
      { state: 'in-stock', text: expect.any(String) },
      { state: 'out-of-stock', text: expect.any(String) },
      { state: 'backorder', text: expect.any(String) },
    ]);
    expect(storeRequests(p)).toHaveLength(1);

    await p.page.fill('input[name="quantity"]', '5');
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-state') === 'backorder', product);
    const [status] = await statuses(p.page, product);
    expect(status?.text).toMatch(/2 ship now, 3 ship by/);
    const last = (await eventsOf(p)).filter((e) => e.productId === '206').at(-1);
    expect(last).toMatchObject({
      quantity: 5,
      state: 'backorder',
      available: 2,
      eta: day(10, 'America/New_York'),
      etaKind: 'estimated',
      platform: 'woocommerce',
    });
    // The quantity changed, not the product: no new request.
    expect(storeRequests(p)).toHaveLength(1);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });

  test('out of stock: WooCommerce prints no form, the status goes after its stock line, with in-stock alternatives', async () => {
    const p = await open('/woocommerce/out-of-stock.html');
    await settled(p.page);
    expect(await p.page.$eval('stock-status', (e) => e.previousElementSibling?.matches('p.stock'))).toBe(true);
    expect((await eventsOf(p)).at(-1)).toMatchObject({ productId: '204', state: 'out-of-stock', eta: null, etaKind: null });
    await p.page.waitForFunction(() => document.querySelector('stock-status')?.shadowRoot?.textContent?.includes('Pocket Tee'));
    const [status] = await statuses(p.page);
    expect(status?.state).toBe('out-of-stock');
    // Same category, in stock now: never itself, the backordered belt or the gift box that is not for sale.
    expect(status?.text).toBe(
      'Out of stock Available now instead Classic Beanie $18.00 In stock Wool Scarf $35.00 Only 3 left Canvas Cap $22.00 Only 2 left Pocket Tee $29.00 In stock',
    );
    expect(storeRequests(p)).toEqual([
      `GET ${STORE_API}?include=204&per_page=100&orderby=include`,
      `GET ${STORE_API}?category=15&exclude=204&stock_status=instock&per_page=6`,
    ]);
    // Each alternative shows its picture (no broken-image icon, no failed load in the console).
    await p.page.waitForFunction(() =>
      Array.from(document.querySelector('stock-status')?.shadowRoot?.querySelectorAll('img') ?? []).every((i) => i.complete),
    );
    expect(
      await p.page.$eval('stock-status', (e) => Array.from(e.shadowRoot?.querySelectorAll('img') ?? []).map((i) => i.naturalWidth > 0)),
    ).toEqual([true, true, true, true]);
    expect(p.errors).toEqual([]);
    expect(p.console).toEqual([]);
    await p.close();
  });
});

describe('WooCommerce variable product page', () => {
  const product = 'form.variations_form + stock-status';
  const waitFor = (p: OpenedPage, state: string, variant: string | null) =>
    p.page.waitForFunction(
      ([sel, s, v]) => {
        const el = document.querySelector(sel!);
        return el?.getAttribute('data-state') === s && el.getAttribute('variant-id') === v;
      },
      [product, state, variant] as const,
    );

  test('follows the variation WooCommerce picks without native events; products and variations in one round trip', async () => {
    const p = await open('/woocommerce/variable.html');
    await settled(p.page);
    expect(await statuses(p.page, product)).toEqual([{ state: 'in-stock', text: 'In stock' }]);
    // Sent together, before the first state: the products batch (page product + related card) and the variations.
    expect(storeRequests(p).sort()).toEqual([
      `GET ${STORE_API}?include=210%2C208&per_page=100&orderby=include`,
      `GET ${STORE_API}?type=variation&parent=210&per_page=100&page=1`,
    ]);

    const cases: [string, string, string, RegExp][] = [
      ['red', '212', 'low-stock', /Only 2 left/],
      ['green', '213', 'backorder', /Backorder.*ships by/i],
      ['black', '214', 'out-of-stock', /^Out of stock/],
      ['white', '215', 'unavailable', /^Unavailable/],
      ['blue', '211', 'in-stock', /^In stock$/],
    ];
    for (const [colour, id, state, text] of cases) {
      await p.page.selectOption('select[name="attribute_colour"]', colour);
      await waitFor(p, state, id);
      const [status] = await statuses(p.page, product);
      expect(status?.text, colour).toMatch(text);
    }
    const green = (await eventsOf(p)).find((e) => e.variantId === '213');
    expect(green).toMatchObject({
      productId: '210',
      state: 'backorder',
      available: 0,
      eta: day(10, 'America/New_York'),
      etaKind: 'estimated',
    });

    // Clear: back to the product as a whole.
    await p.page.click('button.reset_variations');
    await waitFor(p, 'in-stock', null);
    // Every variation was in the first answer: choosing costs nothing.
    expect(stockRequests(p)).toHaveLength(2);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });

  test('a variation preselected from the URL shows on first load', async () => {
    const p = await open('/woocommerce/variable.html?attribute_colour=black');
    await waitFor(p, 'out-of-stock', '214');
    expect((await eventsOf(p)).filter((e) => e.state !== 'out-of-stock' && e.productId === '210')).toEqual([]);
    expect(stockRequests(p)).toHaveLength(2);
    // The alternative's hostile name is never markup, and reads as the theme's own card shows it.
    await p.page.waitForFunction(() => document.querySelector('form + stock-status')?.shadowRoot?.textContent?.includes('Fleece'));
    const [status] = await statuses(p.page, 'form + stock-status');
    const themeCard = await p.page.$eval('li.product.post-208 .woocommerce-loop-product__title', (e) => e.textContent?.trim());
    expect(themeCard).toBe('Fleece – Limited');
    expect(status?.text).toContain(`Available now instead ${themeCard} $79.00 In stock`);
    expect(await p.page.$eval('form + stock-status', (e) => e.shadowRoot?.querySelectorAll('img[src="x"]').length)).toBe(0);
    expect(p.errors).toEqual([]);
    await p.close();
  });
});

describe('WooCommerce bad answers', () => {
  test('hostile and malformed products fall back (no JSON-LD here: unknown) with one clear warning; the page is unharmed', async () => {
    const p = await openWithEndpoint('/woocommerce/shop.html', '/woo-bad/wp-json/wc/store/v1');
    await settled(p.page);
    expect(new Set((await statuses(p.page)).map((s) => s.state))).toEqual(new Set(['unknown']));
    expect(widgetLines(p).map((m) => m.text)).toEqual([
      "[stock-status] woocommerce stock look-up failed (/woo-bad/wp-json/wc/store/v1/products sent a product without the stock fields of the WooCommerce Store API); showing the page's own structured data instead.",
    ]);
    expect(await p.page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  test('a failing Store API: one warning, then the page goes on without availability', async () => {
    const p = await openWithEndpoint('/woocommerce/simple.html', '/woo-down/wp-json/wc/store/v1');
    await settled(p.page);
    expect(new Set((await statuses(p.page)).map((s) => s.state))).toEqual(new Set(['unknown']));
    expect(widgetLines(p).map((m) => m.text)).toEqual([
      expect.stringMatching(/^\[stock-status\] woocommerce stock look-up failed \(.*HTTP 500\)/),
    ]);
    expect(await p.page.isEnabled('button[name="add-to-cart"]')).toBe(true);
    expect(p.errors).toEqual([]);
    await p.close();
  });
});
