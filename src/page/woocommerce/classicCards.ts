import { createStatusElement } from '../createStatusElement';
import { idFromPostClass, wooId } from './wooProductId';

/**
 * Shop, category, related and up-sell lists (templates/content-product.php): each `li.product` has
 * the loop add-to-cart link (loop/add-to-cart.php) with `data-product_id`; out-of-stock products get
 * a "Read more" link that still carries it. Product blocks without it still have the `post-<id>` class.
 */
export function mountClassicCards(doc: Document): void {
  // Product Collection cards (`li.wc-block-product`, also `li.product`) are mountBlockCards' own.
  for (const card of Array.from(doc.querySelectorAll('li.product:not(.wc-block-product)'))) {
    if (card.querySelector('stock-status')) continue;
    const id = wooId(card.querySelector('[data-product_id]')?.getAttribute('data-product_id')) ?? idFromPostClass(card);
    if (!id) continue;
    const el = createStatusElement(doc, { productId: id, context: 'card' });
    // First in the card, over the image's corner (styles.ts: a card badge takes no space); outside the product link, whose name it must not join.
    card.prepend(el);
  }
}
