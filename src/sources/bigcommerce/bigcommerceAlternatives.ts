import { resolveAvailability } from '../../core/resolveAvailability';
import type { ProductStock } from '../../core/StockRecord';
import type { PlatformAlternatives } from '../Source';
import { relatedDocument } from './bigcommerceDocuments';
import { asEntityId, bigcommerceSource, metafieldVariables, readProducts } from './bigcommerceSource';
import { queryStorefront, rememberOlderStore } from './queryStorefront';

/**
 * BigCommerce's related products (or the merchant's list) that can ship now, never the product
 * itself. Runs in the extras script, whose copy of the older-store memory starts empty: the
 * product's look-up tells it (`fieldsRefused`), so an older store is not probed a second time.
 */
export const bigcommerceAlternatives: PlatformAlternatives = async (productId, limit, context, stock) => {
  const id = asEntityId(productId);
  if (id === null || limit <= 0) return [];
  if (stock?.fieldsRefused) rememberOlderStore(context);
  const list = (context.config.alternativesList ?? []).filter((x) => asEntityId(x) !== null && asEntityId(x) !== id);
  let found: ProductStock[];
  if (list.length) {
    found = await bigcommerceSource.load(list.slice(0, 50), context);
    // The merchant's order, not the API's.
    found.sort((a, b) => list.indexOf(a.productId) - list.indexOf(b.productId));
  } else {
    // Ask for more than needed: some related products will be out of stock.
    const vars = { id, first: Math.min(50, limit * 3), ...metafieldVariables(context) };
    const { data, alpha } = await queryStorefront(relatedDocument, vars, context);
    found = readProducts(data, (site) => site.product?.relatedProducts.edges?.map((e) => e.node), alpha, context);
  }
  return found
    .filter((s) => s.productId !== String(id))
    .filter((s) => ['in-stock', 'low-stock'].includes(resolveAvailability(s.product, 1).state))
    .slice(0, limit)
    .map((s) => ({ productId: s.productId, info: s.info ?? {}, record: s.product }));
};
