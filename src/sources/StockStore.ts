import * as z from 'zod/mini';
import { nextTask } from '../core/nextTask';
import { report } from '../core/report';
import { findVariant, type ProductStock } from '../core/StockRecord';
import { afterWaking } from './inSlices';
import { cacheEntrySchema } from './productStockSchema';
import type { Source, SourceContext } from './Source';
import { SourceError } from './SourceError';

export interface StockStoreOptions {
  source: Source;
  /** Asked for what the source could not answer because it failed (JSON-LD of the page). */
  fallback?: Source | null;
  context: Omit<SourceContext, 'signal'>;
  /** How long an answer is reused, in memory and in sessionStorage. */
  ttlMs?: number;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Wait this long for other elements before sending (they upgrade in the same task). */
  batchDelayMs?: number;
  now?: () => number;
}

interface Waiter {
  /** The id as the element gave it (the fallback matches the page's markup by it, not by our key). */
  id: string;
  resolve: (v: ProductStock | null) => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
}

interface Flight {
  controller: AbortController;
  waiters: Map<string, Set<Waiter>>;
}

/** Waiters answered per task; the rest in the next ones. */
const SETTLE_CHUNK = 12;

const abortError = () => new DOMException('The look-up was superseded', 'AbortError');

/**
 * Every element asks here; the store answers from cache, joins a request already under way, or
 * gathers the asks of one task into one request per `batchSize` products. A request no element
 * still wants is aborted. When the source fails, the page's JSON-LD is asked once, with one warning.
 */
export class StockStore {
  private readonly cache = new Map<string, { at: number; value: ProductStock | null }>();
  private readonly inflight = new Set<Flight>();
  private queue = new Map<string, Set<Waiter>>();
  private batchDue = false;
  private readonly ttl: number;
  private readonly now: () => number;
  private generation = 0;
  /** Requests sent, for tests and the demo's request counter. */
  requests = 0;

