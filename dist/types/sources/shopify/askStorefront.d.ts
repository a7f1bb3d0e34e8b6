import type { Config } from '../../config/Config';
import type { SourceContext } from '../Source';
import { type ShopifyError } from './shopifyResponse';
/**
 * For the extras script, which has its own copy of that memory: the main script's look-up already
 * found the token without the scope (`ProductStock.fieldsRefused`), so the field is left out at once.
 */
export declare function rememberNoInventoryScope(config: Config): void;
/** `data-restock-field` → the metafield arguments of every document. */
export declare function metafieldArgs(config: Config): {
    ns: string;
    key: string;
};
/**
 * POSTs one document and returns its `data`. Field errors on `quantityAvailable` (a token without
 * `unauthenticated_read_product_inventory`) are remembered, never fatal; others without data are.
 * `refused`: the answer has no counts, because the field was left out or refused.
 */
export declare function askStorefront(context: SourceContext, query: (withQuantity: boolean) => string, variables: Record<string, unknown>): Promise<{
    data: Record<string, unknown>;
    denied: ShopifyError[];
    refused: boolean;
}>;
