import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { potOf, translatableStrings } from '../../scripts/plugin-pot.mjs';
import { type DemoServer, launchBrowser, type OpenedPage, openPage, settled, startDemoServer, statuses } from '../browser/harness';
import { PLUGIN_DIR, startWordPress, type WordPress } from './startWordPress';

/**
 * The WordPress plugin (wordpress-plugin/stock-status) on a real WordPress (Debian's 6.1, Twenty
 * Twenty-Three, a block theme, unedited) with MariaDB, started by this suite; WooCommerce's API
 * by the stand-in in fixtures/ (WooCommerce cannot be installed offline). The Store API the
 * script asks for cards and alternatives is the demo's stand-in (demo/mocks/woocommerce.mjs).
 */
const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const env = {} as { wp: WordPress; browser: Browser; demo: DemoServer };

beforeAll(async () => {
  [env.wp, env.browser, env.demo] = await Promise.all([startWordPress(), launchBrowser(), startDemoServer()]);
  // Plugins → Activate, as a merchant does it: nothing else is set up for the plugin.
  expect(await env.wp.task('activate')).toMatchObject({ error: null, active: true });
});
afterAll(async () => {
  await env.browser?.close();
  await env.demo?.close();
  await env.wp?.stop();
});

const dayFromNow = (n: number) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);
const storeApiRequests = (p: OpenedPage) => p.requests.filter((r) => r.includes('/wp-json/wc/store/'));
/** Stock look-ups, leaving out the alternatives an out-of-stock product asks for after its status is shown. */
const stockRequests = (p: OpenedPage) => storeApiRequests(p).filter((r) => !r.includes('category='));

/** A storefront page in Chromium; the Store API answered by the demo's stand-in of it. */
async function shop(path: string): Promise<OpenedPage & { dialogs: string[] }> {
  const p = await openPage(env.browser, 'about:blank');
  const dialogs: string[] = [];
  p.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await p.context.route('**/wp-json/wc/store/v1/**', async (route) => {
    const u = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${env.demo.url}/woo${u.pathname}${u.search}` }) });
  });
  await p.page.goto(`${env.wp.url}${path}`);
  return Object.assign(p, { dialogs });
}
const config = (page: Page) => page.evaluate(() => (window as unknown as { StockStatusConfig: Record<string, unknown> }).StockStatusConfig);
const eventsOf = (page: Page) => page.evaluate(() => (window as unknown as { __events: Record<string, unknown>[] }).__events);

// ---- the admin, through HTTP as a browser sends it ----
async function logIn(user: string, password: string): Promise<string> {
  const res = await fetch(`${env.wp.url}/wp-login.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'wordpress_test_cookie=WP%20Cookie%20check' },
    body: new URLSearchParams({ log: user, pwd: password, 'wp-submit': 'Log In', testcookie: '1', redirect_to: `${env.wp.url}/wp-admin/` }),
  });
  expect(res.status, `log in as ${user}`).toBe(302);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
