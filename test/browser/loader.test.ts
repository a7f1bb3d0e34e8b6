import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { openPage, settled, startBrowserAndDemo, statuses, widgetLines } from './harness';

/**
 * The file a script tag names is a small loader: it fetches the widget (its app file) and, on a
 * page in another language, that language's locale file, from beside itself, after the page has
 * painted. What a shopper and a merchant notice: the requests, the words, and what happens when a
 * file is missing.
 */
const env = startBrowserAndDemo();

const ld = (id: string, availability: string) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', productID: id, name: `P ${id}`, offers: { '@type': 'Offer', price: '10.00', priceCurrency: 'EUR', availability: `https://schema.org/${availability}` } })}</script>`;

/** A page at /shop/page.html with our files served from /shop/js/, those in `files` only. */
function shop(
  lang: string,
  body: string,
  files: string[],
  tag = '<script src="/shop/js/stock-status.js" defer data-platform="jsonld"></script>',
  init?: () => void,
) {
  const html = `<!doctype html><html lang="${lang}"><head>${tag}</head><body><p id="theme">Theme text</p>${body}</body></html>`;
  return openPage(env.browser, `${env.demo.url}/shop/page.html`, {
    init,
    routes: [
      [`${env.demo.url}/shop/page.html`, html, 'text/html'],
      ...files.map((f): [string, string, string] => [`${env.demo.url}/shop/js/${f}`, readFileSync(`dist/${f}`, 'utf8'), 'text/javascript']),
    ],
  });
}
const ours = (requests: string[]) => requests.filter((r) => r.startsWith('GET /shop/js/')).sort();

test('an English page fetches the loader and its app, nothing else, after the first contentful paint', async () => {
  const p = await shop('en', `${ld('a', 'InStock')}<stock-status product-id="a"></stock-status>`, [
    'stock-status.js',
    'stock-status.jsonld.app.js',
  ]);
  await settled(p.page);
  expect(await statuses(p.page)).toEqual([{ state: 'in-stock', text: 'In stock' }]);
  expect(ours(p.requests)).toEqual(['GET /shop/js/stock-status.js', 'GET /shop/js/stock-status.jsonld.app.js']);
  // The app is asked for only once the page's first contentful paint is on screen, so its bytes
  // never hold up that paint, nor lie on its path (as Lighthouse's simulation would count them).
  const order = await p.page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.POSITIVE_INFINITY;
    const app = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) =>
      r.name.endsWith('/stock-status.jsonld.app.js'),
    );
    return { paint, appAsked: app?.startTime ?? -1 };
  });
  expect(order.paint).toBeLessThanOrEqual(order.appAsked);
  expect(p.errors).toEqual([]);
  expect(p.console).toEqual([]);
  await p.close();
});

test('a German page fetches the German words beside the app and speaks German from the first state', async () => {
  const files = ['stock-status.js', 'stock-status.jsonld.app.js', 'stock-status-locale-de.js'];
  // The words at every change the element announces: the first answer is already German.
  const p = await shop('de-DE', `${ld('a', 'OutOfStock')}<stock-status product-id="a"></stock-status>`, files, undefined, () => {
    const w = window as unknown as { __texts: string[] };
    w.__texts = [];
    document.addEventListener('stock-status:change', (e) => w.__texts.push((e.target as Element).shadowRoot?.textContent ?? ''), true);
  });
  await settled(p.page);
  expect(await statuses(p.page)).toEqual([{ state: 'out-of-stock', text: 'Ausverkauft' }]);
  const texts = await p.page.evaluate(() => (window as unknown as { __texts: string[] }).__texts);
  expect(texts.length).toBeGreaterThan(0);
  for (const t of texts) expect(t).toContain('Ausverkauft');
  expect(ours(p.requests)).toEqual(files.map((f) => `GET /shop/js/${f}`).sort());
  expect(p.console).toEqual([]);
  await p.close();
});

