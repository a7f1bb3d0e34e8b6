import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { settingsHtml } from '../../src/cli/bigcommerce/scriptBodies';
import { openPage, settled, startBrowserAndDemo } from './harness';

/**
 * The BigCommerce install of docs/bigcommerce.md, as the storefront renders it: the settings script
 * the command (and Script Manager's steps) writes, then stock-status.bigcommerce.js as a bare
 * deferred `<script src>` with no data-* attributes (demo/pages/bigcommerce/scripts-api.html, a
 * Cornerstone product page), against the mock Storefront API.
 */
const env = startBrowserAndDemo();
const page = 'demo/pages/bigcommerce/scripts-api.html';

describe('installed through the Scripts API (settings script + deferred src script)', () => {
  test('the page carries exactly the settings script the command writes', () => {
    const html = readFileSync(page, 'utf8');
    expect(html).toContain(settingsHtml({ token: 'demo-token', restockField: 'custom.restock_date', endpoint: '/bigcommerce/graphql' }));
    expect(html).toMatch(/<script src="\/dist\/stock-status\.bigcommerce\.js" defer><\/script>/);
  });

  test('the widget reads its settings from the global, shows the variant and its restock date, and loads the extras from beside it', async () => {
    const p = await openPage(env.browser, 'about:blank');
    const requests: { url: string; auth: string | undefined }[] = [];
    p.page.on('request', (r) => requests.push({ url: r.url(), auth: r.headers().authorization }));
    await p.page.goto(`${env.demo.url}/bigcommerce/scripts-api.html`);
    await settled(p.page);
    const el = 'form[data-cart-item-add] + stock-status';
    expect(await p.page.$eval(el, (e) => e.getAttribute('data-state'))).toBe('in-stock');
    expect(requests.filter((r) => r.url.endsWith('/bigcommerce/graphql')).map((r) => r.auth)).toEqual(['Bearer demo-token']);

    await p.page.click('label[for="attribute_rectangle__21_212"]');
    await p.page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-state') === 'out-of-stock', el, { timeout: 5000 });
    const text = await p.page.$eval(el, (e) => (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
    expect(text).toMatch(/Currently sold out/);
    expect(text).toMatch(/Expected back/);
    // Alternatives for a sold-out variant come from the extras, fetched from the script's own folder.
    await p.page.waitForFunction(
      () => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/dist/stock-status-extras.js')),
      null,
      {
        timeout: 5000,
      },
    );
    expect(p.errors).toEqual([]);
    expect(p.console.filter((m) => m.text.startsWith('[stock-status]'))).toEqual([]);
    await p.close();
  });
});
