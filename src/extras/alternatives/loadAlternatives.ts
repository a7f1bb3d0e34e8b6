import { report } from '../../core/report';
import { resolveAvailability } from '../../core/resolveAvailability';
import type { ProductStock } from '../../core/StockRecord';
import type { Runtime } from '../../Runtime';
import type { Alternative } from '../../sources/Source';
import { toAlternatives } from '../../sources/toAlternatives';

const cache = new Map<string, Promise<Alternative[]>>();

/** What can be bought now: the sources promise it, and we check again, since one wrong card is one too many. */
const buyable = (a: Alternative) => {
  const state = resolveAvailability(a.record, 1).state;
  return state === 'in-stock' || state === 'low-stock';
};

/**
 * Alternatives for one product: the merchant's `alternativesList` (looked up through the page's
 * batching store, so one request), else the platform's related products. Once per product a page.
 */
export function loadAlternatives(runtime: Runtime, productId: string, limit: number): Promise<Alternative[]> {
  const key = `${runtime.source.platform}:${productId}:${limit}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchAlternatives(runtime, productId, limit).then(
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

async function fetchAlternatives(runtime: Runtime, productId: string, limit: number): Promise<Alternative[]> {
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
  if (!source.alternatives) return [];
  return source.alternatives(productId, limit, { config, transport, document, signal: new AbortController().signal });
}
