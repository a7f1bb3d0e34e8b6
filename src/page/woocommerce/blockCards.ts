import * as z from 'zod/mini';
import type { Config } from '../../config/Config';
import { storeId } from '../../sources/woocommerce/woocommerceSchema';
import { createStatusElement } from '../createStatusElement';
import { yieldThemeStock } from '../yieldThemeStock';
import { idFromPostClass, wooId } from './wooProductId';

/**
 * Product Collection cards of block themes (Twenty Twenty-Five): ProductTemplate.php wraps each
 * product in `li.wc-block-product` with its id in the Interactivity API context
 * (`data-wc-context` in newer releases, `data-wp-context` before: `{"productId":123}`), on the
 * Product Button's `data-product_id`, and in the `post-<id>` class. The badge sits over the
 * corner of the Product Image block, outside the Product Button's interactive region; a Product Stock Indicator in the card is
 * WooCommerce's own stock text, which ours stands in for.
 */
const context = z.lazy(() => z.object({ productId: storeId }));

function contextId(card: Element): string | null {
  for (const name of ['data-wc-context', 'data-wp-context']) {
    const raw = card.getAttribute(name);
    if (!raw || raw.length > 10_000) continue;
    try {
      const parsed = z.safeParse(context, JSON.parse(raw));
      if (parsed.success) return String(parsed.data.productId);
    } catch {}
  }
  return null;
}

export function mountBlockCards(doc: Document, config: Config): void {
  for (const card of Array.from(doc.querySelectorAll('li.wc-block-product'))) {
    if (card.querySelector('stock-status')) continue;
    const id = contextId(card) ?? wooId(card.querySelector('[data-product_id]')?.getAttribute('data-product_id')) ?? idFromPostClass(card);
    if (!id) continue;
    const el = createStatusElement(doc, { productId: id, context: 'card' });
    // Over the corner of the Product Image block (styles.ts: a card badge takes no space, so nothing moves when it comes).
    (card.querySelector('.wp-block-woocommerce-product-image') ?? card).prepend(el);
    yieldThemeStock(el, () => Array.from(card.querySelectorAll('.wc-block-components-product-stock-indicator')), config);
  }
}
