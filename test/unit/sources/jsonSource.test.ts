import { describe, expect, it, vi } from 'vitest';
import { type Config, DEFAULT_CONFIG } from '../../../src/config/Config';
import { computeEta } from '../../../src/core/computeEta';
import { resolveAvailability } from '../../../src/core/resolveAvailability';
import { pickRecord } from '../../../src/core/StockRecord';
import { jsonSource } from '../../../src/sources/json/jsonSource';
import { SourceError } from '../../../src/sources/Source';
import { createTransport } from '../../../src/sources/Transport';

const config = (over: Partial<Config> = {}): Config => ({
  ...DEFAULT_CONFIG,
  platform: 'json',
  endpoint: 'https://shop.example/stock.json',
  ...over,
});
/** A real Transport over a fetch that answers `body` (or a Response) and records what it was sent. */
function server(answer: unknown | (() => Response)) {
  const requests: { url: URL; headers: Record<string, string>; init: RequestInit }[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: new URL(String(url)), headers: (init?.headers ?? {}) as Record<string, string>, init: init ?? {} });
    return typeof answer === 'function' ? (answer as () => Response)() : new Response(JSON.stringify(answer), { status: 200 });
  });
  const transport = createTransport({ fetch: fetch as unknown as typeof globalThis.fetch, sleep: async () => {}, retries: 0 });
  return { transport, requests };
}
const load = (ids: string[], answer: unknown, over: Partial<Config> = {}) => {
  const s = server(answer);
  const result = jsonSource.load(ids, { config: config(over), transport: s.transport, signal: new AbortController().signal, document });
  return { result, requests: s.requests };
};
const stock = (over: Record<string, unknown> = {}) => ({ onHand: 5, ...over });

describe('jsonSource: requests', () => {
  it('one request for many ids, with ?ids=, JSON accepted, same-origin credentials', async () => {
    const { result, requests } = load(['1', '22', 'gid://x/3'], { version: 1, products: [] });
    await result;
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url.origin + requests[0]!.url.pathname).toBe('https://shop.example/stock.json');
    expect(requests[0]?.url.searchParams.get('ids')).toBe('1,22,gid://x/3');
    expect(requests[0]?.headers.Accept).toBe('application/json');
    expect(requests[0]?.headers.Authorization).toBeUndefined();
    expect(requests[0]?.init.credentials).toBe('same-origin');
  });

  it('keeps the endpoint’s own query and resolves a same-origin path', async () => {
    const { result, requests } = load(['1'], { version: 1, products: [] }, { endpoint: '/apps/stock?shop=a' });
    await result;
    expect(requests[0]?.url.pathname).toBe('/apps/stock');
    expect(requests[0]?.url.searchParams.get('shop')).toBe('a');
    expect(requests[0]?.url.origin).toBe(location.origin);
  });

  it('bearer token sent when configured', async () => {
    const { result, requests } = load(['1'], { version: 1, products: [] }, { token: 's3cret' });
    await result;
    expect(requests[0]?.headers.Authorization).toBe('Bearer s3cret');
  });

  it('no endpoint → rejects with a clear message, no request', async () => {
    const { result, requests } = load(['1'], {}, { endpoint: undefined });
    await expect(result).rejects.toThrow('data-platform="json" needs data-endpoint');
    expect(requests).toHaveLength(0);
  });
});

