import { waitFor } from '@testing-library/dom';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { configure } from '../../src/configure';
import { emptyRecord, type ProductStock, type StockRecord } from '../../src/core/StockRecord';
import { define } from '../../src/define';
import type { StockStatusChangeDetail } from '../../src/element/StockStatusElement';
import type { Source } from '../../src/sources/Source';
import { expectConsole } from '../setup/failOnConsole';
import { mount, settled, text } from './elementHelpers';

const day = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const rec = (over: Partial<StockRecord>, variantId: string | null = null, productId = '77'): StockRecord => ({
  ...emptyRecord(productId, variantId),
  ...over,
});

/** A fake platform: what a real adapter would normalise to, with every call recorded. */
function fakeSource(catalog: Record<string, ProductStock>, calls: string[][] = []): Source {
  return {
    platform: 'json',
    batchSize: 50,
    async load(ids) {
      calls.push([...ids]);
      return ids.map((id) => catalog[id]).filter((p): p is ProductStock => !!p);
    },
  };
}

const catalog: Record<string, ProductStock> = {
  '77': {
    productId: '77',
    product: rec({ inStock: true, onHand: 12 }),
    variants: [
      rec({ inStock: true, onHand: 12, lowStockAt: 3 }, 'red'),
      rec({ inStock: true, onHand: 2, lowStockAt: 3 }, 'blue'),
      rec({ onHand: 2, backorderable: 'unlimited', restock: { date: day(20), confirmed: true } }, 'green'),
      rec({ onHand: 0, restock: { date: day(30), confirmed: false } }, 'black'),
    ],
  },
  '88': { productId: '88', product: rec({ purchasable: false }, null, '88'), variants: [], info: { name: '<img src=x onerror=alert(1)>' } },
  '99': { productId: '99', product: rec({ preorder: { releaseDate: day(40) } }, null, '99'), variants: [] },
};

function events(el: HTMLElement): StockStatusChangeDetail[] {
  const out: StockStatusChangeDetail[] = [];
  el.addEventListener('stock-status:change', (e) => out.push((e as CustomEvent<StockStatusChangeDetail>).detail));
  return out;
}

