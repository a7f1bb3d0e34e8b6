import type { PlatformAlternatives } from '../Source';
/**
 * The product's own `alternatives` list, looked up in one request, keeping those that ship now, in
 * the listed order. The list comes with the product's look-up (`ProductStock.related`); a product
 * the json source did not answer (none yet, or the JSON-LD fallback's) is asked for first.
 */
export declare const jsonAlternatives: PlatformAlternatives;
