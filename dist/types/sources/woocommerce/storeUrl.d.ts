/** Where the Store API lives when `data-endpoint` is not set. */
export declare const DEFAULT_STORE_ENDPOINT = "/wp-json/wc/store/v1";
/**
 * `<endpoint><path>?<params>`. Sites on plain permalinks reach the REST API as
 * `/?rest_route=/wc/store/v1`: there the path belongs inside `rest_route`, not after the query.
 */
export declare function storeUrl(endpoint: string | undefined, path: string, params: Record<string, string>): URL;
