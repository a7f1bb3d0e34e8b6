import * as z from 'zod/mini';
import { report } from '../../core/report';
import { emptyRecord, type ProductStock, type StockRecord } from '../../core/StockRecord';
import { type Source, SourceError } from '../Source';
import { type JsonStock, jsonFeed, jsonProduct } from './jsonFeedSchema';

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

/**
 * Our own endpoint format: `GET <endpoint>?ids=1,2,3` answers every product of a page at once.
 * A product entry that does not match the schema is skipped with one warning; the others show.
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
    for (const raw of feed.data.products) {
      const p = z.safeParse(jsonProduct, raw);
      if (!p.success) {
        report('warn', `${url.pathname} sent a product entry that does not match the format; it was skipped.`);
        continue;
      }
      const { id, name, url: link, image, price, stock, variants = [], alternatives } = p.data;
      out.push({
        productId: id,
        product: recordOf(id, null, stock),
        variants: variants.map((v) => recordOf(id, v.id, v.stock)),
        info: { name, url: link, image, price },
        hasAlternatives: (alternatives?.length ?? 0) > 0,
        // For jsonAlternatives, in the extras script: the list without a second look-up of the product.
        related: alternatives ?? [],
      });
    }
    return out;
  },
  // The product's own `alternatives` list: jsonAlternatives, in the extras script.
  alternativesInExtras: true,
};
