import { describe, expect, test } from 'vitest';
import { attributeName, rawSetting } from '../../../src/config/rawSetting';

// The rule the app's config and the loader share: which value of a setting counts.
describe('rawSetting', () => {
  const tag: Record<string, string> = { 'data-platform': 'shopify', 'data-restock-field': 'ns.key' };
  const attribute = (name: string) => tag[name];

  test('window.StockStatusConfig wins over the tag', () => {
    expect(rawSetting('platform', { platform: 'bigcommerce' }, attribute)).toBe('bigcommerce');
    // A value of the wrong type still wins: the config check then names it, and nobody reads the tag instead.
    expect(rawSetting('platform', { platform: 5 }, attribute)).toBe(5);
    expect(rawSetting('platform', { platform: '' }, attribute)).toBe('');
  });

  test('the tag counts where the global key is not set', () => {
    expect(rawSetting('platform', { platform: undefined }, attribute)).toBe('shopify');
    expect(rawSetting('platform', { platform: null }, attribute)).toBe('shopify');
    expect(rawSetting('restockField', {}, attribute)).toBe('ns.key');
    for (const global of [undefined, null, 'shopify', 42]) expect(rawSetting('platform', global, attribute)).toBe('shopify');
    expect(rawSetting('locale', {}, attribute)).toBeUndefined();
    expect(rawSetting('locale', {}, () => null)).toBeUndefined();
  });

  test('a getter that throws is the caller’s to catch', () => {
    const hostile = Object.defineProperty({}, 'platform', {
      get() {
        throw new Error('no');
      },
    });
    expect(() => rawSetting('platform', hostile, attribute)).toThrow('no');
  });

  test('camelCase keys map to data-* attributes', () => {
    expect(attributeName('alternativesAfterDays')).toBe('data-alternatives-after-days');
  });
});
