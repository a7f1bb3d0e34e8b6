/** The constructable stylesheet of each marker, made once and shared by every root. */
const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adds `css` to a document or shadow root, once: a constructable stylesheet, which works under
 * `style-src 'self'` with no nonce, else (older browsers) a `<style>` carrying the merchant's nonce
 * and the attribute `marker`, by which a second call sees it is there. The one way the widget, its
 * extras, the bindings and the theme-text rule put styles on a page.
 */
export function adoptSheet(root: Document | ShadowRoot, css: string, marker: string, nonce?: string): void {
  try {
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      let sheet = sheets.get(marker);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        sheets.set(marker, sheet);
      }
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    }
  } catch {}
  const doc = 'createElement' in root ? root : root.ownerDocument;
  const parent = 'head' in root ? root.head : root;
  if (!parent || parent.querySelector(`style[${marker}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(marker, '');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  parent.appendChild(style);
}