const SETTINGS_PAGE = '/wp-admin/admin.php?page=stock-status';
const get = (cookie: string, path: string) => fetch(`${env.wp.url}${path}`, { headers: { cookie }, redirect: 'manual' });
const nonceOf = (html: string) => /name="_wpnonce" value="([^"]+)"/.exec(html)?.[1];
function save(cookie: string, fields: Record<string, string>, nonce?: string) {
  const body = new URLSearchParams({ option_page: 'stock_status', action: 'update', _wp_http_referer: SETTINGS_PAGE });
  if (nonce) body.set('_wpnonce', nonce);
  for (const [k, v] of Object.entries(fields)) body.set(`stock_status_settings[${k}]`, v);
  return fetch(`${env.wp.url}/wp-admin/options.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
}
/** `window.StockStatusConfig` as the storefront prints it, read without running the page. */
async function printedConfig(): Promise<Record<string, unknown>> {
  const html = await (await fetch(`${env.wp.url}/product/trail-mug/`)).text();
  const m = /window\.StockStatusConfig = (\{.*?\});\n/.exec(html);
  expect(m, 'the inline config').toBeTruthy();
  return JSON.parse(m![1]!);
}

const phpFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? phpFiles(path) : f.endsWith('.php') ? [path] : [];
  });

describe('the plugin as files', () => {
  test('php -l: every PHP file of the plugin and of the fixtures is valid PHP', async () => {
    const files = [...phpFiles(PLUGIN_DIR), ...phpFiles(join(import.meta.dirname, 'fixtures'))];
    expect(files.map((f) => relative(root, f))).toEqual(
      expect.arrayContaining(['wordpress-plugin/stock-status/stock-status.php', 'wordpress-plugin/stock-status/uninstall.php']),
    );
    for (const f of files) {
      const { stdout } = await run('php', ['-l', f]).catch((e) => ({ stdout: `${e.stdout}${e.stderr}` }));
      expect(stdout, relative(root, f)).toMatch(/^No syntax errors detected/);
    }
  });

  test('WordPress reads the header; readme.txt is in the wordpress.org format with the same version', async () => {
    const { header } = (await env.wp.task('plugin')) as { header: Record<string, string> };
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(header).toMatchObject({
      Name: 'Stock Status for WooCommerce',
      Version: version,
      TextDomain: 'stock-status',
      DomainPath: '/languages',
      RequiresPHP: '7.4',
    });
    const readme = readFileSync(join(PLUGIN_DIR, 'readme.txt'), 'utf8');
    expect(readme).toMatch(/^=== Stock Status for WooCommerce ===\n/);
    const headers = Object.fromEntries([...readme.split('\n\n')[0]!.matchAll(/^([A-Za-z ]+): (.+)$/gm)].map((m) => [m[1], m[2]]));
    expect(Object.keys(headers)).toEqual(
      expect.arrayContaining(['Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License']),
    );
    expect(headers['Stable tag']).toBe(version);
    expect(headers['Requires PHP']).toBe(header.RequiresPHP);
    expect([...readme.matchAll(/^== (.+) ==$/gm)].map((m) => m[1])).toEqual([
      'Description',
      'Installation',
      'Frequently Asked Questions',
      'Changelog',
    ]);
  });

  test('every string is translatable in the stock-status domain, and languages/stock-status.pot has them all', () => {
    const strings = translatableStrings(PLUGIN_DIR);
    expect(strings.length).toBeGreaterThan(30);
    expect(strings.every((s) => s.domain === 'stock-status')).toBe(true);
    expect(readFileSync(join(PLUGIN_DIR, 'languages/stock-status.pot'), 'utf8')).toBe(potOf(strings));
  });

  test('WooCommerce is told at before_woocommerce_init: compatible with HPOS and the cart/checkout blocks', async () => {
    const { declared } = await env.wp.task('plugin');
    expect(declared).toEqual([
      ['custom_order_tables', 'stock-status/stock-status.php', true],
      ['cart_checkout_blocks', 'stock-status/stock-status.php', true],
    ]);
  });
});

describe('the storefront after activation, with no theme edit', () => {
  test('the WooCommerce file is enqueued once with defer, its config as JSON before it', async () => {
    const html = await (await fetch(`${env.wp.url}/product/trail-mug/`)).text();
    const tags = html.match(/<script[^>]*stock-status\.woocommerce\.js[^>]*>/g) ?? [];
    expect(tags).toHaveLength(1);
    expect(tags[0]).toMatch(/\sdefer[\s>]/);
    expect(tags[0]).toContain('/wp-content/plugins/stock-status/assets/stock-status.woocommerce.js?ver=');
    expect(html.indexOf('window.StockStatusConfig = ')).toBeGreaterThan(-1);
    expect(html.indexOf('window.StockStatusConfig = ')).toBeLessThan(html.indexOf(tags[0]!));
    expect(await printedConfig()).toEqual({
      platform: 'woocommerce',
      endpoint: '/wp-json/wc/store/v1',
      alternatives: 4,
      mount: 'auto',
      handlingDays: 0,
      themeStock: 'replace',
      timeZone: 'Europe/Berlin',
    });
  });

  test('simple product: the status from the stock PHP wrote into the page, zero Store API requests', async () => {
    const p = await shop('/product/trail-mug/');
    await settled(p.page);
    expect(await statuses(p.page)).toEqual([{ state: 'low-stock', text: expect.stringContaining('Only 3 left') }]);
    // Placed by the script itself under the theme's add-to-cart form.
    expect(await p.page.$eval('stock-status', (el) => el.previousElementSibling?.matches('form.cart'))).toBe(true);
    // One message: WooCommerce's own "3 in stock" line gives way to ours.
    expect(await p.page.isVisible('.summary p.stock')).toBe(false);
    // Wanting more than there are, with backorders off: only 3 can be ordered.
    await p.page.fill('input[name=quantity]', '5');
    await p.page.waitForFunction(() => document.querySelector('stock-status')?.getAttribute('quantity') === '5');
    expect((await statuses(p.page))[0]!.text).toContain('Only 3 can be ordered');
    expect(storeApiRequests(p)).toEqual([]);
    expect(p.errors).toEqual([]);
    expect(p.console.filter((m) => m.text.startsWith('[stock-status]'))).toEqual([]);
    await p.close();
  });

  test('out of stock with the restock date from the product meta, confirmed; no stock request', async () => {
    const p = await shop('/product/rain-shell/');
    await settled(p.page);
    expect((await statuses(p.page))[0]!.state).toBe('out-of-stock');
    const events = await eventsOf(p.page);
    expect(events.at(-1)).toMatchObject({
      productId: '302',
      state: 'out-of-stock',
      eta: dayFromNow(20),
      etaKind: 'confirmed',
      platform: 'woocommerce',
    });
    expect((await statuses(p.page))[0]!.text).toMatch(/Back in stock/);
    expect(stockRequests(p)).toEqual([]);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  test('variable product: each variation from the page as the shopper picks it, zero stock requests', async () => {
    const p = await shop('/product/field-hoodie/');
    await settled(p.page);
    const pick = async (colour: string, state: string) => {
      await p.page.selectOption('select[name=attribute_colour]', colour);
      await p.page.waitForFunction((s) => document.querySelector('stock-status')?.getAttribute('data-state') === s, state);
    };
    await pick('blue', 'backorder');
    expect((await eventsOf(p.page)).at(-1)).toMatchObject({
      variantId: '305',
      state: 'backorder',
      eta: dayFromNow(9),
      etaKind: 'confirmed',
    });
    await pick('green', 'out-of-stock');
    await pick('red', 'in-stock');
    expect((await eventsOf(p.page)).at(-1)).toMatchObject({ variantId: '304', state: 'in-stock', available: 1 });
    expect(stockRequests(p)).toEqual([]);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  test('product cards (a page with [products]): a badge each, from one Store API request', async () => {
    const p = await shop('/shop-cards/');
    await settled(p.page);
    expect((await statuses(p.page)).map((s) => s.state)).toEqual(['in-stock', 'low-stock', 'backorder', 'out-of-stock']);
    expect(storeApiRequests(p)).toEqual(['GET /wp-json/wc/store/v1/products?include=201%2C202%2C203%2C204&per_page=100&orderby=include']);
    await p.close();
  });
});

describe('the settings page (WooCommerce → Stock status)', () => {
  test('an administrator sees every setting, with a nonce; a subscriber is refused', async () => {
    const admin = await logIn('admin', 'admin-password');
    const res = await get(admin, SETTINGS_PAGE);
    expect(res.status).toBe(200);
    const html = await res.text();
    const names = [...html.matchAll(/name="stock_status_settings\[(\w+)\]"/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(
      [
        'alternatives',
        'alternatives_after_days',
        'alternatives_list',
        'button',
        'handling_days',
        'lead_days',
        'locale',
        'messages',
        'mount',
        'notify',
        'theme_stock',
        'time_zone',
      ].sort(),
    );
    expect(nonceOf(html)).toMatch(/^[0-9a-f]{10}$/);
    const subscriber = await logIn('subscriber', 'subscriber-password');
    expect((await get(subscriber, SETTINGS_PAGE)).status).toBe(403);
    const post = await save(subscriber, { lead_days: '9' }, nonceOf(html));
    expect(post.status).toBe(403);
    expect(await printedConfig()).not.toHaveProperty('leadDays');
  });

  test('a POST without a valid nonce changes nothing', async () => {
    const admin = await logIn('admin', 'admin-password');
    for (const nonce of [undefined, 'deadbeef00']) {
      const res = await save(admin, { lead_days: '9', alternatives: '0' }, nonce);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('The link you followed has expired');
    }
    expect(await printedConfig()).toMatchObject({ alternatives: 4 });
    expect(await printedConfig()).not.toHaveProperty('leadDays');
  });

  test('a shop manager saves: good values are kept, bad ones refused by name, hostile text stays data', async () => {
    const manager = await logIn('manager', 'manager-password');
    const page = await get(manager, SETTINGS_PAGE);
    expect(page.status).toBe(200);
    const res = await save(
      manager,
      {
        lead_days: '7',
        handling_days: '2',
        alternatives: '99',
        alternatives_list: ' 201, 202 ',
        alternatives_after_days: '-3',
        notify: 'javascript:alert(1)',
        locale: 'not a locale!',
        time_zone: 'America/New_York',
        mount: 'auto',
        button: 'manage',
        theme_stock: 'keep',
        messages: 'en.lowStock = </script><img src=x onerror=alert(1)> {count}\r\n\r\nde.inStock = Sofort lieferbar',
      },
      nonceOf(await page.text()),
    );
    expect(res.status).toBe(302);
    const back = new URL(res.headers.get('location')!, env.wp.url);
    expect(back.searchParams.get('settings-updated')).toBe('true');
    const after = await (await get(manager, back.pathname + back.search)).text();
    for (const label of ['Alternatives shown', 'Back-in-stock signup', 'Language', 'Alternatives for long backorders'])
      expect(after).toContain(`${label}: this value is not valid, so the previous value was kept.`);
    // Printed back escaped: the textarea holds the text, the page holds no such element.
    expect(after).toContain('en.lowStock = &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; {count}');
    expect(after).not.toContain('<img src=x');
    expect(await printedConfig()).toEqual({
      platform: 'woocommerce',
      endpoint: '/wp-json/wc/store/v1',
      alternatives: 4,
      mount: 'auto',
      handlingDays: 2,
      leadDays: 7,
      timeZone: 'America/New_York',
      button: 'manage',
      themeStock: 'keep',
      alternativesList: ['201', '202'],
      messages: { en: { lowStock: '</script><img src=x onerror=alert(1)> {count}' }, de: { inStock: 'Sofort lieferbar' } },
    });
  });

  test('the saved settings reach the shopper; the hostile wording is shown as text, never run', async () => {
    const p = await shop('/product/trail-mug/');
    await settled(p.page);
    expect((await statuses(p.page))[0]!.text).toContain('</script><img src=x onerror=alert(1)> 3');
    expect(await p.page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
    expect(p.dialogs).toEqual([]);
    expect(await config(p.page)).toMatchObject({ leadDays: 7, themeStock: 'keep' });
    // "Keep the theme's stock text": WooCommerce's own line stays beside ours.
    expect(await p.page.isVisible('.summary p.stock')).toBe(true);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  test("the product editor's restock date: a real date is saved, anything else is not, empty removes it", async () => {
    expect(await env.wp.task('restock', '2027-01-15')).toEqual({ meta: '2027-01-15' });
    expect(await env.wp.task('restock', '2027-02-30')).toEqual({ meta: '2027-01-15' });
    expect(await env.wp.task('restock', '<script>alert(1)</script>')).toEqual({ meta: '2027-01-15' });
    expect(await env.wp.task('restock', '')).toEqual({ meta: '' });
  });
});

describe('uninstall', () => {
  test('uninstall.php runs only from WordPress, and removes the settings', async () => {
    const direct = await fetch(`${env.wp.url}/wp-content/plugins/stock-status/uninstall.php`);
    expect(await direct.text()).toBe('');
    expect(await printedConfig()).toHaveProperty('leadDays', 7);
    expect(await env.wp.task('uninstall')).toEqual({ before: true, after: false });
    expect(await printedConfig()).not.toHaveProperty('leadDays');
  });

  test('WordPress logged no PHP notice, warning or error from the plugin', () => {
    const lines = env.wp.debugLog().split('\n');
    expect(lines.filter((l) => /plugins\/stock-status|mu-plugins/.test(l))).toEqual([]);
  });
});
