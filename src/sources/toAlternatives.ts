import { resolveAvailability } from '../core/resolveAvailability';
import type { ProductStock } from '../core/StockRecord';
import type { Alternative } from './Source';

/**
 * Looked-up products → alternatives a shopper can buy now: in stock or low stock for one unit,
 * named, not the product itself, in the order given, at most `limit`. Never an out-of-stock one.
 */
export function toAlternatives(found: ProductStock[], exclude: string, limit: number): Alternative[] {
  const out: Alternative[] = [];
  const seen = new Set<string>([exclude]);
  for (const p of found) {
    if (out.length >= limit) break;
    if (seen.has(p.productId) || !p.info?.name) continue;
    const state = resolveAvailability(p.product, 1).state;
    if (state !== 'in-stock' && state !== 'low-stock') continue;
    seen.add(p.productId);
    out.push({ productId: p.productId, info: p.info, record: p.product });
  }
  return out;
}
