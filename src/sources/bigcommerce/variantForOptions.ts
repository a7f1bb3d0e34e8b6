import type { ProductStock } from '../../core/StockRecord';

/**
 * Variants answer to a key of their option values (`o12:34,13:56`, sorted by option id) in
 * `variantAliases`, so a theme's option picker can be mapped to a variant without another request.
 */
export function optionKey(pairs: [number | string, number | string][]): string {
  return `o${pairs
    .map(([o, v]) => `${o}:${v}`)
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
    .join(',')}`;
}

/**
 * The variant whose every option value is among `selected` (option id → value id). Selections of
 * modifier options (gift wrap, engraving) are ignored, since they are not part of any variant.
 */
export function variantForOptions(stock: ProductStock | null, selected: Record<string, string>): string | null {
  if (!stock?.variantAliases) return null;
  for (const [key, variantId] of Object.entries(stock.variantAliases)) {
    if (!key.startsWith('o') || key === 'o') continue;
    const pairs = key.slice(1).split(',');
    if (
      pairs.every((p) => {
        const [o, v] = p.split(':');
        return o !== undefined && selected[o] === v;
      })
    )
      return variantId;
  }
  return null;
}
