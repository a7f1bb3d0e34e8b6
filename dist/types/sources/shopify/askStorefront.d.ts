import type { Config } from "../../config/Config.js";
import type { SourceContext } from "../Source.js";
import { type ShopifyError } from "./shopifySchema.js";
/** `data-restock-field` → the metafield arguments of every document. */
export declare function metafieldArgs(config: Config): {
    ns: string;
    key: string;
};
/**
 * POSTs one document and returns its `data`. Field errors on `quantityAvailable` (a token without
 * `unauthenticated_read_product_inventory`) are remembered, never fatal; others without data are.
 */
export declare function askStorefront(context: SourceContext, query: (withQuantity: boolean) => string, variables: Record<string, unknown>): Promise<{
    data: Record<string, unknown>;
    denied: ShopifyError[];
}>;
