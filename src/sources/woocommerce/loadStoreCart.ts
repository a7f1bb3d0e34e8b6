import * as z from 'zod/mini';
import { report } from '../../core/report';
import { type SourceContext, SourceError } from '../Source';
import { rememberCartVariation } from './cartVariations';
import { storeUrl } from './storeUrl';
import { storeCart, storeCartItem } from './woocommerceCartSchema';

export interface StoreCartLine {
  /** The cart item key. */
  key: string;
  /** The product id, or the variation id when `variation`. */
  id: string;
  variation: boolean;
  quantity: number;
  permalink: string | undefined;
}

/**
 * The shopper's cart from the Store API. `GET /cart` needs no nonce and no Cart-Token: WooCommerce
 * reads the session cookie (only the cart's POST routes check the `Nonce` header), so the request
 * goes with the page's own cookies. Lines that do not match the schema are left out, with one warning.
 */
export async function loadStoreCart(context: SourceContext): Promise<{ lines: StoreCartLine[]; skipped: number }> {
  const url = storeUrl(context.config.endpoint, '/cart', {});
  const body = await context.transport.json(url.href, {
    headers: { Accept: 'application/json' },
    signal: context.signal,
    credentials: 'same-origin',
  });
  const cart = z.safeParse(storeCart, body);
  if (!cart.success) throw new SourceError(`${url.pathname} did not answer with a WooCommerce Store API cart`);
  const lines: StoreCartLine[] = [];
  let skipped = 0;
  for (const raw of cart.data.items) {
    const item = z.safeParse(storeCartItem, raw);
    if (!item.success) {
      skipped++;
      report('warn', `${url.pathname} sent a cart line without the fields of the WooCommerce Store API; that line shows no availability.`);
      continue;
    }
    const { key, id, type, quantity, permalink } = item.data;
    const line = { key, id: String(id), variation: type === 'variation', quantity: Math.max(1, Math.floor(quantity)), permalink };
    if (line.variation) rememberCartVariation(line.id);
    lines.push(line);
  }
  return { lines, skipped };
}
