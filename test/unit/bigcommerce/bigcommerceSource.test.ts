import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { configure } from '../../../src/configure';
import { define } from '../../../src/define';
import { forgetOlderStores } from '../../../src/sources/bigcommerce/queryStorefront';
import { day, type FakeStore, fakeStore, lastEvent, mount, settled, text } from './harness';

beforeAll(() => define());
beforeEach(() => forgetOlderStores());
afterEach(() => {
  document.body.innerHTML = '';
});

function setup(store: FakeStore, settings: Record<string, unknown> = {}) {
  return configure(
    { platform: 'bigcommerce', token: 'demo-token', locale: 'en-US', ...settings },
    { transport: { fetch: store.fetch, retries: 0 }, storage: null },
  );
}

async function show(attrs: Record<string, string>, store = fakeStore(), settings: Record<string, unknown> = {}) {
  setup(store, settings);
  const el = mount(attrs);
  const event = lastEvent(el);
  await settled(el);
  return { el, state: el.getAttribute('data-state'), text: text(el), event: event.current, store };
}

describe('bigcommerce source: every case of the issue', () => {
  test('asks /graphql by POST with the Bearer token, same-origin credentials and the restock metafield', async () => {
    const { store } = await show({ 'product-id': '101' }, fakeStore(), { restockField: 'inventory.eta' });
    expect(store.sent).toHaveLength(1);
    const [req] = store.sent;
    expect(req!.url).toBe('/graphql');
    expect(req!.method).toBe('POST');
    expect(req!.headers.Authorization).toBe('Bearer demo-token');
    expect(req!.credentials).toBe('same-origin');
    expect(req!.variables).toEqual({ ids: [101], ns: 'inventory', keys: ['eta'] });
  });

  test('in stock with counts the store shows', async () => {
    const r = await show({ 'product-id': '101' });
    expect(r.state).toBe('in-stock');
    expect(r.text).toContain('In stock');
  });

  test('untracked stock is in stock, with no counts', async () => {
    const r = await show({ 'product-id': '103', quantity: '500' });
    expect(r.state).toBe('in-stock');
    expect(r.text).not.toMatch(/\d/);
  });

  test('hidden stock levels (aggregated null): the platform verdict, no number', async () => {
    const r = await show({ 'product-id': '114' });
    expect(r.state).toBe('in-stock');
    expect(r.text).not.toMatch(/\d/);
  });

  test('low stock at or under warningLevel shows the count', async () => {
    const r = await show({ 'product-id': '102' });
    expect(r.state).toBe('low-stock');
    expect(r.text).toContain('Only 3 left');
  });

  test('stockLevelDisplay DONT_SHOW: low stock without any number, and no split counts', async () => {
    const r = await show({ 'product-id': '102' }, fakeStore({ edit: (res) => setDisplay(res, 'DONT_SHOW') }));
    expect(r.state).toBe('low-stock');
    expect(r.text).toContain('Low stock');
    expect(r.text).not.toMatch(/\d/);
    expect(r.event?.available).toBeNull();
  });

  test('stockLevelDisplay SHOW_WHEN_LOW: counts only once low', async () => {
    const store = fakeStore({ edit: (res) => setDisplay(res, 'SHOW_WHEN_LOW') });
    const low = await show({ 'product-id': '102' }, store);
    expect(low.text).toContain('Only 3 left');
    document.body.innerHTML = '';
    const partial = await show({ 'product-id': '106', quantity: '5' }, fakeStore({ edit: (res) => setDisplay(res, 'SHOW_WHEN_LOW') }));
    expect(partial.state).toBe('backorder');
  });

  test('backorder with a restock date: the store prompt and the date', async () => {
    const r = await show({ 'product-id': '104' });
    expect(r.state).toBe('backorder');
    expect(r.text).toContain('Available on backorder');
    expect(r.event?.eta).toBe(day(20));
    expect(r.event?.etaKind).toBe('estimated');
  });

  test('backorder without a date', async () => {
    const r = await show({ 'product-id': '105' });
    expect(r.state).toBe('backorder');
    expect(r.event?.eta).toBeNull();
    expect(r.event?.available).toBe(0);
  });

  test('partial backorder: how many ship now, how many later, and when', async () => {
    const r = await show({ 'product-id': '106', quantity: '5' });
    expect(r.state).toBe('backorder');
    expect(r.text).toMatch(/2 ship now, 3 ship by/);
    expect(r.event).toMatchObject({ available: 2, eta: day(14), etaKind: 'confirmed', quantity: 5, platform: 'bigcommerce' });
  });

  test('the same product within what is on hand is low stock, not backorder', async () => {
    const r = await show({ 'product-id': '106', quantity: '2' });
    expect(r.state).toBe('low-stock');
  });

  test('unlimited backorder takes any quantity', async () => {
    const r = await show({ 'product-id': '107', quantity: '900' });
    expect(r.state).toBe('backorder');
    expect(r.text).not.toMatch(/can be ordered/);
  });

  test('backorder limit reached: says how many can be ordered', async () => {
    const r = await show({ 'product-id': '108', quantity: '5' });
    expect(r.state).toBe('backorder');
    expect(r.text).toContain('Only 3 can be ordered');
  });

  test('pre-order with its release date (the %%DATE%% message is not shown raw)', async () => {
    const r = await show({ 'product-id': '109' });
    expect(r.state).toBe('preorder');
    expect(r.event).toMatchObject({ eta: day(30), etaKind: 'confirmed' });
    expect(r.text).not.toContain('%%');
  });

  test("unavailable, in the store's own words", async () => {
    const r = await show({ 'product-id': '110' });
    expect(r.state).toBe('unavailable');
    expect(r.text).toContain('Call us for a quote');
  });

  test('out of stock with a confirmed restock date, with the store out-of-stock message', async () => {
    const r = await show({ 'product-id': '112' });
    expect(r.state).toBe('out-of-stock');
    expect(r.text).toContain('Currently sold out');
    expect(r.event).toMatchObject({ eta: day(10), etaKind: 'confirmed' });
  });

  test('out of stock without a date', async () => {
    const r = await show({ 'product-id': '113' });
    expect(r.state).toBe('out-of-stock');
    expect(r.event?.eta).toBeNull();
  });

  test('variant-level inventory: each variant its own state, all from one request', async () => {
    const store = fakeStore();
    setup(store);
    const s = mount({ 'product-id': '111', 'variant-id': '1111' });
    const m = mount({ 'product-id': '111', 'variant-id': '1112' });
    const l = mount({ 'product-id': '111', 'variant-id': '1113', quantity: '4' });
    const mEvent = lastEvent(m);
    const lEvent = lastEvent(l);
    await Promise.all([settled(s), settled(m), settled(l)]);
    expect(store.sent).toHaveLength(1);
    expect(s.getAttribute('data-state')).toBe('in-stock');
    expect(m.getAttribute('data-state')).toBe('out-of-stock');
    expect(mEvent.current?.eta).toBe(day(12));
    expect(l.getAttribute('data-state')).toBe('backorder');
    expect(lEvent.current).toMatchObject({ available: 2, eta: day(9) });
  });

  test('a variant also answers to its SKU', async () => {
    const r = await show({ 'product-id': '111', 'variant-id': 'SWT-M' });
    expect(r.state).toBe('out-of-stock');
  });
});

function setDisplay(result: Record<string, unknown>, display: string) {
  const site = (result.data as { site: { settings: { inventory: { stockLevelDisplay: string } } } }).site;
  site.settings.inventory.stockLevelDisplay = display;
}
