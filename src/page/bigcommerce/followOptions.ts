import type { ProductStock } from '../../core/StockRecord';
import { optionKeyToAsk, variantForOptions } from '../../sources/bigcommerce/variantForOptions';
import type { StockStore } from '../../sources/StockStore';
import { followForm } from '../followForm';

export interface OptionsReader {
  /** The shopper's option choices: option entity id → value entity id. */
  selections(): Record<string, string>;
  quantity(): number | null;
}

/**
 * Keeps `element` on the variant a product form's options pick, and on its quantity, for either
 * BigCommerce storefront. The options map to a variant through the product's own answer (asked
 * before the element asks, so the first state costs one round trip); a pick beyond the first 50
 * variants is read on its own through the store and set when it comes. Returns a re-read, for
 * changes the form does not see (Catalyst's options in the URL).
 */
export function followOptions(root: Element, element: Element, productId: string, read: OptionsReader, store: StockStore): () => void {
  let stock: ProductStock | null = null;
  const asked = new Set<string>();
  const variantId = (): string | null => {
    const selected = read.selections();
    const id = variantForOptions(stock, selected);
    if (id || !store) return id;
    const key = optionKeyToAsk(stock, selected);
    if (!key) return null;
    if (!asked.has(key)) {
      asked.add(key);
      store.withVariant(productId, key).then(
        (found) => {
          if (found) stock = found;
          const picked = variantForOptions(stock, read.selections());
          if (picked && element.isConnected) element.setAttribute('variant-id', picked);
        },
        () => {},
      );
    }
    // Until that variant comes, the element stays where it was rather than flash another answer.
    return element.getAttribute('variant-id');
  };
  let ready = false;
  const pending = store?.get(productId) ?? Promise.resolve(null);
  pending.then(
    (found) => {
      stock = found;
      ready = true;
      followForm(root, element, { variantId, quantity: read.quantity });
    },
    () => followForm(root, element, { variantId: () => null, quantity: read.quantity }),
  );
  return () => {
    if (!ready || !element.isConnected) return;
    const id = variantId();
    if (id === null) element.removeAttribute('variant-id');
    else if (element.getAttribute('variant-id') !== id) element.setAttribute('variant-id', id);
  };
}
