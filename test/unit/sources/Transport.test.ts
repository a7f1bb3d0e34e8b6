// @vitest-environment node
// Pure code: no DOM needed, and jsdom start-up is most of a file's time.
import { describe, expect, it, vi } from 'vitest';
import { SourceError } from '../../../src/sources/Source';
import { createTransport } from '../../../src/sources/Transport';

const URL_ = 'https://shop.example/api/stock';
const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' }, ...init });

/** A fetch that answers from a script, one entry per call, and remembers what it was asked. */
function scripted(...answers: ((init: RequestInit) => Response | Promise<Response>)[]) {
  const calls: RequestInit[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init ?? {});
    const next = answers.shift();
    if (!next) throw new Error('unexpected extra request');
    return next(init ?? {});
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls, count: () => fetch.mock.calls.length };
}
const noSleep = () => {
  const waits: number[] = [];
  const sleep = vi.fn(async (ms: number, signal?: AbortSignal) => {
    waits.push(ms);
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
  });
  return { sleep, waits };
};
/** Resolves never, but rejects like fetch does when its signal aborts. */
const hang = (init: RequestInit) =>
  new Promise<Response>((_, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

describe('Transport', () => {
  it('returns the parsed JSON and passes headers through', async () => {
    const f = scripted(() => json({ ok: 1 }));
    const t = createTransport({ fetch: f.fetch, sleep: noSleep().sleep });
    await expect(t.json(URL_, { headers: { Authorization: 'Bearer x' } })).resolves.toEqual({ ok: 1 });
    expect((f.calls[0]?.headers as Record<string, string> | undefined)?.Authorization).toBe('Bearer x');
    expect(f.calls[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it('a time-out fails the look-up at once with a clear message (no second wait of a whole time-out)', async () => {
    const f = scripted(hang, hang);
    const s = noSleep();
    const t = createTransport({ fetch: f.fetch, sleep: s.sleep, timeoutMs: 5, retries: 2, backoffMs: 100 });
    const err = await t.json(URL_, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect((err as Error).message).toBe(`${URL_} did not answer within 5 ms`);
    expect(f.count()).toBe(1);
    expect(s.waits).toEqual([]);
  });

  it('a body that never finishes times out too', async () => {
    const trickle = () =>
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode('{"products":'));
          },
        }),
        { status: 200 },
      );
    const f = scripted(trickle);
    const t = createTransport({ fetch: f.fetch, sleep: noSleep().sleep, timeoutMs: 5, retries: 0 });
    await expect(t.json(URL_, {})).rejects.toThrow(/did not answer within 5 ms/);
  });

  it('the caller’s abort stops the request with an AbortError and no retry', async () => {
    const f = scripted(hang);
    const t = createTransport({ fetch: f.fetch, sleep: noSleep().sleep, retries: 3 });
    const c = new AbortController();
    const p = t.json(URL_, { signal: c.signal });
    await Promise.resolve();
    c.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(f.count()).toBe(1);
    expect(f.calls[0]?.signal?.aborted).toBe(true);
  });

  it('an already aborted signal sends nothing', async () => {
    const f = scripted(() => json({}));
    const t = createTransport({ fetch: f.fetch, sleep: noSleep().sleep });
    await expect(t.json(URL_, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(f.count()).toBe(0);
  });

  it('an abort while the body is read stops it', async () => {
    const c = new AbortController();
    const slowBody = () =>
      new Response(
        new ReadableStream({
          start(ctrl) {
            ctrl.enqueue(new TextEncoder().encode('{'));
            queueMicrotask(() => c.abort());
          },
        }),
      );
    const t = createTransport({ fetch: scripted(slowBody).fetch, sleep: noSleep().sleep, timeoutMs: 10_000 });
    await expect(t.json(URL_, { signal: c.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('429 with Retry-After seconds: waits that long, then succeeds', async () => {
    const f = scripted(
      () => new Response('slow down', { status: 429, headers: { 'Retry-After': '2' } }),
      () => json({ ok: true }),
    );
    const s = noSleep();
    const t = createTransport({ fetch: f.fetch, sleep: s.sleep });
    await expect(t.json(URL_, {})).resolves.toEqual({ ok: true });
    expect(s.waits).toHaveLength(1);
    expect(s.waits[0]).toBeGreaterThan(1900);
    expect(s.waits[0]).toBeLessThanOrEqual(2000);
  });

  it('429 with Retry-After as an HTTP date', async () => {
    const when = new Date(Date.now() + 4000).toUTCString();
    const f = scripted(
      () => new Response('', { status: 429, headers: { 'Retry-After': when } }),
      () => json({ ok: true }),
    );
    const s = noSleep();
    await expect(createTransport({ fetch: f.fetch, sleep: s.sleep }).json(URL_, {})).resolves.toEqual({ ok: true });
    expect(s.waits[0]).toBeGreaterThan(2500);
    expect(s.waits[0]).toBeLessThanOrEqual(4000);
  });

  it('a huge Retry-After is capped at 10 s; a junk one means the normal back-off', async () => {
    const f = scripted(
      () => new Response('', { status: 429, headers: { 'Retry-After': '86400' } }),
      () => new Response('', { status: 503, headers: { 'Retry-After': '<img src=x onerror=alert(1)>' } }),
      () => json(1),
    );
    const s = noSleep();
    await expect(createTransport({ fetch: f.fetch, sleep: s.sleep, backoffMs: 50 }).json(URL_, {})).resolves.toBe(1);
    expect(s.waits[0]).toBeLessThanOrEqual(10_000);
    expect(s.waits[0]).toBeGreaterThan(9_000);
    expect(s.waits[1]).toBeGreaterThan(50); // 50 × 2¹
    expect(s.waits[1]).toBeLessThanOrEqual(100);
  });

  it('5xx: exponential back-off, then success', async () => {
    const f = scripted(
      () => new Response('', { status: 502 }),
      () => new Response('', { status: 500 }),
      () => json({ ok: 3 }),
    );
    const s = noSleep();
    await expect(createTransport({ fetch: f.fetch, sleep: s.sleep, backoffMs: 40 }).json(URL_, {})).resolves.toEqual({ ok: 3 });
    expect(f.count()).toBe(3);
    expect(s.waits).toHaveLength(2);
    expect(s.waits[0]).toBeLessThanOrEqual(40);
    expect(s.waits[1]).toBeGreaterThan(40);
    expect(s.waits[1]).toBeLessThanOrEqual(80);
  });

  it('5xx every time → fails with the status after all retries', async () => {
    const f = scripted(...Array.from({ length: 3 }, () => () => new Response('', { status: 503 })));
    const t = createTransport({ fetch: f.fetch, sleep: noSleep().sleep, retries: 2 });
    await expect(t.json(URL_, {})).rejects.toThrow(`${URL_} answered HTTP 503`);
    expect(f.count()).toBe(3);
  });

  it('while an origin cools down, the next look-up to it waits too', async () => {
    const f = scripted(
      () => new Response('', { status: 429, headers: { 'Retry-After': '3' } }),
      () => json(1),
      () => json(2),
    );
    const s = noSleep();
    const t = createTransport({ fetch: f.fetch, sleep: s.sleep, retries: 0 });
    await expect(t.json(URL_, {})).rejects.toThrow(/HTTP 429/);
    expect(s.waits).toEqual([]);
    await expect(t.json(`${URL_}?b`, {})).resolves.toBe(1);
    expect(s.waits[0]).toBeGreaterThan(2500);
  });

  it('network failure: retried, then a clear message', async () => {
    const down = () => Promise.reject(new TypeError('Failed to fetch'));
    const f = scripted(down, down, down);
    const t = createTransport({ fetch: f.fetch, sleep: noSleep().sleep });
    await expect(t.json(URL_, {})).rejects.toThrow(`${URL_} could not be reached (Failed to fetch)`);
    expect(f.count()).toBe(3);
  });

  it('network failure then success', async () => {
    const f = scripted(
      () => Promise.reject(new TypeError('offline')),
      () => json([1]),
    );
    await expect(createTransport({ fetch: f.fetch, sleep: noSleep().sleep }).json(URL_, {})).resolves.toEqual([1]);
  });

  it('an abort during the back-off stops the retries', async () => {
    const c = new AbortController();
    const f = scripted(() => {
      c.abort();
      return new Response('', { status: 500 });
    });
    const t = createTransport({ fetch: f.fetch, sleep: noSleep().sleep });
    // Without a Retry-After, 5xx cools down the origin for the back-off; the sleep sees the aborted signal.
    await expect(t.json(URL_, { signal: c.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(f.count()).toBe(1);
  });

  it('a body that is not JSON → clear message, no retry', async () => {
    const f = scripted(() => new Response('<html><img src=x onerror=alert(1)></html>', { status: 200 }));
    await expect(createTransport({ fetch: f.fetch, sleep: noSleep().sleep }).json(URL_, {})).rejects.toThrow(
      `${URL_} did not answer with JSON`,
    );
    expect(f.count()).toBe(1);
  });

  it('a huge body is refused, by its declared length or its real one', async () => {
    const big = `{"a":"${'x'.repeat(5_000_001)}"}`;
    const f = scripted(() => new Response(big));
    await expect(createTransport({ fetch: f.fetch, sleep: noSleep().sleep }).json(URL_, {})).rejects.toThrow(/more than stock data can be/);
    const text = vi.fn(async () => '{}');
    const declared = { status: 200, ok: true, headers: new Headers({ 'content-length': '900000000' }), text } as unknown as Response;
    const g = scripted(() => declared);
    await expect(createTransport({ fetch: g.fetch, sleep: noSleep().sleep }).json(URL_, {})).rejects.toThrow(/900000000 bytes/);
    expect(text).not.toHaveBeenCalled();
    expect(g.count()).toBe(1);
  });

  it('GraphQL 4xx with an errors body is passed through for the caller to read', async () => {
    const errors = { errors: [{ message: 'Field "backorder" is not defined' }] };
    const f = scripted(() => json(errors, { status: 400 }));
    await expect(createTransport({ fetch: f.fetch, sleep: noSleep().sleep }).json(URL_, {})).resolves.toEqual(errors);
  });

  it('other 4xx → clear message, no retry', async () => {
    const f = scripted(() => json({ message: 'nope' }, { status: 401 }));
    await expect(createTransport({ fetch: f.fetch, sleep: noSleep().sleep }).json(URL_, {})).rejects.toThrow(`${URL_} answered HTTP 401`);
    const g = scripted(() => new Response('<h1>Not found</h1>', { status: 404 }));
    await expect(createTransport({ fetch: g.fetch, sleep: noSleep().sleep }).json(URL_, {})).rejects.toThrow(`${URL_} answered HTTP 404`);
    expect(f.count() + g.count()).toBe(2);
  });

  it('same-origin paths resolve against the page', async () => {
    const f = scripted(() => json({ ok: 1 }));
    await expect(createTransport({ fetch: f.fetch, sleep: noSleep().sleep }).json('/graphql', {})).resolves.toEqual({ ok: 1 });
  });
});
