import * as z from 'zod/mini';
import { report } from '../../core/report';
import type { ProductStock } from '../../core/StockRecord';
import type { Source } from '../Source';
import { askStorefront, metafieldArgs } from './askStorefront';
import { readLiquidStock } from './liquidStock';
import { stockQuery } from './shopifyDocuments';
import { normalizeShopifyId, parseGid } from './shopifyIds';
import { shopifyProduct, shopifyVariantNode } from './shopifyResponse';
import { stockOfProduct } from './shopifyStock';

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
    if (!ids.length) return out;

    const vars = { ids, ...metafieldArgs(config) };
    let { data, denied, refused } = await askStorefront(context, stockQuery, vars);
    // Where a refused field took a whole node with it, ask once more without the field.
    const lostNodes = denied.some((e) => typeof e.path?.[1] === 'number' && Array.isArray(data.nodes) && data.nodes[e.path[1]] === null);
    if (lostNodes) ({ data, refused } = await askStorefront(context, stockQuery, vars));

    const nodes = Array.isArray(data.nodes) ? data.nodes : [];
    ids.forEach((id, i) => {
      const node = nodes[i];
      if (node === null || node === undefined) return; // unknown to this storefront
      const isVariant = parseGid(id)?.type === 'ProductVariant';
      const result = isVariant ? z.safeParse(shopifyVariantNode, node) : z.safeParse(shopifyProduct, node);
      if (!result.success) {
        report('warn', 'the Shopify Storefront API sent a product that does not match its schema; it was skipped.');
        return;
      }
      const product = 'product' in result.data ? result.data.product : result.data;
      const stock = stockOfProduct(product, id, config);
      // The alternatives, in the extras script, then leave the refused field out too.
      out.push(refused ? { ...stock, fieldsRefused: true } : stock);
    });
    return out;
  },

  // Shopify's recommendations: shopifyAlternatives, in the extras script.
  alternativesInExtras: true,
};
