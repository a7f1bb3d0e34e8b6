/**
 * Keeps an element's `variant-id` and `quantity` in step with a theme's form, whatever the theme
 * does: shopper input (change/input/click), scripts that set values and fire events, and scripts
 * that set values silently (a MutationObserver plus a re-read on the next frame after any event).
 */
export interface FormReader {
  variantId(): string | null;
  quantity(): number | null;
}

export function followForm(root: Element, element: Element, read: FormReader): () => void {
  let frame = 0;
  const sync = () => {
    frame = 0;
    if (!element.isConnected) return;
    try {
      const v = read.variantId();
      const q = read.quantity();
      if (v !== null && element.getAttribute('variant-id') !== v) element.setAttribute('variant-id', v);
      if (v === null && element.hasAttribute('variant-id')) element.removeAttribute('variant-id');
      if (q !== null && element.getAttribute('quantity') !== String(q)) element.setAttribute('quantity', String(q));
    } catch {}
  };
  const later = () => {
    sync();
    // Themes often update hidden inputs right after the event we saw.
    if (!frame) frame = requestAnimationFrame(sync);
  };
  const events = ['change', 'input', 'click', 'keyup'];
  for (const e of events) root.addEventListener(e, later, true);
  const observer = new MutationObserver(later);
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['value', 'checked', 'selected', 'data-variant-id', 'disabled'],
  });
  sync();
  return () => {
    for (const e of events) root.removeEventListener(e, later, true);
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
  };
}
