// @vitest-environment node
// Pure code: no DOM needed, and jsdom start-up is most of a file's time.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/config/Config';
import { CONFIG_KEYS, parseConfig } from '../../../src/config/parseConfig';
import { attributeName } from '../../../src/config/rawSetting';
import { consoleLines, expectConsole } from '../../setup/failOnConsole';

const HOSTILE = '<img src=x onerror=alert(1)>';
/** Expects exactly one error naming the key and what is used instead. */
function expectBad(key: string, fallback: string) {
  expectConsole(
    'error',
    new RegExp(`^\\[stock-status\\] config "${key}" \\(${attributeName(key)}\\) has an invalid value .*; ${fallback}\\.$`),
  );
}
const attr = (key: string, value: string) => parseConfig({ [attributeName(key)]: value }, undefined);
const glob = (key: string, value: unknown) => parseConfig({}, { [key]: value });

describe('parseConfig: defaults', () => {
  it('no attributes and no global → the defaults, silently', () => {
    expect(parseConfig({}, undefined)).toEqual(DEFAULT_CONFIG);
    expect(parseConfig({}, null)).toEqual(DEFAULT_CONFIG);
  });
  it('attribute names are data-kebab-case of every key', () => {
    expect(CONFIG_KEYS.map(attributeName)).toContain('data-restock-field');
    expect(attributeName('alternativesAfterDays')).toBe('data-alternatives-after-days');
  });
  it('empty attributes are not set', () => {
    expect(parseConfig({ 'data-platform': '', 'data-alternatives': '' }, undefined)).toEqual(DEFAULT_CONFIG);
  });
});