beforeAll(() => define());
afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('<stock-status>', () => {
  test('renders the state into an open shadow root and announces it with the documented event', async () => {
    configure({ platform: 'json', locale: 'en-US' }, { source: fakeSource(catalog), storage: null });
    const el = mount({ 'product-id': '77', 'variant-id': 'red', quantity: '2' });
    const seen = events(el);
    expect(el.getAttribute('data-state')).toBe('loading');
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('in-stock');
    expect(el.shadowRoot).not.toBeNull();
    expect(el.shadowRoot!.querySelector('[role=status]')?.textContent).toContain('In stock');
    expect(seen).toEqual([
      { productId: '77', variantId: 'red', quantity: 2, state: 'in-stock', available: 2, eta: null, etaKind: null, platform: 'json' },
    ]);
  });

  test('follows variant-id and quantity changes: low stock, then a partial backorder with its date', async () => {
    configure({ platform: 'json', locale: 'en-US' }, { source: fakeSource(catalog), storage: null });
    const el = mount({ 'product-id': '77', 'variant-id': 'blue' });
    const seen = events(el);
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('low-stock');
    expect(text(el)).toContain('Only 2 left');

    el.setAttribute('variant-id', 'green');
    el.setAttribute('quantity', '5');
    await waitFor(() => expect(el.getAttribute('data-state')).toBe('backorder'));
    expect(text(el)).toMatch(/2 ship now, 3 ship by \w{3} \d{1,2}/);
    expect(seen.at(-1)).toMatchObject({
      variantId: 'green',
      quantity: 5,
      state: 'backorder',
      available: 2,
      eta: day(20),
      etaKind: 'confirmed',
    });
  });

  test('out of stock shows the expected restock date; pre-order its release date', async () => {
    configure({ platform: 'json', locale: 'en-US' }, { source: fakeSource(catalog), storage: null });
    const out = mount({ 'product-id': '77', 'variant-id': 'black' });
    const pre = mount({ 'product-id': '99' });
    await settled(out);
    await settled(pre);
    expect(out.getAttribute('data-state')).toBe('out-of-stock');
    expect(text(out)).toMatch(/Out of stock.*Expected back/);
    expect(pre.getAttribute('data-state')).toBe('preorder');
    expect(text(pre)).toMatch(/Pre-order.*Releases/);
  });

  test('every element on the page is answered by one request', async () => {
    const calls: string[][] = [];
    configure({ platform: 'json' }, { source: fakeSource(catalog, calls), storage: null });
    const els = ['77', '88', '99', '77', '88'].map((id) => mount({ 'product-id': id, context: 'card' }));
    await settled(...els);
    expect(calls).toEqual([['77', '88', '99']]);
    expect(els.map((e) => e.getAttribute('data-state'))).toEqual(['in-stock', 'unavailable', 'preorder', 'in-stock', 'unavailable']);
  });

  test('a product the platform does not know is "unknown" and shows nothing', async () => {
    configure({ platform: 'json' }, { source: fakeSource(catalog), storage: null });
    const el = mount({ 'product-id': 'nope' });
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('unknown');
    expect(text(el)).toBe('');
  });

  test('card context shows the badge only and is not a live region; cart says what ships when', async () => {
    configure({ platform: 'json', locale: 'en-US' }, { source: fakeSource(catalog), storage: null });
    const card = mount({ 'product-id': '77', 'variant-id': 'green', quantity: '5', context: 'card' });
    const cart = mount({ 'product-id': '77', 'variant-id': 'green', quantity: '5', context: 'cart' });
    await settled(card);
    await settled(cart);
    expect(text(card)).toBe('Backorder');
    expect(card.shadowRoot!.querySelector('[aria-live]')).toBeNull();
    expect(text(cart)).toMatch(/2 ship now, 3 ship by/);
  });

  test('text from the platform and the merchant is shown as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    configure(
      { platform: 'json', locale: 'en', messages: { en: { inStock: `${hostile} {count}` } } },
      {
        source: fakeSource({
          ...catalog,
          '88': { ...catalog['88']!, product: { ...catalog['88']!.product, storeText: { unavailable: hostile } } },
        }),
        storage: null,
      },
    );
    const a = mount({ 'product-id': '88' });
    const b = mount({ 'product-id': '77' });
    await settled(a);
    await settled(b);
    expect(text(a)).toBe(hostile);
    expect(text(b)).toContain(`${hostile} {count}`);
    expect(a.shadowRoot!.querySelector('img')).toBeNull();
    expect(b.shadowRoot!.querySelector('img')).toBeNull();
  });

  test('the shopper locale comes from data-locale, then <html lang>', async () => {
    document.documentElement.lang = 'de-DE';
    configure({ platform: 'json' }, { source: fakeSource(catalog), storage: null, document });
    const de = mount({ 'product-id': '77', 'variant-id': 'black' });
    await settled(de);
    expect(text(de)).toMatch(/Ausverkauft/);
    configure({ platform: 'json', locale: 'ja' }, { source: fakeSource(catalog), storage: null, document });
    const ja = mount({ 'product-id': '99' });
    await settled(ja);
    expect(text(ja)).toMatch(/予約受付中/);
    document.documentElement.lang = '';
  });

  test('a failing platform falls back to the page JSON-LD with one warning, and the page is unharmed', async () => {
    document.head.innerHTML = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Product', productID: '77', offers: { availability: 'https://schema.org/InStock' } })}</script>`;
    expectConsole('warn', /^\[stock-status\] json stock look-up failed/);
    const failing: Source = { platform: 'json', batchSize: 50, load: vi.fn().mockRejectedValue(new Error('HTTP 500')) };
    configure({ platform: 'json' }, { source: failing, storage: null, document });
    const els = [mount({ 'product-id': '77' }), mount({ 'product-id': '77', context: 'card' })];
    await settled(...els);
    expect(els.map((e) => e.getAttribute('data-state'))).toEqual(['in-stock', 'in-stock']);
  });

  test('an element without product-id on an API platform is unknown, with one clear warning', async () => {
    expectConsole('warn', /needs a product-id/);
    configure({ platform: 'json' }, { source: fakeSource(catalog), storage: null });
    const el = mount({});
    await settled(el);
    expect(el.getAttribute('data-state')).toBe('unknown');
  });

  test('define() twice is harmless', () => {
    expect(() => {
      define();
      define();
    }).not.toThrow();
    expect(customElements.get('stock-status')).toBeDefined();
  });

  test('a superseded look-up does not overwrite the newer answer', async () => {
    let release!: () => void;
    const slow: Source = {
      platform: 'json',
      batchSize: 50,
      load: (ids, ctx) =>
        new Promise((resolve, reject) => {
          if (ids.includes('slow')) {
            ctx.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
            release = () => resolve([{ ...catalog['99']!, productId: 'slow' }]);
          } else resolve(ids.map((id) => catalog[id]).filter((p): p is ProductStock => !!p));
        }),
    };
    configure({ platform: 'json' }, { source: slow, storage: null });
    const el = mount({ 'product-id': 'slow' });
    await new Promise((r) => setTimeout(r, 5));
    el.setAttribute('product-id', '88');
    await waitFor(() => expect(el.getAttribute('data-state')).toBe('unavailable'));
    release();
    await new Promise((r) => setTimeout(r, 5));
    expect(el.getAttribute('data-state')).toBe('unavailable');
  });

  test('bad attributes: each named in one warning and read as its default; the rest still works', async () => {
    expectConsole('warn', /<stock-status quantity="lots"> is not valid; using 1/);
    expectConsole('warn', /<stock-status context="banner"> is not valid; using product/);
    expectConsole('warn', /<stock-status product-id="x{40}"> is not valid; it is ignored/);
    expectConsole('warn', /needs a product-id/);
    configure({ platform: 'json', locale: 'en' }, { source: fakeSource(catalog), storage: null });
    const a = mount({ 'product-id': '77', 'variant-id': 'blue', quantity: 'lots', context: 'banner' });
    const b = mount({ 'product-id': 'x'.repeat(5000) });
    const seen = events(a);
    await settled(a);
    await settled(b);
    expect(a.getAttribute('data-state')).toBe('low-stock');
    expect(a.shadowRoot!.querySelector('[role=status]')).not.toBeNull();
    expect(seen.at(-1)).toMatchObject({ quantity: 1, variantId: 'blue' });
    expect(b.getAttribute('data-state')).toBe('unknown');
  });
});
