import { createStatusElement } from '../createStatusElement';

/**
 * Dawn's product cards (snippets/card-product.liquid), in collections, search and
 * recommendations: `<div class="card-wrapper product-card-wrapper">` holding
 * `<a href="/products/…" id="CardLink-<section id>-<product id>">` (older Dawn:
 * `<h3 id="title-<section id>-<product id>">`; quick add: `quick-add-modal id="QuickAdd-<product id>"`).
 * Section ids themselves contain dashes, so only the trailing number is the product id.
 */
const ID_CARRIERS = '[id^="CardLink-"], [id^="StandardCardNoMediaLink-"], [id^="title-"], quick-add-modal[id^="QuickAdd-"]';

function productIdOf(card: Element): string | null {
  const direct = card.querySelector('[data-product-id]')?.getAttribute('data-product-id')?.trim();
  if (direct && /^\d{1,20}$/.test(direct)) return direct;
  for (const el of Array.from(card.querySelectorAll(ID_CARRIERS))) {
    const m = /-(\d{1,20})$/.exec(el.id);
    if (m) return m[1]!;
  }
  const input = card.querySelector<HTMLInputElement>('input[name="product-id"]')?.value.trim();
  return input && /^\d{1,20}$/.test(input) ? input : null;
}

export function mountDawnCards(doc: Document): void {
  for (const card of Array.from(doc.querySelectorAll('.card-wrapper, .product-card-wrapper'))) {
    // Collection cards share the wrapper class; only product cards link to /products/.
    if (card.querySelector('stock-status') || !card.querySelector('a[href*="/products/"]')) continue;
    const productId = productIdOf(card);
    if (!productId) continue;
    const el = createStatusElement(doc, { productId: productId, context: 'card' });
    // Over the corner of the card's media (styles.ts: a card badge takes no space, so nothing moves when it comes).
    (card.querySelector('.card__inner') ?? card.querySelector('.card') ?? card).prepend(el);
  }
}
