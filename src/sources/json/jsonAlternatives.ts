import type { PlatformAlternatives } from '../Source';
import { toAlternatives } from '../toAlternatives';
import { jsonSource } from './jsonSource';

/**
 * The product's own `alternatives` list, looked up in one request, keeping those that ship now, in
 * the listed order. The list comes with the product's look-up (`ProductStock.related`); a product
 * the json source did not answer (none yet, or the JSON-LD fallback's) is asked for first.
 */
export const jsonAlternatives: PlatformAlternatives = async (productId, limit, context, stock) => {
  let related = stock?.productId === productId ? stock.related : undefined;
  if (!related) related = (await jsonSource.load([productId], context)).find((p) => p.productId === productId)?.related;
  const ids = (related ?? []).filter((id) => id !== productId);
  if (ids.length === 0 || limit <= 0) return [];
  const found = await jsonSource.load(ids, context);
  const order = new Map(ids.map((id, i) => [id, i]));
  found.sort((a, b) => (order.get(a.productId) ?? 0) - (order.get(b.productId) ?? 0));
  return toAlternatives(found, productId, limit);
};
