import { createStatusElement } from '../createStatusElement';
/**
 * Horizon's product cards (snippets/product-card.liquid, in sections/main-collection.liquid and
 * sections/search-results.liquid): `<li class="product-grid__item" data-product-id="123">`
 * holding `<product-card data-product-id="123" view-event-payload="…">` whose content is
 * `<div class="product-card__content">` (gallery, title, price blocks). One badge per card, over
 * the corner of its gallery; the elements of one listing upgrade in one task, so the store asks for
 * all of them in one request. Placeholder cards (`data-placeholder`, the editor's) are left alone.
 */
export function mountHorizonCards(doc: Document): void {
  for (const card of Array.from(doc.querySelectorAll('product-card[data-product-id]'))) {
    if (card.hasAttribute('data-placeholder') || card.querySelector('stock-status')) continue;
    const productId = card.getAttribute('data-product-id')?.trim() ?? '';
    if (!/^\d{1,20}$/.test(productId)) continue;
    const el = createStatusElement(doc, { productId: productId, context: 'card' });
    // First in the content, over the gallery's corner (styles.ts: a card badge takes no space).
    (card.querySelector('.product-card__content') ?? card).prepend(el);
  }
}
