import * as z from 'zod/mini';
import type { SourceContext } from '../Source';
import { SourceError } from '../Source';
import { responseSchema } from './bigcommerceSchema';

/** Per endpoint: whether the store rejected the Alpha fields, so the page asks it only once. */
const olderStores = new Set<string>();

/** Tests start each case as a fresh page. */
export function forgetOlderStores(): void {
  olderStores.clear();
}

export const endpointOf = (context: Pick<SourceContext, 'config'>): string => context.config.endpoint ?? '/graphql';

/** One POST to the Storefront API; resolves with `data`, or throws a SourceError naming the reason. */
export async function postGraphql(
  query: string,
  variables: Record<string, unknown>,
  context: SourceContext,
): Promise<Record<string, unknown>> {
  const { config, transport, signal } = context;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (config.token) headers.Authorization = `Bearer ${config.token}`;
  const body = await transport.json(endpointOf(context), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
    credentials: 'same-origin',
    signal,
  });
  const parsed = z.safeParse(responseSchema, body);
  if (!parsed.success) throw new SourceError(`${endpointOf(context)} did not answer like a GraphQL API`);
  const { data, errors } = parsed.data;
  // Partial answers (a field error beside data) are still answers; only no data at all is a failure.
  if (data) return data;
  const message = errors?.[0]?.message.slice(0, 200) ?? 'no data';
  throw new SourceError(`${endpointOf(context)} answered with an error: ${message}`);
}

/**
 * Sends the document with the Alpha backorder fields, unless this store is known to reject them.
 * A store that answers "Cannot query field …" is asked again without them, and remembered.
 */
export async function queryStorefront(
  document: (alpha: boolean) => string,
  variables: Record<string, unknown>,
  context: SourceContext,
): Promise<{ data: Record<string, unknown>; alpha: boolean }> {
  const key = endpointOf(context);
  if (!olderStores.has(key)) {
    try {
      return { data: await postGraphql(document(true), variables, context), alpha: true };
    } catch (e) {
      if (!(e instanceof SourceError) || !/Cannot query field/i.test(e.message)) throw e;
      olderStores.add(key);
    }
  }
  return { data: await postGraphql(document(false), variables, context), alpha: false };
}
