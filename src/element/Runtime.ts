import type { Config } from '../config/Config';
import { dateInZone } from '../core/dates';
import type { DateOnly } from '../core/StockRecord';
import type { Source } from '../sources/Source';
import type { StockStore } from '../sources/StockStore';
import type { Transport } from '../sources/Transport';

/** Everything an element needs to answer, made once per page by `configure()`. */
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
}

let current: Runtime | null = null;
const listeners = new Set<(r: Runtime) => void>();

export function setRuntime(runtime: Runtime): void {
  current = runtime;
  for (const l of listeners) l(runtime);
}

export function getRuntime(): Runtime | null {
  return current;
}

/** Elements that upgrade before configuration wait here (returns an unsubscribe). */
export function onRuntime(listener: (r: Runtime) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `data-locale`, then `<html lang>`, then the browser's; a tag Intl rejects is skipped. */
export function resolveLocale(configured: string | undefined, doc: Document | undefined): string {
  for (const tag of [configured, doc?.documentElement.lang, globalThis.navigator?.language, 'en']) {
    if (!tag) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {}
  }
  return 'en';
}

/**
 * Today's date in a zone, worked out at most once a minute: formatting it costs a fraction of a
 * millisecond, and a listing asks once per card.
 */
export function todayIn(timeZone?: string, now: () => number = Date.now): () => string {
  let at = Number.NEGATIVE_INFINITY;
  let today = '';
  return () => {
    const t = now();
    if (t - at > 60_000 || t < at) {
      today = dateInZone(new Date(t), timeZone);
      at = t;
    }
    return today;
  };
}
