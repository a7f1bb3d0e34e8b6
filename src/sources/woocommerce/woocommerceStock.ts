import { emptyRecord, type StockRecord } from '../../core/StockRecord';
import type { StoreProduct } from './woocommerceSchema';

/** Woo's own ceiling for `add_to_cart.maximum` when stock sets no limit (QuantityLimits.php). */
const NO_LIMIT = 9999;

/**
 * One Store API product or variation → the facts it states, and nothing more.
 *
 * - `is_in_stock` is true for `onbackorder` too in Woo, so "ships now" is in stock and not on backorder.
 * - `low_stock_remaining` is the count only when stock is managed and at or under the low-stock
 *   threshold (and the store shows amounts); otherwise null, so counts are usually unknown.
 * - `add_to_cart.maximum` is the remaining stock when backorders are not allowed, else 9999; so a
 *   maximum under 9999 says "no backorders, this many can be had", and 9999 with a known low count
 *   says backorders are taken. A product sold individually has maximum 1: that is no stock fact.
 */
export function woocommerceStock(p: StoreProduct, productId: string, variantId: string | null): StockRecord {
  const r = emptyRecord(productId, variantId);
  r.purchasable = p.is_purchasable;
  const cls = p.stock_availability?.class ?? '';
  r.backorder = p.is_on_backorder || /\b(available-on-backorder|onbackorder)\b/.test(cls);
  r.inStock = p.is_in_stock && !r.backorder;
  const max = p.sold_individually ? undefined : p.add_to_cart?.maximum;
  const limit = max !== undefined && max < NO_LIMIT ? Math.max(0, Math.floor(max)) : null;
  const low = p.low_stock_remaining === null ? null : Math.max(0, Math.floor(p.low_stock_remaining));

  if (!p.is_in_stock) {
    r.onHand = 0;
    r.backorderable = 0;
  } else if (r.backorder) {
    // Stock is at or below zero and orders are still taken: none ship now.
    r.onHand = 0;
    r.backorderable = limit;
  } else if (low !== null) {
    // Reserved units (open checkouts) can make the limit smaller than the count.
    r.onHand = limit !== null ? Math.min(low, limit) : low;
    r.low = true;
    r.backorderable = limit !== null ? 0 : max !== undefined ? Math.max(0, Math.floor(max) - r.onHand) : null;
  } else if (limit !== null) {
    // Managed stock above the low threshold: the limit is the count, which the store does not show.
    r.onHand = limit;
    r.backorderable = 0;
    r.showCounts = false;
  }
  return r;
}
