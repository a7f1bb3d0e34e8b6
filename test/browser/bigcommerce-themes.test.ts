import { describe, expect, test } from 'vitest';
import {
  graphqlSent,
  type OpenedPage,
  openPage,
  settled,
  shadowText,
  startBrowserAndDemo,
  stateOf,
  statuses,
  waitState,
  widgetLines,
} from './harness';

/**
 * Today's BigCommerce storefronts with nothing added but the script: Cornerstone 6.21
 * (demo/pages/bigcommerce/cornerstone-6.21) and Catalyst (demo/pages/bigcommerce/catalyst), markup
 * derived from the real repositories (commits and templates in each folder's README.md), each page
 * driven by a stand-in of the theme's own scripts. The mock Storefront API executes every query on
 * the real schema. The older Cornerstone pages stay covered by bigcommerce.test.ts.
 */
const env = startBrowserAndDemo();

async function open(path: string, options: Parameters<typeof openPage>[2] = {}): Promise<OpenedPage> {
  return openPage(env.browser, `${env.demo.url}/bigcommerce/${path}`, options);
}

/** The theme's own availability texts a shopper can see right now (non-empty and rendered). */
const visibleThemeText = (p: OpenedPage, selector: string) =>
  p.page.$$eval(selector, (els) =>
    els
      .filter((e) => (e.textContent ?? '').trim() !== '' && e.checkVisibility())
      .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );

const CORNERSTONE_STOCK = '[data-backorder-prompt], [data-product-backordered], [data-qty-backordered-message], .productView-stock-message';
const PRODUCT = 'form[data-cart-item-add] + stock-status';

