import type { Config } from '../../config/Config';
import { toDateOnly } from '../../core/dates';
import { intl } from '../../core/intlCache';
import { emptyRecord, type ProductInfo, type ProductStock, type StockRecord } from '../../core/StockRecord';
import { safeLink } from '../../core/safeLink';
import { acceptedQuantity } from './cartAcceptance';
import { parseGid } from './shopifyIds';
import type { ShopifyProduct, ShopifyVariant } from './shopifySchema';

/** A restock date from the merchant's metafield (date or date-time); anything else is ignored. */
export function restockOf(value: string | null | undefined, config: Config): StockRecord['restock'] {
  const date = toDateOnly(value, config.timeZone);
  return date ? { date, confirmed: true } : null;
}

/**
 * One variant → one record. `availableForSale` decides whether it can be bought,
 * `currentlyNotInStock` whether it ships now; `quantityAvailable` only adds counts when we have it,
 * and a count alone is no cap (`capUnknown`) unless the cart accepted more than it (`cartAcceptance`).
 */
export function variantRecord(productId: string, v: ShopifyVariant, productRestock: StockRecord['restock'], config: Config): StockRecord {
  const r = emptyRecord(productId, v.id);
  const q = v.quantityAvailable ?? null;
  r.restock = restockOf(v.metafield?.value, config) ?? productRestock;
  if (!v.availableForSale) {
    // Cannot be bought now: whatever a count says, nothing ships.
    r.onHand = 0;
  } else if (v.currentlyNotInStock) {
    r.backorder = true;
    r.onHand = q === null ? null : Math.max(0, q);
  } else if (q !== null && q <= 0) {
    // For sale, "in stock" and nothing counted: Shopify does not track this variant's inventory.
    r.tracked = false;
    r.inStock = true;
  } else {
    r.inStock = true;
    r.onHand = q;
    if (q !== null) {
      // The API never says whether the variant sells past its count; the cart may have shown it does.
      if (acceptedQuantity(v.id) > q) r.backorderable = 'unlimited';
      else r.capUnknown = true;
    }
  }
  return r;
}

const RANK = (r: StockRecord) => (!r.tracked || r.inStock ? 0 : r.backorder ? 1 : 2);

/** The product as a whole: as available as its most available variant; counts only for a single variant. */
export function productRecord(productId: string, variants: StockRecord[]): StockRecord {
  const best = [...variants].sort((a, b) => RANK(a) - RANK(b))[0];
  if (!best) return { ...emptyRecord(productId), onHand: 0 };
  const own = { ...best, variantId: null };
  if (variants.length > 1) own.onHand = best.inStock ? null : best.onHand;
  return own;
}

function priceOf(p: ShopifyProduct, locale: string | undefined): string | undefined {
  const money = p.priceRange?.minVariantPrice;
  const amount = Number(money?.amount);
  if (!money || !Number.isFinite(amount) || !/^[A-Z]{3}$/.test(money.currencyCode)) return undefined;
  try {
    return intl(Intl.NumberFormat, locale, { style: 'currency', currency: money.currencyCode }).format(amount);
  } catch {
    return undefined;
  }
}

/** Only http(s) links and images are passed on; anything else is dropped. */

export function productInfo(p: ShopifyProduct, config: Config): ProductInfo {
  return {
    name: p.title,
    url: safeLink(p.onlineStoreUrl) ?? (p.handle ? `/products/${encodeURIComponent(p.handle)}` : undefined),
    image: safeLink(p.featuredImage?.url),
    price: priceOf(p, config.locale),
  };
}

/** Every variant answers to its numeric id as well as its GID. */
export function aliasesOf(variants: { variantId: string | null }[]): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const v of variants) {
    const gid = v.variantId && parseGid(v.variantId);
    if (gid) aliases[gid.number] = v.variantId!;
  }
  return aliases;
}

/** A Storefront API product → what the store caches, under the id it was asked for. */
export function shopifyStock(p: ShopifyProduct, productId: string, config: Config): ProductStock {
  const productRestock = restockOf(p.metafield?.value, config);
  const variants = p.variants.nodes.map((v) => variantRecord(productId, v, productRestock, config));
  return {
    productId,
    product: productRecord(productId, variants),
    variants,
    info: productInfo(p, config),
    variantAliases: aliasesOf(variants),
  };
}
