// @vitest-environment node
// Pure code: no DOM needed, and jsdom start-up is most of a file's time.
import { describe, expect, it } from 'vitest';
import type { Eta } from '../../../src/core/computeEta';
import { type DescribeOptions, describeStatus, fill, resolveCatalog } from '../../../src/core/describeStatus';
import { formatDate, formatRelative } from '../../../src/core/formatDate';
import { en } from '../../../src/core/locales/catalog';
import { catalogs } from '../../../src/core/locales/knownCatalogs';
import type { Availability } from '../../../src/core/resolveAvailability';

const TODAY = '2026-12-10';
const LOCALES = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'ja'] as const;
const noEta: Eta = { eta: null, etaKind: null };
const av = (over: Partial<Availability>): Availability => ({
  state: 'in-stock',
  quantity: 1,
  shipNow: 1,
  shipLater: 0,
  maxOrderable: null,
  remaining: null,
  ...over,
});
const opts = (over: Partial<DescribeOptions> = {}): DescribeOptions => ({ locale: 'en', context: 'product', today: TODAY, ...over });
const say = (a: Partial<Availability>, eta: Eta = noEta, o: Partial<DescribeOptions> = {}) => describeStatus(av(a), eta, opts(o));

describe('catalogue completeness', () => {
  const base = Object.keys(en).filter((k) => !k.includes('_'));
  const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(LOCALES)('%s has every base key of en, with the same placeholders', (lang) => {
    const c = catalogs[lang] as Record<string, string>;
    for (const key of base) {
      expect(c[key], `${lang}.${key}`).toBeTypeOf('string');
      expect(c[key]!.trim().length, `${lang}.${key}`).toBeGreaterThan(0);
      expect(placeholders(c[key]!), `${lang}.${key}`).toEqual(placeholders((en as Record<string, string>)[key]!));
    }
  });

  it.each(LOCALES)('%s has no key en lacks, and its plural forms belong to a known key', (lang) => {
    for (const [key, text] of Object.entries(catalogs[lang]!)) {
      const [stem, category] = key.split('_');
      expect(base, `${lang}.${key}`).toContain(stem);
      if (category) expect(['zero', 'one', 'two', 'few', 'many', 'other']).toContain(category);
      expect(placeholders(text!)).toEqual(placeholders((en as Record<string, string>)[stem!]!));
    }
  });

  it.each(LOCALES)('every built-in text of %s is used for that locale (no English leaks in through plurals)', (lang) => {
    const c = resolveCatalog(lang) as Record<string, string>;
    for (const [key, text] of Object.entries(c)) {
      const own = (catalogs[lang] as Record<string, string>)[key];
      if (lang !== 'en') expect(text, `${lang}.${key}`).toBe(own);
    }
  });
});

describe('labels per state', () => {
  it.each(LOCALES)('%s: every state has its own label', (lang) => {
    const c = catalogs[lang] as Record<string, string>;
    expect(say({ state: 'in-stock' }, noEta, { locale: lang })?.label).toBe(c.inStock);
    expect(say({ state: 'backorder', shipNow: 0, shipLater: 1 }, noEta, { locale: lang })?.label).toBe(c.backorder);
    expect(say({ state: 'preorder', shipNow: 0, shipLater: 1 }, noEta, { locale: lang })?.label).toBe(c.preorder);
    expect(say({ state: 'out-of-stock', shipNow: 0 }, noEta, { locale: lang })?.label).toBe(c.outOfStock);
    expect(say({ state: 'unavailable', shipNow: 0 }, noEta, { locale: lang })?.label).toBe(c.unavailable);
    expect(say({ state: 'low-stock', remaining: null }, noEta, { locale: lang })?.label).toBe(c.lowStockPlain);
    expect(say({ state: 'low-stock', remaining: 3 }, noEta, { locale: lang })?.label).toBe(fill(c.lowStock!, { count: 3 }));
  });

  it('unknown → nothing at all', () => {
    expect(say({ state: 'unknown' })).toBeNull();
  });

  it('low stock with 0 remaining says "Low stock", never "Only 0 left"', () => {
    expect(say({ state: 'low-stock', remaining: 0 })?.label).toBe('Low stock');
  });

  it('a regional tag uses its language; an unknown language uses English', () => {
    expect(say({}, noEta, { locale: 'de-AT' })?.label).toBe('Auf Lager');
    expect(say({}, noEta, { locale: 'pt-BR' })?.label).toBe('Em estoque');
    expect(say({}, noEta, { locale: 'sv-SE' })?.label).toBe('In stock');
  });

  it('numbers are formatted for the locale', () => {
    expect(say({ state: 'low-stock', remaining: 1234 }, noEta, { locale: 'de' })?.label).toBe('Nur noch 1.234 verfügbar');
  });
});

