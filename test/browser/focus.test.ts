import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { type OpenedPage, openPage, settled, startBrowserAndDemo } from './harness';

/**
 * WCAG 2.4.7: a keyboard user sees where focus is on every control the widget draws (signup field
 * and button, each alternative's link). Judged by pixels, as a person would: the control's
 * surroundings must look different focused and not, so an outline clipped by a card's
 * `overflow:hidden` (or none at all) fails.
 */
const env = startBrowserAndDemo();
const opened: OpenedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((o) => o.close()));
});

/** Tabs from the top of the page into the widget; returns a description of each control reached inside it. */
async function tabThroughWidget(page: Page, max = 40): Promise<string[]> {
  const reached: string[] = [];
  await page.mouse.click(1, 1);
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => {
      const host = document.activeElement;
      if (host?.tagName !== 'STOCK-STATUS') return null;
      const el = host.shadowRoot?.activeElement as HTMLElement | null;
      if (!el) return null;
      el.setAttribute('data-focus-probe', '');
      return `${el.tagName.toLowerCase()}.${el.className} ${el.textContent?.trim().slice(0, 30) ?? ''}`;
    });
    if (inside === null) {
      if (reached.length) break;
      continue;
    }
    reached.push(inside);
    const probe = page.locator('stock-status [data-focus-probe]');
    const box = (await probe.boundingBox())!;
    const clip = { x: Math.max(0, box.x - 6), y: Math.max(0, box.y - 6), width: box.width + 12, height: box.height + 12 };
    const focused = await page.screenshot({ clip });
    await probe.evaluate((el) => (el as HTMLElement).blur());
    const blurred = await page.screenshot({ clip });
    expect(focused.equals(blurred), `focus is not visible on ${inside}`).toBe(false);
    await probe.evaluate((el) => {
      el.removeAttribute('data-focus-probe');
      (el as HTMLElement).focus();
    });
  }
  return reached;
}

describe('visible keyboard focus on every control', () => {
  test('out-of-stock product: the signup field, its button and every alternative link show focus', async () => {
    const o = await openPage(env.browser, `${env.demo.url}/experience/product.html`, { viewport: { width: 1000, height: 1400 } });
    opened.push(o);
    await settled(o.page);
    await o.page.waitForFunction(() => !!document.querySelector('stock-status')?.shadowRoot?.querySelector('.alts-list a'), null, {
      timeout: 10_000,
    });
    const reached = await tabThroughWidget(o.page);
    expect(reached.some((r) => r.startsWith('input.signup-input'))).toBe(true);
    expect(reached.some((r) => r.startsWith('button.signup-button'))).toBe(true);
    const links = await o.page.evaluate(() => document.querySelector('stock-status')!.shadowRoot!.querySelectorAll('.alts-list a').length);
    expect(links).toBeGreaterThan(0);
    expect(reached.filter((r) => r.startsWith('a.alt-link'))).toHaveLength(links);
  });
});
