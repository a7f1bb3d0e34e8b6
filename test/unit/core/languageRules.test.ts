// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeStatus } from '../../../src/core/describeStatus';
import { intl, intlCacheSize } from '../../../src/core/intlCache';
import { overridesFor } from '../../../src/core/overridesFor';
import { speakingLocale } from '../../../src/core/speakingLocale';

const TODAY = '2026-12-10';
const backorder = { state: 'backorder' as const, quantity: 5, shipNow: 3, shipLater: 2, maxOrderable: null, remaining: 3 };
const eta = { eta: '2026-12-28', etaKind: 'confirmed' as const };

describe('overridesFor: which merchant texts apply to a locale', () => {
  const overrides = { de: { inStock: 'Da', backorder: 'Bestellbar' }, 'DE-at': { inStock: 'Lagernd' }, EN: { inStock: 'Ready' } };
  it.each([
    ['de', { inStock: 'Da', backorder: 'Bestellbar' }],
    ['de-AT', { inStock: 'Lagernd', backorder: 'Bestellbar' }],
    ['de-at', { inStock: 'Lagernd', backorder: 'Bestellbar' }],
    ['de-CH', { inStock: 'Da', backorder: 'Bestellbar' }],
    ['en-GB', { inStock: 'Ready' }],
    ['fr', {}],
  ])('%s → the language texts, then the exact tag, matched in any case', (locale, expected) => {
    expect(overridesFor(locale, overrides)).toEqual(expected);
  });
  it('no overrides → none', () => {
    expect(overridesFor('de', undefined)).toEqual({});
  });
});

describe('speakingLocale: one language per line', () => {
  it.each([
    ['de-AT', undefined, 'de-AT'],
    ['ja', undefined, 'ja'],
    ['pl', undefined, 'en'],
    ['pl-PL', undefined, 'en'],
    ['pl', { pl: { inStock: 'Dostępny' } }, 'pl'],
    ['pl-PL', { PL: { inStock: 'Dostępny' } }, 'pl-PL'],
  ])('%s with %j speaks %s', (locale, overrides, expected) => {
    expect(speakingLocale(locale, overrides)).toBe(expected);
  });

  it('an unsupported locale (pl) gives English words with English dates, not "3 ship by 28 gru"', () => {
    const text = describeStatus(backorder, eta, { locale: 'pl', context: 'cart', today: TODAY })!;
    expect(text.detail).toBe('3 ship now, 2 ship by Dec 28');
    expect(text.lang).toBe('en');
  });

  it('a supported locale keeps its own words and dates', () => {
    const text = describeStatus(backorder, eta, { locale: 'de', context: 'cart', today: TODAY })!;
    expect(text.detail).toContain('28. Dez.');
    expect(text.lang).toBe('de');
  });
});

describe('intl: the one bounded cache of Intl objects', () => {
  it('gives the same object for the same locale and options', () => {
    expect(intl(Intl.NumberFormat, 'de')).toBe(intl(Intl.NumberFormat, 'de'));
    expect(intl(Intl.DateTimeFormat, 'de', { month: 'short' })).not.toBe(intl(Intl.DateTimeFormat, 'de', { month: 'long' }));
  });
  it('stays bounded however many locales a page asks for, and still formats right', () => {
    const tags = Intl.NumberFormat.supportedLocalesOf(['af', 'am', 'ar', 'bg', 'bn', 'ca', 'cs', 'da', 'el', 'et', 'fa', 'fi']);
    for (let i = 0; i < 200; i++)
      intl(Intl.PluralRules, tags[i % tags.length], { type: i % 2 ? 'ordinal' : 'cardinal', minimumFractionDigits: i % 7 });
    expect(intlCacheSize()).toBeLessThanOrEqual(64);
    expect(intl(Intl.NumberFormat, 'de').format(1234.5)).toBe('1.234,5');
  });
});
