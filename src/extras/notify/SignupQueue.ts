import * as z from 'zod/mini';
import { report } from '../../core/report';
import { type NotifyTarget, notifyTarget } from './notifyTarget';
import type { SendResult, SignupRequest } from './sendSignup';

export type SignupStatus = 'sending' | 'retrying' | 'done' | 'rejected';

export interface Signup extends SignupRequest {
  /** The `data-notify` value it goes to. */
  target: string;
  status: SignupStatus;
  attempts: number;
  /** Not before this time (ms): the back-off. */
  nextAt: number;
  /** Another tab is sending it until then (ms), so two tabs do not both send. */
  leaseUntil: number;
  createdAt: number;
}

export interface SignupQueueOptions {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  send(target: NotifyTarget, s: SignupRequest): Promise<SendResult>;
  now?: () => number;
  /** First retry after this long, doubling each time up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

const KEY = 'stock-status:signups:v1';
/** An acknowledged signup is remembered this long, so a reload still says "done" and a repeat is not sent. */
const KEEP_DONE_MS = 30 * 864e5;
/** A pending one is given up after this long (a week of a broken endpoint). */
const KEEP_PENDING_MS = 7 * 864e5;
const MAX_ENTRIES = 30;
const LEASE_MS = 15_000;

const stored = z.array(
  z.object({
    id: z.string().check(z.maxLength(400)),
    target: z.string().check(z.maxLength(2048)),
    email: z.string().check(z.maxLength(254)),
    productId: z.string().check(z.maxLength(200)),
    variantId: z.nullable(z.string().check(z.maxLength(200))),
    locale: z.string().check(z.maxLength(64)),
    pageUrl: z.string().check(z.maxLength(2048)),
    platform: z.string().check(z.maxLength(32)),
    status: z.enum(['sending', 'retrying', 'done', 'rejected']),
    attempts: z.number(),
    nextAt: z.number(),
    leaseUntil: z.number(),
    createdAt: z.number(),
  }),
);

export const signupId = (target: string, productId: string, variantId: string | null, email: string) =>
  `${target}|${productId}|${variantId ?? ''}|${email.trim().toLowerCase()}`;

/**
 * Back-in-stock signups that must not be lost or doubled. Each is written to localStorage before
 * it is sent and stays there until the endpoint acknowledges it; failures are retried with
 * exponential back-off, also after a reload (`resume()`). The same address for the same product
 * is one signup, however often it is submitted.
 */
export class SignupQueue {
  private readonly inflight = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<() => void>();
  /** Rejected ones are not stored (they will never go through) but the page still shows why. */
  private readonly rejected = new Map<string, Signup>();
  private readonly now: () => number;
  /** The same list in memory, for when storage is missing or blocked (the page life is then the limit). */
  private memory: Signup[] = [];

  constructor(private readonly options: SignupQueueOptions) {
    this.now = options.now ?? Date.now;
  }

  private load(): Signup[] {
    let raw: string | null;
    try {
      if (!this.options.storage) return this.memory;
      raw = this.options.storage.getItem(KEY);
    } catch {
      return this.memory;
    }
    try {
      if (!raw) return [];
      const parsed = z.safeParse(stored, JSON.parse(raw));
      if (!parsed.success) throw new Error('bad shape');
      const now = this.now();
      return parsed.data.filter((s) => now - s.createdAt < (s.status === 'done' ? KEEP_DONE_MS : KEEP_PENDING_MS));
    } catch {
      report('warn', 'saved back-in-stock signups could not be read; they were reset.');
      this.save([]);
      return [];
    }
  }

  private save(list: Signup[]) {
    this.memory = list.slice(-MAX_ENTRIES);
    try {
      this.options.storage?.setItem(KEY, JSON.stringify(list.slice(-MAX_ENTRIES)));
    } catch {}
  }

  private put(s: Signup) {
    const list = this.load().filter((x) => x.id !== s.id);
    if (s.status !== 'rejected') list.push(s);
    this.save(list);
    if (s.status === 'rejected') this.rejected.set(s.id, s);
    else this.rejected.delete(s.id);
    for (const l of this.listeners) l();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The latest signup for this product on this target, if any. */
  latest(target: string, productId: string, variantId: string | null): Signup | undefined {
    const mine = (s: Signup) => s.target === target && s.productId === productId && s.variantId === variantId;
    const all = [...this.load(), ...this.rejected.values()].filter(mine);
    return all.sort((a, b) => a.createdAt - b.createdAt).at(-1);
  }

  /** Records and sends a signup; a repeat of one pending or done is not sent again. */
  submit(input: Omit<SignupRequest, 'id'> & { target: string }): Signup {
    const id = signupId(input.target, input.productId, input.variantId, input.email);
    const existing = this.load().find((s) => s.id === id);
    if (existing) {
      // Pending but idle (say, waiting out a back-off): a new submit is a good moment to try now.
      if (existing.status !== 'done' && !this.inflight.has(id)) this.schedule({ ...existing, nextAt: this.now() }, 0);
      return existing;
    }
    const now = this.now();
    const s: Signup = {
      ...input,
      email: input.email.trim(),
      id,
      status: 'sending',
      attempts: 0,
      nextAt: now,
      leaseUntil: 0,
      createdAt: now,
    };
    this.put(s);
    void this.attempt(id);
    return s;
  }

  /** Sends what an earlier page left pending (after a reload or in another tab). */
  resume(): void {
    for (const s of this.load()) if (s.status !== 'done') this.schedule(s, Math.max(0, s.nextAt - this.now()));
  }

  private schedule(s: Signup, delay: number) {
    clearTimeout(this.timers.get(s.id));
    this.timers.set(
      s.id,
      setTimeout(() => {
        this.timers.delete(s.id);
        void this.attempt(s.id);
      }, delay),
    );
  }

  private async attempt(id: string): Promise<void> {
    if (this.inflight.has(id)) return;
    const s = this.load().find((x) => x.id === id);
    const now = this.now();
    if (!s || s.status === 'done') return;
    // Another tab (or the page before a reload) is sending it: look again when its lease ends.
    if (s.leaseUntil > now) return this.schedule(s, s.leaseUntil - now + 50);
    const target = notifyTarget(s.target);
    if (!target) return this.put({ ...s, status: 'rejected' });
    this.inflight.add(id);
    this.put({ ...s, leaseUntil: now + LEASE_MS });
    let result: SendResult;
    try {
      result = await this.options.send(target, s);
    } catch {
      result = 'retry';
    } finally {
      this.inflight.delete(id);
    }
    const attempts = s.attempts + 1;
    if (result === 'ok') return this.put({ ...s, attempts, status: 'done', leaseUntil: 0 });
    if (result === 'rejected') {
      report('warn', 'the back-in-stock signup was refused by its endpoint; the shopper was asked to check the address.');
      return this.put({ ...s, attempts, status: 'rejected', leaseUntil: 0 });
    }
    const base = this.options.baseDelayMs ?? 2000;
    const delay = Math.min(base * 2 ** (attempts - 1), this.options.maxDelayMs ?? 60_000);
    if (attempts === 1) report('warn', 'the back-in-stock signup could not be sent; it is saved and will be retried.');
    this.put({ ...s, attempts, status: 'retrying', nextAt: this.now() + delay, leaseUntil: 0 });
    this.schedule(s, delay);
  }
}