/** [key, good attribute value, parsed, good global value, parsed]. */
const GOOD: [string, string, unknown, unknown, unknown][] = [
  ['platform', 'bigcommerce', 'bigcommerce', 'shopify', 'shopify'],
  ['endpoint', '/graphql', '/graphql', 'https://shop.example/api/2026-04/graphql.json', 'https://shop.example/api/2026-04/graphql.json'],
  ['token', 'abc.def-123', 'abc.def-123', 'x'.repeat(4096), 'x'.repeat(4096)],
  ['locale', 'de-AT', 'de-AT', 'ja', 'ja'],
  ['restockField', 'custom.restock_date', 'custom.restock_date', 'inventory.back-in-stock', 'inventory.back-in-stock'],
  ['alternatives', '0', 0, 12, 12],
  ['notify', 'klaviyo:AbC123', 'klaviyo:AbC123', 'https://hooks.example/notify', 'https://hooks.example/notify'],
  ['mount', 'manual', 'manual', 'auto', 'auto'],
  ['button', 'manage', 'manage', 'manage', 'manage'],
  ['nonce', 'r4nd0m+/=', 'r4nd0m+/=', 'abc-DEF_1', 'abc-DEF_1'],
  ['leadDays', ' 14 ', 14, 365, 365],
  ['handlingDays', '2', 2, 0, 0],
  ['timeZone', 'America/Los_Angeles', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Kiritimati'],
  ['alternativesAfterDays', '7', 7, 30, 30],
  ['alternativesList', '12, 13 ,,14', ['12', '13', '14'], [12, 'gid://shopify/Product/1'], ['12', 'gid://shopify/Product/1']],
];

describe('parseConfig: good values', () => {
  it.each(GOOD)('%s from the attribute and from the global', (key, a, aOut, g, gOut) => {
    expect((attr(key, a) as unknown as Record<string, unknown>)[key]).toEqual(aOut);
    expect((glob(key, g) as unknown as Record<string, unknown>)[key]).toEqual(gOut);
  });

  it('messages from the global, with plural keys', () => {
    const messages = { en: { inStock: 'Ready to ship', splitNow_one: '{count} goes today' }, 'de-AT': { inStock: 'Lagernd' } };
    expect(glob('messages', messages).messages).toEqual(messages);
  });

  it('the camelCase global wins over the attribute; an attribute fills what the global leaves unset', () => {
    const c = parseConfig(
      { 'data-platform': 'json', 'data-endpoint': '/feed', 'data-token': 'from-attr', 'data-alternatives': '2' },
      { platform: 'woocommerce', token: undefined, alternatives: null, leadDays: 3 },
    );
    expect(c).toMatchObject({ platform: 'woocommerce', endpoint: '/feed', token: 'from-attr', alternatives: 2, leadDays: 3 });
  });

  it('http endpoints only for local development', () => {
    expect(attr('endpoint', 'http://localhost:8080/feed').endpoint).toBe('http://localhost:8080/feed');
    expect(attr('endpoint', 'http://127.0.0.1/feed').endpoint).toBe('http://127.0.0.1/feed');
  });
});

/** [key, bad value, what the error says is used]. */
const BAD: [string, unknown, string][] = [
  ['platform', 'magento', 'using "jsonld"'],
  ['platform', 42, 'using "jsonld"'],
  ['endpoint', 'http://evil.example/graphql', 'it is ignored'],
  ['endpoint', '//evil.example/graphql', 'it is ignored'],
  ['endpoint', '/\\evil.example/graphql', 'it is ignored'],
  ['endpoint', '/\t/evil.example/graphql', 'it is ignored'],
  ['endpoint', 'https://shop.example/x y', 'it is ignored'],
  ['endpoint', 'javascript:alert(1)', 'it is ignored'],
  ['endpoint', 'graphql', 'it is ignored'],
  ['token', 'x'.repeat(4097), 'it is ignored'],
  ['token', { secret: 1 }, 'it is ignored'],
  ['locale', 'not a locale!', 'it is ignored'],
  ['locale', HOSTILE, 'it is ignored'],
  ['restockField', 'restock_date', 'using "custom.restock_date"'],
  ['restockField', 'a.b.c', 'using "custom.restock_date"'],
  ['alternatives', '-1', 'using 4'],
  ['alternatives', '13', 'using 4'],
  ['alternatives', 2.5, 'using 4'],
  ['alternatives', 'four', 'using 4'],
  ['notify', 'http://hooks.example/notify', 'it is ignored'],
  ['notify', 'klaviyo:', 'it is ignored'],
  ['notify', '/\\evil.example', 'it is ignored'],
  ['notify', 'javascript:alert(1)', 'it is ignored'],
  ['mount', 'sometimes', 'using "auto"'],
  ['button', 'yes', 'it is ignored'],
  ['nonce', "abc'><script>", 'it is ignored'],
  ['leadDays', '366', 'it is ignored'],
  ['handlingDays', '61', 'using 0'],
  ['handlingDays', true, 'using 0'],
  ['timeZone', 'Mars/Olympus_Mons', 'it is ignored'],
  ['alternativesAfterDays', '-3', 'it is ignored'],
  ['alternativesList', Array.from({ length: 51 }, (_, i) => String(i)), 'it is ignored'],
  ['alternativesList', ['x'.repeat(201)], 'it is ignored'],
  ['alternativesList', [{}], 'it is ignored'],
  ['messages', 'In stock', 'it is ignored'],
  ['messages', { 'not a locale!': { inStock: 'x' } }, 'it is ignored'],
  ['messages', { en: { 'in-stock': 'x' } }, 'it is ignored'],
  ['messages', { en: { inStock: 'x'.repeat(301) } }, 'it is ignored'],
  ['messages', { en: { inStock: 7 } }, 'it is ignored'],
];

describe('parseConfig: bad values', () => {
  it.each(BAD)('%s = %s → one error, default used', (key, value, fallback) => {
    expectBad(key, fallback.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const c = glob(key, value);
    expect((c as unknown as Record<string, unknown>)[key]).toEqual((DEFAULT_CONFIG as unknown as Record<string, unknown>)[key]);
  });

  it('a bad attribute is named by its attribute name too', () => {
    expectBad('alternatives', 'using 4');
    expect(attr('alternatives', 'many').alternatives).toBe(4);
    expect(consoleLines()[0]?.text).toContain('data-alternatives');
    expect(consoleLines()[0]?.text).toContain('"many"');
  });

  it('one bad key costs only that key', () => {
    expectBad('alternatives', 'using 4');
    const c = parseConfig({ 'data-platform': 'json', 'data-endpoint': '/feed', 'data-alternatives': 'lots' }, undefined);
    expect(c).toMatchObject({ platform: 'json', endpoint: '/feed', alternatives: 4 });
  });

  it('hostile and huge strings are quoted short and never break parsing', () => {
    expectBad('mount', 'using "auto"');
    expectBad('locale', 'it is ignored');
    const c = parseConfig({ 'data-mount': HOSTILE.repeat(100_000), 'data-locale': `${HOSTILE}${'x'.repeat(1_000_000)}` }, undefined);
    expect(c.mount).toBe('auto');
    expect(c.locale).toBeUndefined();
    for (const line of consoleLines()) expect(line.text.length).toBeLessThan(220);
  });

  it('a non-object global → one error, attributes still read', () => {
    for (const g of ['platform=json', 42, true, () => ({ platform: 'json' })]) {
      expect(parseConfig({ 'data-platform': 'woocommerce' }, g).platform).toBe('woocommerce');
    }
    // The same line is said once per page.
    expectConsole('error', /^\[stock-status\] window\.StockStatusConfig must be an object; it was ignored\.$/);
  });

  it('a global with throwing getters or without a prototype does not throw', () => {
    expectBad('token', 'it is ignored');
    expectBad('alternatives', 'using 4');
    const g = {
      get token(): string {
        throw new Error('boom');
      },
      alternatives: Object.create(null),
      platform: 'json',
    };
    const c = parseConfig({ 'data-token': 'attr' }, g);
    expect(c).toMatchObject({ platform: 'json', alternatives: 4 });
    expect(c.token).toBeUndefined();
  });

  it('a Proxy global that throws on every read: every key falls back, no exception', () => {
    const g = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    for (const key of CONFIG_KEYS) expectConsole('error', new RegExp(`config "${key}" `));
    expect(parseConfig({}, g)).toEqual(DEFAULT_CONFIG);
  });
});
