/**
 * Horizon's product cards (snippets/product-card.liquid, in sections/main-collection.liquid and
 * sections/search-results.liquid): `<li class="product-grid__item" data-product-id="123">`
 * holding `<product-card data-product-id="123" view-event-payload="…">` whose content is
 * `<div class="product-card__content">` (gallery, title, price blocks). One badge per card, over
 * the corner of its gallery; the elements of one listing upgrade in one task, so the store asks for
 * all of them in one request. Placeholder cards (`data-placeholder`, the editor's) are left alone.
 */
export declare function mountHorizonCards(doc: Document): void;