describe('plurals', () => {
  it('en: 1 ships / 2 ship', () => {
    const eta: Eta = { eta: '2026-12-20', etaKind: 'confirmed' };
    expect(say({ state: 'backorder', quantity: 2, shipNow: 1, shipLater: 1 }, eta, { context: 'cart' })?.detail).toBe(
      '1 ships now, 1 ships by Dec 20',
    );
    expect(say({ state: 'backorder', quantity: 5, shipNow: 2, shipLater: 3 }, eta, { context: 'cart' })?.detail).toBe(
      '2 ship now, 3 ship by Dec 20',
    );
  });
  it('it: lowStock has a singular', () => {
    expect(say({ state: 'low-stock', remaining: 1 }, noEta, { locale: 'it' })?.label).toBe('Solo 1 rimasto');
    expect(say({ state: 'low-stock', remaining: 2 }, noEta, { locale: 'it' })?.label).toBe('Solo 2 rimasti');
  });
  it('fr: 1 expédié / 2 expédiés', () => {
    const a = { state: 'backorder' as const, quantity: 3, shipNow: 1, shipLater: 2 };
    expect(say(a, noEta, { locale: 'fr', context: 'cart' })?.detail).toBe('1 expédié maintenant, 2 expédiés plus tard');
  });
  it('de and nl have one form for all counts, and it is German/Dutch for 1 too', () => {
    const a = { state: 'backorder' as const, quantity: 2, shipNow: 1, shipLater: 1 };
    expect(say(a, noEta, { locale: 'de', context: 'cart' })?.detail).toBe('1 sofort lieferbar, 1 später lieferbar');
    expect(say(a, noEta, { locale: 'nl', context: 'cart' })?.detail).toBe('1 nu verzonden, 1 later verzonden');
  });
});

