import type { Eta } from './computeEta';
import { formatDate, formatRelative } from './formatDate';
import { intl } from './intlCache';
import { type Catalog, en, type MessageKey } from './locales/catalog';
import { catalogs } from './locales/knownCatalogs';
import { overridesFor } from './overridesFor';
import type { Availability } from './resolveAvailability';
import type { DateOnly, StockRecord, StockState } from './StockRecord';
import { speakingLocale } from './speakingLocale';

export type StatusContext = 'product' | 'card' | 'cart';

export interface DescribeOptions {
  locale: string;
  context: StatusContext;
  today: DateOnly;
  /** Merchant overrides: locale tag (or language) → key → template. */
  overrides?: Record<string, Record<string, string>>;
  /** The store's own words from the platform, preferred over ours for the label. */
  storeText?: StockRecord['storeText'];
}

export interface StatusText {
  /** The badge: "In stock", "Only 3 left", "Backorder". */
  label: string;
  /** The date or split: "Ships by Dec 15", "2 ship now, 3 ship by Dec 12". */
  detail: string | null;
  /** The quantity limit: "Only 5 can be ordered". */
  limit: string | null;
  /** All of it in one sentence, for the live region. */
  spoken: string;
  /** The language all of it is in (see speakingLocale): a view marks its text with it. */
  lang: string;
}

/**
 * Layers catalogues. A layer that sets a key also replaces the plural forms below it, so German
 * `splitNow` is not beaten by English `splitNow_one`, nor a merchant's text by our plural.
 */
function layer(base: Record<string, string>, top: Record<string, string>): Record<string, string> {
  const out = { ...base };
  for (const key of Object.keys(top)) {
    if (!key.includes('_')) for (const k of Object.keys(out)) if (k.startsWith(`${key}_`) && !Object.hasOwn(top, k)) delete out[k];
  }
  return Object.assign(out, top);
}

/** Catalogues are layered once per locale and overrides object: a listing asks for the same one 40 times. */
const noOverrides = {};
const catalogCache = new WeakMap<object, Map<string, Catalog & typeof en>>();

/** `de-AT` → the `de` catalogue; anything unknown → English. */
export function resolveCatalog(locale: string, overrides?: DescribeOptions['overrides']): Catalog & typeof en {
  const key = overrides ?? noOverrides;
  let byLocale = catalogCache.get(key);
  if (!byLocale) {
    byLocale = new Map();
    catalogCache.set(key, byLocale);
  }
  let catalog = byLocale.get(locale);
  if (!catalog) {
    const language = locale.toLowerCase().split('-')[0] ?? 'en';
    const builtIn = Object.hasOwn(catalogs, language) ? (catalogs[language] as Record<string, string>) : {};
    catalog = layer(layer(en, builtIn), overridesFor(locale, overrides)) as Catalog & typeof en;
    byLocale.set(locale, catalog);
  }
  return catalog;
}

/** Fills `{name}` placeholders; nothing else in a template has meaning (it is shown as text). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(values, k) ? String(values[k]) : m));
}

function makeSay(locale: string, catalog: Catalog & typeof en) {
  const numberFormat = intl(Intl.NumberFormat, locale);
  const plurals = intl(Intl.PluralRules, locale);
  return (key: MessageKey, values: Record<string, string | number> = {}) => {
    const n = values.count;
    const plural = typeof n === 'number' ? (catalog as Record<string, string | undefined>)[`${key}_${plurals.select(n)}`] : undefined;
    const shown = typeof n === 'number' ? { ...values, count: numberFormat.format(n) } : values;
    return fill(plural ?? catalog[key], shown);
  };
}

const LABEL: Record<Exclude<StockState, 'unknown' | 'low-stock'>, MessageKey> = {
  'in-stock': 'inStock',
  backorder: 'backorder',
  preorder: 'preorder',
  'out-of-stock': 'outOfStock',
  unavailable: 'unavailable',
};

/** Availability + date → the shopper's words, in their locale. Pure: no DOM, no clock. */
export function describeStatus(a: Availability, eta: Eta, options: DescribeOptions): StatusText | null {
  if (a.state === 'unknown') return null;
  const { today, context } = options;
  const locale = speakingLocale(options.locale, options.overrides);
  const catalog = resolveCatalog(locale, options.overrides);
  const say = makeSay(locale, catalog);
  const store = options.storeText ?? {};
  const date = eta.eta ? formatDate(eta.eta, locale, today) : null;
  const relative = eta.eta ? formatRelative(eta.eta, locale, today) : null;

  let label: string;
  if (a.state === 'low-stock') {
    label = a.remaining !== null && a.remaining > 0 ? say('lowStock', { count: a.remaining }) : say('lowStockPlain');
  } else {
    // Only the merchant's words for this shopper's locale outrank the store's own.
    const merchantSet = Object.hasOwn(overridesFor(locale, options.overrides), LABEL[a.state]);
    const storeWords =
      a.state === 'out-of-stock'
        ? store.outOfStock
        : a.state === 'unavailable'
          ? store.unavailable
          : a.state === 'backorder'
            ? store.backorder
            : a.state === 'preorder'
              ? store.preorder
              : undefined;
    label = !merchantSet && storeWords ? storeWords : say(LABEL[a.state]);
  }

  let detail: string | null = null;
  if (a.state === 'backorder') {
    const now = a.shipNow ?? 0;
    if (now > 0 || context === 'cart') {
      const later = date ? say('splitLater', { count: a.shipLater, date }) : say('splitLaterNoDate', { count: a.shipLater });
      detail = now > 0 ? say('split', { now: say('splitNow', { count: now }), later }) : later;
    } else if (date) {
      detail = relative ? say('shipsRelative', { relative }) : say(eta.etaKind === 'confirmed' ? 'shipsBy' : 'shipsByEstimated', { date });
    } else {
      detail = say('shipsLater');
    }
  } else if (a.state === 'low-stock' && a.maxOrderable === null && a.remaining !== null && a.shipNow !== null && a.shipNow < a.quantity) {
    // Fewer on hand than wanted and no known cap (the store does not say): what ships now, nothing more.
    detail = say('splitNow', { count: a.shipNow });
  } else if (a.state === 'preorder' && date) {
    detail = relative ? say('releasesRelative', { relative }) : say('releases', { date });
  } else if (a.state === 'out-of-stock' && date) {
    detail =
      relative && eta.etaKind === 'confirmed'
        ? say('restockRelative', { relative })
        : say(eta.etaKind === 'confirmed' ? 'restock' : 'restockEstimated', { date });
  }

  let limit: string | null = null;
  if (a.maxOrderable !== null && a.maxOrderable < a.quantity) {
    limit = a.remaining !== null ? say('maxOrder', { count: a.maxOrderable }) : say('maxOrderPlain');
  }

  if (context === 'card') return { label, detail: null, limit: null, spoken: label, lang: locale };
  const spoken = [label, detail, limit].filter(Boolean).join('. ');
  return { label, detail, limit, spoken, lang: locale };
}
