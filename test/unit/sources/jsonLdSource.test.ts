import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/config/Config';
import { resolveAvailability } from '../../../src/core/resolveAvailability';
import { type ProductStock, pickRecord } from '../../../src/core/StockRecord';
import { jsonLdSource } from '../../../src/sources/jsonld/jsonLdSource';
import type { SourceContext } from '../../../src/sources/Source';
import type { Transport } from '../../../src/sources/Transport';
import { consoleLines, expectConsole } from '../../setup/failOnConsole';

const noNetwork: Transport = {
  json: () => {
    throw new Error('JSON-LD must not make requests');
  },
};

/** A fresh jsdom document with these JSON-LD scripts (strings are put in as they are). */
function page(...scripts: unknown[]): Document {
  const doc = document.implementation.createHTMLDocument('shop');
  for (const s of scripts) {
    const el = doc.createElement('script');
    el.type = 'application/ld+json';
    el.textContent = typeof s === 'string' ? s : JSON.stringify(s);
    doc.body.append(el);
  }
  return doc;
}
const ctx = (doc: Document, config = {}): SourceContext => ({
  config: { ...DEFAULT_CONFIG, ...config },
  transport: noNetwork,
  signal: new AbortController().signal,
  document: doc,
});
const load = (doc: Document, ids: string[] = [''], config = {}) => jsonLdSource.load(ids, ctx(doc, config));
const stateOf = (stock: ProductStock | undefined, variantId: string | null = null, qty = 1) =>
  resolveAvailability(pickRecord(stock ?? null, variantId), qty).state;
const product = (over: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Mug',
  sku: 'MUG-1',
  offers: { '@type': 'Offer', availability: 'https://schema.org/InStock', price: '12.00', priceCurrency: 'USD' },
  ...over,
});
const offer = (availability: string, extra: Record<string, unknown> = {}) => ({ '@type': 'Offer', availability, ...extra });

describe('jsonLdSource: availability values', () => {
  const CASES: [string, string][] = [
    ['InStock', 'in-stock'],
    ['InStoreOnly', 'in-stock'],
    ['OnlineOnly', 'in-stock'],
    ['LimitedAvailability', 'low-stock'],
    ['BackOrder', 'backorder'],
    ['MadeToOrder', 'backorder'],
    ['PreOrder', 'preorder'],
    ['PreSale', 'preorder'],
    ['OutOfStock', 'out-of-stock'],
    ['SoldOut', 'out-of-stock'],
    ['Reserved', 'out-of-stock'],
    ['Discontinued', 'unavailable'],
  ];
  for (const [value, state] of CASES) {
    for (const spelled of [`https://schema.org/${value}`, `http://schema.org/${value}`, value]) {
      it(`${spelled} → ${state}`, async () => {
        const [stock] = await load(page(product({ offers: offer(spelled) })));
        expect(stateOf(stock)).toBe(state);
      });
    }
  }

  it('also schema: prefixes, www and odd case', async () => {
    for (const v of ['schema:OutOfStock', 'https://www.schema.org/OutOfStock', ' outofstock ']) {
      const [stock] = await load(page(product({ offers: offer(v) })));
      expect(stateOf(stock)).toBe('out-of-stock');
    }
  });

  it('an unknown availability → no record, one warning', async () => {
    expectConsole('warn', /^\[stock-status\] the JSON-LD of product "Mug" has no availability we can read\.$/);
    expect(await load(page(product({ offers: offer('https://schema.org/Maybe') })))).toEqual([]);
  });
});

