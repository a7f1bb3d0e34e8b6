import { toDateOnly } from '../../core/dates';
import { intl } from '../../core/intlCache';
import { report } from '../../core/report';
import { emptyRecord, type ProductInfo, type ProductStock, type StockRecord } from '../../core/StockRecord';
import type { Source, SourceContext } from '../Source';
import { toAlternatives } from '../toAlternatives';
import { idsOf, type JsonLdOffer, type JsonLdProduct, readJsonLd } from './readJsonLd';
import { relatedProducts } from './relatedProducts';
import { type SchemaAvailability, schemaAvailability } from './schemaAvailability';

/** Which fact wins when a product has several offers: the most a shopper can do now. */
const RANK: SchemaAvailability[] = ['in-stock', 'low', 'backorder', 'preorder', 'out-of-stock', 'discontinued'];

function bestOffer(offers: JsonLdOffer[]): { offer: JsonLdOffer; kind: SchemaAvailability } | null {
  let best: { offer: JsonLdOffer; kind: SchemaAvailability } | null = null;
  for (const offer of offers) {
    const kind = schemaAvailability(offer.availability);
    if (!kind) continue;
    if (!best || RANK.indexOf(kind) < RANK.indexOf(best.kind)) best = { offer, kind };
  }
  return best;
}

function recordOf(productId: string, variantId: string | null, offers: JsonLdOffer[], timeZone?: string): StockRecord | null {
  const best = bestOffer(offers);
  if (!best) return null;
  const r = emptyRecord(productId, variantId);
  const starts = typeof best.offer.availabilityStarts === 'string' ? toDateOnly(best.offer.availabilityStarts, timeZone) : null;
  switch (best.kind) {
    case 'in-stock':
      r.inStock = true;
      break;
    case 'low':
      r.inStock = true;
      r.low = true;
      break;
    case 'backorder':
      r.backorder = true;
      if (starts) r.restock = { date: starts, confirmed: true };
      break;
    case 'preorder':
      r.preorder = { releaseDate: starts };
      break;
    case 'out-of-stock':
      if (starts) r.restock = { date: starts, confirmed: false };
      break;
    case 'discontinued':
      r.purchasable = false;
      break;
  }
  return r;
}

function infoOf(p: JsonLdProduct, locale: string | undefined): ProductInfo {
  const offer = p.offerList.find((o) => o.price !== undefined || o.lowPrice !== undefined);
  const amount = Number(offer?.price ?? offer?.lowPrice);
  let price: string | undefined;
  if (offer && Number.isFinite(amount) && offer.priceCurrency && /^[A-Z]{3}$/.test(offer.priceCurrency)) {
    price = intl(Intl.NumberFormat, locale, { style: 'currency', currency: offer.priceCurrency }).format(amount);
  }
  const img = ([] as unknown[]).concat(p.image ?? [])[0];
  const image =
    typeof img === 'string'
      ? img
      : img && typeof img === 'object' && typeof (img as { url?: unknown }).url === 'string'
        ? (img as { url: string }).url
        : undefined;
  return { name: p.name, url: p.url, image, price };
}

/** One JSON-LD product (or group) → the product record plus one per variant. */
export function stockOfJsonLd(p: JsonLdProduct, productId: string, config: SourceContext['config']): ProductStock | null {
  const tz = config.timeZone;
  const variants = p.variants
    .map((v) => recordOf(productId, idsOf(v)[0] ?? null, v.offerList, tz))
    .filter((r): r is StockRecord => r !== null);
  // A group without offers of its own is as available as its best variant.
  const own = recordOf(productId, null, p.offerList.length ? p.offerList : p.variants.flatMap((v) => v.offerList), tz);
  if (!own) return null;
  const variantAliases: Record<string, string> = {};
  for (const v of p.variants) {
    const [first, ...rest] = idsOf(v);
    if (first) for (const alias of rest) variantAliases[alias] = first;
  }
  const hasAlternatives = p.isSimilarTo !== undefined || p.isRelatedTo !== undefined;
  return { productId, product: own, variants, info: infoOf(p, config.locale), variantAliases, hasAlternatives };
}

/**
 * Whether `id` is the product a product-context element stands for: on a page whose JSON-LD has
 * one Product, that Product is this element's, whatever ids the markup uses (a platform id is
 * rarely the schema.org `productID`), even when cards and cart lines are asked in the same batch.
 */
function isPageProduct(document: Document, id: string): boolean {
  for (const el of document.querySelectorAll('stock-status[product-id]')) {
    if (el.getAttribute('product-id') === id && (el.getAttribute('context') ?? 'product') === 'product') return true;
  }
  return false;
}

/**
 * Reads the page's own schema.org Product markup: zero requests. Also the fallback of every API
 * source. An element without `product-id` gets the page's product (the first, when there are several).
 */
export const jsonLdSource: Source = {
  platform: 'jsonld',
  batchSize: 1000,
  async load(productIds, context) {
    const products = readJsonLd(context.document);
    const out: ProductStock[] = [];
    for (const id of productIds) {
      const p = id === '' ? products[0] : products.find((x) => idsOf(x).includes(id) || x.variants.some((v) => idsOf(v).includes(id)));
      const alone = products.length === 1 && (productIds.length === 1 || isPageProduct(context.document, id));
      const chosen = p ?? (alone ? products[0] : undefined);
      if (!chosen) continue;
      const stock = stockOfJsonLd(chosen, id, context.config);
      if (stock) out.push(stock);
      else report('warn', `the JSON-LD of product "${chosen.name ?? id}" has no availability we can read.`);
    }
    return out;
  },
  /** schema.org `isSimilarTo` / `isRelatedTo` Products (inline, or `{"@id"}` references to others on the page). */
  async alternatives(productId, limit, context) {
    const products = readJsonLd(context.document);
    const p = productId === '' ? products[0] : products.find((x) => idsOf(x).includes(productId));
    if (!p) return [];
    const found: ProductStock[] = [];
    for (const related of relatedProducts(p, products)) {
      const id = idsOf(related)[0] ?? related.url;
      const stock = id ? stockOfJsonLd(related, id, context.config) : null;
      if (stock) found.push(stock);
    }
    return toAlternatives(found, productId === '' ? (idsOf(p)[0] ?? '') : productId, limit);
  },
};
