import * as z from 'zod/mini';
import { emptyRecord, type ProductStock, type StockRecord } from '../../core/StockRecord';
import { type Source, SourceError } from '../Source';
import { readableOf } from '../SourceError';
import { toAlternatives } from '../toAlternatives';
import { type JsonStock, jsonFeed, jsonProduct } from './jsonSchema';

function recordOf(productId: string, variantId: string | null, s: JsonStock): StockRecord {
  const r = emptyRecord(productId, variantId);
  r.purchasable = s.purchasable;
  r.tracked = s.tracked;
  r.onHand = s.onHand ?? null;
  r.inStock = s.inStock ?? (r.onHand !== null ? r.onHand > 0 : false);
  r.backorderable = s.backorderable ?? null;
  r.lowStockAt = s.lowStockAt ?? null;
  r.showCounts = s.showCounts;
  r.preorder = s.preorder ? { releaseDate: s.preorder.releaseDate ?? null } : null;
  r.restock = s.restock ?? null;
  return r;
}

/** Each product's `alternatives` ids from the last answer, so alternatives cost no second look-up of it. */
const alternativeIds = new Map<string, string[]>();

/**
 * Our own endpoint format: `GET <endpoint>?ids=1,2,3` answers every product of a page at once.
 * A product entry that does not match the schema is left out of a `SourceError` carrying the others (they show; it falls back).
 */
export const jsonSource: Source = {
  platform: 'json',
  batchSize: 100,
  async load(productIds, { config, transport, signal }) {
    if (!config.endpoint) throw new SourceError('data-platform="json" needs data-endpoint');
    const url = new URL(config.endpoint, globalThis.location?.href ?? 'http://localhost/');
    url.searchParams.set('ids', productIds.join(','));
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (config.token) headers.Authorization = `Bearer ${config.token}`;
    const body = await transport.json(url.href, { headers, signal, credentials: 'same-origin' });
    const feed = z.safeParse(jsonFeed, body);
    if (!feed.success) throw new SourceError(`${url.pathname} did not answer in the stock-status JSON format (version 1)`);
    const out: ProductStock[] = [];
    let drifted = false;
    for (const raw of feed.data.products) {
      const p = z.safeParse(jsonProduct, raw);
      if (!p.success) {
        drifted = true; // left out: the store falls back for it
        continue;
      }
      const { id, name, url: link, image, price, stock, variants = [], alternatives } = p.data;
      alternativeIds.set(id, alternatives ?? []);
      out.push({
        productId: id,
        product: recordOf(id, null, stock),
        variants: variants.map((v) => recordOf(id, v.id, v.stock)),
        info: { name, url: link, image, price },
        hasAlternatives: (alternatives?.length ?? 0) > 0,
      });
    }
    if (drifted) throw new SourceError(`${url.pathname} sent a product entry that does not match the format`, false, out);
    return out;
  },
  /** The product's own `alternatives` list, looked up in one request, keeping those that ship now. */
  async alternatives(productId, limit, context) {
    if (!alternativeIds.has(productId)) await jsonSource.load([productId], context).catch(readableOf);
    const ids = (alternativeIds.get(productId) ?? []).filter((id) => id !== productId);
    if (ids.length === 0 || limit <= 0) return [];
    const found = await jsonSource.load(ids, context).catch(readableOf);
    const order = new Map(ids.map((id, i) => [id, i]));
    found.sort((a, b) => (order.get(a.productId) ?? 0) - (order.get(b.productId) ?? 0));
    return toAlternatives(found, productId, limit);
  },
};
