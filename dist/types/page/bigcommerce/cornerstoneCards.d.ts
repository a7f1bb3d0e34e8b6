/**
 * A `context="card"` badge in each Cornerstone product card (templates/components/products/card.html:
 * `<article class="card" data-entity-id="{{id}}" data-test="card-{{id}}">`, with `data-product-id`
 * on its quick-view and option buttons). `data-entity-id` is only there with data tags on, so the
 * other places are read too.
 */
export declare function cardProductId(card: Element): string | null;
export declare function mountCornerstoneCards(doc: Document): void;
