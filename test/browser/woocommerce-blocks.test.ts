import { describe, expect, test } from 'vitest';
import { day, type OpenedPage, openPage, settled, startBrowserAndDemo, statuses, waitState, widgetLines } from './harness';

/**
 * The built dist/stock-status.js on WooCommerce block-theme pages (demo/pages/woocommerce/blocks:
 * Twenty Twenty-Five with WooCommerce's blockified templates, Product Collection, the Cart block,
 * the classic cart page, the Add to Cart + Options block; provenance in the folder's README.md),
 * against the mock Store API (demo/mocks/woocommerce.mjs and woocommerce-cart.mjs). The pages'
 * scripts stand in for WooCommerce's own: the Cart block renders its rows client-side and
 * re-renders them after a quantity change; the options block sets variation_id silently.
 */
const env = startBrowserAndDemo();

const API = '/woo/wp-json/wc/store/v1';
const storeRequests = (p: OpenedPage) => p.requests.filter((r) => r.includes('/wp-json/wc/store/v1/'));
/** The widget's own look-ups (the Cart block stand-in reads /woo/…/cart itself, with no query). */
const productRequests = (p: OpenedPage) => storeRequests(p).filter((r) => r.includes('/products?') && !r.includes('category='));
const open = (path: string, config?: Record<string, unknown>) =>
  openPage(env.browser, `${env.demo.url}${path}`, {
    init: config ? (new Function(`window.StockStatusConfig = ${JSON.stringify(config)};`) as () => void) : undefined,
  });
/** Whether the shopper can see the element (not display:none anywhere up the tree). */
const visible = (p: OpenedPage, selector: string) =>
  p.page.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).checkVisibility?.() ?? !!(e as HTMLElement).offsetParent));
const lastEvent = (p: OpenedPage, productId: string) =>
  p.page.evaluate(
    (id) => (window as unknown as { __events: Record<string, unknown>[] }).__events.filter((e) => e.productId === id).at(-1),
    productId,
  );

describe('Product Collection (block theme shop page)', () => {
  test('one badge per card from one request, before the Product Button; client-side pagination gets its own', async () => {
    const p = await open('/woocommerce/blocks/collection.html');
    await settled(p.page);
    const cards = await p.page.$$eval('li.wc-block-product', (lis) =>
      lis.map((li) => {
        const els = li.querySelectorAll('stock-status');
        return [els.length, els[0]?.getAttribute('product-id'), els[0]?.getAttribute('data-state')];
      }),
    );
    expect(cards).toEqual([
      [1, '201', 'in-stock'],
      [1, '202', 'low-stock'],
      [1, '203', 'backorder'],
      [1, '204', 'out-of-stock'],
      [1, '206', 'low-stock'],
      [1, '210', 'in-stock'],
    ]);
    expect(productRequests(p)).toEqual([`GET ${API}/products?include=201%2C202%2C203%2C204%2C206%2C210&per_page=100&orderby=include`]);
    expect(
      await p.page.$$eval('li.wc-block-product stock-status', (els) =>
        els.every(
          (e) =>
            !!e.parentElement?.matches('.wp-block-woocommerce-product-image') &&
            e.previousElementSibling === null &&
            !e.closest('a, button'),
        ),
      ),
    ).toBe(true);

    await p.page.click('.wp-block-query-pagination-next');
    await p.page.waitForFunction(() => document.querySelector('li.post-205 stock-status')?.getAttribute('data-state') === 'unavailable');
    await settled(p.page);
    expect((await statuses(p.page)).map((s) => s.state)).toEqual(['unavailable', 'in-stock', 'in-stock']);
    expect(productRequests(p)).toHaveLength(2);
    expect(productRequests(p)[1]).toBe(`GET ${API}/products?include=205%2C207%2C208&per_page=100&orderby=include`);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });
});

