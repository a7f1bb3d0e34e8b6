import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { day, eventsOf, type OpenedPage, openPage, settled, startBrowserAndDemo, statuses, widgetLines } from './harness';

/** The built dist/stock-status.js on real pages in real Chromium: JSON-LD and our JSON endpoint. */
const env = startBrowserAndDemo();

const product = (id: string, availability: string, extra: Record<string, unknown> = {}) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', productID: id, name: `P ${id}`, offers: { '@type': 'Offer', price: '10.00', priceCurrency: 'USD', availability, ...extra } })}</script>`;

/** Serves `body` as a page on the demo origin (so /dist and the mocks are there too). */
function fixture(body: string, options: Parameters<typeof openPage>[2] = {}): Promise<OpenedPage> {
  const html = `<!doctype html><html lang="en"><head></head><body>${body}<script src="/after.js"></script></body></html>`;
  return openPage(env.browser, `${env.demo.url}/fixture.html`, {
    ...options,
    routes: [
      [`${env.demo.url}/fixture.html`, html, 'text/html'],
      // The page's own script, proving the page still runs after the widget.
      [`${env.demo.url}/after.js`, 'window.__after = true;', 'text/javascript'],
      ...(options.routes ?? []),
    ],
  });
}

describe('JSON-LD (data-platform="jsonld")', () => {
  test('every schema.org availability value, in every spelling, maps to its state', async () => {
    const cases: [string, string][] = [
      ['https://schema.org/InStock', 'in-stock'],
      ['http://schema.org/InStock', 'in-stock'],
      ['InStock', 'in-stock'],
      ['https://schema.org/InStoreOnly', 'in-stock'],
      ['https://schema.org/OnlineOnly', 'in-stock'],
      ['https://schema.org/LimitedAvailability', 'low-stock'],
      ['LimitedAvailability', 'low-stock'],
      ['https://schema.org/BackOrder', 'backorder'],
      ['http://schema.org/MadeToOrder', 'backorder'],
      ['https://schema.org/PreOrder', 'preorder'],
      ['PreSale', 'preorder'],
      ['https://schema.org/OutOfStock', 'out-of-stock'],
      ['SoldOut', 'out-of-stock'],
      ['https://schema.org/Discontinued', 'unavailable'],
    ];
    const p = await fixture(
      cases.map(([a], i) => `${product(`p${i}`, a)}<stock-status product-id="p${i}"></stock-status>`).join('') +
        '<script src="/dist/stock-status.js" defer data-platform="jsonld"></script>',
    );
    await settled(p.page);
    expect((await statuses(p.page)).map((s) => s.state)).toEqual(cases.map(([, want]) => want));
    expect(p.errors).toEqual([]);
    expect(p.console).toEqual([]);
    // Zero data requests: only the page and scripts.
    expect(p.requests.filter((r) => !/\/(fixture\.html|after\.js|dist\/stock-status(\.jsonld\.app|-extras)?\.js)$/.test(r))).toEqual([]);
    await p.close();
  });

  for (const timezoneId of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
    test(`a date-only availabilityStarts is the same calendar day in ${timezoneId}`, async () => {
      const eta = day(10);
      const p = await fixture(
        `${product('b', 'https://schema.org/BackOrder', { availabilityStarts: eta })}<stock-status product-id="b"></stock-status><script src="/dist/stock-status.js" defer data-platform="jsonld"></script>`,
        { timezoneId },
      );
      await settled(p.page);
      const [s] = await statuses(p.page);
      const shown = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' }).format(
        new Date(`${eta}T00:00:00Z`),
      );
      expect(s).toEqual({ state: 'backorder', text: `Backorder Ships by ${shown}` });
      expect(await eventsOf(p)).toEqual([
        { productId: 'b', variantId: null, quantity: 1, state: 'backorder', available: 0, eta, etaKind: 'confirmed', platform: 'jsonld' },
      ]);
      await p.close();
    });
  }

  test('a restock date already past is never shown', async () => {
    const p = await fixture(
      `${product('o', 'OutOfStock', { availabilityStarts: day(-3) })}<stock-status product-id="o"></stock-status><script src="/dist/stock-status.js" defer data-platform="jsonld"></script>`,
    );
    await settled(p.page);
    expect(await statuses(p.page)).toEqual([{ state: 'out-of-stock', text: 'Out of stock' }]);
    expect((await eventsOf(p))[0]).toMatchObject({ eta: null, etaKind: null });
    await p.close();
  });

  test('broken JSON-LD: state unknown, one warning, the page runs its own scripts', async () => {
    const p = await fixture(
      `<script type="application/ld+json">{ "@type": "Product", oops </script><stock-status></stock-status><script src="/dist/stock-status.js" defer data-platform="jsonld"></script>`,
    );
    await settled(p.page);
    expect(await statuses(p.page)).toEqual([{ state: 'unknown', text: '' }]);
    expect(widgetLines(p)).toEqual([
      { type: 'warning', text: '[stock-status] the page has a JSON-LD script that is not valid JSON; it was skipped.' },
    ]);
    expect(p.errors).toEqual([]);
    expect(await p.page.evaluate(() => (window as unknown as { __after?: boolean }).__after)).toBe(true);
    await p.close();
  });

  test('hostile names and values in JSON-LD are never run as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const p = await fixture(
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: hostile, productID: hostile, offers: { availability: hostile } })}</script>${product('ok', 'InStock')}<stock-status product-id="ok"></stock-status><stock-status></stock-status><script src="/dist/stock-status.js" defer data-platform="jsonld"></script>`,
    );
    await settled(p.page);
    expect((await statuses(p.page)).map((s) => s.state)).toEqual(['in-stock', 'unknown']);
    expect(await p.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(widgetLines(p).map((m) => m.type)).toEqual(['warning']);
    await p.close();
  });

  test('the demo product page follows the size picked in the theme form', async () => {
    const p = await openPage(env.browser, `${env.demo.url}/jsonld/product.html`);
    await settled(p.page);
    expect((await statuses(p.page))[0]?.state).toBe('in-stock');
    const picks: [string, string][] = [
      ['LS-M', 'low-stock'],
      ['LS-L', 'backorder'],
      ['LS-XL', 'out-of-stock'],
      ['LS-XXL', 'preorder'],
      ['LS-3XL', 'unavailable'],
    ];
    for (const [sku, state] of picks) {
      await p.page.selectOption('select[name=sku]', sku);
      await p.page.waitForFunction((want) => document.querySelector('stock-status')?.getAttribute('data-state') === want, state);
    }
    expect(p.console).toEqual([]);
    await p.close();
  });
});

describe('the extras file', () => {
  test('not fetched for an out-of-stock product that has nothing to offer instead and no signup', async () => {
    const p = await fixture(
      `${product('o', 'OutOfStock')}<stock-status product-id="o"></stock-status><script src="/dist/stock-status.js" defer data-platform="jsonld"></script>`,
    );
    await settled(p.page);
    await p.page.waitForTimeout(300);
    expect((await statuses(p.page))[0]?.state).toBe('out-of-stock');
    expect(p.requests.filter((r) => r.includes('extras'))).toEqual([]);
    expect(p.console).toEqual([]);
    await p.close();
  });

  test('missing beside the main script: the status stands, with one warning naming the file', async () => {
    // The main script (the loader and its app) served from a folder that has no stock-status-extras.js.
    const p = await fixture(
      `${product('o', 'OutOfStock', { availabilityStarts: day(9) })}<stock-status product-id="o"></stock-status><script src="/lone/stock-status.js" defer data-platform="jsonld" data-notify="/notify"></script>`,
      {
        routes: ['stock-status.js', 'stock-status.jsonld.app.js'].map((f) => [
          `${env.demo.url}/lone/${f}`,
          readFileSync(`dist/${f}`, 'utf8'),
          'text/javascript',
        ]),
      },
    );
    await settled(p.page);
    await p.page.waitForTimeout(300);
    expect((await statuses(p.page))[0]?.state).toBe('out-of-stock');
    expect(widgetLines(p)).toEqual([
      {
        type: 'warning',
        text: `[stock-status] ${env.demo.url}/lone/stock-status-extras.js could not be loaded; the signup form and alternatives are not shown.`,
      },
    ]);
    expect(p.errors).toEqual([]);
    await p.close();
  });
});

describe('config from the script tag', () => {
  test('a bad value: one [stock-status] error naming the key; the widget and the page run on', async () => {
    const p = await fixture(
      `${product('a', 'InStock')}<stock-status product-id="a"></stock-status><script src="/dist/stock-status.js" defer data-platform="jsonld" data-alternatives="lots" data-restock-field="<img src=x onerror=alert(1)>"></script>`,
    );
    await settled(p.page);
    expect((await statuses(p.page))[0]?.state).toBe('in-stock');
    const errors = widgetLines(p)
      .filter((m) => m.type === 'error')
      .map((m) => m.text)
      .sort();
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^\[stock-status\] config "alternatives"/);
    expect(errors[1]).toMatch(/^\[stock-status\] config "restockField"/);
    expect(p.errors).toEqual([]);
    expect(await p.page.evaluate(() => (window as unknown as { __after?: boolean }).__after)).toBe(true);
    await p.close();
  });

  test('window.StockStatusConfig overrides the tag; loading the script twice does no harm', async () => {
    const p = await fixture(
      `${product('a', 'https://schema.org/OutOfStock')}<stock-status product-id="a"></stock-status><script src="/config.js"></script><script src="/dist/stock-status.js" defer data-platform="json"></script><script src="/dist/stock-status.js" defer data-platform="json"></script>`,
      {
        routes: [[`${env.demo.url}/config.js`, 'window.StockStatusConfig = { platform: "jsonld", locale: "fr-FR" };', 'text/javascript']],
      },
    );
    await settled(p.page);
    expect(await statuses(p.page)).toEqual([{ state: 'out-of-stock', text: 'Rupture de stock' }]);
    expect(await p.page.evaluate(() => typeof (window as unknown as { StockStatus: { version: string } }).StockStatus.version)).toBe(
      'string',
    );
    expect(p.errors).toEqual([]);
    expect(p.console).toEqual([]);
    await p.close();
  });
});

describe('our JSON endpoint (data-platform="json")', () => {
  test('a listing with 40 cards costs one request', async () => {
    const p = await openPage(env.browser, `${env.demo.url}/json/listing.html`);
    await settled(p.page);
    const all = await statuses(p.page);
    expect(all).toHaveLength(40);
    expect(new Set(all.map((s) => s.state))).toEqual(new Set(['in-stock', 'low-stock', 'backorder', 'out-of-stock', 'preorder']));
    expect(p.requests.filter((r) => r.includes('/stock-api/'))).toHaveLength(1);
    expect(p.console).toEqual([]);
    await p.close();
  });

  test('the product page follows variant and quantity: a partial backorder says what ships when', async () => {
    const p = await openPage(env.browser, `${env.demo.url}/json/product.html`, { locale: 'en-GB', timezoneId: 'Asia/Tokyo' });
    await settled(p.page);
    await p.page.selectOption('select[name=variant_id]', '1001-l');
    await p.page.fill('input[name=quantity]', '5');
    await p.page.waitForFunction(() => document.querySelector('stock-status')?.getAttribute('data-state') === 'backorder');
    const [s] = await statuses(p.page);
    // <html lang="en"> wins over the browser's en-GB, as DESIGN.md orders it.
    expect(s?.text).toMatch(/^Backorder 2 ship now, 3 ship by [A-Z][a-z]{2} \d{1,2}$/);
    const last = ((await eventsOf(p)) as { state: string; available: number; quantity: number; variantId: string; etaKind: string }[]).at(
      -1,
    );
    expect(last).toMatchObject({ variantId: '1001-l', quantity: 5, state: 'backorder', available: 2, etaKind: 'confirmed' });
    expect(p.requests.filter((r) => r.includes('/stock-api/'))).toHaveLength(1);
    await p.close();
  });

  test('a failing endpoint falls back to the page JSON-LD with one warning', async () => {
    const p = await fixture(
      `${product('1002', 'https://schema.org/LimitedAvailability')}<stock-status product-id="1002"></stock-status><script src="/dist/stock-status.js" defer data-platform="json" data-endpoint="/stock-api/v1/stock?fail=1"></script>`,
    );
    await settled(p.page);
    expect((await statuses(p.page))[0]?.state).toBe('low-stock');
    const warnings = widgetLines(p);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.text).toMatch(/^\[stock-status\] json stock look-up failed .*HTTP 500.*structured data/);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  test('an endpoint that never answers: after one time-out (not three) the page JSON-LD, one warning, one request', async () => {
    const p = await fixture(
      `${product('1002', 'https://schema.org/LimitedAvailability')}<stock-status product-id="1002"></stock-status><script src="/dist/stock-status.js" defer data-platform="json" data-endpoint="/stock-api/v1/stock?slow=15000"></script>`,
    );
    const started = Date.now();
    await p.page.waitForFunction(() => document.querySelector('stock-status')?.getAttribute('data-state') === 'low-stock', null, {
      timeout: 12_000,
    });
    // The transport gives an attempt 8 s; the shopper is not kept waiting for retries on top.
    expect(Date.now() - started).toBeLessThan(11_000);
    expect(p.requests.filter((r) => r.includes('/stock-api/'))).toHaveLength(1);
    const warnings = widgetLines(p);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.text).toMatch(/^\[stock-status\] json stock look-up failed .*did not answer within 8000 ms.*structured data/);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  test('StockStatus.refresh() looks up every element again, also those inside a component’s shadow root', async () => {
    const p = await fixture(
      `<stock-status product-id="1002"></stock-status><div id="host"></div><script src="/host.js"></script><script src="/dist/stock-status.js" defer data-platform="json" data-endpoint="/stock-api/v1/stock"></script>`,
      {
        routes: [
          [
            `${env.demo.url}/host.js`,
            'document.getElementById("host").attachShadow({ mode: "open" }).innerHTML = \'<stock-status product-id="1003"></stock-status>\';',
            'text/javascript',
          ],
        ],
      },
    );
    const inShadow = () =>
      p.page.evaluate(() => document.getElementById('host')?.shadowRoot?.querySelector('stock-status')?.getAttribute('data-state'));
    await settled(p.page);
    await p.page.waitForFunction(
      () => document.getElementById('host')?.shadowRoot?.querySelector('stock-status')?.getAttribute('data-state') === 'backorder',
    );
    const lookups = () => p.requests.filter((r) => r.includes('/stock-api/'));
    expect(lookups()).toEqual(['GET /stock-api/v1/stock?ids=1002%2C1003']);
    await p.page.evaluate(() => (window as unknown as { StockStatus: { refresh(): void } }).StockStatus.refresh());
    await p.page.waitForFunction(
      (n) => performance.getEntriesByType('resource').filter((e) => e.name.includes('/stock-api/')).length > n,
      1,
    );
    expect(lookups()).toEqual(['GET /stock-api/v1/stock?ids=1002%2C1003', 'GET /stock-api/v1/stock?ids=1002%2C1003']);
    expect(await inShadow()).toBe('backorder');
    expect(p.console).toEqual([]);
    await p.close();
  });

  test('the gallery shows every state in German', async () => {
    const p = await openPage(env.browser, `${env.demo.url}/gallery/de.html`, { locale: 'de-DE' });
    await settled(p.page);
    const texts = (await statuses(p.page)).map((s) => s.text).join(' | ');
    for (const word of ['Auf Lager', 'Nur noch 3 verfügbar', 'Nachbestellt', 'Vorbestellung', 'Ausverkauft', 'Nicht erhältlich'])
      expect(texts).toContain(word);
    await p.close();
  });
});
