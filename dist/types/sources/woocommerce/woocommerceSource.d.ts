import { type Source, type SourceContext } from '../Source';
import { type StoreProduct } from './storeApiSchema';
export declare const PER_PAGE = 100;
export declare const isWooId: (id: string) => boolean;
export declare const normalizeWooId: (id: string) => string;
/** GET a Store API collection and parse each entry; bad entries are skipped with one warning. */
export declare function getProducts(url: URL, { transport, signal }: SourceContext): Promise<StoreProduct[]>;
/** A product's category ids, for alternatives from the same categories; undefined when it has none. */
export declare const categoriesOf: (p: StoreProduct) => number[] | undefined;
/**
 * WooCommerce Store API (no auth, same origin). The page's products come in one
 * `GET /products?include=…` request. The Store API lists a variable product's variation ids but not
 * their stock, and `include=` returns products only (variations need `type=variation`), so for a
 * product the page offers variations of, `GET /products?type=variation&parent=…` is sent at the
 * same time: the first state still costs one round trip. Woo core has no restock date; backorder
 * dates come from the merchant's `leadDays`.
 */
export declare const woocommerceSource: Source;