describe('Block theme single product (Add to Cart Form block)', () => {
  const product = '.wc-block-add-to-cart-form stock-status';

  test("ours takes p.stock's place: one availability message, following the quantity", async () => {
    const p = await open('/woocommerce/blocks/product.html');
    await settled(p.page);
    expect(await statuses(p.page, product)).toEqual([{ state: 'low-stock', text: expect.stringContaining('Only 2 left') }]);
    expect(await visible(p, 'p.stock')).toEqual([false]);
    await p.page.fill('input[name="quantity"]', '5');
    await waitState(p, product, 'backorder');
    expect((await statuses(p.page, product))[0]?.text).toMatch(/2 ship now, 3 ship by/);
    expect(await lastEvent(p, '206')).toMatchObject({ quantity: 5, state: 'backorder', available: 2, eta: day(10, 'America/New_York') });
    // Related products (a Product Collection) are answered by the same request.
    expect((await statuses(p.page, 'li.wc-block-product stock-status')).map((s) => s.state)).toEqual(['in-stock', 'out-of-stock']);
    expect(productRequests(p)).toHaveLength(1);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });

  test('data-theme-stock="keep" keeps WooCommerce\'s line; a failing API gives it back', async () => {
    const keep = await open('/woocommerce/blocks/product.html', { themeStock: 'keep' });
    await settled(keep.page, product);
    expect(await visible(keep, 'p.stock')).toEqual([true]);
    await keep.close();

    const down = await open('/woocommerce/blocks/product.html', { endpoint: '/woo-down/wp-json/wc/store/v1' });
    await settled(down.page, product);
    expect((await statuses(down.page, product))[0]?.state).toBe('unknown');
    expect(await visible(down, 'p.stock')).toEqual([true]);
    expect(widgetLines(down)).toEqual([expect.objectContaining({ text: expect.stringMatching(/woocommerce stock look-up failed/) })]);
    expect(down.errors).toEqual([]);
    await down.close();
  });
});

describe('Add to Cart + Options block', () => {
  const product = 'form.wc-block-add-to-cart-with-options + stock-status';

  test('follows the variation the block sets silently and its steppers; the Stock Indicator gives way', async () => {
    const p = await open('/woocommerce/blocks/options.html');
    await settled(p.page, product);
    expect(await statuses(p.page, product)).toEqual([{ state: 'in-stock', text: 'In stock' }]);
    expect(await visible(p, '.wc-block-components-product-stock-indicator')).toEqual([false]);
    expect(productRequests(p).sort()).toEqual([
      `GET ${API}/products?include=210&per_page=100&orderby=include`,
      `GET ${API}/products?type=variation&parent=210&per_page=100&page=1`,
    ]);
    for (const [colour, state] of [
      ['red', 'low-stock'],
      ['black', 'out-of-stock'],
      ['green', 'backorder'],
    ] as const) {
      await p.page.click(`.wc-block-product-filter-chips__item[data-value="${colour}"]`);
      await waitState(p, product, state);
    }
    expect(await p.page.$eval(product, (e) => e.getAttribute('variant-id'))).toBe('213');
    await p.page.click('.wc-block-components-quantity-selector__button--plus');
    await p.page.click('.wc-block-components-quantity-selector__button--plus');
    await p.page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('quantity') === '3', product);
    expect(await lastEvent(p, '210')).toMatchObject({ variantId: '213', state: 'backorder', available: 0 });
    expect(await visible(p, '.wc-block-components-product-stock-indicator')).toEqual([false]);
    expect(productRequests(p)).toHaveLength(2);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });
});

const cartRows = 'tr.wc-block-cart-items__row';
const badges = '.wc-block-components-product-badge';
/** Each Cart block row: how many elements it holds, and the first one's ids, quantity and state. */
const rowsOf = (p: OpenedPage, rows = cartRows) =>
  p.page.$$eval(rows, (trs) =>
    trs.map((tr) => {
      const els = tr.querySelectorAll('stock-status');
      const el = els[0];
      return [els.length, el?.getAttribute('product-id'), el?.getAttribute('quantity'), el?.getAttribute('data-state')];
    }),
  );
const EXPECTED_LINES = [
  [1, '206', '5', 'backorder'],
  [1, '212', '1', 'low-stock'],
  [1, '202', '1', 'low-stock'],
  [1, '207', '2', 'in-stock'],
];

