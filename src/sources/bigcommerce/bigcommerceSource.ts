import * as z from 'zod/mini';
import { report } from '../../core/report';
import { resolveAvailability } from '../../core/resolveAvailability';
import type { ProductStock } from '../../core/StockRecord';
import { type Alternative, type Source, type SourceContext, SourceError } from '../Source';
import { readableOf } from '../SourceError';
import { productsDocument, relatedDocument, variantDocument } from './bigcommerceDocuments';
import { productSchema, siteSchema } from './bigcommerceSchema';
import { bigcommerceStock } from './bigcommerceStock';
import { endpointOf, queryStorefront } from './queryStorefront';
import { storeRules } from './storeRules';
import { parseOptionKey } from './variantForOptions';

/** BigCommerce product ids are whole numbers; anything else cannot be asked for. */
const asEntityId = (id: string): number | null => (/^\d{1,10}$/.test(id.trim()) ? Number(id.trim()) : null);

/** `data-restock-field="custom.restock_date"` → the metafield filter variables. */
function metafieldVariables(context: SourceContext) {
  const [namespace = 'custom', key = 'restock_date'] = context.config.restockField.split('.');
  return { ns: namespace, keys: [key] };
}

/**
 * `site` of an answer → normalised products. A product that fails its schema (or one of its
 * variants does) is left out and the whole read ends in one `SourceError` carrying the others, so
 * the store falls back for exactly the products that drifted.
 */
function readProducts(
  data: Record<string, unknown>,
  nodes: (site: z.infer<typeof siteSchema>['site']) => unknown[] | undefined,
  alpha: boolean,
  context: SourceContext,
  someVariants = false,
) {
  const parsed = z.safeParse(siteSchema, data);
  if (!parsed.success) throw new SourceError(`${endpointOf(context)} answered without the products asked for`);
  const rules = storeRules(parsed.data.site.settings?.inventory);
  const out: ProductStock[] = [];
  let skipped = 0;
  for (const node of nodes(parsed.data.site) ?? []) {
    const p = z.safeParse(productSchema, node);
    if (!p.success) {
      skipped++;
      continue;
    }
    const { stock, badVariants } = bigcommerceStock(p.data, { rules, alpha, someVariants, timeZone: context.config.timeZone });
    if (badVariants) skipped++;
    else out.push(stock);
  }
  if (skipped) throw new SourceError(`${endpointOf(context)} sent product data that does not match the BigCommerce schema`, false, out);
  return out;
}

/**
 * One variant of a product, by its entity id or by the option key (`o12:34,13:56`) of the options a
 * shopper picked: the product with that variant, or null when none matches.
 */
async function loadVariant(productId: string, variantId: string, context: SourceContext): Promise<ProductStock | null> {
  const id = asEntityId(productId);
  const variant = asEntityId(variantId);
  const values = variant === null ? parseOptionKey(variantId) : null;
  if (id === null || (variant === null && !values)) return null;
  const vars = { id, variants: variant === null ? [] : [variant], values: values ?? [], ...metafieldVariables(context) };
  const { data, alpha } = await queryStorefront(variantDocument, vars, context);
  const [stock] = readProducts(data, (site) => (site.product ? [site.product] : []), alpha, context, true);
  // The filter matched nothing: no such variant (rather than the product's own record).
  return stock && stock.variants.length > 0 ? stock : null;
}

/** Variant look-ups under way, shared by every element and form that wants the same one. */
const variantFlights = new Map<string, Promise<ProductStock>>();

/**
 * The BigCommerce GraphQL Storefront API. One request answers up to 50 products with their
 * variants and the store's inventory settings; older stores without the Alpha backorder fields are
 * detected once per page and still answer in stock, low stock, out of stock and pre-order.
 */
export const bigcommerceSource: Source = {
  platform: 'bigcommerce',
  batchSize: 50,
  normalizeId(id) {
    const n = asEntityId(id);
    return n === null ? id.trim() : String(n);
  },
  async load(productIds, context) {
    const ids = [...new Set(productIds.map(asEntityId).filter((n): n is number => n !== null))];
    if (ids.length === 0) return [];
    const { data, alpha } = await queryStorefront(productsDocument, { ids, ...metafieldVariables(context) }, context);
    return readProducts(data, (site) => site.products?.edges?.map((e) => e.node), alpha, context);
  },
  withVariant(stock, variantId, context, keep) {
    const id = `${stock.productId} ${variantId}`;
    let flight = variantFlights.get(id);
    if (!flight) {
      flight = loadVariant(stock.productId, variantId, { ...context, signal: new AbortController().signal })
        .then(
          (found) => {
            if (!found) return stock;
            // Added to the product as cached now (other variants may have come meanwhile).
            const merged = {
              ...stock,
              variants: [...stock.variants, ...found.variants],
              variantAliases: { ...stock.variantAliases, ...found.variantAliases },
            };
            keep(merged);
            return merged;
          },
          (e) => {
            report('warn', `bigcommerce variant look-up failed (${(e as Error)?.message ?? e}); no availability is shown for it.`);
            return stock;
          },
        )
        .finally(() => variantFlights.delete(id));
      variantFlights.set(id, flight);
    }
    return flight;
  },
  async alternatives(productId, limit, context): Promise<Alternative[]> {
    const id = asEntityId(productId);
    if (id === null || limit <= 0) return [];
    const list = (context.config.alternativesList ?? []).filter((x) => asEntityId(x) !== null && asEntityId(x) !== id);
    let found: ProductStock[];
    if (list.length) {
      found = await this.load(list.slice(0, 50), context).catch(readableOf);
      // The merchant's order, not the API's.
      found.sort((a, b) => list.indexOf(a.productId) - list.indexOf(b.productId));
    } else {
      // Ask for more than needed: some related products will be out of stock.
      const vars = { id, first: Math.min(50, limit * 3), ...metafieldVariables(context) };
      const { data, alpha } = await queryStorefront(relatedDocument, vars, context);
      try {
        found = readProducts(data, (site) => site.product?.relatedProducts?.edges?.map((e) => e.node), alpha, context);
      } catch (e) {
        found = readableOf(e); // a related product that drifted is simply not offered
      }
    }
    return found
      .filter((s) => s.productId !== String(id))
      .filter((s) => ['in-stock', 'low-stock'].includes(resolveAvailability(s.product, 1).state))
      .slice(0, limit)
      .map((s) => ({ productId: s.productId, info: s.info ?? {}, record: s.product }));
  },
};
