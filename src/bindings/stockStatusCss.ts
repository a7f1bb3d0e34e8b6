import { css } from '../ui/styles';

/**
 * The element's stylesheet for a status outside any shadow root (the Preact `<StockStatus>`, a
 * view of one's own that uses the same classes): every rule scoped under `.stock-status`, the
 * host's attributes read from that wrapper (`data-state`, `data-context`). Same look, same
 * `--stock-status-*` custom properties.
 */
export const stockStatusCss = css.replace(/(?<=^|[{}])([^{}]+)\{/g, (_, prelude: string) => {
  if (prelude.trim().startsWith('@')) return `${prelude}{`;
  const scoped = prelude.split(',').map((selector) => {
    const s = selector.trim();
    const host = /^:host(?:\((.*?)\))?(.*)$/.exec(s);
    if (!host) return `.stock-status ${s}`;
    return `.stock-status${(host[1] ?? '').replace(/\[context=/g, '[data-context=')}${host[2]}`;
  });
  return `${scoped.join(',')}{`;
});

let sheet: CSSStyleSheet | null = null;

/**
 * Adds `stockStatusCss` to a document (or shadow root) once: a constructable stylesheet, which
 * needs no nonce under a strict CSP, else a `<style>` with the given nonce.
 */
export function adoptStockStatusCss(root: Document | ShadowRoot, nonce?: string): void {
  try {
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(stockStatusCss);
      }
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    }
  } catch {}
  const parent = root instanceof Document ? root.head : root;
  if (parent.querySelector('style[data-stock-status]')) return;
  const style = (root instanceof Document ? root : root.ownerDocument).createElement('style');
  style.setAttribute('data-stock-status', '');
  if (nonce) style.nonce = nonce;
  style.textContent = stockStatusCss;
  parent.appendChild(style);
}
