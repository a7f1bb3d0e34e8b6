import { report } from '../../core/report';
import type { Runtime } from '../../Runtime';
import { loadStoreCart, type StoreCartLine } from '../../sources/woocommerce/loadStoreCart';

/** What the page knows of the shopper's cart: the last answer and which request it answered. */
export interface StoreCartState {
  lines: StoreCartLine[] | null;
  /** Requests sent so far; a row first seen at `asked` = n is answered by request n + 1 or later. */
  asked: number;
  /** The request the current `lines` answer. */
  answered: number;
  asking: boolean;
  failed: boolean;
  /** Lines the answer had but could not be read (already reported): rows without a line are theirs. */
  skipped: number;
}

const states = new WeakMap<Document, StoreCartState>();

export function storeCartState(doc: Document): StoreCartState {
  let s = states.get(doc);
  if (!s) {
    s = { lines: null, asked: 0, answered: 0, asking: false, failed: false, skipped: 0 };
    states.set(doc, s);
  }
  return s;
}

/**
 * One `GET /cart` at a time for the page's cart rows (the Cart block and the classic cart page share
 * it). Superseded answers are not a concern: each answer replaces the last, and `then` re-runs the
 * mounting over the rows as they are now, so rows re-rendered during the look-up are the ones served.
 * A failure is said once and not retried on every re-render.
 */
export function askStoreCart(doc: Document, runtime: Runtime, then: () => void): void {
  const s = storeCartState(doc);
  if (s.asking || s.failed) return;
  s.asking = true;
  const request = ++s.asked;
  const context = {
    config: runtime.config,
    transport: runtime.transport,
    signal: new AbortController().signal,
    document: doc,
  };
  loadStoreCart(context)
    .then(
      ({ lines, skipped }) => {
        s.lines = lines;
        s.skipped = skipped;
        s.answered = request;
      },
      (e) => {
        s.failed = true;
        report('warn', `could not read the WooCommerce cart (${(e as Error)?.message ?? e}); its lines show no availability.`);
      },
    )
    .finally(() => {
      s.asking = false;
      try {
        then();
      } catch {}
    });
}

/** Rows first seen before the current answer was asked for may be newer than it: ask again for them. */
const seen = new WeakMap<Element, number>();

/** Whether the cart answer in hand was asked for after `row` appeared (so a row it lacks is truly unknown to it). */
export function answeredSince(row: Element, s: StoreCartState): boolean {
  if (!seen.has(row)) seen.set(row, s.asked);
  return s.lines !== null && s.answered > (seen.get(row) ?? 0);
}