describe('Cornerstone 6.21 product page', () => {
  test("ours takes the place of the theme's stock count, backorder prompt and backordered quantity, following options and quantity", async () => {
    const p = await open('cornerstone-6.21/product.html');
    await settled(p.page);
    expect(await p.page.$$eval('stock-status', (els) => els.length)).toBe(1);
    expect(await stateOf(p, PRODUCT)).toBe('in-stock');
    expect(await visibleThemeText(p, CORNERSTONE_STOCK)).toEqual([]);

    // L: Cornerstone's remote answer shows "2 in stock" and the backorder prompt; ours says it once.
    await p.page.click('label[for="attribute_rectangle__21_213"]');
    await waitState(p, PRODUCT, 'low-stock');
    await p.page.fill('input[name="qty[]"]', '5');
    await waitState(p, PRODUCT, 'backorder');
    expect(await shadowText(p, PRODUCT)).toMatch(/2 ship now, 3 ship by/);
    // The theme did write its texts (the stand-in runs its updateView) …
    expect(await p.page.$eval('[data-qty-backordered-message]', (e) => e.textContent)).toBe('3 will be backordered');
    expect(await p.page.$eval('[data-backorder-prompt]', (e) => e.textContent)).toBe('Available on backorder');
    // … and none of them is shown beside ours.
    expect(await visibleThemeText(p, CORNERSTONE_STOCK)).toEqual([]);

    await p.page.click('label[for="attribute_rectangle__21_212"]');
    await waitState(p, PRODUCT, 'out-of-stock');
    // One stock look-up for every choice (the other request is the sold-out size's alternatives).
    expect(graphqlSent(p, 'StockStatusProducts')).toHaveLength(1);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });

  test('data-theme-stock="keep" leaves the theme\'s own texts where they are', async () => {
    const p = await open('cornerstone-6.21/product.html', {
      init: () => {
        (window as unknown as { StockStatusConfig: unknown }).StockStatusConfig = { themeStock: 'keep' };
      },
    });
    await settled(p.page);
    await p.page.click('label[for="attribute_rectangle__21_213"]');
    await p.page.fill('input[name="qty[]"]', '5');
    await waitState(p, PRODUCT, 'backorder');
    await p.page.waitForFunction(() => document.querySelector('[data-qty-backordered-message]')?.textContent === '3 will be backordered');
    expect(await visibleThemeText(p, '[data-backorder-prompt], [data-qty-backordered-message], .productView-stock-message')).toEqual([
      '2 in stock',
      'Available on backorder',
      '3 will be backordered',
    ]);
    await p.close();
  });

  test("a failing Storefront API: one warning, ours says nothing and the theme's texts come back", async () => {
    const p = await openPage(env.browser, 'about:blank');
    await p.page.route('**/bigcommerce/graphql', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{}' }));
    await p.page.goto(`${env.demo.url}/bigcommerce/cornerstone-6.21/product.html`);
    await settled(p.page);
    expect(await stateOf(p, PRODUCT)).toBe('unknown');
    expect(await visibleThemeText(p, CORNERSTONE_STOCK)).toEqual(['8 in stock']);
    await p.page.click('label[for="attribute_rectangle__21_213"]');
    await p.page.fill('input[name="qty[]"]', '5');
    // Each choice asks again (a failure is not cached); once it has failed again, the theme's text is back.
    await p.page.waitForFunction(() => document.querySelector('[data-qty-backordered-message]')?.textContent === '3 will be backordered');
    await waitState(p, PRODUCT, 'unknown');
    expect(await visibleThemeText(p, CORNERSTONE_STOCK)).toContain('3 will be backordered');
    expect(widgetLines(p)).toHaveLength(1);
    expect(widgetLines(p)[0]!.text).toMatch(/bigcommerce stock look-up failed/);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  test('600 variants: the 600th shows its own stock, read by its option values', async () => {
    const p = await open('cornerstone-6.21/shelf.html');
    await settled(p.page);
    expect(await p.page.$eval(PRODUCT, (e) => e.getAttribute('variant-id'))).toBe('20001');
    await p.page.selectOption('#attribute_select_31', '3110');
    await p.page.selectOption('#attribute_select_32', '3206');
    await p.page.selectOption('#attribute_select_33', '3310');
    await p.page.waitForFunction((s) => document.querySelector(s)?.getAttribute('variant-id') === '20600', PRODUCT, { timeout: 5000 });
    await p.page.fill('input[name="qty[]"]', '5');
    await waitState(p, PRODUCT, 'backorder');
    expect(await shadowText(p, PRODUCT)).toMatch(/2 ship now, 3 ship/);
    // The sold-out 551st, also past the first 50.
    await p.page.selectOption('#attribute_select_32', '3202');
    await p.page.selectOption('#attribute_select_33', '3301');
    await waitState(p, PRODUCT, 'out-of-stock');
    expect(await p.page.$eval(PRODUCT, (e) => e.getAttribute('variant-id'))).toBe('20551');
    expect(graphqlSent(p, 'StockStatusProducts')).toHaveLength(1);
    expect(graphqlSent(p, 'StockStatusVariant').length).toBeGreaterThanOrEqual(2);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });
});

describe('Cornerstone 6.21 cart page', () => {
  test("a line of 5 with 2 in stock says 2 ship now and 3 later, in place of the theme's lines, also after a re-render", async () => {
    const p = await open('cornerstone-6.21/cart.html');
    await settled(p.page);
    const rows = await p.page.$$eval('[data-item-row]', (rs) =>
      rs.map((r) =>
        Array.from(r.querySelectorAll('stock-status')).map((e) => [e.getAttribute('variant-id'), e.getAttribute('data-state')]),
      ),
    );
    expect(rows).toEqual([[['1106', 'backorder']], [['20600', 'backorder']]]);
    for (const s of await statuses(p.page)) expect(s.text).toMatch(/2 ship now, 3 ship/);
    expect(await visibleThemeText(p, 'p.cart-item-backorder-message')).toEqual([]);

    // cart.js re-renders the rows after a quantity change; the new row gets its own element.
    await p.page.fill('[data-item-row]:first-child input.cart-item-qty-input', '2');
    await p.page.dispatchEvent('[data-item-row]:first-child input.cart-item-qty-input', 'change');
    await p.page.waitForFunction(() => document.querySelector('[data-item-row] input')?.getAttribute('value') === '2');
    await waitState(p, '[data-item-row]:first-child stock-status', 'low-stock');
    expect(await p.page.$$eval('[data-item-row] stock-status', (els) => els.length)).toBe(2);
    expect(await visibleThemeText(p, 'p.cart-item-backorder-message')).toEqual([]);
    expect(graphqlSent(p, 'StockStatusCart')).toHaveLength(1);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });
});

const CATALYST = 'form stock-status[context="product"]';
/** Catalyst's own stock block (product-detail-form.tsx) and its card inventory messages. */
const CATALYST_STOCK = 'form div[class~="h-[3.2rem]"] div';

describe('Catalyst product page (script added through Script Manager)', () => {
  test('options in the URL and the server re-render: one element, on the picked variant and quantity, in place of the stock block', async () => {
    const p = await open('catalyst/product.html');
    await settled(p.page);
    expect(await p.page.$$eval('stock-status', (els) => els.length)).toBe(1);
    expect(await p.page.$eval(CATALYST, (e) => [e.getAttribute('product-id'), e.getAttribute('variant-id')])).toEqual(['111', '1111']);
    expect(await stateOf(p, CATALYST)).toBe('in-stock');
    expect(await visibleThemeText(p, CATALYST_STOCK)).toEqual([]);

    await p.page.click('button[role="radio"][aria-label="L"]');
    await p.page.waitForFunction(() => location.search === '?21=213');
    await waitState(p, CATALYST, 'low-stock');
    // The server's re-render replaced the form; the new one got its own element, and only one.
    await p.page.waitForFunction(() => document.querySelector('form div[class~="h-[3.2rem]"]')?.textContent?.includes('2 in stock'));
    await settled(p.page);
    expect(await p.page.$$eval('stock-status', (els) => els.length)).toBe(1);
    expect(await p.page.$eval(CATALYST, (e) => e.getAttribute('variant-id'))).toBe('1113');

    for (let i = 0; i < 4; i++) await p.page.click('button[aria-label="Increase quantity"]');
    await waitState(p, CATALYST, 'backorder');
    expect(await shadowText(p, CATALYST)).toMatch(/2 ship now, 3 ship by/);
    expect(await p.page.$eval('[data-backorder-line]', (e) => e.textContent)).toBe('3 will be on backorder');
    expect(await visibleThemeText(p, CATALYST_STOCK)).toEqual([]);

    await p.page.click('button[role="radio"][aria-label="M"]');
    await p.page.waitForFunction(() => location.search === '?21=212');
    await waitState(p, CATALYST, 'out-of-stock');
    expect(graphqlSent(p, 'StockStatusProducts')).toHaveLength(1);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });

  test('600 variants, opened from a shared link: the 600th variant of the URL shows its own stock', async () => {
    const p = await open('catalyst/shelf.html?31=3110&32=3206&33=3310');
    await p.page.waitForFunction((s) => document.querySelector(s)?.getAttribute('variant-id') === '20600', CATALYST, { timeout: 5000 });
    await waitState(p, CATALYST, 'low-stock');
    for (let i = 0; i < 4; i++) await p.page.click('button[aria-label="Increase quantity"]');
    await waitState(p, CATALYST, 'backorder');
    expect(await shadowText(p, CATALYST)).toMatch(/2 ship now, 3 ship/);
    expect(graphqlSent(p)).toEqual(['StockStatusProducts', 'StockStatusVariant']);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });

  test("hostile option ids in the URL are ignored: the form's pick answers, nothing is injected", async () => {
    const p = await open('catalyst/product.html?21=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&99999999999=5&abc=1&21=213');
    let dialogs = 0;
    p.page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await settled(p.page);
    expect(await p.page.$eval(CATALYST, (e) => e.getAttribute('variant-id'))).toBe('1111');
    expect(await stateOf(p, CATALYST)).toBe('in-stock');
    expect(await p.page.$$eval('img', (i) => i.length)).toBe(0);
    expect(dialogs).toBe(0);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });

  test("an answer that drifts from the schema: one warning and the state of Catalyst's JSON-LD (bare InStock)", async () => {
    const p = await openPage(env.browser, 'about:blank');
    await p.page.route('**/bigcommerce/graphql', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { site: { products: 'not a connection' } } }) }),
    );
    await p.page.goto(`${env.demo.url}/bigcommerce/catalyst/product.html`);
    await settled(p.page);
    expect(await stateOf(p, CATALYST)).toBe('in-stock');
    expect(widgetLines(p).map((l) => l.text)).toEqual([expect.stringMatching(/showing the page's own structured data instead/)]);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  test("malformed JSON-LD and a failing API: one warning for each, nothing from us, Catalyst's stock block back", async () => {
    const p = await openPage(env.browser, 'about:blank');
    await p.page.route('**/bigcommerce/graphql', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{}' }));
    await p.page.route('**/catalyst-stand-in.js', async (route) => {
      const original = await (await route.fetch()).text();
      // The ProductSchema script becomes invalid JSON.
      route.fulfill({
        contentType: 'text/javascript',
        body: original.replace('.textContent = JSON.stringify(', '.textContent = \'{"@type":"Product",\' + JSON.stringify('),
      });
    });
    await p.page.goto(`${env.demo.url}/bigcommerce/catalyst/product.html`);
    await settled(p.page);
    expect(await stateOf(p, CATALYST)).toBe('unknown');
    expect(await visibleThemeText(p, CATALYST_STOCK)).toContain('8 in stock');
    expect(widgetLines(p).map((l) => l.text)).toEqual([
      expect.stringMatching(/bigcommerce stock look-up failed .*HTTP 500/),
      expect.stringMatching(/JSON-LD script that is not valid JSON/),
    ]);
    expect(p.errors).toEqual([]);
    await p.close();
  });
});

describe('Catalyst category page', () => {
  test("one badge per card for one request, in place of the card's inventory message", async () => {
    const p = await open('catalyst/category.html');
    await settled(p.page);
    const byId = await p.page.$$eval('article', (cards) =>
      cards.map((c) => [
        c.querySelector('a[id]')?.id,
        Array.from(c.querySelectorAll('stock-status')).map((e) => e.getAttribute('data-state')),
      ]),
    );
    expect(byId).toEqual([
      ['101', ['in-stock']],
      ['102', ['low-stock']],
      ['104', ['backorder']],
      ['107', ['backorder']],
      ['109', ['preorder']],
      ['110', ['unavailable']],
      ['112', ['out-of-stock']],
      ['113', ['out-of-stock']],
      ['200', ['in-stock']],
      ['202', ['out-of-stock']],
    ]);
    expect(graphqlSent(p)).toEqual(['StockStatusProducts']);
    expect(await visibleThemeText(p, 'article div.flex-1 > span:last-of-type')).toEqual([]);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });
});
