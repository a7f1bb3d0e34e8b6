import * as z from 'zod/mini';
import type { Config } from '../../config/Config';
import { report } from '../../core/report';
import type { SourceContext } from '../Source';
import { SourceError } from '../Source';
import { type ShopifyError, shopifyEnvelope } from './shopifySchema';

const DEFAULT_ENDPOINT = '/api/2026-04/graphql.json';

/** Pages (configs) whose token was refused `quantityAvailable`: they are not asked for it again. */
const noInventoryScope = new WeakSet<Config>();

/** `data-restock-field` → the metafield arguments of every document. */
export function metafieldArgs(config: Config): { ns: string; key: string } {
  const field = config.restockField || 'custom.restock_date';
  const dot = field.lastIndexOf('.');
  return dot > 0 ? { ns: field.slice(0, dot), key: field.slice(dot + 1) } : { ns: 'custom', key: field };
}

const isInventoryDenial = (e: ShopifyError) => e.path?.[e.path.length - 1] === 'quantityAvailable';

/**
 * POSTs one document and returns its `data`. Field errors on `quantityAvailable` (a token without
 * `unauthenticated_read_product_inventory`) are remembered, never fatal; others without data are.
 */
export async function askStorefront(
  context: SourceContext,
  query: (withQuantity: boolean) => string,
  variables: Record<string, unknown>,
): Promise<{ data: Record<string, unknown>; denied: ShopifyError[] }> {
  const { config, transport, signal } = context;
  const url = new URL(config.endpoint || DEFAULT_ENDPOINT, globalThis.location?.href ?? 'http://localhost/').href;
  const withQuantity = !noInventoryScope.has(config);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (config.token) headers['X-Shopify-Storefront-Access-Token'] = config.token;
  const body = await transport.json(url, {
    method: 'POST',
    headers,
    signal,
    credentials: 'omit',
    body: JSON.stringify({ query: query(withQuantity), variables }),
  });
  const parsed = z.safeParse(shopifyEnvelope, body);
  if (!parsed.success) throw new SourceError('the Shopify Storefront API did not answer in GraphQL form');
  const { data, errors = [] } = parsed.data;
  if (typeof errors === 'string' || !data) {
    const first = typeof errors === 'string' ? errors : errors[0]?.message;
    throw new SourceError(`the Shopify Storefront API refused the look-up: ${String(first ?? 'no data').slice(0, 200)}`);
  }
  const denied = errors.filter(isInventoryDenial);
  if (denied.length && withQuantity) {
    noInventoryScope.add(config);
    report(
      'warn',
      'the Storefront API token may not read stock levels (scope unauthenticated_read_product_inventory), so no counts are shown; availability is unaffected.',
    );
  }
  return { data, denied };
}
