/**
 * docs/bigcommerce.md, followed as written: its `curl` calls and its `npx stock-status` lines are
 * run against the Management API stand-in (the address swapped in for
 * https://api.bigcommerce.com/stores/$STORE_HASH), and its Script Manager settings line is the one the
 * command writes.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mainScriptBody, STENCIL_TOKEN, settingsHtml, settingsScriptBody } from '../../src/cli/bigcommerce/scriptBodies';
import { addDays, dateInZone } from '../../src/core/dates';
import { type ManagementApiStandIn, startManagementApi } from './managementApiStandIn';
import { runCli } from './runCli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const doc = readFileSync(join(root, 'docs/bigcommerce.md'), 'utf8');
const shellBlocks = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
/** One shell command per entry: lines joined where they end in a backslash. */
const commands = shellBlocks.flatMap((b) =>
  b
    .replace(/\\\n\s*/g, ' ')
    .split(/\n(?=\S)/)
    .map((c) => c.trim())
    .filter((c) => c && !c.startsWith('#')),
);
const curls = commands.filter((c) => c.startsWith('curl '));
const npxLines = commands.filter((c) => c.startsWith('npx stock-status '));
// The page's example date, moved to the future so the page stays runnable.
const exampleDate = '2026-12-20';
const future = addDays(dateInZone(new Date(), 'UTC'), 30);

let api: ManagementApiStandIn;
beforeEach(async () => {
  api = await startManagementApi();
});
afterEach(() => api.close());

const run = promisify(execFile);
const shell = (command: string) =>
  run('sh', ['-c', command.replaceAll('https://api.bigcommerce.com/stores/$STORE_HASH', api.base)], {
    env: { ...process.env, STORE_HASH: api.storeHash, BIGCOMMERCE_ACCESS_TOKEN: api.accessToken },
  });

describe('docs/bigcommerce.md', () => {
  it('has the calls it promises', () => {
    expect(curls).toHaveLength(4);
    expect(npxLines.length).toBeGreaterThanOrEqual(4);
  });

  it('its Scripts API calls run as given, and make what the command makes', async () => {
    const scriptCalls = curls.filter((c) => c.includes('/v3/content/scripts'));
    for (const c of scriptCalls) {
      const { stdout } = await shell(c);
      expect(JSON.parse(stdout)).toMatchObject({ data: { uuid: expect.any(String) } });
    }
    const made = [...api.scripts.values()];
    const placement = { channel: 1, consent: 'essential' as const };
    const { description: _d1, ...settings } = settingsScriptBody({
      ...placement,
      settings: { token: STENCIL_TOKEN, restockField: 'custom.restock_date' },
    });
    const { description: _d2, src: _src, ...main } = mainScriptBody({ ...placement, url: '', location: 'head' });
    expect(made[0]).toMatchObject(settings);
    expect(made[1]).toMatchObject({ ...main, src: 'https://cdn.jsdelivr.net/npm/stock-status@0.1/dist/stock-status.bigcommerce.js' });
  });

  it('its storefront-token call runs as given', async () => {
    const tokenCall = curls.find((c) => c.includes('/v3/storefront/api-token'))!;
    const { stdout } = await shell(tokenCall);
    expect(JSON.parse(stdout).data.token).toMatch(/^eyJ/);
    expect(api.tokens[0]).toMatchObject({ channel_id: 1, allowed_cors_origins: ['https://shop.example.com'] });
    expect(api.tokens[0]!.expires_at).toBeGreaterThan(Date.now() / 1000 + 364 * 86_400);
  });

  it('its metafield call creates one the storefront can read', async () => {
    const metafieldCall = curls.find((c) => c.includes('/metafields'))!;
    await shell(metafieldCall);
    expect(api.metafieldsOf(77)).toEqual([
      expect.objectContaining({ namespace: 'custom', key: 'restock_date', permission_set: 'read_and_sf_access' }),
    ]);
  });

  it('its Script Manager settings line is the one the command writes', () => {
    expect(doc).toContain(settingsHtml({ token: STENCIL_TOKEN, restockField: 'custom.restock_date' }));
  });

  it('its npx lines run as given', async () => {
    for (const line of npxLines) {
      const args = line
        .replace(/^npx stock-status /, '')
        .replaceAll('"$STORE_HASH"', api.storeHash)
        .replaceAll(exampleDate, future)
        .split(/\s+/);
      const r = await runCli(args, { BIGCOMMERCE_ACCESS_TOKEN: api.accessToken, STOCK_STATUS_BIGCOMMERCE_API: api.base });
      expect({ line, code: r.code, err: r.err }).toEqual({ line, code: 0, err: '' });
    }
    expect([...api.scripts.values()].map((s) => s.name).sort()).toEqual(['stock-status', 'stock-status settings']);
    expect(api.metafieldsOf(77, 501)).toHaveLength(1);
  });
});
