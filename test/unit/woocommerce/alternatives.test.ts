import { describe, expect, test } from 'vitest';
import { catalog } from '../../../demo/mocks/woocommerce-catalog.mjs';
import { DEFAULT_CONFIG } from '../../../src/config/Config';
import type { SourceContext } from '../../../src/sources/Source';
import { formatStorePrice } from '../../../src/sources/woocommerce/formatStorePrice';
import { woocommerceSource } from '../../../src/sources/woocommerce/woocommerceSource';

type Raw = Record<string, unknown>;

/** Answers category look-ups like the Store API (stock_status=instock keeps backorders out), `include=` by id. */
function context(products: Raw[]) {
  const calls: URL[] = [];
  const ctx: SourceContext = {
    config: { ...DEFAULT_CONFIG, platform: 'woocommerce' },
    transport: {
      async json(url) {
        const u = new URL(url);
        calls.push(u);
        const p = u.searchParams;
        let found = products.filter((x) => x.type !== 'variation');
        if (p.get('include')) found = found.filter((x) => p.get('include')!.split(',').includes(String(x.id)));
        if (p.get('exclude')) found = found.filter((x) => !p.get('exclude')!.split(',').includes(String(x.id)));
        if (p.get('category'))
          found = found.filter((x) => (x.categories as { id: number }[]).some((c) => p.get('category')!.split(',').includes(String(c.id))));
        if (p.get('stock_status') === 'instock') found = found.filter((x) => x.is_in_stock && !x.is_on_backorder);
        return structuredClone(found.slice(0, Number(p.get('per_page') ?? 10)));
      },
    },
    signal: new AbortController().signal,
    document,
  };
  return { ctx, calls };
}

describe('woocommerceSource.alternatives', () => {
  test('in-stock products of the same category: never itself, a backorder, an out-of-stock or unpurchasable one', async () => {
    const { ctx, calls } = context(catalog());
    const found = await woocommerceSource.alternatives!('204', 4, ctx);
    expect(found.map((a) => [a.productId, a.info.name, a.info.price])).toEqual([
      ['201', 'Classic Beanie', '$18.00'],
      ['202', 'Wool Scarf', '$35.00'],
      ['206', 'Canvas Cap', '$22.00'],
      ['207', 'Pocket Tee', '$29.00'],
    ]);
    // The product's category was not known yet: looked up first, then the category.
    expect(calls.map((u) => u.search)).toEqual(['?include=204', '?category=15&exclude=204&stock_status=instock&per_page=6']);
  });

  test('after a look-up the category is known: one request', async () => {
    const { ctx, calls } = context(catalog());
    await woocommerceSource.load(['210'], ctx);
    const found = await woocommerceSource.alternatives!('210', 2, ctx);
    expect(found.map((a) => a.productId)).toEqual(['208']);
    expect(calls.map((u) => u.searchParams.get('category'))).toEqual([null, '16']);
  });

  test('the limit is kept; 0 or a bad id asks nothing', async () => {
    const { ctx, calls } = context(catalog());
    expect(await woocommerceSource.alternatives!('204', 1, ctx)).toHaveLength(1);
    const before = calls.length;
    expect(await woocommerceSource.alternatives!('204', 0, ctx)).toEqual([]);
    expect(await woocommerceSource.alternatives!('x"y', 4, ctx)).toEqual([]);
    expect(calls.length).toBe(before);
  });

  test('a product without categories, or unknown to the store: none', async () => {
    const lonely = { ...catalog()[0], id: 300, categories: [] };
    const { ctx } = context([...catalog(), lonely]);
    expect(await woocommerceSource.alternatives!('300', 4, ctx)).toEqual([]);
    expect(await woocommerceSource.alternatives!('999', 4, ctx)).toEqual([]);
  });
});

describe("formatStorePrice: the store's own format", () => {
  const base = {
    price: '123456',
    currency_code: undefined,
    currency_minor_unit: 2,
    currency_decimal_separator: '.',
    currency_thousand_separator: ',',
    currency_prefix: '$',
    currency_suffix: '',
  };
  test.each([
    [{}, '$1,234.56'],
    [
      { currency_prefix: '', currency_suffix: '&nbsp;&#8364;', currency_decimal_separator: ',', currency_thousand_separator: '.' },
      '1.234,56&nbsp;€',
    ],
    [{ price: '5', currency_prefix: '', currency_suffix: ' kr' }, '0.05 kr'],
    [{ price: '1500', currency_minor_unit: 0, currency_prefix: '¥' }, '¥1,500'],
    [{ price: '-250' }, '-$2.50'],
  ])('%o → %s', (over, want) => {
    expect(formatStorePrice({ ...base, ...over })).toBe(want.replace('&nbsp;', '\u00a0'));
  });
});
