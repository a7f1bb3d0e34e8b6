/**
 * Whether the page will ask about a variation of this product: it shows WooCommerce's variation
 * form for it, or an element with a `variant-id`. Only then are variations fetched, alongside the
 * products, so listing pages stay at one request and product pages at one round trip.
 * `id` is digits only (checked by the caller), so it is safe inside a selector.
 */
export function wantsVariations(doc: Document | undefined, id: string): boolean {
  if (!doc?.querySelector) return false;
  if (doc.querySelector(`form.variations_form[data-product_id="${id}"], stock-status[product-id="${id}"][variant-id]`)) return true;
  // The Add to Cart + Options block of a variable product: a hidden variation_id beside add-to-cart=<id>.
  return Array.from(doc.querySelectorAll('form.wc-block-add-to-cart-with-options')).some(
    (f) => !!f.querySelector('input[name="variation_id"]') && !!f.querySelector(`input[name="add-to-cart"][value="${id}"]`),
  );
}
