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
  let snapshot = LOADING;
  const listeners = new Set<() => void>();
  let watch: AskWatch | null = null;
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      watch ??= watchAsk(
        runtime,
        () => checkProps(props),
        (next) => {
          snapshot = next;
          for (const l of listeners) l();
        },
      );
      return () => {
        if (!listeners.delete(listener) || listeners.size) return;
        watch?.stop();
        watch = null;
      };
    },
    set(next) {
      props = next;
      watch?.refresh();
    },
    refresh: () => watch?.refresh(),
  };
}

/** What `watchAsk` returns. */
export interface AskWatch {
  /** Look up again (the ask is read afresh); several calls in one task cost one look-up. */
  refresh(): void;
  /** Stop: abort what is under way, hear nothing more. */
  stop(): void;
}

/**
 * The core of every look-up that stays current, for one listener: `read()` gives the checked ask
 * (the element's properties are), each change is handed to `listener`. Loading is announced only
 * for another product: a variant or quantity change answers from the same data.
 */
export function watchAsk(runtime: Runtime | null, read: () => LookUpAsk, listener: (snapshot: StatusSnapshot) => void): AskWatch {
  let snapshot = LOADING;
  let controller: AbortController | null = null;
  let scheduled = false;
  let live = true;
  const emit = (next: StatusSnapshot) => {
    snapshot = next;
    listener(next);
  };
  const refresh = () => {
    if (scheduled || !live) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (live) void run();
    });
  };
  // The page's runtime when configure() makes it, and every refresh of the one used.
  const off = onRuntime((r) => (!runtime || r === runtime) && refresh());

  async function run() {
    const rt = runtime ?? getRuntime();
    if (!rt) return; // onRuntime calls again
    controller?.abort();
    const c = new AbortController();
    controller = c;
    const ask = read();
    // Ids compared in the platform's canonical form: a Shopify GID and its number are one product.
    const shown = snapshot.resolution?.stock?.productId;
    if (snapshot.state !== 'loading' && (shown === undefined || rt.store.key(shown) !== rt.store.key(ask.productId)))
      emit({ state: 'loading', resolution: snapshot.resolution });
    try {
      const r = await answer(rt, ask, c.signal);
      if (controller === c) emit({ state: r.availability.state, resolution: r });
    } catch (e) {
      if (controller !== c || (e as Error)?.name === 'AbortError') return; // superseded: a newer look-up answers
      report('error', `could not show availability: ${(e as Error)?.message ?? e}`);
    } finally {
      if (controller === c) controller = null;
    }
  }

  refresh();
  return {
    refresh,
    stop() {
      live = false;
      controller?.abort();
      controller = null;
      off();
    },
  };
}