describe('jsonLdSource: shapes', () => {
  it('@graph with a WebPage and a Product', async () => {
    const doc = page({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'x' }, product({ sku: 'G-1' })] });
    const [stock] = await load(doc, ['G-1']);
    expect(stock?.productId).toBe('G-1');
    expect(stateOf(stock)).toBe('in-stock');
  });

  it('a Product as a WebPage’s mainEntity, and an ItemList of Products', async () => {
    const doc = page(
      { '@type': 'WebPage', mainEntity: product({ sku: 'A' }) },
      { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: product({ sku: 'B', offers: offer('OutOfStock') }) }] },
    );
    const found = await load(doc, ['A', 'B']);
    expect(found.map((s) => [s.productId, stateOf(s)])).toEqual([
      ['A', 'in-stock'],
      ['B', 'out-of-stock'],
    ]);
  });

  it('an offers array: the best offer wins', async () => {
    const [stock] = await load(page(product({ offers: [offer('OutOfStock'), offer('BackOrder'), offer('InStock')] })));
    expect(stateOf(stock)).toBe('in-stock');
    const [bo] = await load(page(product({ offers: [offer('OutOfStock'), offer('BackOrder')] })));
    expect(stateOf(bo)).toBe('backorder');
  });

  it('AggregateOffer with its own availability, and with nested offers', async () => {
    const [own] = await load(
      page(product({ offers: { '@type': 'AggregateOffer', lowPrice: 5, highPrice: 9, availability: 'LimitedAvailability' } })),
    );
    expect(stateOf(own)).toBe('low-stock');
    const nested = { '@type': 'AggregateOffer', lowPrice: 5, offerCount: 2, offers: [offer('SoldOut'), offer('PreOrder')] };
    const [n] = await load(page(product({ offers: nested })));
    expect(stateOf(n)).toBe('preorder');
  });

  it('AggregateOffer without any availability → no record, one warning', async () => {
    expectConsole('warn', /has no availability we can read/);
    expect(await load(page(product({ offers: { '@type': 'AggregateOffer', lowPrice: 5 } })))).toEqual([]);
  });

  it('ProductGroup with hasVariant: variants by sku, productID or @id', async () => {
    const group = {
      '@context': 'https://schema.org',
      '@type': 'ProductGroup',
      name: 'Tee',
      productGroupID: 'TEE',
      hasVariant: [
        { '@type': 'Product', sku: 'TEE-S', '@id': 'https://shop.example/tee#s', offers: offer('InStock') },
        { '@type': 'Product', productID: '4411', sku: 'TEE-M', offers: offer('BackOrder', { availabilityStarts: '2027-01-15' }) },
        { '@type': 'Product', '@id': 'https://shop.example/tee#l', offers: offer('OutOfStock') },
        { '@type': 'Product', sku: 'TEE-XL', offers: offer('Nonsense') },
      ],
    };
    const [stock] = await load(page(group), ['TEE']);
    expect(stock?.productId).toBe('TEE');
    // The group without offers of its own is as available as its best variant.
    expect(stateOf(stock)).toBe('in-stock');
    expect(stateOf(stock, 'TEE-S')).toBe('in-stock');
    expect(stateOf(stock, 'https://shop.example/tee#s')).toBe('in-stock');
    expect(stateOf(stock, '4411')).toBe('backorder');
    expect(stateOf(stock, 'TEE-M')).toBe('backorder');
    expect(pickRecord(stock ?? null, 'TEE-M')?.restock).toEqual({ date: '2027-01-15', confirmed: true });
    expect(stateOf(stock, 'https://shop.example/tee#l')).toBe('out-of-stock');
    expect(stateOf(stock, 'TEE-XL')).toBe('unknown');
    expect(stateOf(stock, 'NOPE')).toBe('unknown');
    expect(stateOf(stock, 'constructor')).toBe('unknown');
    expect(stateOf(stock, '__proto__')).toBe('unknown');
  });

  it('asking by a variant’s id finds its group', async () => {
    const group = {
      '@type': 'ProductGroup',
      productGroupID: 'TEE',
      hasVariant: [{ '@type': 'Product', sku: 'TEE-S', offers: offer('InStock') }],
    };
    const [stock] = await load(page(product({ sku: 'OTHER' }), group), ['TEE-S']);
    expect(stock?.productId).toBe('TEE-S');
    expect(stateOf(stock, 'TEE-S')).toBe('in-stock');
  });

  it('availabilityStarts: date-only stays that day, a date-time is the day in the store’s zone', async () => {
    const [pre] = await load(page(product({ offers: offer('PreOrder', { availabilityStarts: '2027-03-01' }) })));
    expect(pickRecord(pre ?? null, null)?.preorder).toEqual({ releaseDate: '2027-03-01' });
    const [dt] = await load(page(product({ offers: offer('PreOrder', { availabilityStarts: '2027-03-01T20:00:00Z' }) })), [''], {
      timeZone: 'Asia/Tokyo',
    });
    expect(pickRecord(dt ?? null, null)?.preorder).toEqual({ releaseDate: '2027-03-02' });
    const [oos] = await load(page(product({ offers: offer('OutOfStock', { availabilityStarts: '2027-03-01T02:00:00-08:00' }) })), [''], {
      timeZone: 'America/Los_Angeles',
    });
    expect(pickRecord(oos ?? null, null)?.restock).toEqual({ date: '2027-03-01', confirmed: false });
  });

  it('invalid availabilityStarts is dropped, the availability kept', async () => {
    for (const bad of ['2027-02-30', 'soon', '<img src=x onerror=alert(1)>', 20270301, { date: '2027-03-01' }]) {
      const [s] = await load(page(product({ offers: offer('PreOrder', { availabilityStarts: bad }) })));
      expect(pickRecord(s ?? null, null)?.preorder).toEqual({ releaseDate: null });
    }
  });
});

