/** `restockField` ⇄ `data-restock-field`. */
export const attributeName = (key: string): string => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * A setting as the merchant gave it, not yet checked: `window.StockStatusConfig[key]` wins, the
 * script tag's `data-*` attribute counts where the global key is undefined or null. The one place
 * of that rule: the app's config (parseConfig) and the loader (which app, which locale file) read
 * settings through it, so they never disagree on which value counts.
 */
export function rawSetting(key: string, global: unknown, attribute: (name: string) => string | null | undefined): unknown {
  const fromGlobal = global && typeof global === 'object' ? (global as Record<string, unknown>)[key] : undefined;
  return fromGlobal ?? attribute(attributeName(key)) ?? undefined;
}