describe('details per context', () => {
  const far: Eta = { eta: '2027-01-20', etaKind: 'confirmed' };
  const farThisYear: Eta = { eta: '2026-12-28', etaKind: 'confirmed' };

  it('card: label only, whatever the state', () => {
    const t = say({ state: 'backorder', quantity: 5, shipNow: 2, shipLater: 3, maxOrderable: 4, remaining: 2 }, far, { context: 'card' });
    expect(t).toEqual({ label: 'Backorder', detail: null, limit: null, spoken: 'Backorder', lang: 'en' });
  });

  it('cart: the split with a date', () => {
    const t = say({ state: 'backorder', quantity: 5, shipNow: 2, shipLater: 3 }, farThisYear, { context: 'cart' });
    expect(t?.detail).toBe('2 ship now, 3 ship by Dec 28');
    expect(t?.spoken).toBe('Backorder. 2 ship now, 3 ship by Dec 28');
  });

  it('cart: all later, with and without date', () => {
    expect(say({ state: 'backorder', quantity: 3, shipNow: 0, shipLater: 3 }, farThisYear, { context: 'cart' })?.detail).toBe(
      '3 ship by Dec 28',
    );
    expect(say({ state: 'backorder', quantity: 3, shipNow: 0, shipLater: 3 }, noEta, { context: 'cart' })?.detail).toBe('3 ship later');
  });

  it('product: split shown too when some ship now', () => {
    expect(say({ state: 'backorder', quantity: 5, shipNow: 2, shipLater: 3 }, noEta)?.detail).toBe('2 ship now, 3 ship later');
  });

  it('the two halves of a split are joined in the language’s own punctuation (Japanese: 、), and a merchant may reword it', () => {
    const a = { state: 'backorder' as const, quantity: 5, shipNow: 2, shipLater: 3 };
    expect(say(a, noEta, { locale: 'ja-JP' })?.detail).toBe('2点は即日発送、3点は後日発送');
    expect(say(a, noEta, { locale: 'de-DE' })?.detail).toBe('2 sofort lieferbar, 3 später lieferbar');
    expect(say(a, noEta, { overrides: { en: { split: '{now}; {later}' } } })?.detail).toBe('2 ship now; 3 ship later');
  });

  it('product, all later: confirmed vs estimated date, and no date', () => {
    const a = { state: 'backorder' as const, shipNow: 0, shipLater: 1 };
    expect(say(a, farThisYear)?.detail).toBe('Ships by Dec 28');
    expect(say(a, { eta: '2026-12-28', etaKind: 'estimated' })?.detail).toBe('Usually ships by Dec 28');
    expect(say(a, noEta)?.detail).toBe('Ships when back in stock');
  });

  it('within 6 days: relative words; beyond: the date', () => {
    const a = { state: 'backorder' as const, shipNow: 0, shipLater: 1 };
    expect(say(a, { eta: '2026-12-10', etaKind: 'confirmed' })?.detail).toBe('Ships today');
    expect(say(a, { eta: '2026-12-11', etaKind: 'confirmed' })?.detail).toBe('Ships tomorrow');
    expect(say(a, { eta: '2026-12-16', etaKind: 'confirmed' })?.detail).toBe('Ships in 6 days');
    expect(say(a, { eta: '2026-12-17', etaKind: 'confirmed' })?.detail).toBe('Ships by Dec 17');
  });

  it('the year is shown only for another year', () => {
    const a = { state: 'backorder' as const, shipNow: 0, shipLater: 1 };
    expect(say(a, far)?.detail).toBe('Ships by Jan 20, 2027');
    expect(say(a, farThisYear)?.detail).not.toMatch(/2026/);
    expect(say({ state: 'preorder', shipNow: 0, shipLater: 1 }, far)?.detail).toBe('Releases Jan 20, 2027');
  });

  it('pre-order: release date or relative; nothing without a date', () => {
    const a = { state: 'preorder' as const, shipNow: 0, shipLater: 1 };
    expect(say(a, farThisYear)?.detail).toBe('Releases Dec 28');
    expect(say(a, { eta: '2026-12-12', etaKind: 'confirmed' })?.detail).toBe('Releases in 2 days');
    expect(say(a, noEta)?.detail).toBeNull();
  });

  it('out of stock: confirmed restock (relative when near), estimated restock always a date', () => {
    const a = { state: 'out-of-stock' as const, shipNow: 0 };
    expect(say(a, farThisYear)?.detail).toBe('Back in stock Dec 28');
    expect(say(a, { eta: '2026-12-11', etaKind: 'confirmed' })?.detail).toBe('Back in stock tomorrow');
    expect(say(a, { eta: '2026-12-11', etaKind: 'estimated' })?.detail).toBe('Expected back Dec 11');
    expect(say(a, noEta)?.detail).toBeNull();
    expect(say(a, noEta)?.spoken).toBe('Out of stock');
  });

  it('limit: with counts shown a number, without a plain sentence', () => {
    expect(say({ state: 'low-stock', quantity: 5, shipNow: 2, maxOrderable: 2, remaining: 2 })?.limit).toBe('Only 2 can be ordered');
    expect(say({ state: 'low-stock', quantity: 5, shipNow: 2, maxOrderable: 2, remaining: null })?.limit).toBe(
      'Not available in this quantity',
    );
    expect(say({ state: 'low-stock', quantity: 5, shipNow: 2, maxOrderable: 2, remaining: null })?.label).toBe('Low stock');
    expect(say({ state: 'in-stock', quantity: 2, maxOrderable: null })?.limit).toBeNull();
  });

  it('spoken joins label, detail and limit', () => {
    const t = say({ state: 'backorder', quantity: 10, shipNow: 2, shipLater: 3, maxOrderable: 5, remaining: 2 }, farThisYear, {
      context: 'cart',
    });
    expect(t?.spoken).toBe('Backorder. 2 ship now, 3 ship by Dec 28. Only 5 can be ordered');
  });
});

describe('every locale: dates and relative words come from Intl in that locale', () => {
  it.each(LOCALES)('%s', (lang) => {
    const c = catalogs[lang] as Record<string, string>;
    const a = { state: 'backorder' as const, shipNow: 0, shipLater: 1 };
    const near = say(a, { eta: '2026-12-11', etaKind: 'confirmed' }, { locale: lang })?.detail;
    expect(near).toBe(fill(c.shipsRelative!, { relative: formatRelative('2026-12-11', lang, TODAY)! }));
    const next = say(a, { eta: '2027-02-03', etaKind: 'confirmed' }, { locale: lang })?.detail;
    expect(next).toBe(fill(c.shipsBy!, { date: formatDate('2027-02-03', lang, TODAY) }));
    expect(next).toMatch(/2027/);
    const thisYear = say(a, { eta: '2026-12-24', etaKind: 'estimated' }, { locale: lang })?.detail;
    expect(thisYear).toBe(fill(c.shipsByEstimated!, { date: formatDate('2026-12-24', lang, TODAY) }));
    expect(thisYear).not.toMatch(/2026/);
    expect(thisYear).toMatch(/24/);
  });
});

