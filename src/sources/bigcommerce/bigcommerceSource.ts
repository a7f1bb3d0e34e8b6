import * as z from 'zod/mini';
import { report } from '../../core/report';
import type { ProductStock } from '../../core/StockRecord';
import { type Source, type SourceContext, SourceError } from '../Source';
import { productsDocument } from './bigcommerceDocuments';
import { productSchema, siteSchema } from './bigcommerceSchema';
import { normalizeProduct } from './normalizeProduct';
import { endpointOf, queryStorefront } from './queryStorefront';
import { storeRules } from './storeRules';

/** BigCommerce product ids are whole numbers; anything else cannot be asked for. */
export const asEntityId = (id: string): number | null => (/^\d{1,10}$/.test(id.trim()) ? Number(id.trim()) : null);

/** `data-restock-field="custom.restock_date"` → the metafield filter variables. */
export function metafieldVariables(context: SourceContext) {
  const [namespace = 'custom', key = 'restock_date'] = context.config.restockField.split('.');
  return { ns: namespace, keys: [key] };
}

/**
 * `site` of an answer → normalised products; a product that fails its schema is skipped with one
 * warning. Products from an older store say so (`fieldsRefused`), so the alternatives, in the
 * extras script, do not probe it again.
 */
export function readProducts(
  data: Record<string, unknown>,
  nodes: (site: z.infer<typeof siteSchema>['site']) => unknown[] | undefined,
  alpha: boolean,
  context: SourceContext,
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
    const { stock, badVariants } = normalizeProduct(p.data, { rules, alpha, timeZone: context.config.timeZone });
    skipped += badVariants;
    out.push(alpha ? stock : { ...stock, fieldsRefused: true });
  }
  if (skipped) report('warn', `${endpointOf(context)} sent product data that does not match the BigCommerce schema; it was skipped.`);
  return out;
}

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
  // Related products: bigcommerceAlternatives, in the extras script.
  alternativesInExtras: true,
};
