import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parseConfig';
import { type ManagementApiStandIn, startManagementApi } from './managementApiStandIn';
import { runCli } from './runCli';

let api: ManagementApiStandIn;
beforeEach(async () => {
  api = await startManagementApi();
});
afterEach(() => api.close());

const install = (...extra: string[]) =>
  runCli(['bigcommerce', 'install', '--store-hash', api.storeHash, '--access-token', api.accessToken, '--api-base', api.base, ...extra]);
const body = (i: number) => api.requests[i]!.body as Record<string, unknown>;
const calls = () => api.requests.map((r) => `${r.method} ${r.path.replace(`/stores/${api.storeHash}`, '')}`);

/** What the settings script leaves in `window.StockStatusConfig`, run as a page would (Stencil's token filled in). */
function configFrom(html: string, stencilToken = 'eyJ.stencil.token') {
  const js = html
    .replace(/^<script>/, '')
    .replace(/<\/script>$/, '')
    .replace('{{settings.storefront_api.token}}', stencilToken);
  const window: { StockStatusConfig?: unknown } = {};
  new Function('window', js)(window);
  return window.StockStatusConfig as Record<string, unknown>;
}

describe('stock-status bigcommerce install', () => {
  it('creates the settings script and a deferred src script, with X-Auth-Token and JSON', async () => {
    const r = await install('--url', 'https://cdn.example.com/ss/stock-status.bigcommerce.js');
    expect(r.code).toBe(0);
    expect(calls()).toEqual(['GET /v3/content/scripts', 'POST /v3/content/scripts', 'POST /v3/content/scripts']);
    for (const req of api.requests) {
      expect(req.headers['x-auth-token']).toBe(api.accessToken);
      expect(req.headers.accept).toBe('application/json');
    }
    expect(api.requests[0]!.query.get('channel_id:in')).toBe('1');
    expect(api.requests[1]!.headers['content-type']).toBe('application/json');
    expect(body(1)).toMatchObject({
      name: 'stock-status settings',
      kind: 'script_tag',
      load_method: 'default',
      location: 'head',
      channel_id: 1,
    });
    expect(body(2)).toEqual({
      name: 'stock-status',
      description: expect.any(String),
      kind: 'src',
      src: 'https://cdn.example.com/ss/stock-status.bigcommerce.js',
      load_method: 'defer',
      location: 'head',
      visibility: 'storefront',
      consent_category: 'essential',
      auto_uninstall: true,
      enabled: true,
      channel_id: 1,
    });
    expect(api.tokens).toHaveLength(0); // Stencil makes its own
    expect(api.scripts.size).toBe(2);
    expect(r.out).toMatch(/stock-status-extras\.js/);
    expect(r.out).toMatch(/read_and_sf_access/);
    expect(r.all).not.toContain(api.accessToken);
  });

  it('writes settings the widget accepts, with Stencil’s token left for Handlebars', async () => {
    await install('--restock-field', 'inventory.back_on');
    const html = String(body(1).html);
    expect(html).toContain('{{settings.storefront_api.token}}');
    const config = configFrom(html);
    expect(config).toEqual({ platform: 'bigcommerce', token: 'eyJ.stencil.token', restockField: 'inventory.back_on' });
    expect(parseConfig({}, config)).toMatchObject({
      platform: 'bigcommerce',
      token: 'eyJ.stencil.token',
      restockField: 'inventory.back_on',
    });
    expect(String(body(2).src)).toMatch(/^https:\/\/cdn\.jsdelivr\.net\/npm\/stock-status@[^/]+\/dist\/stock-status\.bigcommerce\.js$/);
  });

  it('run again, updates both scripts in place instead of adding two more', async () => {
    await install();
    const uuids = [...api.scripts.keys()];
    api.requests.length = 0;
    const r = await install('--location', 'body', '--consent', 'functional');
    expect(r.code).toBe(0);
    expect(calls()).toEqual(['GET /v3/content/scripts', `PUT /v3/content/scripts/${uuids[0]}`, `PUT /v3/content/scripts/${uuids[1]}`]);
    expect([...api.scripts.keys()]).toEqual(uuids);
    const main = [...api.scripts.values()].find((s) => s.name === 'stock-status')!;
    // Body means the end of <body>: the Scripts API calls it footer, Catalyst renders it in body.
    expect(main).toMatchObject({ location: 'footer', consent_category: 'functional', kind: 'src', load_method: 'defer' });
    expect(r.out).toMatch(/Updated the script "stock-status"/);
  });

  it('removes a duplicate an earlier run left', async () => {
    await install();
    const dup = { ...[...api.scripts.values()].find((s) => s.name === 'stock-status')!, uuid: '11111111-2222-3333-4444-555555555555' };
    api.scripts.set(dup.uuid, dup);
    api.requests.length = 0;
    expect((await install()).code).toBe(0);
    expect(calls()).toContain(`DELETE /v3/content/scripts/${dup.uuid}`);
    expect([...api.scripts.values()].filter((s) => s.name === 'stock-status')).toHaveLength(1);
  });

  it('headless: creates a storefront token for the channel and origin, and points at the channel’s endpoint', async () => {
    const before = Math.floor(Date.now() / 1000);
    const r = await install('--storefront', 'headless', '--origin', 'https://shop.example.com', '--channel', '2', '--token-days', '30');
    expect(r.code).toBe(0);
    expect(calls()[0]).toBe('POST /v3/storefront/api-token');
    const tokenBody = body(0);
    expect(tokenBody).toMatchObject({ channel_id: 2, allowed_cors_origins: ['https://shop.example.com'] });
    expect(tokenBody.expires_at).toBeGreaterThanOrEqual(before + 30 * 86_400);
    expect(tokenBody.expires_at).toBeLessThan(before + 30 * 86_400 + 60);
    expect(api.requests[1]!.query.get('channel_id:in')).toBe('2');
    const config = configFrom(String(body(2).html));
    expect(config).toMatchObject({
      platform: 'bigcommerce',
      token: api.tokens[0]!.token,
      endpoint: 'https://store-abc123-2.mybigcommerce.com/graphql',
    });
    expect(body(3)).toMatchObject({ kind: 'src', channel_id: 2 });
    expect(r.out).toMatch(/expires on \d{4}-\d{2}-\d{2}/);
  });

  it('refuses a storefront token that could break out of the script', async () => {
    api.failNext({ path: /api-token$/, status: 200, body: { data: { token: '</script><img src=x onerror=alert(1)>' } } });
    const r = await install('--storefront', 'headless', '--origin', 'https://shop.example.com');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/data\.token.*JWT/);
    expect(calls()).toEqual(['POST /v3/storefront/api-token']);
    expect(api.scripts.size).toBe(0);
  });

  it('--dry-run prints the calls and sends nothing', async () => {
    const r = await install('--dry-run', '--storefront', 'headless', '--origin', 'https://shop.example.com');
    expect(r.code).toBe(0);
    expect(api.requests).toHaveLength(0);
    expect(r.out).toContain(`POST ${api.base}/v3/storefront/api-token`);
    expect(r.out).toContain(`POST ${api.base}/v3/content/scripts`);
    expect(r.out).toContain('"load_method": "defer"');
    expect(r.out).not.toContain(api.accessToken);
  });

  it('takes the token and the API base from the environment', async () => {
    const r = await runCli(['bigcommerce', 'install', '--store-hash', api.storeHash], {
      BIGCOMMERCE_ACCESS_TOKEN: api.accessToken,
      STOCK_STATUS_BIGCOMMERCE_API: api.base,
    });
    expect(r.code).toBe(0);
    expect(api.scripts.size).toBe(2);
    expect(r.all).not.toContain(api.accessToken);
  });
});

