import * as z from 'zod/mini';
import { report } from '../../core/report';
import type { ProductStock } from '../../core/StockRecord';
import { type Alternative, type Source, SourceError } from '../Source';
import { askStorefront, metafieldArgs } from './askStorefront';
import { readLiquidStock } from './liquidStock';
import { alternativesQuery, stockQuery } from './shopifyDocuments';
import { normalizeShopifyId, parseGid } from './shopifyIds';
import { shopifyProduct, shopifyVariantNode } from './shopifySchema';
import { productInfo, shopifyStock } from './shopifyStock';

/**
 * Shopify on the Storefront API 2026-04. One `nodes(ids:)` request answers every product of a
 * page; product ids may be numeric or GIDs, and cart lines may ask by a variant GID. Products the
 * theme's Liquid already described (`readLiquidStock`) cost no request at all.
 */
export const shopifySource: Source = {
  platform: 'shopify',
  batchSize: 50,
  normalizeId: normalizeShopifyId,

  async load(productIds, context) {
    const { config } = context;
    const liquid = readLiquidStock(context.document, config);
    const out: ProductStock[] = [];
    const ids: string[] = [];
    for (const key of productIds) {
      const id = normalizeShopifyId(key, 'product');
      const fromLiquid = liquid.get(id) ?? [...liquid.values()].find((p) => p.variants.some((v) => v.variantId === id));
      if (fromLiquid) out.push(fromLiquid.productId === key ? fromLiquid : { ...fromLiquid, productId: key });
      else if (parseGid(id)) ids.push(id);
      else report('warn', `"${key.slice(0, 80)}" is not a Shopify product id (a number or a gid://shopify/... id); it was skipped.`);
    }
    // requests "none" (the app embed without a token): what the page does not describe shows nothing.
    if (!ids.length || config.requests === 'none') return out;

    const vars = { ids, ...metafieldArgs(config) };
    let { data, denied } = await askStorefront(context, stockQuery, vars);
    // Where a refused field took a whole node with it, ask once more without the field.
    const lostNodes = denied.some((e) => typeof e.path?.[1] === 'number' && Array.isArray(data.nodes) && data.nodes[e.path[1]] === null);
    if (lostNodes) ({ data } = await askStorefront(context, stockQuery, vars));

    const nodes = Array.isArray(data.nodes) ? data.nodes : [];
    let drifted = false;
    ids.forEach((id, i) => {
      const node = nodes[i];
      if (node === null || node === undefined) return; // unknown to this storefront
      const isVariant = parseGid(id)?.type === 'ProductVariant';
      const result = isVariant ? z.safeParse(shopifyVariantNode, node) : z.safeParse(shopifyProduct, node);
      if (!result.success) {
        drifted = true; // left out: the store falls back for it
        return;
      }
      const product = 'product' in result.data ? result.data.product : result.data;
      out.push(shopifyStock(product, id, config));
    });
    if (drifted) throw new SourceError('the Shopify Storefront API sent a product that does not match its schema', false, out);
    return out;
  },

  async alternatives(productId, limit, context): Promise<Alternative[]> {
    const id = normalizeShopifyId(productId, 'product');
    if (limit <= 0 || context.config.requests === 'none' || parseGid(id)?.type !== 'Product') return [];
    const { data } = await askStorefront(context, alternativesQuery, { id, ...metafieldArgs(context.config) });
    const list = Array.isArray(data.productRecommendations) ? data.productRecommendations : [];
    const out: Alternative[] = [];
    for (const raw of list.slice(0, 50)) {
      const p = z.safeParse(shopifyProduct, raw);
      // Only what can be bought now is worth offering instead.
      if (!p.success || !p.data.availableForSale || p.data.id === id) continue;
      const stock = shopifyStock(p.data, p.data.id, context.config);
      out.push({ productId: p.data.id, info: productInfo(p.data, context.config), record: stock.product });
      if (out.length >= limit) break;
    }
    return out;
  },
};