  constructor(private readonly options: StockStoreOptions) {
    this.ttl = options.ttlMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  key(productId: string): string {
    return this.options.source.normalizeId?.(productId, 'product') ?? productId;
  }

  private storageKey(key: string) {
    const { platform } = this.options.source;
    return `stock-status:v1:${platform}:${this.options.context.config.endpoint ?? ''}:${key}`;
  }

  private fromCache(key: string): { value: ProductStock | null } | null {
    const hit = this.cache.get(key);
    if (hit && this.now() - hit.at < this.ttl) return hit;
    const storage = this.options.storage;
    if (!storage) return null;
    try {
      const raw = storage.getItem(this.storageKey(key));
      if (!raw) return null;
      // Any script on the page can write here: checked like any other external data.
      const checked = z.safeParse(cacheEntrySchema, JSON.parse(raw));
      if (!checked.success) return null;
      const entry = checked.data as { at: number; value: ProductStock | null };
      const age = this.now() - entry.at;
      if (age < 0 || age >= this.ttl) return null;
      this.cache.set(key, entry);
      return entry;
    } catch {
      return null; // storage full, blocked or tampered with: just ask again
    }
  }

  /** In memory now; in sessionStorage now too unless `later` (then `persist`, a few per task). */
  private remember(key: string, value: ProductStock | null, later = false) {
    const entry = { at: this.now(), value };
    this.cache.set(key, entry);
    if (!later) this.persist(key);
  }

  /** The cached answer written to sessionStorage: synchronous, so a hundred in one task would be a long one. */
  private persist(key: string) {
    const entry = this.cache.get(key);
    if (!entry) return;
    try {
      this.options.storage?.setItem(this.storageKey(key), JSON.stringify(entry));
    } catch {}
  }

  /** Drop every cached answer and abort what is under way (StockStatus.refresh()). */
  clear(): void {
    this.generation++;
    this.cache.clear();
    for (const f of this.inflight) f.controller.abort();
    this.inflight.clear();
    try {
      if (this.options.storage && typeof sessionStorage !== 'undefined' && this.options.storage === sessionStorage) {
        for (let i = sessionStorage.length - 1; i >= 0; i--) {
          const k = sessionStorage.key(i);
          if (k?.startsWith('stock-status:v1:')) sessionStorage.removeItem(k);
        }
      }
    } catch {}
  }

  /** The stock of one product, or null when the platform does not know it. Rejects with AbortError when `signal` aborts. */
  get(productId: string, signal?: AbortSignal): Promise<ProductStock | null> {
    const key = this.key(productId);
    const hit = this.fromCache(key);
    if (hit) return Promise.resolve(hit.value);
    if (signal?.aborted) return Promise.reject(abortError());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { id: productId, resolve, reject, signal };
      const flight = [...this.inflight].find((f) => f.waiters.has(key));
      const bucket = flight?.waiters ?? this.queue;
      if (!bucket.has(key)) bucket.set(key, new Set());
      bucket.get(key)!.add(waiter);
      signal?.addEventListener('abort', () => this.drop(key, waiter), { once: true });
      if (!flight) this.schedule();
    });
  }

  /**
   * The product, with `variantId` among its variants: when its answer listed only some
   * (`partialVariants`) and not this one, the source reads that one (`Source.withVariant`) and the
   * cached product keeps it.
   */
  async withVariant(productId: string, variantId: string | null, signal?: AbortSignal): Promise<ProductStock | null> {
    const stock = await this.get(productId, signal);
    const { source, context } = this.options;
    const generation = this.generation;
    return stock?.partialVariants && variantId && source.withVariant && !findVariant(stock, variantId)
      ? source.withVariant(stock, variantId, context, (s) => generation === this.generation && this.remember(this.key(productId), s))
      : stock;
  }

  private drop(key: string, waiter: Waiter) {
    waiter.reject(abortError());
    const q = this.queue.get(key);
    if (q?.delete(waiter) && q.size === 0) this.queue.delete(key);
    for (const f of this.inflight) {
      const set = f.waiters.get(key);
      if (set?.delete(waiter) && set.size === 0) f.waiters.delete(key);
      // Nobody wants any product of this request any more: stop it.
      if (f.waiters.size === 0) f.controller.abort();
    }
  }

  private schedule() {
    if (this.batchDue) return;
    this.batchDue = true;
    // Every ask of this task, and of the cards still waking (inSlices), goes in one request, and
    // it leaves before the drawing queued meanwhile.
    const go = () => {
      this.batchDue = false;
      this.flush();
    };
    const delay = this.options.batchDelayMs ?? 0;
    if (delay) setTimeout(go, delay);
    else afterWaking(go);
  }

  private flush() {
    const queued = this.queue;
    this.queue = new Map();
    const keys = [...queued.keys()];
    const size = Math.max(1, this.options.source.batchSize);
    for (let i = 0; i < keys.length; i += size) {
      const chunk = keys.slice(i, i + size);
      const flight: Flight = { controller: new AbortController(), waiters: new Map(chunk.map((k) => [k, queued.get(k)!])) };
      this.inflight.add(flight);
      void this.run(chunk, flight).finally(() => this.inflight.delete(flight));
    }
  }

  private async run(keys: string[], flight: Flight) {
    const generation = this.generation;
    const context: SourceContext = { ...this.options.context, signal: flight.controller.signal };
    let found: readonly ProductStock[];
    let failure: unknown = null;
    this.requests++;
    try {
      found = await this.options.source.load(keys, context);
    } catch (e) {
      if (flight.controller.signal.aborted) {
        this.settle(flight, (w) => w.reject(abortError()));
        return;
      }
      failure = e;
      // Only some products failed their schema: the others are as good as any answer.
      found = (e instanceof SourceError && e.partial) || [];
    }
    // Parsing the answer was this task's work; showing it starts in the next.
    await new Promise<void>((r) => nextTask(r));
    const byKey = new Map(found.map((p) => [this.key(p.productId), p]));
    // A failure is not cached: the next look-up may succeed.
    const cached = new Set(keys.filter((key) => generation === this.generation && (!failure || byKey.has(key))));
    for (const key of cached) this.remember(key, byKey.get(key) ?? null, true);
    if (failure)
      await this.fallBack(
        failure,
        keys.filter((k) => !byKey.has(k)),
        byKey,
        flight,
        context,
      );
    const persisted = new Set<string>();
    this.settle(flight, (w, key) => {
      // Written with the first waiter of each key: spread over the settle's tasks.
      if (!persisted.has(key) && cached.has(key) && generation === this.generation) this.persist(key);
      persisted.add(key);
      w.resolve(byKey.get(key) ?? null);
    });
  }

  /** The one warning of a failed look-up, and the page's own data for exactly the products it could not read. */
  private async fallBack(failure: unknown, missing: string[], byKey: Map<string, ProductStock>, flight: Flight, context: SourceContext) {
    const fallback = this.options.fallback;
    report(
      'warn',
      `${this.options.source.platform} stock look-up failed (${(failure as Error)?.message ?? failure}); ${fallback ? "showing the page's own structured data instead" : 'no availability is shown'}.`,
    );
    if (!fallback || missing.length === 0) return;
    const ids = new Map(missing.map((k) => [[...(flight.waiters.get(k) ?? [])][0]?.id ?? k, k]));
    try {
      for (const p of await fallback.load([...ids.keys()], context)) {
        const key = ids.get(p.productId);
        if (key !== undefined) byKey.set(key, p);
      }
    } catch {}
  }

  /**
   * Every waiter answered, a few per task: each answer renders an element and tells the page, and a
   * hundred of those in one task would be a long one.
   */
  private settle(flight: Flight, each: (w: Waiter, key: string) => void) {
    const all = [...flight.waiters].flatMap(([key, set]) => [...set].map((w) => [w, key] as const));
    flight.waiters.clear();
    const next = (from: number) => {
      for (const [w, key] of all.slice(from, from + SETTLE_CHUNK)) each(w, key);
      if (from + SETTLE_CHUNK < all.length) nextTask(() => next(from + SETTLE_CHUNK));
    };
    next(0);
  }
}