describe('stock-status bigcommerce install, when BigCommerce answers badly', () => {
  it('401: names the token flag, never prints the token, sends nothing more', async () => {
    const r = await runCli([
      'bigcommerce',
      'install',
      '--store-hash',
      api.storeHash,
      '--access-token',
      'wrong-token-987654',
      '--api-base',
      api.base,
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/access token was refused \(401/);
    expect(r.err).toMatch(/--access-token/);
    expect(r.all).not.toContain('wrong-token-987654');
    expect(api.requests).toHaveLength(1);
  });

  it('422 in BigCommerce’s error shape: says which field and why', async () => {
    api.failNext({
      method: 'POST',
      path: /content\/scripts$/,
      status: 422,
      body: {
        status: 422,
        title: 'JSON data is missing or invalid',
        type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes',
        errors: { src: 'src must be a valid URL' },
      },
    });
    const r = await install();
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'POST /v3/content/scripts: BigCommerce refused it (422: JSON data is missing or invalid; src: src must be a valid URL)',
    );
    expect(api.scripts.size).toBe(0);
  });

  it('500: says nothing was changed, and stops before writing', async () => {
    api.failNext({ method: 'GET', status: 500, body: { status: 500, title: 'Internal Server Error' } });
    const r = await install();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/BigCommerce failed \(500: Internal Server Error\)/);
    expect(calls()).toEqual(['GET /v3/content/scripts']);
  });

  it('an HTML page instead of JSON: says so, and points at --api-base', async () => {
    api.failNext({ method: 'GET', status: 200, body: '<!doctype html><title>Login</title>', contentType: 'text/html' });
    const r = await install();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/is not JSON/);
    expect(r.err).toMatch(/--api-base/);
    expect(api.scripts.size).toBe(0);
  });

  it('an answer missing a field: names it and sends nothing more', async () => {
    api.failNext({ method: 'POST', status: 200, body: { data: { name: 'stock-status settings' } } });
    const r = await install();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/documented shape \(data\.uuid/);
    expect(calls()).toEqual(['GET /v3/content/scripts', 'POST /v3/content/scripts']);
  });

  it('a uuid that would steer the next request elsewhere is refused', async () => {
    api.failNext({ method: 'GET', status: 200, body: { data: [{ uuid: '../../catalog/products', name: 'stock-status' }] } });
    const r = await install();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/data\.0\.uuid/);
    expect(calls()).toEqual(['GET /v3/content/scripts']);
  });

  it('hostile error text: no terminal escapes, and an echoed token is hidden', async () => {
    api.failNext({ status: 422, body: { title: `\u001b[2J\u001b[31mboom ${api.accessToken}`, errors: { name: '\u0007bell' } } });
    const r = await install();
    expect(r.code).toBe(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting there are none.
    expect(r.all).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(r.all).not.toContain(api.accessToken);
    expect(r.err).toContain('boom ***');
  });

  it('429: waits as BigCommerce says, then goes on', async () => {
    api.failNext({
      method: 'GET',
      status: 429,
      body: { status: 429, title: 'Too many requests' },
      headers: { 'X-Rate-Limit-Time-Reset-Ms': '20' },
    });
    const r = await install();
    expect(r.code).toBe(0);
    expect(calls()).toEqual(['GET /v3/content/scripts', 'GET /v3/content/scripts', 'POST /v3/content/scripts', 'POST /v3/content/scripts']);
  });

  it('no server there: says it could not reach it', async () => {
    const base = api.base;
    await api.close();
    const r = await runCli(['bigcommerce', 'install', '--store-hash', 'abc123', '--access-token', 'tok-123456', '--api-base', base]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/could not reach http:\/\/127\.0\.0\.1:\d+/);
    api = await startManagementApi(); // for afterEach
  });
});

