/** A WooCommerce post id from the markup: digits only, else null. */
export function wooId(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  return /^\d{1,15}$/.test(v) && v !== '0' ? String(Number(v)) : null;
}

/** `post-123` / `product-123` classes and ids that `wc_product_class()` writes on every product. */
export function idFromPostClass(el: Element): string | null {
  for (const c of Array.from(el.classList)) {
    const m = /^post-(\d+)$/.exec(c);
    if (m) return wooId(m[1]);
  }
  const m = /^product-(\d+)$/.exec(el.id);
  return m ? wooId(m[1]) : null;
}