test("the theme's add-to-cart button speaks the page's language too: its words come in the locale file", async () => {
  const files = ['stock-status.js', 'stock-status.jsonld.app.js', 'stock-status-locale-ja.js'];
  const tag = '<script src="/shop/js/stock-status.js" defer data-platform="jsonld" data-button="manage"></script>';
  const form = '<form action="/cart/add"><button type="submit" name="add">カートに追加</button></form>';
  // The page names no charset and the files are served without one: our files are ASCII, so the words still read right.
  const p = await shop('ja', `${ld('a', 'OutOfStock')}${form}<stock-status product-id="a"></stock-status>`, files, tag);
  await settled(p.page);
  expect(await statuses(p.page)).toEqual([{ state: 'out-of-stock', text: '在庫切れ' }]);
  const button = p.page.getByRole('button');
  await expect.poll(() => button.textContent()).toBe('売り切れ');
  expect(await button.isDisabled()).toBe(true);
  expect(ours(p.requests)).toEqual(files.map((f) => `GET /shop/js/${f}`).sort());
  expect(p.console).toEqual([]);
  await p.close();
});

test('data-locale outranks the page language for the words fetched', async () => {
  const p = await shop(
    'en',
    `${ld('a', 'InStock')}<stock-status product-id="a"></stock-status>`,
    ['stock-status.js', 'stock-status.jsonld.app.js', 'stock-status-locale-fr.js'],
    '<script src="/shop/js/stock-status.js" defer data-platform="jsonld" data-locale="fr-FR"></script>',
  );
  await settled(p.page);
  expect(await statuses(p.page)).toEqual([{ state: 'in-stock', text: 'En stock' }]);
  expect(ours(p.requests)).toContain('GET /shop/js/stock-status-locale-fr.js');
  await p.close();
});

test('a locale file that is not there: the status in English, one warning naming the file', async () => {
  const p = await shop('de', `${ld('a', 'InStock')}<stock-status product-id="a"></stock-status>`, [
    'stock-status.js',
    'stock-status.jsonld.app.js',
  ]);
  await settled(p.page);
  expect(await statuses(p.page)).toEqual([{ state: 'in-stock', text: 'In stock' }]);
  expect(widgetLines(p)).toEqual([
    {
      type: 'warning',
      text: `[stock-status] ${env.demo.url}/shop/js/stock-status-locale-de.js could not be loaded; the widget speaks English. Host it beside stock-status.js.`,
    },
  ]);
  expect(p.errors).toEqual([]);
  await p.close();
});

test('an app file that is not there: one error naming it, and the page as the theme made it', async () => {
  const p = await shop('en', `${ld('a', 'InStock')}<stock-status product-id="a"></stock-status>`, ['stock-status.js']);
  await p.page.waitForFunction(() => !('StockStatus' in window), null, { timeout: 5000 });
  expect(widgetLines(p)).toEqual([
    {
      type: 'error',
      text: `[stock-status] ${env.demo.url}/shop/js/stock-status.jsonld.app.js could not be loaded; host it beside stock-status.js.`,
    },
  ]);
  expect(await p.page.textContent('#theme')).toBe('Theme text');
  expect(p.errors).toEqual([]);
  await p.close();
});

test('two tags (a theme and an app embed): one app, one request for it', async () => {
  const tag = '<script src="/shop/js/stock-status.js" defer data-platform="jsonld"></script>';
  const p = await shop(
    'en',
    `${ld('a', 'InStock')}<stock-status product-id="a"></stock-status>`,
    ['stock-status.js', 'stock-status.jsonld.app.js'],
    tag + tag,
  );
  await settled(p.page);
  expect(p.requests.filter((r) => r === 'GET /shop/js/stock-status.jsonld.app.js')).toHaveLength(1);
  expect(await statuses(p.page)).toEqual([{ state: 'in-stock', text: 'In stock' }]);
  expect(p.console).toEqual([]);
  await p.close();
});

