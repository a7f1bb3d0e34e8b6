import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/config/Config';
import { emptyRecord, type ProductStock } from '../../../src/core/StockRecord';
import { jsonLdSource } from '../../../src/sources/jsonld/jsonLdSource';
import { type Source, type SourceContext, SourceError } from '../../../src/sources/Source';
import { StockStore } from '../../../src/sources/StockStore';
import type { Transport } from '../../../src/sources/Transport';
import { expectConsole } from '../../setup/failOnConsole';

const stockOf = (id: string, onHand = 3): ProductStock => ({
  productId: id,
  product: { ...emptyRecord(id), onHand, inStock: onHand > 0 },
  variants: [],
});
const transport: Transport = { json: async () => ({}) };

/** A source whose answers the test controls: each load waits for `release()` unless `auto`. */
function fakeSource(opts: { batchSize?: number; auto?: boolean; fail?: Error; normalize?: boolean } = {}) {
  const calls: { ids: string[]; signal: AbortSignal }[] = [];
  const pending: (() => void)[] = [];
  const source: Source = {
    platform: 'json',
    batchSize: opts.batchSize ?? 100,
    ...(opts.normalize ? { normalizeId: (id: string) => id.replace(/^gid:\/\/shop\/Product\//, '') } : {}),
    load: vi.fn(async (ids: string[], ctx: SourceContext) => {
      calls.push({ ids, signal: ctx.signal });
      if (!opts.auto) {
        await new Promise<void>((resolve, reject) => {
          pending.push(resolve);
          ctx.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      }
      if (opts.fail) throw opts.fail;
      return ids.filter((id) => !id.startsWith('missing')).map((id) => stockOf(id));
    }),
  };
  return {
    source,
    calls,
    release: () => {
      for (const r of pending.splice(0)) r();
    },
  };
}

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
function makeStore(source: Source, over: Partial<ConstructorParameters<typeof StockStore>[0]> = {}) {
  return new StockStore({
    source,
    context: { config: { ...DEFAULT_CONFIG, platform: 'json', endpoint: '/feed' }, transport, document },
    storage: null,
    ...over,
  });
}

describe('StockStore: batching', () => {
  it('many get()s in one task → one load with all ids', async () => {
    const f = fakeSource({ auto: true });
    const store = makeStore(f.source);
    const ids = ['1', '2', '3', '2', 'missing-4'];
    const results = await Promise.all(ids.map((id) => store.get(id)));
    expect(f.calls).toHaveLength(1);
    expect(f.calls[0]?.ids).toEqual(['1', '2', '3', 'missing-4']);
    expect(results.map((r) => r?.productId ?? null)).toEqual(['1', '2', '3', '2', null]);
    expect(store.requests).toBe(1);
  });

  it('more than batchSize → several loads, each within the size', async () => {
    const f = fakeSource({ auto: true, batchSize: 2 });
    const store = makeStore(f.source);
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => store.get(id)));
    expect(f.calls.map((c) => c.ids)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('ids the source normalises meet in one key', async () => {
    const f = fakeSource({ auto: true, normalize: true });
    const store = makeStore(f.source);
    const [a, b] = await Promise.all([store.get('gid://shop/Product/9'), store.get('9')]);
    expect(f.calls[0]?.ids).toEqual(['9']);
    expect(a).toBe(b);
  });
});

describe('StockStore: cache', () => {
  it('a hit within the TTL sends nothing; after the TTL it asks again', async () => {
    let now = 1_000;
    const f = fakeSource({ auto: true });
    const store = makeStore(f.source, { ttlMs: 60_000, now: () => now });
    const first = await store.get('1');
    now += 59_999;
    expect(await store.get('1')).toBe(first);
    expect(f.calls).toHaveLength(1);
    now += 1;
    await store.get('1');
    expect(f.calls).toHaveLength(2);
  });

  it('"not known" (null) is cached too', async () => {
    const f = fakeSource({ auto: true });
    const store = makeStore(f.source);
    expect(await store.get('missing-1')).toBeNull();
    expect(await store.get('missing-1')).toBeNull();
    expect(f.calls).toHaveLength(1);
  });

  it('sessionStorage round trip: a new store (next page) answers from storage', async () => {
    const storage = memoryStorage();
    const now = () => 5_000;
    const f = fakeSource({ auto: true });
    const first = await makeStore(f.source, { storage, now }).get('1');
    expect([...storage.map.keys()]).toEqual(['stock-status:v1:json:/feed:1']);
    const g = fakeSource({ auto: true });
    expect(await makeStore(g.source, { storage, now }).get('1')).toEqual(first);
    expect(g.calls).toHaveLength(0);
  });

  it('tampered, malformed, expired or future-dated storage is ignored and asked again', async () => {
    const key = 'stock-status:v1:json:/feed:1';
    const now = 100_000;
    const good = stockOf('1');
    const entries = [
      'not json',
      JSON.stringify({ at: 'yesterday', value: good }),
      JSON.stringify({ at: now, value: { productId: '1', product: '<img src=x onerror=alert(1)>', variants: [] } }),
      JSON.stringify({ at: now, value: { ...good, variants: 'none' } }),
      JSON.stringify({ at: now, value: { ...good, product: { ...good.product, onHand: 'lots' } } }),
      JSON.stringify({ at: now, value: { ...good, product: { ...good.product, restock: { date: '2027-02-30', confirmed: true } } } }),
      JSON.stringify({ at: now - 60_000, value: good }),
      JSON.stringify({ at: now + 1e12, value: good }),
      JSON.stringify(null),
      JSON.stringify([good]),
    ];
    for (const raw of entries) {
      const storage = memoryStorage();
      storage.map.set(key, raw);
      const f = fakeSource({ auto: true });
      const got = await makeStore(f.source, { storage, now: () => now, ttlMs: 60_000 }).get('1');
      expect(f.calls, raw.slice(0, 80)).toHaveLength(1);
      expect(got?.product.onHand).toBe(3);
    }
  });

  it('storage that throws is survived', async () => {
    const storage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    const f = fakeSource({ auto: true });
    expect((await makeStore(f.source, { storage }).get('1'))?.productId).toBe('1');
  });

  it('clear() drops the cache (memory and sessionStorage) and aborts what is under way', async () => {
    sessionStorage.setItem('unrelated', 'keep');
    const f = fakeSource({ auto: true });
    const store = makeStore(f.source, { storage: sessionStorage });
    await store.get('1');
    expect(sessionStorage.getItem('stock-status:v1:json:/feed:1')).not.toBeNull();
    store.clear();
    expect(sessionStorage.getItem('stock-status:v1:json:/feed:1')).toBeNull();
    expect(sessionStorage.getItem('unrelated')).toBe('keep');
    await store.get('1');
    expect(f.calls).toHaveLength(2);

    const slow = fakeSource();
    const s2 = makeStore(slow.source);
    const p = s2.get('2');
    await settle();
    s2.clear();
    expect(slow.calls[0]?.signal.aborted).toBe(true);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    sessionStorage.clear();
  });

  it('an answer that arrives after clear() is not cached', async () => {
    const f = fakeSource({ auto: false });
    f.source.load = vi.fn(async (ids: string[]) => {
      await new Promise<void>((r) => setTimeout(r, 1));
      return ids.map((id) => stockOf(id));
    });
    const store = makeStore(f.source);
    const p = store.get('1');
    await settle();
    store.clear();
    await p; // this source ignores the abort
    await store.get('1');
    expect(f.source.load).toHaveBeenCalledTimes(2);
  });
});

describe('StockStore: in flight and abort', () => {
  it('a get() for an id already in flight joins it', async () => {
    const f = fakeSource();
    const store = makeStore(f.source);
    const a = store.get('1');
    await settle();
    const b = store.get('1');
    await settle();
    expect(f.calls).toHaveLength(1);
    f.release();
    expect(await a).toBe(await b);
  });

  it('abort of one waiter rejects it only; the request goes on for the others', async () => {
    const f = fakeSource();
    const store = makeStore(f.source);
    const c1 = new AbortController();
    const a = store.get('1', c1.signal);
    const b = store.get('1');
    const c = store.get('2');
    await settle();
    c1.abort();
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    expect(f.calls[0]?.signal.aborted).toBe(false);
    f.release();
    expect((await b)?.productId).toBe('1');
    expect((await c)?.productId).toBe('2');
  });

  it('abort of every waiter aborts the request (the source sees signal.aborted)', async () => {
    const f = fakeSource();
    const store = makeStore(f.source);
    const c1 = new AbortController();
    const c2 = new AbortController();
    const a = store.get('1', c1.signal);
    const b = store.get('2', c2.signal);
    await settle();
    c1.abort();
    expect(f.calls[0]?.signal.aborted).toBe(false);
    c2.abort();
    expect(f.calls[0]?.signal.aborted).toBe(true);
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    await expect(b).rejects.toMatchObject({ name: 'AbortError' });
    // Nothing was cached: the next ask sends again.
    const again = store.get('1');
    await settle();
    expect(f.calls).toHaveLength(2);
    f.release();
    expect((await again)?.productId).toBe('1');
  });

  it('abort before sending: that id is not requested', async () => {
    const f = fakeSource({ auto: true });
    const store = makeStore(f.source);
    const c = new AbortController();
    const a = store.get('1', c.signal);
    const b = store.get('2');
    c.abort();
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    await b;
    expect(f.calls.map((x) => x.ids)).toEqual([['2']]);
    await expect(store.get('3', AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('an abort after the answer changes nothing', async () => {
    const f = fakeSource({ auto: true });
    const store = makeStore(f.source);
    const c = new AbortController();
    const first = await store.get('1', c.signal);
    const other = store.get('2');
    await settle();
    c.abort();
    expect((await other)?.productId).toBe('2');
    expect(await store.get('1')).toBe(first);
  });
});

describe('StockStore: failure', () => {
  const ldPage = () => {
    const doc = document.implementation.createHTMLDocument('p');
    const s = doc.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Product',
      sku: '1',
      name: 'Mug',
      offers: { '@type': 'Offer', availability: 'https://schema.org/BackOrder' },
    });
    doc.body.append(s);
    return doc;
  };

  it('one warning, the page’s JSON-LD answers instead, and nothing is cached', async () => {
    expectConsole(
      'warn',
      /^\[stock-status\] json stock look-up failed \(\/feed answered HTTP 500\); showing the page's own structured data instead\.$/,
    );
    const f = fakeSource({ auto: true, fail: new Error('/feed answered HTTP 500') });
    const storage = memoryStorage();
    const store = new StockStore({
      source: f.source,
      fallback: jsonLdSource,
      context: { config: { ...DEFAULT_CONFIG, platform: 'json', endpoint: '/feed' }, transport, document: ldPage() },
      storage,
    });
    const [one, two] = await Promise.all([store.get('1'), store.get('2')]);
    expect(one?.product.backorder).toBe(true);
    expect(two).toBeNull();
    expect(storage.map.size).toBe(0);
    await Promise.all([store.get('1'), store.get('2')]);
    expect(f.calls).toHaveLength(2); // asked again, one warning still
  });

  it('no fallback: one warning, null answers', async () => {
    expectConsole('warn', /json stock look-up failed \(boom\); no availability is shown\.$/);
    const f = fakeSource({ auto: true, fail: new Error('boom') });
    const store = makeStore(f.source);
    expect(await Promise.all([store.get('1'), store.get('2')])).toEqual([null, null]);
  });

  it('a failing fallback too: null answers, still one warning', async () => {
    expectConsole('warn', /stock look-up failed/);
    const f = fakeSource({ auto: true, fail: new Error('down') });
    const broken: Source = { platform: 'jsonld', batchSize: 10, load: async () => Promise.reject(new Error('also down')) };
    const store = makeStore(f.source, { fallback: broken });
    expect(await store.get('1')).toBeNull();
  });

  it('a partial answer (some products drifted): the good ones show and are cached, the fallback is asked for exactly the others, one warning', async () => {
    expectConsole(
      'warn',
      /^\[stock-status\] json stock look-up failed \(\/feed drifted\); showing the page's own structured data instead\.$/,
    );
    const asked: string[][] = [];
    const source: Source = {
      platform: 'json',
      batchSize: 100,
      load: async (ids) => {
        asked.push(ids);
        throw new SourceError('/feed drifted', false, [stockOf('2')]);
      },
    };
    const fallback: Source = {
      platform: 'jsonld',
      batchSize: 100,
      load: async (ids, ctx) => {
        asked.push(ids);
        return jsonLdSource.load(ids, ctx);
      },
    };
    const storage = memoryStorage();
    const store = new StockStore({
      source,
      fallback,
      context: { config: { ...DEFAULT_CONFIG, platform: 'json', endpoint: '/feed' }, transport, document: ldPage() },
      storage,
    });
    const [one, two, three] = await Promise.all([store.get('1'), store.get('2'), store.get('3')]);
    expect(asked).toEqual([
      ['1', '2', '3'],
      ['1', '3'],
    ]);
    expect(one?.product.backorder).toBe(true); // the page's JSON-LD
    expect(two?.product.onHand).toBe(3); // the platform's answer
    expect(three).toBeNull(); // neither knows it
    expect([...storage.map.keys()].map((k) => k.split(':').pop())).toEqual(['2']);
  });

  it("the fallback gets the ids as the elements gave them, not the store's keys", async () => {
    expectConsole('warn', /stock look-up failed/);
    const f = fakeSource({ auto: true, fail: new Error('down'), normalize: true });
    const seen: string[][] = [];
    const fallback: Source = {
      platform: 'jsonld',
      batchSize: 10,
      load: async (ids) => {
        seen.push(ids);
        return ids.map((id) => stockOf(id));
      },
    };
    const store = makeStore(f.source, { fallback });
    const found = await store.get('gid://shop/Product/9');
    expect(seen).toEqual([['gid://shop/Product/9']]);
    expect(found?.productId).toBe('gid://shop/Product/9');
  });
});