describe('stock-status bigcommerce install, bad flags (nothing is sent)', () => {
  const cases: [string[], RegExp][] = [
    [['--location', 'sidebar'], /--location must be head or body/],
    [['--consent', 'unknown'], /--consent must be essential, functional, analytics or targeting.*cookie banner/],
    [['--url', 'http://cdn.example.com/stock-status.js'], /--url must be an https:\/\/ URL/],
    [['--url', 'https://cdn.example.com/a"onload="x.js'], /--url must be an https:\/\/ URL/],
    [['--channel', '0'], /--channel must be a whole number from 1/],
    [['--restock-field', 'no_dot'], /--restock-field must be namespace\.key/],
    [['--storefront', 'headless'], /--origin is required with --storefront headless/],
    [['--storefront', 'headless', '--origin', 'https://shop.example.com/path'], /--origin must be an origin/],
    [['--token-days', '99999'], /--token-days must be/],
    [['--colour', 'red'], /Unknown option '--colour'/],
    [['--location'], /--location/],
  ];
  for (const [flags, message] of cases) {
    it(`${flags.join(' ')}`, async () => {
      const r = await install(...flags);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(api.requests).toHaveLength(0);
    });
  }

  it('a bad store hash or a missing token', async () => {
    expect((await runCli(['bigcommerce', 'install', '--store-hash', 'abc/../x', '--access-token', 't0k3n'])).err).toMatch(
      /--store-hash must be letters and digits/,
    );
    expect((await runCli(['bigcommerce', 'install', '--store-hash', 'abc'])).err).toMatch(
      /--access-token is required \(or set BIGCOMMERCE_ACCESS_TOKEN\)/,
    );
    expect((await runCli(['bigcommerce', 'install', '--access-token', 't0k3n'])).err).toMatch(/--store-hash is required/);
  });

  it('a token given to a mistyped flag is not echoed', async () => {
    const r = await runCli(['bigcommerce', 'install', '--store-hash', 'abc', 'secret-token-typed-alone']);
    expect(r.code).toBe(2);
    expect(r.all).not.toContain('secret-token-typed-alone');
  });

  it('an unknown command or platform', async () => {
    expect(await runCli(['bigcommerce', 'instal'])).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command "instal"/) });
    expect(await runCli(['magento', 'install'])).toMatchObject({ code: 2, err: expect.stringMatching(/unknown platform "magento"/) });
    expect(await runCli(['bigcommerce', 'help'])).toMatchObject({
      code: 0,
      out: expect.stringMatching(/--consent essential\|functional\|analytics\|targeting/),
    });
  });
});
