import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, dateInZone } from '../../src/core/dates';
import { readRestockDate } from '../../src/sources/bigcommerce/readRestockDate';
import { type ManagementApiStandIn, startManagementApi } from './managementApiStandIn';
import { runCli } from './runCli';

let api: ManagementApiStandIn;
beforeEach(async () => {
  api = await startManagementApi();
});
afterEach(() => api.close());

const today = dateInZone(new Date(), 'UTC');
const soon = addDays(today, 20);
const later = addDays(today, 45);
const restock = (...flags: string[]) =>
  runCli(['bigcommerce', 'restock', '--store-hash', api.storeHash, '--access-token', api.accessToken, '--api-base', api.base, ...flags]);
const calls = () => api.requests.map((r) => `${r.method} ${r.path.replace(`/stores/${api.storeHash}`, '')}`);

describe('stock-status bigcommerce restock', () => {
  it('creates the metafield the storefront can read, then updates that same one', async () => {
    const r = await restock('--product', '77', '--date', soon);
    expect(r.code).toBe(0);
    expect(calls()).toEqual(['GET /v3/catalog/products/77/metafields', 'POST /v3/catalog/products/77/metafields']);
    expect(api.requests[0]!.query.get('namespace')).toBe('custom');
    expect(api.requests[0]!.query.get('key')).toBe('restock_date');
    expect(api.requests[1]!.headers['x-auth-token']).toBe(api.accessToken);
    expect(api.requests[1]!.body).toMatchObject({
      namespace: 'custom',
      key: 'restock_date',
      value: soon,
      permission_set: 'read_and_sf_access',
    });
    expect(r.out).toContain(`product 77: restock date ${soon} (an estimate`);

    api.requests.length = 0;
    expect((await restock('--product', '77', '--date', later)).code).toBe(0);
    const [only] = api.metafieldsOf(77);
    expect(calls()).toEqual(['GET /v3/catalog/products/77/metafields', `PUT /v3/catalog/products/77/metafields/${only!.id}`]);
    expect(api.metafieldsOf(77)).toHaveLength(1);
    expect(readRestockDate(String(only!.value))).toEqual({ date: later, confirmed: false });
  });

  it('--confirmed writes the form the widget reads as a promise', async () => {
    await restock('--product', '77', '--date', soon, '--confirmed', '--restock-field', 'inventory.back_on');
    const [m] = api.metafieldsOf(77);
    expect(m).toMatchObject({ namespace: 'inventory', key: 'back_on', permission_set: 'read_and_sf_access' });
    expect(readRestockDate(String(m!.value))).toEqual({ date: soon, confirmed: true });
  });

  it('fixes a metafield the storefront could not see (permission_set read)', async () => {
    api.addMetafield(77, { namespace: 'custom', key: 'restock_date', value: '2020-01-01', permission_set: 'read' });
    const r = await restock('--product', '77', '--date', soon);
    expect(r.code).toBe(0);
    expect(api.requests[1]!.body).toEqual({ value: soon, permission_set: 'read_and_sf_access' });
    expect(r.out).toMatch(/was read, which the storefront cannot read; it is now read_and_sf_access/);
  });

  it('a variant’s own metafield', async () => {
    expect((await restock('--product', '77', '--variant', '502', '--date', soon)).code).toBe(0);
    expect(calls()[1]).toBe('POST /v3/catalog/products/77/variants/502/metafields');
    expect(api.metafieldsOf(77, 502)).toHaveLength(1);
    expect(api.metafieldsOf(77)).toHaveLength(0);
  });

  it('--clear deletes it; with none, says so', async () => {
    await restock('--product', '77', '--date', soon);
    const [m] = api.metafieldsOf(77);
    api.requests.length = 0;
    expect((await restock('--product', '77', '--clear')).code).toBe(0);
    expect(calls()).toEqual(['GET /v3/catalog/products/77/metafields', `DELETE /v3/catalog/products/77/metafields/${m!.id}`]);
    const again = await restock('--product', '77', '--clear');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/nothing to clear/);
  });

  it('a product that is not there', async () => {
    const r = await restock('--product', '999', '--date', soon);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/There is no product 999 in this store \(404\)/);
    expect(calls()).toHaveLength(1);
  });

  it('a metafield another API account owns: 403, explained', async () => {
    api.addMetafield(78, { namespace: 'custom', key: 'restock_date', value: soon, permission_set: 'write', foreign: true });
    const r = await restock('--product', '78', '--date', later);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/403.*only by the API account that created it/);
  });

  it('a drifting list answer (id as a string): no write', async () => {
    api.failNext({
      method: 'GET',
      status: 200,
      body: { data: [{ id: '5', namespace: 'custom', key: 'restock_date', value: soon, permission_set: 'read' }] },
    });
    const r = await restock('--product', '77', '--date', soon);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/documented shape \(data\.0\.id/);
    expect(calls()).toHaveLength(1);
  });

  const bad: [string[], RegExp][] = [
    [['--product', '77', '--date', '2026-02-30'], /--date must be a calendar date/],
    [['--product', '77', '--date', '15/12/2026'], /--date must be a calendar date/],
    [['--product', '77', '--date', addDays(today, -1)], /--date is in the past/],
    [['--product', '77'], /either --date YYYY-MM-DD or --clear/],
    [['--product', '77', '--date', soon, '--clear'], /either --date YYYY-MM-DD or --clear/],
    [['--product', 'seventy', '--date', soon], /--product must be a whole number/],
    [['--date', soon], /--product is required/],
  ];
  for (const [flags, message] of bad) {
    it(`bad flags: ${flags.join(' ')}`, async () => {
      const r = await restock(...flags);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(api.requests).toHaveLength(0);
    });
  }
});

describe('stock-status bigcommerce uninstall', () => {
  it('removes the scripts install made, and only those', async () => {
    const flags = ['--store-hash', api.storeHash, '--access-token', api.accessToken, '--api-base', api.base];
    await runCli(['bigcommerce', 'install', ...flags]);
    api.scripts.set('99999999-0000-0000-0000-000000000000', {
      uuid: '99999999-0000-0000-0000-000000000000',
      name: 'chat widget',
      channel_id: 1,
    });
    const r = await runCli(['bigcommerce', 'uninstall', ...flags]);
    expect(r.code).toBe(0);
    expect([...api.scripts.values()].map((s) => s.name)).toEqual(['chat widget']);
    expect((await runCli(['bigcommerce', 'uninstall', ...flags])).out).toMatch(/nothing to remove/);
  });
});
