import { adoptSheet } from '../adoptSheet';
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

/** Adds `stockStatusCss` to a document (or shadow root) once. */
export const adoptStockStatusCss = (root: Document | ShadowRoot, nonce?: string): void =>
  adoptSheet(root, stockStatusCss, 'data-stock-status', nonce);