describe('Cart block', () => {
  for (const [title, path] of [
    ['rows matched by position and link', '/woocommerce/blocks/cart.html'],
    ['rows matched by data-cart-item-key (newer releases)', '/woocommerce/blocks/cart.html?keys=1'],
  ] as const) {
    test(`one element per line (${title}); 5 wanted, 2 on hand, backorders taken: 2 ship now, 3 later`, async () => {
      const p = await open(path);
      await p.page.waitForSelector(cartRows);
      await settled(p.page);
      expect(await rowsOf(p)).toEqual(EXPECTED_LINES);
      const [cap] = await statuses(p.page, `${cartRows} stock-status`);
      expect(cap?.text).toMatch(/2 ship now, 3 ship by/);
      expect(await lastEvent(p, '206')).toMatchObject({ quantity: 5, state: 'backorder', available: 2, eta: day(10, 'America/New_York') });
      // One cart request, then products and the cart's variation in parallel.
      const widget = storeRequests(p).filter((r) => r !== `GET ${API}/cart`);
      expect(widget.sort()).toEqual([
        `GET ${API}/products?include=206%2C202%2C207&per_page=100&orderby=include`,
        `GET ${API}/products?type=variation&include=212&per_page=100`,
      ]);
      // WooCommerce's own badges ("Available on backorder", "3 left in stock") give way to ours.
      expect(await visible(p, `${cartRows} ${badges}`)).toEqual([false, false, false]);
      expect(p.errors).toEqual([]);
      expect(widgetLines(p)).toEqual([]);
      await p.close();
    });
  }

  test("follows a quantity change through the block's re-render, with no new request", async () => {
    const p = await open('/woocommerce/blocks/cart.html');
    await p.page.waitForSelector(cartRows);
    await settled(p.page);
    const before = productRequests(p).length;
    await p.page.fill(`${cartRows}:first-child input`, '2');
    await p.page.waitForResponse((r) => r.url().endsWith('/cart/update-item'));
    await waitState(p, `${cartRows}:first-child stock-status`, 'low-stock');
    expect((await statuses(p.page, `${cartRows}:first-child stock-status`))[0]?.text).toContain('Only 2 left');
    expect(await p.page.$$eval(`${cartRows}:first-child stock-status`, (els) => els.length)).toBe(1);
    // The block re-rendered the row without its backorder badge; back to 5, it shows it again, hidden by ours.
    await p.page.fill(`${cartRows}:first-child input`, '5');
    await p.page.waitForResponse((r) => r.url().endsWith('/cart/update-item'));
    await waitState(p, `${cartRows}:first-child stock-status`, 'backorder');
    await p.page.waitForTimeout(120);
    expect(await visible(p, `${cartRows}:first-child ${badges}`)).toEqual([false]);
    expect(productRequests(p)).toHaveLength(before);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });

  test('a block that re-renders every row during a slow look-up: one element per current row, the typed quantity kept', async () => {
    const p = await open('/woocommerce/blocks/cart.html', { endpoint: '/woo-cart-slow/wp-json/wc/store/v1' });
    await p.page.waitForSelector(cartRows);
    await p.page.evaluate(() => (window as unknown as { __cartBlock: { rerender(): void } }).__cartBlock.rerender());
    // The shopper types while the look-up is under way (focused: the block does not overwrite it).
    await p.page.focus(`${cartRows}:first-child input`);
    await p.page.keyboard.press('Backspace');
    await p.page.keyboard.type('3');
    await settled(p.page);
    const rows = await rowsOf(p);
    expect(rows.map((r) => r[0])).toEqual([1, 1, 1, 1]);
    expect(rows[0]).toEqual([1, '206', '3', 'backorder']);
    expect((await statuses(p.page, `${cartRows}:first-child stock-status`))[0]?.text).toMatch(/2 ship now, 1 ships? by/);
    expect(await p.page.inputValue(`${cartRows}:first-child input`)).toBe('3');
    expect(await p.page.$$eval('stock-status', (els) => els.length)).toBe(4);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });
});

