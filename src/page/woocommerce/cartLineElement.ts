import type { Config } from '../../config/Config';
import { createStatusElement } from '../createStatusElement';
import { followForm } from '../followForm';
import { yieldThemeStock } from '../yieldThemeStock';

/** The quantity a cart row's input shows (what the shopper typed), or null while it is not a count. */
export function rowQuantity(input: HTMLInputElement | null): number | null {
  if (!input) return null;
  const n = Number.parseInt(input.value, 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * A `context="cart"` element for one cart row, following the row's quantity input (shopper typing
 * and the cart's own re-renders) and standing in for the row's own stock notices while it speaks.
 */
export function cartLineElement(
  row: Element,
  line: { productId: string; variantId: string | null; quantity: number },
  place: (el: HTMLElement) => void,
  parts: { quantityInput: () => HTMLInputElement | null; themeText: () => Element[] },
  config: Config,
): HTMLElement {
  const doc = row.ownerDocument;
  const el = createStatusElement(doc, {
    productId: line.productId,
    variantId: line.variantId,
    quantity: rowQuantity(parts.quantityInput()) ?? line.quantity,
    context: 'cart',
  });
  place(el);
  followForm(row, el, { variantId: () => line.variantId, quantity: () => rowQuantity(parts.quantityInput()) });
  yieldThemeStock(el, parts.themeText, config);
  return el;
}
