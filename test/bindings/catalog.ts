import { emptyRecord, type ProductStock, type StockRecord } from '../../src/core/StockRecord';
import type { Source } from '../../src/sources/Source';

/** A date `n` days from today, as the widget writes it. */
export const day = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const rec = (over: Partial<StockRecord>, variantId: string | null = null, productId = '77'): StockRecord => ({
  ...emptyRecord(productId, variantId),
  ...over,
});

/** What a platform adapter would normalise to: a chair in four colours, an unavailable lamp, a pre-order. */
export const catalog = (): Record<string, ProductStock> => ({
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
  '88': {
    productId: '88',
    product: rec({ purchasable: false, storeText: { unavailable: '<img src=x onerror=alert(1)>' } }, null, '88'),
    variants: [],
  },
  '99': { productId: '99', product: rec({ preorder: { releaseDate: day(40) } }, null, '99'), variants: [] },
});

/**
 * A fake platform over a catalogue that a test may change, recording each request. `slow` ids
 * answer only when `release()` is called, and reject when their request is aborted.
 */
export function fakeSource(products = catalog()) {
  const calls: string[][] = [];
  const aborted: string[][] = [];
  let release: () => void = () => {};
  const source: Source = {
    platform: 'json',
    batchSize: 50,
    load(ids, ctx) {
      calls.push([...ids]);
      const answer = () => ids.map((id) => products[id]).filter((p): p is ProductStock => !!p);
      if (!ids.includes('slow')) return Promise.resolve(answer());
      return new Promise((resolve, reject) => {
        ctx.signal.addEventListener('abort', () => {
          aborted.push([...ids]);
          reject(new DOMException('aborted', 'AbortError'));
        });
        release = () => resolve([{ ...products['99']!, productId: 'slow' }]);
      });
    },
  };
  return { source, products, calls, aborted, release: () => release() };
}