describe('Cart block with a bad Store API cart', () => {
  const cases: [string, RegExp][] = [
    ['malformed', /could not read the WooCommerce cart/],
    ['down', /could not read the WooCommerce cart \(.*HTTP 500/],
    ['huge', /could not read the WooCommerce cart \(.*did not answer with a WooCommerce Store API cart/],
    ['hostile', /sent a cart line without the fields of the WooCommerce Store API/],
    ['drift', /sent a cart line without the fields of the WooCommerce Store API/],
    ['other', /a Cart block row matches no line of the Store API cart/],
  ];
  for (const [mode, warning] of cases) {
    test(`${mode}: one warning, no availability claimed, WooCommerce's badges kept, the cart unharmed`, async () => {
      const p = await open('/woocommerce/blocks/cart.html', { endpoint: `/woo-cart-${mode}/wp-json/wc/store/v1` });
      await p.page.waitForSelector(cartRows);
      await expect.poll(() => widgetLines(p).length, { timeout: 10_000 }).toBeGreaterThan(0);
      // Give a second warning (or a late element) the time to show up.
      await p.page.waitForTimeout(400);
      expect(widgetLines(p).map((m) => m.text)).toEqual([expect.stringMatching(warning)]);
      expect(await p.page.$$eval('stock-status', (els) => els.length)).toBe(0);
      expect(await visible(p, `${cartRows} ${badges}`)).toEqual([true, true, true]);
      expect(await p.page.$$eval('img[src="x"]', (imgs) => imgs.length)).toBe(0);
      // The shopper's cart still works: a quantity typed is kept and sent by the block.
      await p.page.fill(`${cartRows}:nth-child(4) input`, '4');
      await p.page.waitForResponse((r) => r.url().endsWith('/cart/update-item'));
      expect(await p.page.inputValue(`${cartRows}:nth-child(4) input`)).toBe('4');
      expect(p.errors).toEqual([]);
      await p.close();
    });
  }
});

describe('Classic cart page (cart.php)', () => {
  const rows = 'form.woocommerce-cart-form tr.cart_item';

  test('one element per line: simple lines from the markup, the variation line through the cart; typing follows', async () => {
    const p = await open('/woocommerce/blocks/classic-cart.html');
    await p.page.waitForFunction((sel) => document.querySelectorAll(`${sel} stock-status`).length === 4, rows);
    await settled(p.page);
    const lines = await p.page.$$eval(rows, (trs) =>
      trs.map((tr) => {
        const els = tr.querySelectorAll('stock-status');
        const el = els[0];
        return [els.length, el?.getAttribute('product-id'), el?.getAttribute('variant-id'), el?.getAttribute('data-state')];
      }),
    );
    expect(lines).toEqual([
      [1, '206', null, 'backorder'],
      [1, '210', '212', 'low-stock'],
      [1, '202', null, 'low-stock'],
      [1, '207', null, 'in-stock'],
    ]);
    expect((await statuses(p.page, `${rows} stock-status`))[0]?.text).toMatch(/2 ship now, 3 ship by/);
    expect(await visible(p, 'p.backorder_notification')).toEqual([false]);
    // The simple lines did not wait for the cart: their request left with it, not after it.
    const sent = storeRequests(p);
    expect(sent.indexOf(`GET ${API}/products?include=206%2C202%2C207&per_page=100&orderby=include`)).toBeLessThan(
      sent.indexOf(`GET ${API}/cart`) + 2,
    );
    expect(sent).toContain(`GET ${API}/products?type=variation&parent=210&per_page=100&page=1`);

    await p.page.fill(`${rows}:first-child input.qty`, '1');
    await waitState(p, `${rows}:first-child stock-status`, 'low-stock');
    expect(await visible(p, 'p.backorder_notification')).toEqual([false]);
    expect(p.errors).toEqual([]);
    expect(widgetLines(p)).toEqual([]);
    await p.close();
  });

  test('a failing cart: the simple lines still speak, the variation line stays silent, one warning', async () => {
    const p = await open('/woocommerce/blocks/classic-cart.html', { endpoint: '/woo-cart-down/wp-json/wc/store/v1' });
    await p.page.waitForFunction(() => document.querySelectorAll('stock-status').length === 3);
    await settled(p.page);
    await expect.poll(() => widgetLines(p).length, { timeout: 10_000 }).toBe(1);
    await p.page.waitForTimeout(300);
    expect((await statuses(p.page)).map((s) => s.state)).toEqual(['backorder', 'low-stock', 'in-stock']);
    expect(await p.page.$$eval(`${rows}:nth-child(2) stock-status`, (els) => els.length)).toBe(0);
    expect(widgetLines(p).map((m) => m.text)).toEqual([expect.stringMatching(/could not read the WooCommerce cart/)]);
    expect(p.errors).toEqual([]);
    await p.close();
  });
});
