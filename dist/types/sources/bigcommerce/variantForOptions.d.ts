import type { ProductStock } from '../../core/StockRecord';
/**
 * Variants answer to a key of their option values (`o12:34,13:56`, sorted by option id) in
 * `variantAliases`, so a theme's option picker can be mapped to a variant without another request.
 */
export declare function optionKey(pairs: [number | string, number | string][]): string;
/**
 * The variant whose every option value is among `selected` (option id → value id). Selections of
 * modifier options (gift wrap, engraving) are ignored, since they are not part of any variant.
 */
export declare function variantForOptions(stock: ProductStock | null, selected: Record<string, string>): string | null;
