import type { ProductStock } from "../../core/StockRecord.js";
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
/** An option key back to the Storefront API's `OptionValueId` filter; null unless it is one (at most 20 options, whole ids). */
export declare function parseOptionKey(key: string): {
    optionEntityId: number;
    valueEntityId: number;
}[] | null;
/**
 * The option key to ask for when the shopper's choice is not among the variants listed (a product
 * with more than 50): the picked value of every variant option, or null while one is still unpicked.
 */
export declare function optionKeyToAsk(stock: ProductStock | null, selected: Record<string, string>): string | null;
