import type { StatusContext } from '../core/describeStatus';

export interface PlacedStatus {
  /** The platform's product id; '' only for JSON-LD (the page's one Product). */
  productId: string;
  context: StatusContext;
  variantId?: string | null;
  quantity?: number | null;
}

/**
 * The one way a theme integration makes a `<stock-status>`: the same attributes a merchant would
 * write, plus `data-mounted="auto"`, which tells the widget's own elements from a merchant's.
 */
export function createStatusElement(doc: Document, { productId, context, variantId, quantity }: PlacedStatus): HTMLElement {
  const el = doc.createElement('stock-status');
  if (productId) el.setAttribute('product-id', productId);
  if (variantId) el.setAttribute('variant-id', variantId);
  if (quantity != null) el.setAttribute('quantity', String(quantity));
  el.setAttribute('context', context);
  el.setAttribute('data-mounted', 'auto');
  return el;
}

/** A merchant's own product element for this product wins over the one the integration would place. */
export const hasOwnElement = (doc: Document, productId: string): boolean =>
  Array.from(doc.querySelectorAll('stock-status:not([data-mounted])')).some(
    (e) => e.getAttribute('product-id') === productId && !['card', 'cart'].includes(e.getAttribute('context') ?? ''),
  );
