import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { type OpenedPage, openPage, settled, startBrowserAndDemo, statuses } from './harness';

/** The shopper experience in real Chromium: extras (signup, alternatives), the button manager, contexts, CLS. */
const env = startBrowserAndDemo();
const opened: OpenedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((o) => o.close()));
});

async function open(path: string, options: Parameters<typeof openPage>[2] = {}): Promise<OpenedPage> {
  const o = await openPage(env.browser, env.demo.url + path, options);
  opened.push(o);
  return o;
}
const shadow = (page: Page, sel = 'stock-status') => page.locator(sel);
const notifyLog = async (page: Page) =>
  (await (await page.request.get(`${env.demo.url}/experience-api/notify/received`)).json()) as {
    attempts: number;
    received: Record<string, unknown>[];
  };
const resetNotify = (page: Page, fail = 0) => page.request.get(`${env.demo.url}/experience-api/notify/reset?fail=${fail}`);
const extrasReady = (page: Page, part: string) =>
  page.waitForFunction((p) => !!document.querySelector('stock-status')?.shadowRoot?.querySelector(p), part, { timeout: 10_000 });

describe('out of stock: alternatives and signup', () => {
  test('the badge shows first; the extras script comes after it and fills in alternatives that can be bought now', async () => {
    const o = await open('/experience/product.html');
    await settled(o.page);
    await extrasReady(o.page, '.alts-list');
    const stockAt = o.requests.findIndex((r) => r.startsWith('GET /experience-api/v1/stock?ids=lamp'));
    const extrasAt = o.requests.indexOf('GET /dist/stock-status-extras.js');
    expect(stockAt).toBeGreaterThanOrEqual(0);
    expect(extrasAt).toBeGreaterThan(stockAt);
    expect(o.requests.filter((r) => r.includes('stock-status-extras')).length).toBe(1);

    const [s] = await statuses(o.page);
    expect(s!.state).toBe('out-of-stock');
    const cards = shadow(o.page).locator('[part=alternative]');
    await expect.poll(() => cards.count()).toBe(4);
    const names = await shadow(o.page).locator('[part=alternative-name]').allTextContents();
    expect(names).toEqual(['Brass Desk Lamp', 'Oak Table Lamp', 'Glass Pendant', 'Mini Clip Lamp']);
    expect(names).not.toContain('Sold-out Lamp');
    expect(await shadow(o.page).locator('[part=alternative-badge]').allTextContents()).toEqual([
      'In stock',
      'Only 2 left',
      'In stock',
      'In stock',
    ]);
    expect(
      await shadow(o.page)
        .getByRole('link', { name: /Brass Desk Lamp/ })
        .getAttribute('href'),
    ).toMatch(/\/experience\/product\.html\?id=lamp-brass$/);
    expect(await shadow(o.page).getByRole('heading', { name: 'Available now instead' }).count()).toBe(1);
    expect(o.errors).toEqual([]);
    expect(o.console.filter((c) => c.type === 'error' || c.type === 'warning')).toEqual([]);
  });

  test('an in-stock product never loads the extras script', async () => {
    const o = await open('/experience/product.html?id=lamp-brass');
    await settled(o.page);
    await o.page.waitForTimeout(300);
    expect((await statuses(o.page))[0]!.state).toBe('in-stock');
    expect(o.requests.some((r) => r.includes('stock-status-extras'))).toBe(false);
  });

  test('signup: labelled field, announced validation error, then one POST in the documented format', async () => {
    const o = await open('/experience/product.html');
    await resetNotify(o.page);
    await settled(o.page);
    await extrasReady(o.page, '.signup-form');
    const field = shadow(o.page).getByLabel('Email address');
    const button = shadow(o.page).getByRole('button', { name: 'Notify me' });

    await button.click();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await shadow(o.page).getByRole('alert').textContent()).toContain('Enter your email address.');
    await field.fill('shopper@example');
    await button.click();
    expect(await shadow(o.page).getByRole('alert').textContent()).toContain('name@example.com');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = await shadow(o.page).getByRole('alert').getAttribute('id');
    expect(describedBy.split(' ')).toContain(errorId);
    expect((await notifyLog(o.page)).attempts).toBe(0);

    await field.fill('shopper@example.com');
    // A double submit sends once.
    await button.click();
    await button.click();
    await field.press('Enter');
    await expect.poll(async () => (await shadow(o.page).locator('[part=signup-message]').textContent()) ?? '').toContain('Thanks!');
    await o.page.waitForTimeout(300);
    const log = await notifyLog(o.page);
    expect(log.attempts).toBe(1);
    expect(log.received).toEqual([
      {
        email: 'shopper@example.com',
        productId: 'lamp',
        variantId: null,
        locale: 'en',
        pageUrl: `${env.demo.url}/experience/product.html`,
        signupId: expect.stringContaining('shopper@example.com'),
      },
    ]);
    expect(await field.inputValue()).toBe('shopper@example.com');
    expect(await field.getAttribute('aria-invalid')).toBe('false');
  });

  test('a signup survives a failing endpoint and a reload, and is delivered exactly once', async () => {
    const o = await open('/experience/product.html');
    await resetNotify(o.page, 100);
    await settled(o.page);
    await extrasReady(o.page, '.signup-form');
    await shadow(o.page).getByLabel('Email address').fill('later@example.com');
    await shadow(o.page).getByRole('button', { name: 'Notify me' }).click();
    const message = shadow(o.page).locator('[part=signup-message]');
    await expect.poll(async () => (await message.textContent()) ?? '').toContain('we will keep trying');
    expect(await shadow(o.page).getByLabel('Email address').inputValue()).toBe('later@example.com');

    await o.page.reload();
    await settled(o.page);
    await extrasReady(o.page, '.signup-form');
    // After the reload the address is still there and the shopper is told it is pending.
    expect(await shadow(o.page).getByLabel('Email address').inputValue()).toBe('later@example.com');
    await expect.poll(async () => (await message.textContent()) ?? '').toContain('we will keep trying');
    expect((await notifyLog(o.page)).received).toEqual([]);

    await resetNotify(o.page, 0);
    await expect.poll(async () => (await message.textContent()) ?? '', { timeout: 15_000 }).toContain('Thanks!');
    const log = await notifyLog(o.page);
    expect(log.received.map((r) => r.email)).toEqual(['later@example.com']);
    expect(log.attempts).toBe(1);
    expect(o.console.filter((c) => c.type === 'warning').map((c) => c.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\[stock-status\] the back-in-stock signup could not be sent/)]),
    );
  }, 40_000);

  test('hostile names and links from the feed are text and never links to script', async () => {
    let dialogs = 0;
    const o = await open('/experience/hostile.html');
    o.page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await settled(o.page);
    await extrasReady(o.page, '.alts-list');
    const names = await shadow(o.page).locator('[part=alternative-name]').allTextContents();
    expect(names).toEqual(['Safe name, bad link', '<img src=x onerror=alert(1)>']);
    const hrefs = await o.page.evaluate(() =>
      [...(document.querySelector('stock-status')?.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.href),
    );
    // Resolved as the browser follows them: every link goes to a web page, none runs script.
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => /^https?:\/\//.test(h))).toBe(true);
    const imgs = await o.page.evaluate(() =>
      [...(document.querySelector('stock-status')?.shadowRoot?.querySelectorAll('img') ?? [])].map((i) => [
        i.src,
        i.getAttribute('onerror'),
      ]),
    );
    expect(imgs.every(([src, onerror]) => /^https?:\/\//.test(src ?? '') && onerror === null)).toBe(true);
    // Only what is a link looks like one: the name whose link was dropped is not underlined.
    const underlined = await o.page.evaluate(() =>
      [...(document.querySelector('stock-status')?.shadowRoot?.querySelectorAll('[part=alternative-name]') ?? [])].map(
        (n) => `${n.closest('a') ? 'link' : 'text'}:${getComputedStyle(n).textDecorationLine}`,
      ),
    );
    expect(underlined).toEqual(['text:none', 'link:underline']);
    expect(dialogs).toBe(0);
    expect(o.errors).toEqual([]);
  });
});

describe('add-to-cart button manager', () => {
  const label = (page: Page, section: string) =>
    page.evaluate((s) => {
      const b = document.querySelector<HTMLElement>(`${s} [data-cta]`)!;
      return {
        text: b instanceof HTMLInputElement ? b.value : (b.textContent ?? '').trim(),
        disabled: (b as HTMLButtonElement).disabled,
        aria: b.getAttribute('aria-disabled'),
      };
    }, section);
  const state = (page: Page, section: string, want: string) =>
    page.waitForFunction(([s, w]) => document.querySelector(`${s} stock-status`)?.getAttribute('data-state') === w, [section, want]);

  test.each([
    ['#dawn', 'Add to cart'],
    ['#cornerstone', 'Add to cart'],
    ['#woo', 'Add to basket'],
  ])('%s: Backorder, Pre-order, disabled Sold out, and the theme label back; the theme still adds to cart', async (section, themeLabel) => {
    const o = await open('/experience/button.html');
    await settled(o.page);
    expect(await label(o.page, section)).toEqual({ text: themeLabel, disabled: false, aria: null });

    await o.page.selectOption(`${section} select`, 'chair-ash');
    await state(o.page, section, 'backorder');
    await expect.poll(() => label(o.page, section)).toEqual({ text: 'Backorder', disabled: false, aria: null });
    await o.page.click(`${section} [data-cta]`);
    expect(await o.page.textContent(`${section} [data-added]`)).toBe('Added to cart (1)');

    await o.page.selectOption(`${section} select`, 'chair-black');
    await state(o.page, section, 'preorder');
    await expect.poll(() => label(o.page, section)).toEqual({ text: 'Pre-order', disabled: false, aria: null });

    await o.page.selectOption(`${section} select`, 'chair-white');
    await state(o.page, section, 'out-of-stock');
    await expect.poll(() => label(o.page, section)).toEqual({ text: 'Sold out', disabled: true, aria: 'true' });

    await o.page.selectOption(`${section} select`, 'chair-walnut');
    await state(o.page, section, 'in-stock');
    await expect.poll(() => label(o.page, section)).toEqual({ text: themeLabel, disabled: false, aria: null });
    await o.page.click(`${section} [data-cta]`);
    expect(await o.page.textContent(`${section} [data-added]`)).toBe('Added to cart (2)');
    expect(o.errors).toEqual([]);
  });

  test('a backorder shipping later than data-alternatives-after-days shows alternatives', async () => {
    const o = await open('/experience/button.html');
    await settled(o.page);
    await o.page.selectOption('#dawn select', 'chair-ash');
    await o.page.waitForFunction(() => !!document.querySelector('#dawn stock-status')?.shadowRoot?.querySelector('.alts-list'));
    expect(await o.page.locator('#dawn stock-status [part=alternative-name]').allTextContents()).toEqual(['Brass Desk Lamp']);
  });

  test('the status is announced once per change and not on first paint', async () => {
    const o = await open('/experience/button.html');
    await settled(o.page);
    await o.page.evaluate(() => {
      const w = window as unknown as { announced: string[] };
      w.announced = [];
      const el = document.querySelector('#dawn stock-status')!;
      const region = el.shadowRoot!.querySelector('[aria-live]')!;
      // What a screen reader would be told: the region's text after each batch of changes inside it.
      new MutationObserver(() => w.announced.push(region.textContent ?? '')).observe(region, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    const region = o.page.locator('#dawn stock-status [role=status]').first();
    expect(await region.getAttribute('aria-live')).toBe('polite');
    await o.page.selectOption('#dawn select', 'chair-black');
    await state(o.page, '#dawn', 'preorder');
    await o.page.selectOption('#dawn select', 'chair-black');
    await o.page.waitForTimeout(300);
    const announced = await o.page.evaluate(() => (window as unknown as { announced: string[] }).announced);
    expect(announced).toHaveLength(1);
    expect(announced[0]).toMatch(/^Pre-order.*Releases/);
  });
});

describe('contexts', () => {
  test('cards show a compact badge only; cart lines say what ships now and what later', async () => {
    const cards = await open('/experience/listing.html');
    await settled(cards.page);
    const list = await statuses(cards.page);
    expect(list.map((s) => s.text)).toEqual(['In stock', 'Only 2 left', 'Backorder', 'Pre-order', 'Out of stock', '']);
    expect(await cards.page.locator('stock-status [aria-live]').count()).toBe(0);
    expect(cards.requests.filter((r) => r.startsWith('GET /experience-api/v1/stock')).length).toBe(1);

    const cart = await open('/experience/cart.html');
    await settled(cart.page);
    const lines = await statuses(cart.page);
    expect(lines[0]!.text).toMatch(/^Backorder 2 ship now, 3 ship by \w{3} \d{1,2}/);
    expect(lines[1]!.text).toBe('In stock');
    expect(lines[2]!.text).toMatch(/^Pre-order Releases/);
    expect(lines[3]!.text).toMatch(/^Only 2 left Only 2 can be ordered/);
  });
});

describe('layout', () => {
  test.each(['/experience/product.html', '/experience/product.html?id=lamp-brass'])('no layout shift on %s', async (path) => {
    const o = await open(path, {
      init: () => {
        const w = window as unknown as { cls: number };
        w.cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!e.hadRecentInput) w.cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      },
    });
    await settled(o.page);
    await o.page.waitForTimeout(800);
    expect(await o.page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
  });
});
