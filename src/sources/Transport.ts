import { SourceError } from './SourceError';

export interface TransportOptions {
  /** Give up on one attempt after this long. */
  timeoutMs?: number;
  /** Further attempts after 429/5xx/network failure. */
  retries?: number;
  /** Base of the exponential back-off. */
  backoffMs?: number;
  /** The fetch to use; tests and the demo pass their own. */
  fetch?: typeof fetch;
  /** Clock and sleep, replaceable in tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface Transport {
  /** GET or POST JSON; resolves with the parsed body (unknown: the caller zod-parses it). */
  json(url: string, init: RequestInit & { signal?: AbortSignal }): Promise<unknown>;
}

const abortError = () => new DOMException('The look-up was superseded', 'AbortError');

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(abortError());
    });
  });
}

/** Retry-After in seconds or as an HTTP date; capped so a shopper never waits long. */
function retryAfterMs(res: Response): number | null {
  const v = res.headers.get('retry-after');
  if (!v) return null;
  const s = Number(v);
  const ms = Number.isFinite(s) ? s * 1000 : Date.parse(v) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 10_000) : null;
}

/** Rejects when the signal aborts (a fetch body stream does not always heed it). */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(new DOMException('aborted', 'AbortError'));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}

/** Most bytes we will read from a storefront API; anything larger is a fault, not stock data. */
const MAX_BODY = 5_000_000;

/**
 * The one network path of every source: a time-out (an attempt that runs out of time ends the
 * look-up), the caller's abort signal, and back-off on 429, 5xx and network failures (honouring Retry-After). While a back-off is in force
 * for an origin, other look-ups to it wait too, so a struggling store is not hammered.
 */
export function createTransport(options: TransportOptions = {}): Transport {
  const timeoutMs = options.timeoutMs ?? 8000;
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 400;
  const sleep = options.sleep ?? defaultSleep;
  const coolUntil = new Map<string, number>();

  /**
   * One attempt, body included: the time-out and the caller's abort hold until the last byte, so
   * a server that sends headers and then trickles cannot hang a look-up. 429/5xx bodies are not read.
   */
  async function attempt(url: string, init: RequestInit & { signal?: AbortSignal }): Promise<{ res: Response; body: string | null }> {
    if (init.signal?.aborted) throw abortError();
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const onAbort = () => timeout.abort();
    init.signal?.addEventListener('abort', onAbort);
    try {
      const res = await doFetch(url, { ...init, signal: timeout.signal });
      if (res.status === 429 || res.status >= 500) return { res, body: null };
      const declared = Number(res.headers.get('content-length'));
      if (declared > MAX_BODY) throw new SourceError(`${url} answered with ${declared} bytes, more than stock data can be`);
      const body = await Promise.race([res.text(), aborted(timeout.signal)]);
      return { res, body };
    } catch (e) {
      if (e instanceof SourceError) throw e;
      if (init.signal?.aborted) throw abortError();
      // Not retried: another attempt would keep the shopper waiting a whole time-out more.
      if (timeout.signal.aborted) throw new SourceError(`${url} did not answer within ${timeoutMs} ms`);
      throw new SourceError(`${url} could not be reached (${(e as Error).message})`, true);
    } finally {
      clearTimeout(timer);
      init.signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    async json(url, init) {
      const origin = new URL(url, globalThis.location?.href ?? 'http://localhost/').origin;
      let lastError: SourceError = new SourceError(`${url} failed`);
      for (let i = 0; i <= retries; i++) {
        const wait = (coolUntil.get(origin) ?? 0) - Date.now();
        if (wait > 0) await sleep(wait, init.signal);
        let res: Response;
        let body: string | null;
        try {
          ({ res, body } = await attempt(url, init));
        } catch (e) {
          if (!(e instanceof SourceError) || !e.retryable) throw e;
          lastError = e;
          if (i < retries) await sleep(backoffMs * 2 ** i, init.signal);
          continue;
        }
        if (res.status === 429 || res.status >= 500) {
          lastError = new SourceError(`${url} answered HTTP ${res.status}`, true);
          const delay = retryAfterMs(res) ?? backoffMs * 2 ** i;
          coolUntil.set(origin, Date.now() + delay);
          continue;
        }
        if (body === null) throw lastError; // not reached: only 429/5xx come without a body
        if (body.length > MAX_BODY) throw new SourceError(`${url} answered with ${body.length} bytes, more than stock data can be`);
        if (!res.ok) {
          // GraphQL servers answer errors with 4xx and a JSON body the caller wants to read.
          try {
            const parsed: unknown = JSON.parse(body);
            if (parsed && typeof parsed === 'object' && 'errors' in parsed) return parsed;
          } catch {}
          throw new SourceError(`${url} answered HTTP ${res.status}`);
        }
        try {
          return JSON.parse(body) as unknown;
        } catch {
          throw new SourceError(`${url} did not answer with JSON`);
        }
      }
      throw lastError;
    },
  };
}
