import { expect, test } from 'vitest';
import { launchBrowser, startDemoServer } from './harness';

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
    const seen = new Set<string>();
    const queue = ['/'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
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
        if (!seen.has(p)) queue.push(p);
      }
      if (bad.length) problems.push(`${path}\n    ${[...new Set(bad)].join('\n    ')}`);
      await page.close();
    }
    expect(seen.size).toBeGreaterThan(20);
  } finally {
    await browser.close();
    await demo.close();
  }
  expect(problems, problems.join('\n')).toEqual([]);
}, 240_000);
