import { createStatusElement } from '../createStatusElement';

/**
 * A `context="card"` badge in each Cornerstone product card (templates/components/products/card.html:
 * `<article class="card" data-entity-id="{{id}}" data-test="card-{{id}}">`, with `data-product-id`
 * on its quick-view and option buttons). `data-entity-id` is only there with data tags on, so the
 * other places are read too.
 */
export function cardProductId(card: Element): string | null {
  const candidates = [
    card.getAttribute('data-entity-id'),
    card.getAttribute('data-test')?.replace(/^card-/, ''),
    card.querySelector('[data-product-id]')?.getAttribute('data-product-id'),
    card.querySelector('[data-compare-id]')?.getAttribute('data-compare-id'),
  ];
  return candidates.find((id): id is string => !!id && /^\d+$/.test(id.trim()))?.trim() ?? null;
}

export function mountCornerstoneCards(doc: Document): void {
  for (const card of Array.from(doc.querySelectorAll('article.card, .card[data-entity-id]'))) {
    if (card.querySelector('stock-status')) continue;
    const productId = cardProductId(card);
    if (!productId) continue;
    const el = createStatusElement(doc, { productId: productId, context: 'card' });
    // Over the image's corner (styles.ts: a card badge takes no space, so nothing moves when it comes).
    (card.querySelector('.card-figure') ?? card).prepend(el);
  }
}
