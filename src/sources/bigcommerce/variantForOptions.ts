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

/** An option key back to the Storefront API's `OptionValueId` filter; null unless it is one (at most 20 options, whole ids). */
export function parseOptionKey(key: string): { optionEntityId: number; valueEntityId: number }[] | null {
  if (!/^o\d{1,10}:\d{1,10}(,\d{1,10}:\d{1,10}){0,19}$/.test(key)) return null;
  return key
    .slice(1)
    .split(',')
    .map((pair) => {
      const [o, v] = pair.split(':');
      return { optionEntityId: Number(o), valueEntityId: Number(v) };
    });
}

/** The ids of the options that make up a variant (not modifiers such as gift wrap), as the variants listed tell. */
function variantOptionIds(stock: ProductStock): Set<string> {
  const ids = new Set<string>();
  for (const key of Object.keys(stock.variantAliases ?? {})) {
    if (!key.startsWith('o') || key === 'o') continue;
    for (const pair of key.slice(1).split(',')) ids.add(pair.split(':')[0]!);
  }
  return ids;
}

/**
 * The option key to ask for when the shopper's choice is not among the variants listed (a product
 * with more than 50): the picked value of every variant option, or null while one is still unpicked.
 */
export function optionKeyToAsk(stock: ProductStock | null, selected: Record<string, string>): string | null {
  if (!stock?.partialVariants) return null;
  const options = [...variantOptionIds(stock)];
  if (options.length === 0 || options.some((o) => !/^\d{1,10}$/.test(selected[o] ?? ''))) return null;
  return optionKey(options.map((o) => [o, selected[o]!]));
}
