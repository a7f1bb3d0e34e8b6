/**
 * The element's stylesheet for a status outside any shadow root (the Preact `<StockStatus>`, a
 * view of one's own that uses the same classes): every rule scoped under `.stock-status`, the
 * host's attributes read from that wrapper (`data-state`, `data-context`). Same look, same
 * `--stock-status-*` custom properties.
 */
export declare const stockStatusCss: string;
/** Adds `stockStatusCss` to a document (or shadow root) once. */
export declare const adoptStockStatusCss: (root: Document | ShadowRoot, nonce?: string) => void;
