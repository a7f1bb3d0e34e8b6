import type { Config } from './config/Config';
import { parseConfig } from './config/parseConfig';
import { dateInZone } from './core/dates';
import { report } from './core/report';
import { resolveLocale } from './core/resolveLocale';
import { speakingLocale } from './core/speakingLocale';
import type { Build } from './PlatformTable';
import { type Runtime, runtimeChanged, setRuntime } from './Runtime';
import { jsonLdSource } from './sources/jsonld/jsonLdSource';
import type { Source } from './sources/Source';
import { SourceError } from './sources/SourceError';
import { StockStore } from './sources/StockStore';
import type { Transport, TransportOptions } from './sources/Transport';

export interface ConfigureOptions {
  /** `data-*` attributes of the script tag, when there is one. */
  attributes?: Record<string, string | undefined>;
  document?: Document;
  transport?: TransportOptions;
  /** Session cache; pass null to turn it off. */
  storage?: Storage | null;
  ttlMs?: number;
  /** A source of your own (a custom or headless store); it replaces the platform's. */
  source?: Source;
}

function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // sandboxed iframes throw on access
  }
}

/** The JSON-LD-only file's transport: it reads the page and never asks a store. */
const offline: Transport = { json: () => Promise.reject(new SourceError('this file sends no requests')) };

/**
 * Validates the settings and makes the page's runtime from the platforms this build carries: the
 * source for the platform, the shared transport and the batching store. Elements already on the
 * page wake up and look up. `settings` are camelCase keys as in `window.StockStatusConfig`.
 * JSON-LD is always there: it is every platform's fallback.
 */
export function createRuntime({ platforms, network }: Build, settings: unknown = {}, options: ConfigureOptions = {}): Runtime {
  const doc = options.document ?? globalThis.document;
  const config: Config = parseConfig(options.attributes ?? {}, settings);
  let source = options.source ?? platforms[config.platform]?.source;
  if (!source) {
    report(
      'error',
      `config "platform": "${config.platform}" is not in this file; load stock-status.js or stock-status.${config.platform}.js. Using jsonld.`,
    );
    source = jsonLdSource;
  }
  const transport: Transport = network?.(options.transport) ?? offline;
  const store = new StockStore({
    source,
    fallback: source === jsonLdSource ? null : jsonLdSource,
    context: { config, transport, document: doc },
    storage: options.storage === undefined ? sessionStore() : options.storage,
    ttlMs: options.ttlMs,
  });
  const runtime: Runtime = {
    config,
    source,
    store,
    transport,
    document: doc,
    // The shopper's locale where we have its words, else English: words and dates in one language.
    locale: speakingLocale(resolveLocale(config.locale, doc), config.messages),
    today: todayIn(config.timeZone),
    refresh() {
      store.clear();
      runtimeChanged(runtime);
    },
  };
  setRuntime(runtime);
  return runtime;
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
