#!/usr/bin/env node
// README screenshots of the demo: starts the demo storefront, opens each page in Chromium and saves
// PNGs to docs/screenshots/: the desktop pictures (1100 px wide) and, named `*-phone.png`, a product
// page, a listing and a cart at phone width (390 px). Run after `node scripts/build.mjs`.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDemo } from '../demo/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'], headless: true });
const demo = await startDemo({ port: 0 });

/** Waits for every element to settle and for the extras (signup, alternatives) to render. */
async function ready(page, extras) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('stock-status')].every((e) => !['loading', null].includes(e.getAttribute('data-state'))),
  );
  if (extras) await page.waitForFunction((sel) => !!document.querySelector('stock-status')?.shadowRoot?.querySelector(sel), extras);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150);
}

const shots = [
  { name: 'product-signup-alternatives', path: '/experience/product.html', extras: '.alts-list', clip: '.product' },
  { name: 'dark-theme', path: '/experience/dark.html', extras: '.alts-list', clip: '.product' },
  { name: 'listing-cards', path: '/experience/listing.html', clip: '.cards' },
  { name: 'cart-lines', path: '/experience/cart.html', clip: '.cart-table' },
  { name: 'button-manager', path: '/experience/button.html', clip: 'main', act: 'button' },
  { name: 'signup-error', path: '/experience/product.html', extras: '.signup-form', clip: '.info', act: 'invalid' },
  { name: 'signup-retrying', path: '/experience/product.html', extras: '.signup-form', clip: '.info', act: 'retry' },
  { name: 'gallery', path: '/gallery/', clip: 'main', frames: true },
  { name: 'product-phone', path: '/experience/product.html', extras: '.alts-list', clip: '.product', phone: true },
  { name: 'listing-phone', path: '/experience/listing.html', clip: '.cards', phone: true, maxHeight: 600 },
  { name: 'cart-phone', path: '/experience/cart.html', clip: '.cart-table', phone: true },
];

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: 1100, height: 900 },
      deviceScaleFactor: 2,
      locale: 'en-US',
      timezoneId: 'UTC',
      ...(shot.phone ? PHONE : {}),
    });
    const page = await context.newPage();
    if (shot.act === 'retry') await page.request.get(`${demo.url}/experience-api/notify/reset?fail=100`);
    await page.goto(demo.url + shot.path);
    if (shot.frames) {
      // The gallery's frames: every state settled in each, and each frame grown to its page.
      await page.waitForFunction(() => document.querySelectorAll('.frames iframe').length > 0);
      for (const frame of page.frames().slice(1)) await ready(frame);
      await page.waitForTimeout(300);
    } else await ready(page, shot.extras);
    if (shot.act === 'button') {
      await page.selectOption('#dawn select', 'chair-ash');
      await page.selectOption('#cornerstone select', 'chair-black');
      await page.selectOption('#woo select', 'chair-white');
      await page.waitForFunction(() => document.querySelector('#woo stock-status')?.getAttribute('data-state') === 'out-of-stock');
      await page.waitForFunction(() => !!document.querySelector('#dawn stock-status')?.shadowRoot?.querySelector('.alts-list'));
      await page.waitForTimeout(200);
    }
    if (shot.act === 'invalid' || shot.act === 'retry') {
      const input = page.locator('stock-status').locator('input[type=email]');
      await input.fill(shot.act === 'invalid' ? 'shopper@example' : 'shopper@example.com');
      await page.locator('stock-status').getByRole('button', { name: 'Notify me' }).click();
      if (shot.act === 'retry')
        await page.waitForFunction(
          () =>
            document.querySelector('stock-status')?.shadowRoot?.querySelector('.signup-message')?.getAttribute('data-status') ===
            'retrying',
        );
      await page.waitForTimeout(150);
    }
    const target = page.locator(shot.clip).first();
    if (shot.phone) {
      // The part with the page's own margin around it (the screen's edge would cut it flush).
      const box = await target.boundingBox();
      const x = Math.max(0, box.x - 12);
      const y = Math.max(0, box.y - 12);
      const clip = {
        x,
        y,
        width: Math.min(390 - x, box.width + 24),
        height: Math.min(box.height + 24, shot.maxHeight ?? Number.POSITIVE_INFINITY),
      };
      await page.screenshot({ path: join(out, `${shot.name}.png`), clip, fullPage: true });
    } else await target.screenshot({ path: join(out, `${shot.name}.png`) });
    console.log(`docs/screenshots/${shot.name}.png`);
    await context.close();
  }
  await (await browser.newContext()).request.get(`${demo.url}/experience-api/notify/reset?fail=0`);
} finally {
  await browser.close();
  await demo.close();
}
