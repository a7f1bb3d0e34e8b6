import * as z from 'zod/mini';
import type { Config } from '../../config/Config';
import { report } from '../../core/report';
import type { ProductStock } from '../../core/StockRecord';
import { type Alternative, type Source, type SourceContext, SourceError } from '../Source';
import { readLiquidStock } from './liquidStock';
import { alternativesQuery, stockQuery } from './shopifyDocuments';
import { normalizeShopifyId, parseGid } from './shopifyIds';
import { type ShopifyError, shopifyEnvelope, shopifyProduct, shopifyVariantNode } from './shopifyResponse';
import { productInfo, stockOfProduct } from './shopifyStock';

const DEFAULT_ENDPOINT = '/api/2026-04/graphql.json';

/** Pages (configs) whose token was refused `quantityAvailable`: they are not asked for it again. */
const noInventoryScope = new WeakSet<Config>();

function metafieldArgs(config: Config): { ns: string; key: string } {
  const field = config.restockField || 'custom.restock_date';
  const dot = field.lastIndexOf('.');
  return dot > 0 ? { ns: field.slice(0, dot), key: field.slice(dot + 1) } : { ns: 'custom', key: field };
}

const isInventoryDenial = (e: ShopifyError) => e.path?.[e.path.length - 1] === 'quantityAvailable';

/**
 * POSTs one document and returns its `data`. Field errors on `quantityAvailable` (a token without
 * `unauthenticated_read_product_inventory`) are remembered, never fatal; others without data are.
 */
async function ask(
  context: SourceContext,
  query: (withQuantity: boolean) => string,
  variables: Record<string, unknown>,
): Promise<{ data: Record<string, unknown>; denied: ShopifyError[] }> {
  const { config, transport, signal } = context;
  const url = new URL(config.endpoint || DEFAULT_ENDPOINT, globalThis.location?.href ?? 'http://localhost/').href;
  const withQuantity = !noInventoryScope.has(config);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (config.token) headers['X-Shopify-Storefront-Access-Token'] = config.token;
  const body = await transport.json(url, {
    method: 'POST',
    headers,
    signal,
    credentials: 'omit',
    body: JSON.stringify({ query: query(withQuantity), variables }),
  });
  const parsed = z.safeParse(shopifyEnvelope, body);
  if (!parsed.success) throw new SourceError('the Shopify Storefront API did not answer in GraphQL form');
  const { data, errors = [] } = parsed.data;
  if (typeof errors === 'string' || !data) {
    const first = typeof errors === 'string' ? errors : errors[0]?.message;
    throw new SourceError(`the Shopify Storefront API refused the look-up: ${String(first ?? 'no data').slice(0, 200)}`);
  }
  const denied = errors.filter(isInventoryDenial);
  if (denied.length && withQuantity) {
    noInventoryScope.add(config);
    report(
      'warn',
      'the Storefront API token may not read stock levels (scope unauthenticated_read_product_inventory), so no counts are shown; availability is unaffected.',
    );
  }
  return { data, denied };
}

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
    let { data, denied } = await ask(context, stockQuery, vars);
    // Where a refused field took a whole node with it, ask once more without the field.
    const lostNodes = denied.some((e) => typeof e.path?.[1] === 'number' && Array.isArray(data.nodes) && data.nodes[e.path[1]] === null);
    if (lostNodes) ({ data } = await ask(context, stockQuery, vars));

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
      out.push(stockOfProduct(product, id, config));
    });
    return out;
  },

  async alternatives(productId, limit, context): Promise<Alternative[]> {
    const id = normalizeShopifyId(productId, 'product');
    if (limit <= 0 || parseGid(id)?.type !== 'Product') return [];
    const { data } = await ask(context, alternativesQuery, { id, ...metafieldArgs(context.config) });
    const list = Array.isArray(data.productRecommendations) ? data.productRecommendations : [];
    const out: Alternative[] = [];
    for (const raw of list.slice(0, 50)) {
      const p = z.safeParse(shopifyProduct, raw);
      // Only what can be bought now is worth offering instead.
      if (!p.success || !p.data.availableForSale || p.data.id === id) continue;
      const stock = stockOfProduct(p.data, p.data.id, context.config);
      out.push({ productId: p.data.id, info: productInfo(p.data, context.config), record: stock.product });
      if (out.length >= limit) break;
    }
    return out;
  },
};