describe('jsonLdSource: several products', () => {
  const doc = () =>
    page(
      product({ name: 'First', sku: 'S-1', offers: offer('InStock') }),
      product({ name: 'Second', productID: 'P-2', offers: offer('OutOfStock') }),
      product({ name: 'Third', '@id': 'https://shop.example/p/3#product', offers: offer('BackOrder') }),
    );
  it('matches by sku, productID and @id; no id → the first', async () => {
    const found = await load(doc(), ['P-2', 'https://shop.example/p/3#product', 'S-1', '']);
    expect(found.map((s) => [s.productId, s.info?.name, stateOf(s)])).toEqual([
      ['P-2', 'Second', 'out-of-stock'],
      ['https://shop.example/p/3#product', 'Third', 'backorder'],
      ['S-1', 'First', 'in-stock'],
      ['', 'First', 'in-stock'],
    ]);
  });
  it('an id not on the page is left out', async () => {
    expect(await load(doc(), ['nope', 'S-1'])).toHaveLength(1);
  });
  it('the page’s only product answers for an id it does not carry (fallback for API ids)', async () => {
    const [stock] = await load(page(product({ sku: 'SKU-9' })), ['77']);
    expect(stock?.productId).toBe('77');
  });
  it('no JSON-LD at all → nothing, silently', async () => {
    expect(await load(page(), ['1', ''])).toEqual([]);
  });
});

describe('jsonLdSource: info', () => {
  it('name, url, image (string or ImageObject) and a formatted price', async () => {
    const [a] = await load(page(product({ url: 'https://shop.example/mug', image: ['https://cdn.example/a.jpg'] })), [''], {
      locale: 'en-US',
    });
    expect(a?.info).toEqual({ name: 'Mug', url: 'https://shop.example/mug', image: 'https://cdn.example/a.jpg', price: '$12.00' });
    const [b] = await load(page(product({ image: { '@type': 'ImageObject', url: 'https://cdn.example/b.jpg' } })));
    expect(b?.info?.image).toBe('https://cdn.example/b.jpg');
  });
  it('a bad currency or price gives no price', async () => {
    const [a] = await load(page(product({ offers: offer('InStock', { price: '12', priceCurrency: 'dollars' }) })));
    expect(a?.info?.price).toBeUndefined();
    const [b] = await load(page(product({ offers: offer('InStock', { price: 'free', priceCurrency: 'USD' }) })));
    expect(b?.info?.price).toBeUndefined();
  });
});