describe('merchant overrides', () => {
  it('per locale and per language, exact tag winning', () => {
    const overrides = { de: { inStock: 'Sofort lieferbar' }, 'de-AT': { inStock: 'Lagernd' } };
    expect(say({}, noEta, { locale: 'de-AT', overrides })?.label).toBe('Lagernd');
    expect(say({}, noEta, { locale: 'de-CH', overrides })?.label).toBe('Sofort lieferbar');
    expect(say({}, noEta, { locale: 'de', overrides })?.label).toBe('Sofort lieferbar');
    expect(say({}, noEta, { locale: 'en', overrides })?.label).toBe('In stock');
  });

  it('tags match whatever their case', () => {
    expect(say({}, noEta, { locale: 'de-AT', overrides: { 'DE-at': { inStock: 'Lagernd' } } })?.label).toBe('Lagernd');
    expect(say({}, noEta, { locale: 'en-US', overrides: { EN: { inStock: 'Ready' } } })?.label).toBe('Ready');
  });

  it('placeholders are filled; unknown ones stay visible as written', () => {
    const overrides = { en: { lowStock: 'Hurry, {count} left {nope}', splitNow: '{count} leave today' } };
    expect(say({ state: 'low-stock', remaining: 3 }, noEta, { overrides })?.label).toBe('Hurry, 3 left {nope}');
    // Object.prototype names are not values.
    expect(fill('{constructor} {toString} {__proto__} {count}', { count: 2 })).toBe('{constructor} {toString} {__proto__} 2');
  });

  it('a merchant’s base text wins over our plural forms for every count', () => {
    const overrides = { en: { splitNow: '{count} leave today', splitLaterNoDate: '{count} later' } };
    const t = say({ state: 'backorder', quantity: 2, shipNow: 1, shipLater: 1 }, noEta, { context: 'cart', overrides });
    expect(t?.detail).toBe('1 leave today, 1 later');
  });

  it('a merchant may give plural forms too', () => {
    const overrides = { en: { splitNow: '{count} leave today', splitNow_one: 'one leaves today' } };
    expect(say({ state: 'backorder', quantity: 2, shipNow: 1, shipLater: 1 }, noEta, { context: 'cart', overrides })?.detail).toMatch(
      /^one leaves today, /,
    );
    expect(say({ state: 'backorder', quantity: 3, shipNow: 2, shipLater: 1 }, noEta, { context: 'cart', overrides })?.detail).toMatch(
      /^2 leave today, /,
    );
  });

  it('hostile override text is returned verbatim, as text (never interpreted)', () => {
    const hostile = '<img src=x onerror=alert(1)> {count}';
    const t = say({ state: 'low-stock', remaining: 2 }, noEta, { overrides: { en: { lowStock: hostile } } });
    expect(t?.label).toBe('<img src=x onerror=alert(1)> 2');
  });

  it('store text is used unless the merchant overrode that label for this locale', () => {
    const storeText = { outOfStock: 'Sold out — back soon', backorder: 'Made to order', preorder: 'Coming soon', unavailable: 'Retired' };
    expect(say({ state: 'out-of-stock', shipNow: 0 }, noEta, { storeText })?.label).toBe('Sold out — back soon');
    expect(say({ state: 'backorder', shipNow: 0, shipLater: 1 }, noEta, { storeText })?.label).toBe('Made to order');
    expect(say({ state: 'preorder', shipNow: 0, shipLater: 1 }, noEta, { storeText })?.label).toBe('Coming soon');
    expect(say({ state: 'unavailable', shipNow: 0 }, noEta, { storeText })?.label).toBe('Retired');
    expect(say({ state: 'in-stock' }, noEta, { storeText })?.label).toBe('In stock');
    const overrides = { en: { outOfStock: 'Gone for now' } };
    expect(say({ state: 'out-of-stock', shipNow: 0 }, noEta, { storeText, overrides })?.label).toBe('Gone for now');
    // A German override says nothing about the English label.
    expect(say({ state: 'out-of-stock', shipNow: 0 }, noEta, { storeText, overrides: { de: { outOfStock: 'Weg' } } })?.label).toBe(
      'Sold out — back soon',
    );
  });

  it('store text is plain text, returned verbatim', () => {
    const storeText = { outOfStock: '<script>alert(1)</script>' };
    expect(say({ state: 'out-of-stock', shipNow: 0 }, noEta, { storeText })?.label).toBe('<script>alert(1)</script>');
  });
});
