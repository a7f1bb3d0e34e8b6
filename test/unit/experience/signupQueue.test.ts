import { describe, expect, test, vi } from 'vitest';
import type { NotifyTarget } from '../../../src/extras/notify/notifyTarget';
import { SignupQueue } from '../../../src/extras/notify/SignupQueue';
import type { SendResult, SignupRequest } from '../../../src/extras/notify/sendSignup';
import { expectConsole } from '../../setup/failOnConsole';

const KEY = 'stock-status:signups:v1';
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}
const input = {
  target: '/notify',
  email: 'a@example.com',
  productId: 'lamp',
  variantId: null,
  locale: 'en',
  pageUrl: 'https://shop/p',
  platform: 'json',
};
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('SignupQueue', () => {
  test('a double submit sends once and is remembered as done', async () => {
    const send = vi.fn(async (): Promise<SendResult> => 'ok');
    const storage = memoryStorage();
    const q = new SignupQueue({ storage, send });
    q.submit(input);
    q.submit({ ...input, email: ' A@example.com ' });
    await tick();
    expect(send).toHaveBeenCalledTimes(1);
    expect(q.latest('/notify', 'lamp', null)?.status).toBe('done');
    q.submit(input);
    await tick();
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('a failing endpoint is retried with back-off, and the signup survives a "reload" until acknowledged', async () => {
    expectConsole('warn', /could not be sent; it is saved and will be retried/);
    const results: SendResult[] = ['retry', 'retry'];
    const sent: SignupRequest[] = [];
    const send = vi.fn(async (_t: NotifyTarget, s: SignupRequest): Promise<SendResult> => {
      sent.push(s);
      return results.shift() ?? 'ok';
    });
    const storage = memoryStorage();
    const first = new SignupQueue({ storage, send, baseDelayMs: 5 });
    first.submit(input);
    await tick();
    expect(first.latest('/notify', 'lamp', null)?.status).toBe('retrying');
    expect(JSON.parse(storage.data.get(KEY)!)[0]).toMatchObject({ email: 'a@example.com', status: 'retrying', attempts: 1 });

    // A new page on the same storage picks it up.
    const second = new SignupQueue({ storage, send, baseDelayMs: 5 });
    second.resume();
    await vi.waitFor(() => expect(second.latest('/notify', 'lamp', null)?.status).toBe('done'));
    expect(sent.map((s) => s.email)).toEqual(['a@example.com', 'a@example.com', 'a@example.com']);
    expect(new Set(sent.map((s) => s.id)).size).toBe(1);
  });

  test('a refused signup is reported, not retried, and the next submit may try again', async () => {
    expectConsole('warn', /refused by its endpoint/);
    const send = vi.fn(async (): Promise<SendResult> => 'rejected');
    const q = new SignupQueue({ storage: memoryStorage(), send, baseDelayMs: 1 });
    q.submit(input);
    await tick(20);
    expect(send).toHaveBeenCalledTimes(1);
    expect(q.latest('/notify', 'lamp', null)?.status).toBe('rejected');
  });

  test.each([
    ['not JSON', '{'],
    ['wrong shape', JSON.stringify([{ email: 42 }])],
    ['hostile', JSON.stringify({ __proto__: { polluted: true } })],
  ])('tampered storage (%s) is reset with one warning', async (_name, raw) => {
    expectConsole('warn', /saved back-in-stock signups could not be read/);
    const storage = memoryStorage({ [KEY]: raw });
    const q = new SignupQueue({ storage, send: async () => 'ok' });
    expect(q.latest('/notify', 'lamp', null)).toBeUndefined();
    expect(storage.data.get(KEY)).toBe('[]');
  });

  test('works without storage (blocked), for the life of the page', async () => {
    const send = vi.fn(async (): Promise<SendResult> => 'ok');
    const q = new SignupQueue({
      storage: {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('SecurityError');
        },
      },
      send,
    });
    q.submit(input);
    await tick();
    expect(send).toHaveBeenCalledTimes(1);
    expect(q.latest('/notify', 'lamp', null)?.status).toBe('done');
  });
});
