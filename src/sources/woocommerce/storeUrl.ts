/** Where the Store API lives when `data-endpoint` is not set. */
export const DEFAULT_STORE_ENDPOINT = '/wp-json/wc/store/v1';

/**
 * `<endpoint><path>?<params>`. Sites on plain permalinks reach the REST API as
 * `/?rest_route=/wc/store/v1`: there the path belongs inside `rest_route`, not after the query.
 */
export function storeUrl(endpoint: string | undefined, path: string, params: Record<string, string>): URL {
  const url = new URL(endpoint ?? DEFAULT_STORE_ENDPOINT, globalThis.location?.href ?? 'http://localhost/');
  const route = url.searchParams.get('rest_route');
  if (route !== null) url.searchParams.set('rest_route', route.replace(/\/$/, '') + path);
  else url.pathname = url.pathname.replace(/\/$/, '') + path;
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url;
}