test("stock-status.js fetches the app of the page's platform, the one with every platform only for a platform it does not know", async () => {
  const all = ['stock-status.js', 'stock-status.app.js', 'stock-status.json.app.js', 'stock-status.jsonld.app.js'];
  const json = await shop(
    'en',
    '<stock-status product-id="a"></stock-status>',
    all,
    '<script src="/shop/js/stock-status.js" defer data-platform="json" data-endpoint="/stock-api/v1/stock"></script>',
  );
  await settled(json.page);
  expect(ours(json.requests)).toEqual(['GET /shop/js/stock-status.js', 'GET /shop/js/stock-status.json.app.js']);
  await json.close();
  const unknown = await shop(
    'en',
    `${ld('a', 'InStock')}<stock-status product-id="a"></stock-status>`,
    all,
    '<script src="/shop/js/stock-status.js" defer data-platform="magento"></script>',
  );
  await settled(unknown.page);
  expect(ours(unknown.requests)).toEqual(['GET /shop/js/stock-status.app.js', 'GET /shop/js/stock-status.js']);
  // The app with every platform is the one that can say what is wrong, and it falls back to the page's JSON-LD.
  expect(widgetLines(unknown).map((l) => l.text)).toEqual([
    expect.stringMatching(/^\[stock-status\] config "platform" \(data-platform\) has an invalid value "magento"/),
  ]);
  expect(await statuses(unknown.page)).toEqual([{ state: 'in-stock', text: 'In stock' }]);
  await unknown.close();
});

test('window.StockStatusConfig over the tag, as the app reads it: a global platform wins, and a getter that throws stops nothing', async () => {
  const all = ['stock-status.js', 'stock-status.app.js', 'stock-status.json.app.js', 'stock-status.jsonld.app.js'];
  const tag = '<script src="/shop/js/stock-status.js" defer data-platform="json" data-endpoint="/stock-api/v1/stock"></script>';
  const body = `${ld('a', 'InStock')}<stock-status product-id="a"></stock-status>`;
  const global = await shop('en', body, all, tag, () => {
    (window as unknown as { StockStatusConfig: unknown }).StockStatusConfig = { platform: 'jsonld' };
  });
  await settled(global.page);
  expect(ours(global.requests)).toEqual(['GET /shop/js/stock-status.js', 'GET /shop/js/stock-status.jsonld.app.js']);
  expect(global.console).toEqual([]);
  await global.close();
  const hostile = await shop('en', body, all, tag, () => {
    const config = Object.defineProperty({}, 'platform', {
      get() {
        throw new Error('no');
      },
    });
    (window as unknown as { StockStatusConfig: unknown }).StockStatusConfig = config;
  });
  await settled(hostile.page);
  // Neither the loader nor the app reads the tag's platform instead: the default (every platform's app, JSON-LD) it is.
  expect(ours(hostile.requests)).toEqual(['GET /shop/js/stock-status.app.js', 'GET /shop/js/stock-status.js']);
  expect(widgetLines(hostile).map((l) => l.text)).toEqual([
    expect.stringMatching(/^\[stock-status\] config "platform" \(data-platform\) has an invalid value/),
  ]);
  expect(await statuses(hostile.page)).toEqual([{ state: 'in-stock', text: 'In stock' }]);
  expect(hostile.errors).toEqual([]);
  await hostile.close();
});

test('on a theme page too (WooCommerce, a product image and text), the app is asked for only after the first contentful paint', async () => {
  for (let i = 0; i < 3; i++) {
    const p = await openPage(env.browser, `${env.demo.url}/woocommerce/simple.html`, { viewport: { width: 412, height: 823 } });
    await settled(p.page);
    const order = await p.page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.POSITIVE_INFINITY,
      appAsked:
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) => r.name.includes('.app.js'))?.startTime ?? -1,
    }));
    expect(order.paint).toBeLessThanOrEqual(order.appAsked);
    expect(p.errors).toEqual([]);
    await p.close();
  }
});