describe('jsonSource: answers', () => {
  it('normalises products and variants', async () => {
    const answer = {
      version: 1,
      products: [
        {
          id: 7,
          name: 'Mug',
          url: '/p/mug',
          price: '$12.00',
          stock: stock({ onHand: 2, backorderable: 'unlimited', restock: { date: '2027-01-05', confirmed: true }, lowStockAt: 3 }),
          variants: [
            { id: 'v1', stock: { onHand: 0, backorderable: 0 } },
            { id: 'v2', stock: { tracked: false } },
            { id: 'v3', stock: { preorder: { releaseDate: '2027-02-01' } } },
            { id: 'v4', stock: { purchasable: false, onHand: 9 } },
            { id: 'v5', stock: { inStock: true, showCounts: false } },
          ],
        },
      ],
    };
    const { result } = load(['7'], answer);
    const [p] = await result;
    expect(p?.productId).toBe('7');
    expect(p?.info).toEqual({ name: 'Mug', url: '/p/mug', image: undefined, price: '$12.00' });
    const st = (v: string | null, q = 1) => resolveAvailability(pickRecord(p ?? null, v), q);
    expect(st(null, 5)).toMatchObject({ state: 'backorder', shipNow: 2, shipLater: 3 });
    expect(computeEta(st(null, 5), pickRecord(p ?? null, null), {}, '2026-12-10')).toEqual({ eta: '2027-01-05', etaKind: 'confirmed' });
    expect(st(null, 1).state).toBe('low-stock');
    expect(st('v1').state).toBe('out-of-stock');
    expect(st('v2').state).toBe('in-stock');
    expect(st('v3').state).toBe('preorder');
    expect(pickRecord(p ?? null, 'v3')?.preorder).toEqual({ releaseDate: '2027-02-01' });
    expect(st('v4').state).toBe('unavailable');
    expect(st('v5')).toMatchObject({ state: 'in-stock', remaining: null });
    expect(st('v9').state).toBe('unknown');
  });

  it('a product missing from the answer is simply not there (the store turns it into null)', async () => {
    const { result } = load(['1', '2'], { version: 1, products: [{ id: '1', stock: stock() }] });
    expect((await result).map((p) => p.productId)).toEqual(['1']);
  });

  it('bad entries are left out of a SourceError that carries the good ones (the store falls back for the rest)', async () => {
    const answer = {
      version: 1,
      products: [
        { id: '1', stock: { onHand: -1 } },
        { id: '2', stock: { onHand: '5' } },
        { id: '3' },
        { stock: stock() },
        { id: '', stock: stock() },
        { id: '4', stock: { restock: { date: '2027-02-30' } } },
        { id: '5', stock: { restock: { date: 'tomorrow' } } },
        { id: '6', stock: stock(), name: 'x'.repeat(501) },
        { id: '7', stock: { backorderable: 'lots' } },
        null,
        'product',
        { id: 'ok', name: '<img src=x onerror=alert(1)>', stock: stock() },
      ],
    };
    const { result } = load(['1', '2', '3', '4', '5', '6', '7', 'ok'], answer);
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toBe('/stock.json sent a product entry that does not match the format');
    const found = (error as SourceError).partial ?? [];
    expect(found.map((p) => p.productId)).toEqual(['ok']);
    expect(found[0]?.info?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['wrong version', { version: 2, products: [] }],
    ['no version', { products: [] }],
    ['products not a list', { version: 1, products: {} }],
    ['too many products', { version: 1, products: Array.from({ length: 1001 }, () => ({})) }],
    ['a bare list', [{ id: 1 }]],
    ['null', null],
  ])('%s → rejects with a clear message', async (_, answer) => {
    const { result } = load(['1'], answer);
    const err = await result.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect((err as Error).message).toBe('/stock.json did not answer in the stock-status JSON format (version 1)');
  });

  it('not JSON → rejects with a clear message', async () => {
    const { result } = load(['1'], () => new Response('<html>oops</html>', { status: 200 }));
    await expect(result).rejects.toThrow('https://shop.example/stock.json?ids=1 did not answer with JSON');
  });

  it('HTTP 500 → rejects with the status', async () => {
    const { result } = load(['1'], () => new Response('', { status: 500 }));
    await expect(result).rejects.toThrow(/answered HTTP 500/);
  });

  it('an aborted look-up rejects with AbortError', async () => {
    const s = server({ version: 1, products: [] });
    const p = jsonSource.load(['1'], { config: config(), transport: s.transport, signal: AbortSignal.abort(), document });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(s.requests).toHaveLength(0);
  });
});
