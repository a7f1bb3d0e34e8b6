import { report } from '../../core/report';
import { resolveAvailability } from '../../core/resolveAvailability';
import type { ProductStock } from '../../core/StockRecord';
import type { Runtime } from '../../element/Runtime';
import type { Alternative } from '../../sources/Source';
import { toAlternatives } from '../../sources/toAlternatives';
import { alternativesFor } from './alternativesFor';

const cache = new Map<string, Promise<Alternative[]>>();

/** What can be bought now: the sources promise it, and we check again, since one wrong card is one too many. */
const buyable = (a: Alternative) => {
  const state = resolveAvailability(a.record, 1).state;
  return state === 'in-stock' || state === 'low-stock';
};

/**
 * Alternatives for one product: the merchant's `alternativesList` (looked up through the page's
 * batching store, so one request), else the platform's related products. Once per product a page.
 * `stock` is the product as the element's look-up found it: what that look-up learned (a related
 * list, categories, fields the store refused) saves the platform's alternatives a second look-up.
 */
export function loadAlternatives(
  runtime: Runtime,
  productId: string,
  limit: number,
  stock: ProductStock | null = null,
): Promise<Alternative[]> {
  const key = `${runtime.source.platform}:${productId}:${limit}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchAlternatives(runtime, productId, limit, stock).then(
      (list) => list.filter(buyable).slice(0, limit),
      (e) => {
        report('warn', `alternatives could not be loaded (${(e as Error)?.message ?? e}); none are shown.`);
        cache.delete(key);
        return [];
      },
    );
    cache.set(key, pending);
  }
  return pending;
}

async function fetchAlternatives(runtime: Runtime, productId: string, limit: number, stock: ProductStock | null): Promise<Alternative[]> {
  const { config, source, store, transport, document } = runtime;
  const list = config.alternativesList?.filter((id) => id !== productId) ?? [];
  if (list.length > 0) {
    const found = await Promise.all(list.map((id) => store.get(id).catch(() => null)));
    return toAlternatives(
      found.filter((p): p is ProductStock => p !== null),
      productId,
      limit,
    );
  }
  const context = { config, transport, document, signal: new AbortController().signal };
  // A source of your own (`configure({ source })`) brings its own; a built-in one's are in this script.
  if (source.alternatives) return source.alternatives(productId, limit, context);
  const platformAlternatives = source.alternativesInExtras ? alternativesFor(source.platform) : undefined;
  return platformAlternatives ? platformAlternatives(productId, limit, context, stock) : [];
}
