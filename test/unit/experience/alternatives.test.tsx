import { render } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../../src/config/parseConfig';
import { emptyRecord, type StockRecord } from '../../../src/core/StockRecord';
import { AlternativesView } from '../../../src/extras/alternatives/AlternativesView';
import { extrasCatalog, extrasEn, extrasLocales } from '../../../src/extras/extrasCatalog';
import { jsonSource } from '../../../src/sources/json/jsonSource';
import { jsonLdSource } from '../../../src/sources/jsonld/jsonLdSource';
import type { SourceContext } from '../../../src/sources/Source';

const stock = (s: object) => ({ purchasable: true, tracked: true, ...s });
function feedContext(products: unknown[], calls: string[] = []): SourceContext {
  return {
    config: { ...parseConfig({}, {}), platform: 'json', endpoint: '/feed' },
    document,
    signal: new AbortController().signal,
    transport: {
      async json(url: string) {
        const ids = new URL(url).searchParams.get('ids')!.split(',');
        calls.push(ids.join(','));
        return { version: 1, products: products.filter((p) => ids.includes(String((p as { id: unknown }).id))) };
      },
    },
  };
}

describe('json feed alternatives', () => {
  test('resolves the listed ids in one request and keeps only what ships now, in order', async () => {
    const calls: string[] = [];
    const ctx = feedContext(
      [
        { id: 'a', name: 'A', stock: stock({ onHand: 0 }), alternatives: ['gone', 'b', 'a', 'c', 'd'] },
        { id: 'b', name: 'B', stock: stock({ onHand: 4 }) },
        { id: 'c', name: 'C', stock: stock({ onHand: 1, lowStockAt: 2 }) },
        { id: 'd', name: 'D', stock: stock({ onHand: 9 }) },
        { id: 'gone', name: 'Gone', stock: stock({ onHand: 0 }) },
      ],
      calls,
    );
    await jsonSource.load(['a'], ctx);
    const alts = await jsonSource.alternatives!('a', 2, ctx);
    expect(alts.map((x) => x.productId)).toEqual(['b', 'c']);
    expect(calls).toEqual(['a', 'gone,b,c,d']);
  });

  test('a malformed alternatives list is ignored; the product itself still shows', async () => {
    const ctx = feedContext([{ id: 'x', name: 'X', stock: stock({ onHand: 0 }), alternatives: 'b,c' }]);
    const [p] = await jsonSource.load(['x'], ctx);
    expect(p?.productId).toBe('x');
    expect(await jsonSource.alternatives!('x', 4, ctx)).toEqual([]);
  });
});

describe('JSON-LD alternatives', () => {
  test('isSimilarTo / isRelatedTo products (inline or by @id) that are in stock', async () => {
    document.head.innerHTML = `<script type="application/ld+json">${JSON.stringify([
      {
        '@type': 'Product',
        productID: 'main',
        name: 'Main',
        offers: { availability: 'OutOfStock' },
        isSimilarTo: [
          {
            '@type': 'Product',
            sku: 's1',
            name: 'Similar',
            url: '/s1',
            offers: { availability: 'https://schema.org/InStock', price: '9', priceCurrency: 'USD' },
          },
          { '@type': 'Product', sku: 's2', name: 'Sold out', offers: { availability: 'SoldOut' } },
          'junk',
          { '@id': '#other' },
        ],
        isRelatedTo: {
          '@type': 'Product',
          sku: 's3',
          name: '<img src=x onerror=alert(1)>',
          offers: { availability: 'LimitedAvailability' },
        },
      },
      { '@type': 'Product', '@id': '#other', sku: 'o1', name: 'Other', offers: { availability: 'InStock' } },
    ])}</script>`;
    const ctx = { ...feedContext([]), config: { ...parseConfig({}, {}), locale: 'en-US' } };
    const alts = await jsonLdSource.alternatives!('main', 4, ctx);
    expect(alts.map((a) => a.info.name)).toEqual(['Similar', 'Other', '<img src=x onerror=alert(1)>']);
    expect(alts[0]!.info.price).toBe('$9.00');
    document.head.innerHTML = '';
  });
});

describe('AlternativesView', () => {
  const rec = (over: Partial<StockRecord>): StockRecord => ({ ...emptyRecord('p'), inStock: true, onHand: 5, ...over });
  test('names and prices are text; only links and images safeLink allows', () => {
    const { container } = render(
      <AlternativesView
        locale="en"
        today="2026-01-01"
        alternatives={[
          {
            productId: '1',
            info: {
              name: '<img src=x onerror=alert(1)>',
              url: 'javascript:alert(1)',
              image: 'data:image/svg+xml,<svg/>',
              price: '<b>$1</b>',
            },
            record: rec({}),
          },
          { productId: '2', info: { name: 'Fine', url: '/fine', image: '/fine.png' }, record: rec({ onHand: 1, lowStockAt: 2 }) },
        ]}
      />,
    );
    const items = container.querySelectorAll('li');
    expect(items[0]!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(items[0]!.textContent).toContain('<b>$1</b>');
    expect(items[0]!.querySelector('a, img')).toBeNull();
    expect(items[1]!.querySelector('a')!.href).toMatch(/^http:\/\/.*\/fine$/);
    expect(items[1]!.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(items[1]!.textContent).toContain('Only 1 left');
  });

  test('nothing to offer renders nothing', () => {
    const { container } = render(<AlternativesView locale="en" today="2026-01-01" alternatives={[]} />);
    expect(container.innerHTML).toBe('');
  });
});

test('the extras catalogue has every key in all 8 locales', () => {
  expect(extrasLocales.sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pt']);
  for (const l of extrasLocales) expect(Object.keys(extrasCatalog(l)!).sort(), l).toEqual(Object.keys(extrasEn).sort());
});
