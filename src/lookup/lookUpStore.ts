import { report } from '../core/report';
import { getRuntime, onRuntime, type Runtime } from '../Runtime';
import { checkProps } from './checkProps';
import { answer } from './lookUp';
import type { LookUpAsk, LookUpProps, StatusSnapshot } from './Resolution';

/** The subscribable look-up, in the shape `useSyncExternalStore` asks for. */
export interface LookUpStore {
  /** The current state: the same object until something changes. */
  getSnapshot(): StatusSnapshot;
  /** The first listener starts looking up, the last one leaving stops (and aborts what is under way). */
  subscribe(listener: () => void): () => void;
  /** Look up something else; several changes in one task cost one look-up. */
  set(props: LookUpProps): void;
  /** Look up again (answered from the store's cache while fresh; `runtime.refresh()` clears it first). */
  refresh(): void;
}

/** Before the first answer. */
export const LOADING: StatusSnapshot = { state: 'loading', resolution: null };

/**
 * A look-up that stays current: it answers again when its props change, when the runtime is
 * refreshed (`StockStatus.refresh()`), and when `configure()` makes a runtime (`runtime` null: the
 * page's runtime, waited for). A superseded look-up is aborted and never overwrites a newer answer.
 */
export function lookUpStore(runtime: Runtime | null, props: LookUpProps): LookUpStore {
  const store = askStore(runtime, () => checkProps(props));
  return {
    ...store,
    set(next) {
      props = next;
      store.refresh();
    },
  };
}

/** The same over an ask read afresh for each look-up (the element's checked properties): `set` is `refresh`. */
export function askStore(runtime: Runtime | null, read: () => LookUpAsk): LookUpStore {
  let snapshot = LOADING;
  const listeners = new Set<() => void>();
  let controller: AbortController | null = null;
  let scheduled = false;
  let off: (() => void) | null = null;

  const emit = (next: StatusSnapshot) => {
    snapshot = next;
    for (const l of listeners) l();
  };
  const schedule = () => {
    if (scheduled || !listeners.size) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (listeners.size) void run();
    });
  };

  async function run() {
    const rt = runtime ?? getRuntime();
    if (!rt) return; // onRuntime schedules again
    controller?.abort();
    const c = new AbortController();
    controller = c;
    // Loading only for another product: a variant or quantity change answers from the same data
    // (ids compared in the platform's canonical form: a Shopify GID and its number are one product).
    const ask = read();
    const shown = snapshot.resolution?.stock?.productId;
    if (snapshot.state !== 'loading' && (shown === undefined || rt.store.key(shown) !== rt.store.key(ask.productId)))
      emit({ state: 'loading', resolution: snapshot.resolution });
    try {
      const r = await answer(rt, ask, c.signal);
      if (controller === c) emit({ state: r.availability.state, resolution: r });
    } catch (e) {
      if (controller !== c || (e as Error)?.name === 'AbortError') return; // superseded: a newer look-up answers
      report('error', `could not show availability: ${(e as Error)?.message ?? e}`);
      emit({ state: 'unknown', resolution: null });
    } finally {
      if (controller === c) controller = null;
    }
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        // The page's runtime when configure() makes it, and every refresh of the one used.
        off = onRuntime((r) => (!runtime || r === runtime) && schedule());
        schedule();
      }
      return () => {
        if (!listeners.delete(listener) || listeners.size) return;
        controller?.abort();
        controller = null;
        off?.();
      };
    },
    set: schedule,
    refresh: schedule,
  };
}
