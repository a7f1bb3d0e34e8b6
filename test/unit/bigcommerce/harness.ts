import { execute } from '../../../demo/mocks/bigcommerce.mjs';
import type { StockStatusChangeDetail } from '../../../src/element/StockStatusElement';

/** What one request carried, as the store would see it. */
export interface Sent {
  url: string;
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
  method: string | undefined;
}

export interface FakeStore {
  fetch: typeof fetch;
  sent: Sent[];
}

/**
 * A fetch that answers like a BigCommerce store: each query is EXECUTED against the real schema
 * (the demo's mock), so the adapter only ever sees answers the schema allows. `older` answers with
 * the 2024-06 schema; `edit` may change the result (staying within the schema) before it is sent.
 */
export function fakeStore(
  options: { older?: boolean; edit?: (result: Record<string, unknown>) => void; raw?: () => Response | Promise<Response> } = {},
): FakeStore {
  const sent: Sent[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body ?? '{}'));
    sent.push({
      url: String(input),
      query: body.query,
      variables: body.variables,
      headers: init?.headers as Record<string, string>,
      credentials: init?.credentials,
      method: init?.method,
    });
    if (options.raw) return options.raw();
    const result = (await execute(body, { older: options.older })) as Record<string, unknown>;
    options.edit?.(result);
    return new Response(JSON.stringify(result), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetchImpl as typeof fetch, sent };
}

/** A calendar day relative to today, as the seed catalogue writes it. */
export const day = (n: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export { mount, settled, text } from '../../dom/elementHelpers';

export function lastEvent(el: Element): { current: StockStatusChangeDetail | null } {
  const box: { current: StockStatusChangeDetail | null } = { current: null };
  el.addEventListener('stock-status:change', (e) => {
    box.current = (e as CustomEvent<StockStatusChangeDetail>).detail;
  });
  return box;
}
