import * as z from 'zod/mini';
import type { ProductStock } from '../../core/StockRecord';
import { type Source, type SourceContext } from '../Source';
import { siteSchema } from './bigcommerceSchema';
/** BigCommerce product ids are whole numbers; anything else cannot be asked for. */
export declare const asEntityId: (id: string) => number | null;
/** `data-restock-field="custom.restock_date"` → the metafield filter variables. */
export declare function metafieldVariables(context: SourceContext): {
    ns: string;
    keys: string[];
};
/**
 * `site` of an answer → normalised products; a product that fails its schema is skipped with one
 * warning. Products from an older store say so (`fieldsRefused`), so the alternatives, in the
 * extras script, do not probe it again.
 */
export declare function readProducts(data: Record<string, unknown>, nodes: (site: z.infer<typeof siteSchema>['site']) => unknown[] | undefined, alpha: boolean, context: SourceContext): ProductStock[];
/**
 * The BigCommerce GraphQL Storefront API. One request answers up to 50 products with their
 * variants and the store's inventory settings; older stores without the Alpha backorder fields are
 * detected once per page and still answer in stock, low stock, out of stock and pre-order.
 */
export declare const bigcommerceSource: Source;
