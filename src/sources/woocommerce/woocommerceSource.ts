import * as z from 'zod/mini';
import { report } from '../../core/report';
import type { ProductStock } from '../../core/StockRecord';
import { type Source, type SourceContext, SourceError } from '../Source';
import { infoOfStoreProduct } from './infoOfStoreProduct';
import { recordOfStoreProduct } from './recordOfStoreProduct';
import { type StoreProduct, storeProduct, storeProductList } from './storeApiSchema';
import { storeUrl } from './storeUrl';
import { wantsVariations } from './wantsVariations';

export const PER_PAGE = 100;
/** Most pages of variations read for one look-up (100 each). */
const MAX_VARIATION_PAGES = 5;
export const isWooId = (id: string) => /^\d{1,15}$/.test(id);
export const normalizeWooId = (id: string) => {
  const t = id.trim();
  return isWooId(t) ? String(Number(t)) : t;
};

/** GET a Store API collection and parse each entry; bad entries are skipped with one warning. */
export async function getProducts(url: URL, { transport, signal }: SourceContext): Promise<StoreProduct[]> {
  const body = await transport.json(url.href, { headers: { Accept: 'application/json' }, signal, credentials: 'same-origin' });
  const list = z.safeParse(storeProductList, body);
  if (!list.success) throw new SourceError(`${url.pathname} did not answer with a WooCommerce Store API product list`);
  const out: StoreProduct[] = [];
  for (const raw of list.data) {
    const p = z.safeParse(storeProduct, raw);
    if (p.success) out.push(p.data);
    else report('warn', `${url.pathname} sent a product without the stock fields of the WooCommerce Store API; it was skipped.`);
  }
  return out;
}

/** Every variation of these variable products, page by page. */
async function getVariations(parents: string[], context: SourceContext): Promise<StoreProduct[]> {
  const out: StoreProduct[] = [];
  for (let page = 1; page <= MAX_VARIATION_PAGES; page++) {
    const url = storeUrl(context.config.endpoint, '/products', {
      type: 'variation',
      parent: parents.join(','),
      per_page: String(PER_PAGE),
      page: String(page),
    });
    const found = await getProducts(url, context);
    out.push(...found);
    if (found.length < PER_PAGE) break;
  }
  return out;
}

/** A product's category ids, for alternatives from the same categories; undefined when it has none. */
export const categoriesOf = (p: StoreProduct): number[] | undefined => (p.categories?.length ? p.categories.map((c) => c.id) : undefined);

/**
 * WooCommerce Store API (no auth, same origin). The page's products come in one
 * `GET /products?include=…` request. The Store API lists a variable product's variation ids but not
 * their stock, and `include=` returns products only (variations need `type=variation`), so for a
 * product the page offers variations of, `GET /products?type=variation&parent=…` is sent at the
 * same time: the first state still costs one round trip. Woo core has no restock date; backorder
 * dates come from the merchant's `leadDays`.
 */
export const woocommerceSource: Source = {
  platform: 'woocommerce',
  batchSize: PER_PAGE,
  normalizeId: (id) => normalizeWooId(id),

  async load(productIds, context) {
    const ids = [...new Set(productIds.map(normalizeWooId))];
    const bad = ids.filter((id) => !isWooId(id));
    for (const id of bad) report('warn', `product-id "${id.slice(0, 40)}" is not a WooCommerce product id (a number); it is skipped.`);
    const wanted = ids.filter(isWooId);
    if (wanted.length === 0) return [];
    const productsUrl = storeUrl(context.config.endpoint, '/products', {
      include: wanted.join(','),
      per_page: String(PER_PAGE),
      orderby: 'include',
    });
    const variable = wanted.filter((id) => wantsVariations(context.document, id));
    const [products, variations] = await Promise.all([
      getProducts(productsUrl, context),
      variable.length ? getVariations(variable, context) : Promise.resolve([]),
    ]);
    const out: ProductStock[] = [];
    for (const p of products) {
      const productId = String(p.id);
      // The API answers what it was asked; anything else is ignored.
      if (!wanted.includes(productId) || p.parent !== 0) continue;
      const listed = new Set((p.variations ?? []).map((v) => String(v.id)));
      const variants = variations
        .filter((v) => String(v.parent) === productId && listed.has(String(v.id)))
        .map((v) => recordOfStoreProduct(v, productId, String(v.id)));
      const stock: ProductStock = { productId, product: recordOfStoreProduct(p, productId, null), variants, info: infoOfStoreProduct(p) };
      // The alternatives, in the extras script, ask for the same categories without asking for the product again.
      const categories = categoriesOf(p);
      out.push(categories ? { ...stock, categories } : stock);
    }
    return out;
  },

  // Same-category products: woocommerceAlternatives, in the extras script.
  alternativesInExtras: true,
};
