import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { type OpenedPage, openPage, settled, startBrowserAndDemo } from './harness';

/** axe-core (WCAG 2.1 A and AA) on every state and context of the demo, plus forced colours, 200 % zoom and reduced motion. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const env = startBrowserAndDemo();
const opened: OpenedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((o) => o.close()));
});

async function open(path: string, options: Parameters<typeof openPage>[2] = {}): Promise<Page> {
  const o = await openPage(env.browser, env.demo.url + path, options);
  opened.push(o);
  await settled(o.page);
  return o.page;
}

/** Violations inside the widget (its elements and shadow roots); the demo theme around it is not ours to judge. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    return axe.run({ include: [['stock-status']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return (result.violations as { id: string; nodes: { target: unknown }[] }[]).map(
    (v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`,
  );
}
const extras = (page: Page, part: string) =>
  page.waitForFunction((p) => !!document.querySelector('stock-status')?.shadowRoot?.querySelector(p), part, { timeout: 10_000 });

describe('no axe-core violations (WCAG 2.1 A/AA)', () => {
  test('product page, out of stock: status, signup (idle, invalid, retrying) and alternatives', async () => {
    await (await env.browser.newContext()).request.get(`${env.demo.url}/experience-api/notify/reset?fail=100`);
    const page = await open('/experience/product.html');
    await extras(page, '.alts-list');
    await extras(page, '.signup-form');
    expect(await violations(page)).toEqual([]);
    await page.locator('stock-status').getByRole('button', { name: 'Notify me' }).click();
    await page.locator('stock-status').getByRole('alert').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.locator('stock-status').getByLabel('Email address').fill('a11y@example.com');
    await page.locator('stock-status').getByRole('button', { name: 'Notify me' }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('stock-status')?.shadowRoot?.querySelector('.signup-message')?.getAttribute('data-status') === 'retrying',
    );
    expect(await violations(page)).toEqual([]);
    await (await env.browser.newContext()).request.get(`${env.demo.url}/experience-api/notify/reset?fail=0`);
  });

  test('every state on the button page (in stock, backorder, pre-order, sold out)', async () => {
    const page = await open('/experience/button.html');
    for (const variant of ['chair-walnut', 'chair-ash', 'chair-black', 'chair-white']) {
      for (const s of ['#dawn', '#cornerstone', '#woo']) await page.selectOption(`${s} select`, variant);
      await page.waitForTimeout(300);
      await settled(page);
      expect(await violations(page), variant).toEqual([]);
    }
  });

  test.each(['/experience/listing.html', '/experience/cart.html', '/experience/dark.html', '/experience/hostile.html'])(
    '%s',
    async (path) => {
      const page = await open(path);
      if (path.includes('dark') || path.includes('hostile')) await extras(page, '.alts-list');
      expect(await violations(page)).toEqual([]);
    },
  );

  test('forced colours: still no violations, and the state dot follows the system colours', async () => {
    const page = await open('/experience/product.html');
    await page.emulateMedia({ forcedColors: 'active' });
    await extras(page, '.alts-list');
    expect(await violations(page)).toEqual([]);
    const dot = await page.evaluate(() => {
      const badge = document.querySelector('stock-status')!.shadowRoot!.querySelector('.badge')!;
      return getComputedStyle(badge, '::before').backgroundColor;
    });
    const text = await page.evaluate(
      () => getComputedStyle(document.querySelector('stock-status')!.shadowRoot!.querySelector('.badge')!).color,
    );
    expect(dot).toBe(text);
  });
});

describe('zoom and motion', () => {
  test('at 200 % zoom (640 CSS px wide) nothing overflows sideways and the form stays usable', async () => {
    const page = await open('/experience/product.html', { viewport: { width: 640, height: 450 } });
    await extras(page, '.alts-list');
    const overflow = await page.evaluate(() => {
      const el = document.querySelector('stock-status')!;
      const box = el.getBoundingClientRect();
      const inner = [...el.shadowRoot!.querySelectorAll('*')].map((n) => n.getBoundingClientRect()).filter((r) => r.width > 0);
      return {
        page: document.documentElement.scrollWidth > window.innerWidth,
        widget: inner.some((r) => r.right > box.right + 1 || r.left < box.left - 1),
      };
    });
    expect(overflow).toEqual({ page: false, widget: false });
    expect(await violations(page)).toEqual([]);
    await page.locator('stock-status').getByLabel('Email address').fill('zoom@example.com');
    expect(await page.locator('stock-status').getByRole('button', { name: 'Notify me' }).isVisible()).toBe(true);
  });

  test('reduced motion turns transitions off', async () => {
    const page = await open('/experience/product.html');
    const duration = () =>
      page.evaluate(
        () => getComputedStyle(document.querySelector('stock-status')!.shadowRoot!.querySelector('.status')!).transitionDuration,
      );
    expect(await duration()).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await duration()).toBe('0s');
  });
});