describe('jsonLdSource: bad data', () => {
  it('malformed JSON: one warning for all such scripts, the others still read', async () => {
    expectConsole('warn', /^\[stock-status\] the page has a JSON-LD script that is not valid JSON; it was skipped\.$/);
    const doc = page('{ "@type": "Product", ', product({ sku: 'OK' }), '<img src=x onerror=alert(1)>');
    const found = await load(doc, ['OK']);
    expect(found.map((s) => s.productId)).toEqual(['OK']);
  });

  it('wrong types in descriptive fields cost only those fields', async () => {
    const [stock] = await load(page(product({ name: { en: 'Mug' }, url: 42, '@id': ['x'], productID: { a: 1 }, sku: 'SKU-T' })), ['SKU-T']);
    expect(stateOf(stock)).toBe('in-stock');
    expect(stock?.info?.name).toBeUndefined();
    expect(stock?.info?.url).toBeUndefined();
  });

  it('an offer with a PriceSpecification object still gives its availability', async () => {
    const [stock] = await load(page(product({ offers: offer('BackOrder', { price: { '@type': 'PriceSpecification', price: 3 } }) })));
    expect(stateOf(stock)).toBe('backorder');
  });

  it('missing fields: no offers → warning; no @type → not a product', async () => {
    expectConsole('warn', /the JSON-LD of product "Bare" has no availability we can read/);
    expect(await load(page(product({ name: 'Bare', offers: undefined })))).toEqual([]);
    expect(await load(page({ name: 'No type', offers: offer('InStock') }))).toEqual([]);
  });

  it('wrong types for offers and variants are ignored', async () => {
    expectConsole('warn', /has no availability we can read/);
    for (const offers of ['InStock', 42, null, [null, 'x', 7]]) {
      expect(await load(page(product({ offers })))).toEqual([]);
    }
    const [s] = await load(page(product({ hasVariant: ['x', 42, null, { sku: 'no type' }] })));
    expect(s?.variants).toEqual([]);
    expect(stateOf(s)).toBe('in-stock');
  });

  it('a huge script is skipped with one warning, the rest still read', async () => {
    expectConsole('warn', /^\[stock-status\] a JSON-LD script of \d+ characters was too large to read\.$/);
    const huge = JSON.stringify(product({ description: 'x'.repeat(1_100_000) }));
    const found = await load(page(huge, product({ sku: 'SMALL' })), ['SMALL']);
    expect(found).toHaveLength(1);
  });

  it('deeply nested offers do not exhaust the stack', async () => {
    const n = 20_000;
    const deep = `${'{"@type":"AggregateOffer","offers":'.repeat(n)}${JSON.stringify(offer('InStock'))}${'}'.repeat(n)}`;
    const text = `{"@type":"Product","name":"Deep","offers":[${JSON.stringify(offer('OutOfStock'))},${deep}]}`;
    const [stock] = await load(page(text));
    expect(stateOf(stock)).toBe('out-of-stock');
  });

  it('hostile names are kept as plain text, verbatim', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const [s] = await load(page(product({ name })));
    expect(s?.info?.name).toBe(name);
    expect(consoleLines()).toEqual([]);
  });

  it('a hostile name in a warning is only text', async () => {
    expectConsole('warn', /the JSON-LD of product "<img src=x onerror=alert\(1\)>" has no availability/);
    await load(page(product({ name: '<img src=x onerror=alert(1)>', offers: offer('Whatever') })));
  });
});

describe('jsonLdSource as the fallback of a batch', () => {
  const tee = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: 'Tee',
    sku: 'TEE-1',
    offers: { '@type': 'Offer', availability: 'https://schema.org/PreOrder' },
  };
  const withElements = (doc: Document, ...els: [string, string | null][]) => {
    for (const [id, context] of els) {
      const el = doc.createElement('stock-status');
      el.setAttribute('product-id', id);
      if (context) el.setAttribute('context', context);
      doc.body.append(el);
    }
    return doc;
  };

  it("the page's one Product answers the product-context element, even asked together with cards", async () => {
    const doc = withElements(page(tee), ['77', null], ['12', 'card'], ['13', 'cart']);
    const found = await load(doc, ['12', '77', '13']);
    expect(found.map((p) => p.productId)).toEqual(['77']);
    expect(stateOf(found[0])).toBe('preorder');
  });

  it('a card alone does not take the page product', async () => {
    const doc = withElements(page(tee), ['77', 'product'], ['12', 'card']);
    expect((await load(doc, ['12', '13'])).map((p) => p.productId)).toEqual([]);
  });
});
