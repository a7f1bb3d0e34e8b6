import type { Config } from '../../config/Config';
import { createStatusElement } from '../createStatusElement';
import { reapplyThemeStock, yieldThemeStock } from '../yieldThemeStock';

/**
 * Catalyst's product card (core/vibes/soul/primitives/product-card/index.tsx): an `<article>` whose
 * link covering the card carries the product's entity id as its `id`
 * (`<Link id={product.id} href={product.href}>`, product-card-transformer.ts), and a details column
 * (`div.flex-1`) ending with the card's own inventory message span (out of stock, backorder message).
 */
function cardParts(card: Element): { productId: string; details: Element | null } | null {
  const link = card.querySelector(':scope > div > a[id][href]');
  const id = link?.id.trim() ?? '';
  if (!/^\d{1,10}$/.test(id)) return null;
  return { productId: id, details: card.querySelector(':scope > div > div > div.flex-1') };
}

const inventoryMessage = (details: Element | null) => (details ? Array.from(details.querySelectorAll(':scope > span:last-of-type')) : []);

/**
 * A `context="card"` badge in each Catalyst card (category, search, related products), in place
 * of the card's inventory message. Every card of a render asks in the same task: one request.
 */
export function mountCatalystCards(doc: Document, config: Config): void {
  for (const card of Array.from(doc.querySelectorAll('article'))) {
    const existing = card.querySelector('stock-status[data-mounted]');
    if (existing) {
      reapplyThemeStock(existing);
      continue;
    }
    const parts = cardParts(card);
    if (!parts) continue;
    const el = createStatusElement(doc, { productId: parts.productId, context: 'card' });
    const message = inventoryMessage(parts.details)[0];
    if (message) message.after(el);
    else (parts.details ?? card).append(el);
    yieldThemeStock(el, () => inventoryMessage(card.querySelector(':scope > div > div > div.flex-1')), config);
  }
}
