import * as z from 'zod/mini';
import type { Alternative, PlatformAlternatives } from '../Source';
import { askStorefront, metafieldArgs, rememberNoInventoryScope } from './askStorefront';
import { alternativesQuery } from './shopifyDocuments';
import { normalizeShopifyId, parseGid } from './shopifyIds';
import { shopifyProduct } from './shopifyResponse';
import { productInfo, stockOfProduct } from './shopifyStock';

/**
 * Shopify's related products (`productRecommendations`, intent RELATED) that are for sale, at most
 * `limit`. Runs in the extras script, whose copy of the inventory-scope memory starts empty: the
 * product's look-up tells it (`fieldsRefused`), so the field is not asked for, nor warned about, again.
 */
export const shopifyAlternatives: PlatformAlternatives = async (productId, limit, context, stock) => {
  const id = normalizeShopifyId(productId, 'product');
  if (limit <= 0 || parseGid(id)?.type !== 'Product') return [];
  if (stock?.fieldsRefused) rememberNoInventoryScope(context.config);
  const { data } = await askStorefront(context, alternativesQuery, { id, ...metafieldArgs(context.config) });
  const list = Array.isArray(data.productRecommendations) ? data.productRecommendations : [];
  const out: Alternative[] = [];
  for (const raw of list.slice(0, 50)) {
    const p = z.safeParse(shopifyProduct, raw);
    // Only what can be bought now is worth offering instead.
    if (!p.success || !p.data.availableForSale || p.data.id === id) continue;
    const found = stockOfProduct(p.data, p.data.id, context.config);
    out.push({ productId: p.data.id, info: productInfo(p.data, context.config), record: found.product });
    if (out.length >= limit) break;
  }
  return out;
};
