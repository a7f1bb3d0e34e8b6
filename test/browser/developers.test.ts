import { expect, test } from 'vitest';
import { openPage, startBrowserAndDemo } from './harness';

/**
 * The developer page of the demo: a Preact app and a React app, each importing the built package
 * (`stock-status` + `stock-status/preact` / `stock-status/react`) and showing a live status with
 * one hook call, against the mock JSON endpoint.
 */
const env = startBrowserAndDemo();

test('the Preact and the React example each show a live status and follow the shopper', async () => {
  const o = await openPage(env.browser, `${env.demo.url}/developers/`);
  const { page } = o;
  const preact = page.locator('#preact-app [role=status]');
  const react = page.locator('#react-app [role=status]');
  await expect.poll(() => preact.textContent(), { timeout: 10_000 }).toMatch(/^Only 3 left/);
  await expect.poll(() => react.textContent(), { timeout: 10_000 }).toMatch(/^Out of stock ?Expected back/);

  // The Preact <StockStatus> carries the element's look (its stylesheet, scoped to the wrapper).
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('#preact-app .badge')!).fontWeight)).toBe('600');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('#preact-app .status')!).display)).toBe('flex');

  await page.selectOption('#preact-app select', '1001-xl');
  await expect.poll(() => preact.textContent()).toMatch(/^Out of stock Expected back/);
  expect(await page.locator('#preact-app button').isDisabled()).toBe(true);
  await page.selectOption('#preact-app select', '1001-l');
  await page.fill('#preact-app input', '5');
  await expect.poll(() => preact.textContent()).toMatch(/ship now, \d ships? by/);
  expect(await page.locator('#preact-app button').textContent()).toBe('Backorder');

  await page.selectOption('#react-app select', '1001-s');
  await expect.poll(() => react.textContent()).toBe('In stock');
  // The element in React TSX upgrades too.
  await expect.poll(() => page.locator('#react-app stock-status').getAttribute('data-state')).not.toBe('loading');

  expect(o.errors).toEqual([]);
  await o.close();
});
