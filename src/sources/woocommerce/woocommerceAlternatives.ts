import type { Alternative, PlatformAlternatives } from '../Source';
import { infoOfStoreProduct } from './infoOfStoreProduct';
import { recordOfStoreProduct } from './recordOfStoreProduct';
import { storeUrl } from './storeUrl';
import { categoriesOf, getProducts, isWooId, normalizeWooId, PER_PAGE } from './woocommerceSource';

/**
 * In-stock products of the same categories (`GET /products?category=…&stock_status=instock`). The
 * categories come with the product's look-up (`ProductStock.categories`); without them (the JSON-LD
 * fallback, a product without categories) the product is asked for first. A merchant's own list is
 * looked up through the page's batching store by `loadAlternatives`, not here.
 */
export const woocommerceAlternatives: PlatformAlternatives = async (productId, limit, context, stock) => {
  const id = normalizeWooId(productId);
  const { config } = context;
  if (limit <= 0 || !isWooId(id)) return [];
  let categories = stock?.productId === id ? stock.categories : undefined;
  if (!categories) {
    const [own] = await getProducts(storeUrl(config.endpoint, '/products', { include: id }), context);
    if (own && String(own.id) === id) categories = categoriesOf(own);
  }
  if (!categories?.length) return [];
  const url = storeUrl(config.endpoint, '/products', {
    category: categories.join(','),
    exclude: id,
    stock_status: 'instock',
    per_page: String(Math.min(PER_PAGE, limit + 2)),
  });
  const out: Alternative[] = [];
  for (const p of await getProducts(url, context)) {
    const pid = String(p.id);
    const record = recordOfStoreProduct(p, pid, null);
    // Filtered by the server too, but only what ships now is worth offering.
    if (pid === id || !record.purchasable || !record.inStock) continue;
    out.push({ productId: pid, info: infoOfStoreProduct(p), record });
    if (out.length >= limit) break;
  }
  return out;
};
