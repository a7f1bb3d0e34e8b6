import * as z from 'zod/mini';
import { report } from '../../core/report';
import { type Alternative, type Source, type SourceContext, SourceError } from '../Source';
import { isCartVariation } from './cartVariations';
import { infoOfStoreProduct } from './infoOfStoreProduct';
import { readPageStock } from './pageStock';
import { storeUrl } from './storeUrl';
import { wantsVariations } from './wantsVariations';
import { type StoreProduct, storeProduct, storeProductList } from './woocommerceSchema';
import { woocommerceStock } from './woocommerceStock';

const PER_PAGE = 100;
/** Most pages of variations read for one look-up (100 each). */
const MAX_VARIATION_PAGES = 5;
const isWooId = (id: string) => /^\d{1,15}$/.test(id);
const normalize = (id: string) => {
  const t = id.trim();
  return isWooId(t) ? String(Number(t)) : t;
};

/** Categories seen in look-ups, for alternatives without another request. Bounded. */
const categoriesOf = new Map<string, number[]>();

/**
 * GET a Store API collection and parse each entry. An entry that fails the schema is left out and
 * put in `drifted` (as it came) when given, so the caller can fall back for its product.
 */
async function getProducts(url: URL, { transport, signal }: SourceContext, drifted?: unknown[]): Promise<StoreProduct[]> {
  const body = await transport.json(url.href, { headers: { Accept: 'application/json' }, signal, credentials: 'same-origin' });
  const list = z.safeParse(storeProductList, body);
  if (!list.success) throw new SourceError(`${url.pathname} did not answer with a WooCommerce Store API product list`);
  const out: StoreProduct[] = [];
  for (const raw of list.data) {
    const p = z.safeParse(storeProduct, raw);
    if (p.success) out.push(p.data);
    else drifted?.push(raw);
  }
  return out;
}

/** Every variation of these variable products, page by page. */
async function getVariations(parents: string[], context: SourceContext, drifted: unknown[]): Promise<StoreProduct[]> {
  const out: StoreProduct[] = [];
  for (let page = 1; page <= MAX_VARIATION_PAGES; page++) {
    const url = storeUrl(context.config.endpoint, '/products', {
      type: 'variation',
      parent: parents.join(','),
      per_page: String(PER_PAGE),
      page: String(page),
    });
    const found = await getProducts(url, context, drifted);
    out.push(...found);
    if (found.length < PER_PAGE) break;
  }
  return out;
}

function remember(p: StoreProduct) {
  if (categoriesOf.size > 500) categoriesOf.clear();
  if (p.categories?.length)
    categoriesOf.set(
      String(p.id),
      p.categories.map((c) => c.id),
    );
}

/**
 * WooCommerce Store API (no auth, same origin). The page's products come in one
 * `GET /products?include=…` request. The Store API lists a variable product's variation ids but not
 * their stock, and `include=` returns products only (variations need `type=variation`), so for a
 * product the page offers variations of, `GET /products?type=variation&parent=…` is sent at the
 * same time: the first state still costs one round trip. Woo core has no restock date; backorder
 * dates come from the merchant's `leadDays`. A product the page itself describes (the WordPress
 * plugin's inline stock, `readPageStock`) costs no request, and carries the plugin's restock date.
 */
export const woocommerceSource: Source = {
  platform: 'woocommerce',
  batchSize: PER_PAGE,
  normalizeId: (id) => normalize(id),

  async load(productIds, context) {
    const ids = [...new Set(productIds.map(normalize))];
    const bad = ids.filter((id) => !isWooId(id));
    for (const id of bad) report('warn', `product-id "${id.slice(0, 40)}" is not a WooCommerce product id (a number); it is skipped.`);
    const known = ids.filter(isWooId);
    // The product page's own stock, written by the WordPress plugin: no request for it (pageStock.ts).
    const onPage = readPageStock(context.document, context.config, remember);
    const out = known.flatMap((id) => onPage.get(id) ?? []);
    const wanted = known.filter((id) => !onPage.has(id));
    if (wanted.length === 0) return out;
    const productsUrl = storeUrl(context.config.endpoint, '/products', {
      include: wanted.filter((id) => !isCartVariation(id)).join(','),
      per_page: String(PER_PAGE),
      orderby: 'include',
    });
    const variable = wanted.filter((id) => wantsVariations(context.document, id));
    // Cart lines of variations name the variation, not its product: asked as variations, alongside.
    const cartVariations = wanted.filter(isCartVariation);
    const drifted: unknown[] = [];
    const [products, variations, cartVariationAnswers] = await Promise.all([
      cartVariations.length === wanted.length ? Promise.resolve([]) : getProducts(productsUrl, context, drifted),
      variable.length ? getVariations(variable, context, drifted) : Promise.resolve([]),
      cartVariations.length
        ? getProducts(
            storeUrl(context.config.endpoint, '/products', {
              type: 'variation',
              include: cartVariations.join(','),
              per_page: String(PER_PAGE),
            }),
            context,
            drifted,
          )
        : Promise.resolve([]),
    ]);
    for (const p of products) {
      const productId = String(p.id);
      // The API answers what it was asked; anything else is ignored.
      if (!wanted.includes(productId) || p.parent !== 0) continue;
      remember(p);
      const listed = new Set((p.variations ?? []).map((v) => String(v.id)));
      const variants = variations
        .filter((v) => String(v.parent) === productId && listed.has(String(v.id)))
        .map((v) => woocommerceStock(v, productId, String(v.id)));
      out.push({ productId, product: woocommerceStock(p, productId, null), variants, info: infoOfStoreProduct(p) });
    }
    for (const v of cartVariationAnswers) {
      const id = String(v.id);
      if (cartVariations.includes(id) && v.parent !== 0)
        out.push({ productId: id, product: woocommerceStock(v, id, null), variants: [], info: infoOfStoreProduct(v) });
    }
    if (drifted.length) {
      // A drifted variation costs its product (named by `parent`; unreadable: every variable one) the answer.
      const lost = new Set(drifted.map((raw) => String((raw as { parent?: unknown })?.parent ?? '')));
      const readable = out.filter((p) => !(lost.has(p.productId) || (lost.has('') && variable.includes(p.productId))));
      throw new SourceError(
        `${productsUrl.pathname} sent a product without the stock fields of the WooCommerce Store API`,
        false,
        readable,
      );
    }
    return out;
  },

  async alternatives(productId, limit, context): Promise<Alternative[]> {
    const id = normalize(productId);
    const { config } = context;
    if (limit <= 0 || !isWooId(id)) return [];
    // A merchant's own list is looked up through the page's batching store by the extras; here: the same categories.
    let categories = categoriesOf.get(id);
    if (!categories) {
      const [own] = await getProducts(storeUrl(config.endpoint, '/products', { include: id }), context);
      if (own) remember(own);
      categories = categoriesOf.get(id);
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
      const record = woocommerceStock(p, pid, null);
      // Filtered by the server too, but only what ships now is worth offering.
      if (pid === id || !record.purchasable || !record.inStock) continue;
      out.push({ productId: pid, info: infoOfStoreProduct(p), record });
      if (out.length >= limit) break;
    }
    return out;
  },
};
