import type { Config } from './config/Config';
import type { DateOnly } from './core/StockRecord';
import type { Source } from './sources/Source';
import type { StockStore } from './sources/StockStore';
import type { Transport } from './sources/Transport';

/** Everything a look-up needs to answer, made once per page by `configure()` (or `createRuntime`). */
export interface Runtime {
  config: Config;
  source: Source;
  store: StockStore;
  /** The page's one network path, so every request shares its time-outs and back-off. */
  transport: Transport;
  document: Document;
  /** The shopper's locale, resolved and checked. */
  locale: string;
  /** Today's calendar date where the merchant's promises are judged. */
  today(): DateOnly;
  /** Forgets every cached answer and has everything that shows one look up again (`StockStatus.refresh()`). */
  refresh(): void;
}

let current: Runtime | null = null;
const listeners = new Set<(r: Runtime) => void>();

/** The page's runtime: the last one `createRuntime` made. */
export function setRuntime(runtime: Runtime): void {
  current = runtime;
  runtimeChanged(runtime);
}

/** A runtime was made or refreshed: the look-ups that use it answer again. */
export function runtimeChanged(runtime: Runtime): void {
  for (const l of listeners) l(runtime);
}

export function getRuntime(): Runtime | null {
  return current;
}

/** Look-ups listen here: for the page's runtime when it comes (or a newer one), and for refreshes (returns an unsubscribe). */
export function onRuntime(listener: (r: Runtime) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
