import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fill } from '../../demo/permalinks.mjs';
import { launchBrowser, openPage, settled, startBrowserAndDemo, startDemoServer, statuses } from './harness';

/**
 * Every demo page, reached from the home page by its links as a visitor would, at phone width
 * (390 px): no page (nor a frame in it) scrolls sideways, nothing it loads or links to answers 4xx
 * or 5xx, and the console shows no error. Pages that show a failure on purpose say so with
 * `<meta name="demo-expects-console-error" content="regex">`.
 */
test('every demo page holds up on a phone', async () => {
  const [browser, demo] = await Promise.all([launchBrowser(), startDemoServer()]);
  const problems: string[] = [];
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const visit = async (path: string) => {
      const page = await context.newPage();
      const bad: string[] = [];
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
      });
      page.on('pageerror', (e) => bad.push(`uncaught: ${e.message}`));
      page.on('response', (r) => {
        if (r.status() >= 400) bad.push(`${r.status()} ${new URL(r.url()).pathname}`);
      });
      await page.goto(demo.url + path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(200);
      const expected = await page.evaluate(() => document.querySelector('meta[name=demo-expects-console-error]')?.getAttribute('content'));
      for (const e of errors) if (!expected || !new RegExp(expected).test(e)) bad.push(`console error: ${e}`);
      for (const frame of page.frames()) {
        const wide = await frame.evaluate(() => {
          const se = document.scrollingElement!;
          if (se.scrollWidth <= se.clientWidth) return null;
          const culprit = Array.from(document.body.querySelectorAll('*')).find((e) => e.getBoundingClientRect().right > se.clientWidth + 1);
          return `${se.scrollWidth} > ${se.clientWidth} (${culprit?.tagName.toLowerCase()}.${culprit?.className})`;
        });
        if (wide) bad.push(`scrolls sideways in ${new URL(frame.url()).pathname}: ${wide}`);
      }
      const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of links) {
        const u = new URL(href);
        if (u.origin !== new URL(demo.url).origin || u.pathname.startsWith('/dist/')) continue;
        const p = u.pathname + u.search;
        if (!seen.has(p)) {
          seen.add(p);
          queue.push(p);
        }
      }
      if (bad.length) problems.push(`${path}\n    ${[...new Set(bad)].join('\n    ')}`);
      await page.close();
    };
    // A few pages at a time (the crawl reaches well over a hundred); each worker takes the next
    // path found so far and stops when nothing is left and nobody is still finding more.
    let busy = 0;
    const worker = async () => {
      for (;;) {
        const path = queue.shift();
        if (path === undefined) {
          if (busy === 0) return;
          await new Promise((ok) => setTimeout(ok, 50));
          continue;
        }
        busy++;
        try {
          await visit(path);
        } finally {
          busy--;
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    expect(seen.size).toBeGreaterThan(20);
  } finally {
    await browser.close();
    await demo.close();
  }
  problems.sort();
  expect(problems, problems.join('\n')).toEqual([]);
}, 420_000);

