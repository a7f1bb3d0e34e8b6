/** `restockField` ⇄ `data-restock-field`. */
export declare const attributeName: (key: string) => string;
/**
 * A setting as the merchant gave it, not yet checked: `window.StockStatusConfig[key]` wins, the
 * script tag's `data-*` attribute counts where the global key is undefined or null. The one place
 * of that rule: the app's config (parseConfig) and the loader (which app, which locale file) read
 * settings through it, so they never disagree on which value counts.
 */
export declare function rawSetting(key: string, global: unknown, attribute: (name: string) => string | null | undefined): unknown;
