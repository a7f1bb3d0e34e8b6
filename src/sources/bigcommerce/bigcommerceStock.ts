import * as z from 'zod/mini';
import { toDateOnly } from '../../core/dates';
import { intl } from '../../core/intlCache';
import { emptyRecord, type ProductStock, type StockRecord } from '../../core/StockRecord';
import { safeLink } from '../../core/safeLink';
import { type BcAggregated, type BcProduct, variantSchema } from './bigcommerceSchema';
import { readRestockDate } from './readRestockDate';
import { plainText, type StoreRules } from './storeRules';
import { optionKey } from './variantForOptions';

export interface BigcommerceStockOptions {
  rules: StoreRules;
  /** Where a release date-time falls on the calendar: the store's zone when configured. */
  timeZone?: string;
  /** Whether the Alpha backorder fields were asked for (an older store has no backorders to tell). */
  alpha: boolean;
  /** The answer lists only some of the product's variants (the variant document: the one picked). */
  someVariants?: boolean;
}

/** Only same-site paths and https URLs may become a link or an image. */

const firstValue = (m: BcProduct['metafields']) => m?.edges?.[0]?.node.value;

/** Counts from `aggregated` (null when the store hides stock levels) onto a record. */
function applyCounts(r: StockRecord, inStock: boolean, agg: BcAggregated, { rules, alpha }: BigcommerceStockOptions) {
  r.inStock = inStock;
  if (!r.tracked || !agg) return;
  // With the Alpha fields, on hand and backorderable are apart; without them, all available ships now.
  r.onHand = agg.availableOnHand ?? agg.availableToSell;
  r.backorderable = agg.unlimitedBackorder ? 'unlimited' : alpha ? Math.max(0, agg.availableForBackorder ?? 0) : null;
  r.lowStockAt = agg.warningLevel > 0 ? agg.warningLevel : null;
  const low = r.lowStockAt !== null && r.onHand <= r.lowStockAt;
  r.showCounts = rules.display === 'SHOW' || (rules.display === 'SHOW_WHEN_LOW' && low);
  if (rules.display === 'DONT_SHOW') {
    // The store hides stock levels: keep the verdicts (in stock, low), never a number.
    r.low = low;
    r.onHand = null;
    r.showCounts = false;
  }
}

/**
 * One `Product` of the Storefront API → the adapter's `ProductStock`. The product's availability
 * (pre-order, unavailable) holds for each variant; a variant's own inventory counts only when the
 * product tracks stock per variant. A variant that fails its schema is left out (then unknown).
 */
export function bigcommerceStock(p: BcProduct, options: BigcommerceStockOptions): { stock: ProductStock; badVariants: number } {
  const productId = String(p.entityId);
  const { rules } = options;
  const availability = p.availabilityV2;
  const release = toDateOnly(availability.willBeReleasedAt?.utc, options.timeZone ?? 'UTC');
  const restock = readRestockDate(firstValue(p.metafields), options.timeZone);
  const storeText: StockRecord['storeText'] = { ...rules.storeText };
  if (availability.status === 'Unavailable') {
    const message = plainText(availability.message);
    if (message) storeText.unavailable = message;
  }
  // A pre-order message with BigCommerce's %%DATE%% placeholder would repeat our date: keep ours then.
  const preorderMessage = plainText(availability.message);
  if (availability.status === 'Preorder' && preorderMessage && !preorderMessage.includes('%%')) storeText.preorder = preorderMessage;

  const base = (variantId: string | null): StockRecord => {
    const r = emptyRecord(productId, variantId);
    r.purchasable = availability.status !== 'Unavailable';
    r.tracked = p.inventory.isStockTracked ?? true;
    r.preorder = availability.status === 'Preorder' ? { releaseDate: release } : null;
    r.restock = restock;
    r.storeText = storeText;
    return r;
  };

  const product = base(null);
  applyCounts(product, p.inventory.isInStock, p.inventory.aggregated, options);

  const variants: StockRecord[] = [];
  const variantAliases: Record<string, string> = {};
  let badVariants = 0;
  for (const edge of p.variants?.edges ?? []) {
    const parsed = z.safeParse(variantSchema, edge.node);
    if (!parsed.success) {
      badVariants++;
      continue;
    }
    const v = parsed.data;
    const id = String(v.entityId);
    const r = base(id);
    r.purchasable = r.purchasable && v.isPurchasable;
    r.restock = readRestockDate(firstValue(v.metafields), options.timeZone) ?? restock;
    if (p.inventory.hasVariantInventory && v.inventory) applyCounts(r, v.inventory.isInStock, v.inventory.aggregated, options);
    else applyCounts(r, p.inventory.isInStock, p.inventory.aggregated, options);
    variants.push(r);
    if (v.sku) variantAliases[v.sku] = id;
    const pairs = (v.options?.edges ?? []).flatMap(({ node }) =>
      (node.values.edges ?? []).slice(0, 1).map(({ node: value }) => [node.entityId, value.entityId] as [number, number]),
    );
    if (pairs.length) variantAliases[optionKey(pairs)] = id;
  }

  const price = p.prices?.price;
  let shownPrice: string | undefined;
  try {
    shownPrice = price
      ? intl(Intl.NumberFormat, undefined, { style: 'currency', currency: price.currencyCode }).format(price.value)
      : undefined;
  } catch {}
  // Past the first 50 (BigCommerce allows 600), the others are read one by one when picked.
  const partial = options.someVariants === true || p.variants?.pageInfo?.hasNextPage === true;
  return {
    stock: {
      productId,
      product,
      // A product with one variant (its base) has no choice to make: its own record answers.
      variants: variants.length > 1 || partial ? variants : [],
      ...(partial ? { partialVariants: true } : {}),
      info: { name: plainText(p.name), url: safeLink(p.path), image: safeLink(p.defaultImage?.url), price: shownPrice },
      variantAliases,
    },
    badVariants,
  };
}