describe('a product card opens the page of that product', () => {
  const env = startBrowserAndDemo();

  /** Each card's badge with its product link: the name it shows and where it goes. */
  const cardsOf = (page: Page) =>
    page.$$eval('stock-status', (els) =>
      els.flatMap((el) => {
        let card = el.parentElement;
        while (card && !card.querySelector('a[href]')) card = card.parentElement;
        const link = Array.from(card?.querySelectorAll('a[href]') ?? []).find((a) => a.getAttribute('aria-label') || a.textContent?.trim());
        if (!link) return [];
        const name = (link.getAttribute('aria-label') || card?.querySelector('h2, h3')?.textContent || link.textContent || '').trim();
        return [{ name, href: (link as HTMLAnchorElement).href, state: el.getAttribute('data-state') }];
      }),
    );

  test.each([
    ['/bigcommerce/category.html'],
    ['/bigcommerce/catalyst/category.html'],
    ['/shopify/collection.html'],
    ['/woocommerce/shop.html'],
    ['/json/listing.html'],
  ])(
    '%s: each card leads to its product, whose widget says what the card said',
    async (listing) => {
      const list = await openPage(env.browser, env.demo.url + listing);
      await settled(list.page);
      const cards = (await cardsOf(list.page)).slice(0, 16);
      await list.close();
      expect(cards.length).toBeGreaterThan(5);
      const seen: string[] = [];
      for (const card of cards) {
        const p = await openPage(env.browser, card.href);
        await settled(p.page);
        const title = (await p.page.textContent('h1'))?.trim();
        const [main] = await statuses(p.page);
        seen.push(`${card.name}: ${title} ${main?.state}`);
        await p.close();
      }
      expect(seen).toEqual(cards.map((c) => `${c.name}: ${c.name} ${c.state}`));
    },
    120_000,
  );

  test('a template field is HTML-escaped, or JSON that cannot close its <script>', () => {
    const html = fill('<h1 title="{{name}}">{{name}}</h1><script type="application/json">{{json data}}</script>{{#if !name}}gone{{/if}}', {
      name: '"><img src=x onerror=alert(1)>',
      data: { name: '</script><img src=x onerror=alert(1)>' },
    });
    expect(html).toBe(
      '<h1 title="&#34;&#62;&#60;img src=x onerror=alert(1)&#62;">&#34;&#62;&#60;img src=x onerror=alert(1)&#62;</h1>' +
        '<script type="application/json">{"name":"\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e"}</script>',
    );
    expect(() => fill('{{missing}}', {})).toThrow(/missing/);
  });

  test('a hostile product name from the catalogue is text on its page', async () => {
    const p = await openPage(env.browser, `${env.demo.url}/woo/product/fleece-limited/`);
    await settled(p.page);
    expect(await p.page.textContent('h1')).toBe('Fleece – Limited');
    expect(await p.page.$$eval('img[src="x"]', (imgs) => imgs.length)).toBe(0);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  test.each([
    ['/products/110/', '#form-action-addToCart'],
    ['/products/112/', '#form-action-addToCart'],
    ['/product/113', 'button[type=submit]'],
    ['/products/silk-scarf', 'button[name=add]'],
    ['/json/products/1007', 'form.buy button'],
  ])('%s: an unavailable product offers no enabled add-to-cart', async (path, button) => {
    const p = await openPage(env.browser, env.demo.url + path);
    await settled(p.page);
    expect(await p.page.isDisabled(button)).toBe(true);
    await p.close();
  });

  test('Dawn: picking a sold-out size disables the add-to-cart and says so, another enables it again', async () => {
    const p = await openPage(env.browser, `${env.demo.url}/shopify/product.html`);
    await settled(p.page);
    const button = '#ProductSubmitButton-template--1__main';
    await p.page.click('label[for="Size-M"]');
    await expect.poll(() => p.page.isDisabled(button)).toBe(true);
    expect((await p.page.textContent(button))?.trim()).toBe('Sold out');
    await p.page.click('label[for="Size-L"]');
    await expect.poll(() => p.page.isDisabled(button)).toBe(false);
    await p.close();
  });

  test.each([['/bigcommerce/product.html'], ['/bigcommerce/cornerstone-6.21/product.html']])(
    '%s: the sold-out size disables the add-to-cart, a size that sells enables it',
    async (path) => {
      const p = await openPage(env.browser, env.demo.url + path);
      await settled(p.page);
      const button = '#form-action-addToCart';
      expect(await p.page.isDisabled(button)).toBe(false);
      await p.page.click('label[for="attribute_rectangle__21_212"]');
      await expect.poll(() => p.page.isDisabled(button)).toBe(true);
      await p.page.click('label[for="attribute_rectangle__21_213"]');
      await expect.poll(() => p.page.isDisabled(button)).toBe(false);
      await p.close();
    },
  );

  test.each([
    ['/json/product.html', '1001-xl', '1001-l'],
    ['/jsonld/product.html', 'LS-3XL', 'LS-XXL'],
  ])('%s: an option not for sale (%s) disables the add-to-cart, one that is (%s) enables it', async (path, unavailable, available) => {
    const p = await openPage(env.browser, env.demo.url + path);
    await settled(p.page);
    const button = 'form.buy button[type=submit]';
    expect(await p.page.isDisabled(button)).toBe(false);
    await p.page.selectOption('form.buy select', unavailable);
    expect(await p.page.isDisabled(button)).toBe(true);
    await p.page.selectOption('form.buy select', available);
    expect(await p.page.isDisabled(button)).toBe(false);
    await p.close();
  });

  test('WooCommerce: no add-to-cart and no sideways scroll for a product that cannot be bought', async () => {
    const p = await openPage(env.browser, `${env.demo.url}/woo/product/retired-gift-box/`, { viewport: { width: 390, height: 844 } });
    await settled(p.page);
    expect(await p.page.$$eval('.single_add_to_cart_button', (b) => b.length)).toBe(0);
    await p.close();
  });

  test('Dawn cart: + and − keep working after the row they sit in is re-rendered', async () => {
    const p = await openPage(env.browser, `${env.demo.url}/shopify/cart.html`);
    await settled(p.page);
    const row = '#CartItem-1';
    const value = () => p.page.inputValue(`${row} input[name="updates[]"]`);
    await p.page.click(`${row} button[name=plus]`);
    await expect.poll(value).toBe('2');
    // The row is new now (Dawn's cart.js swapped it); its buttons still step the quantity.
    await p.page.waitForTimeout(60);
    await p.page.click(`${row} button[name=plus]`);
    await expect.poll(value).toBe('3');
    await p.page.click(`${row} button[name=minus]`);
    await expect.poll(value).toBe('2');
    await p.close();
  });

  test('Cornerstone: no "Current Stock:" label without a count', async () => {
    const p = await openPage(env.browser, `${env.demo.url}/bigcommerce/product.html`);
    await settled(p.page);
    const label = p.page.locator('.form-field--stock');
    expect(await label.evaluate((e) => e.getBoundingClientRect().width * e.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    await p.close();
  });

  test('BigCommerce category: the card badge is as wide as its words, not the card', async () => {
    const p = await openPage(env.browser, `${env.demo.url}/bigcommerce/category.html`);
    await settled(p.page);
    const widths = await p.page.$$eval('article.card', (cards) =>
      cards.map((c) => ({
        // The pill the shopper sees (the element itself spans the card's image, taking no space).
        badge: c.querySelector('stock-status')!.shadowRoot!.querySelector('.badge')!.getBoundingClientRect().width,
        card: c.getBoundingClientRect().width,
      })),
    );
    expect(widths.length).toBeGreaterThan(40);
    for (const { badge, card } of widths) expect(badge).toBeLessThan(card * 0.9);
    await p.close();
  });
});
