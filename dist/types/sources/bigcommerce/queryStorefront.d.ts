import type { SourceContext } from "../Source.js";
/** Tests start each case as a fresh page. */
export declare function forgetOlderStores(): void;
export declare const endpointOf: (context: Pick<SourceContext, "config">) => string;
/** One POST to the Storefront API; resolves with `data`, or throws a SourceError naming the reason. */
export declare function postGraphql(query: string, variables: Record<string, unknown>, context: SourceContext): Promise<Record<string, unknown>>;
/**
 * Sends the document with the Alpha backorder fields, unless this store is known to reject them.
 * A store that answers "Cannot query field …" is asked again without them, and remembered.
 */
export declare function queryStorefront(document: (alpha: boolean) => string, variables: Record<string, unknown>, context: SourceContext): Promise<{
    data: Record<string, unknown>;
    alpha: boolean;
}>;
