import type { PlatformAlternatives } from '../Source';
/**
 * schema.org `isSimilarTo` / `isRelatedTo` Products (inline, or `{"@id"}` references to others on
 * the page) that can be bought now. Read from the page again, so it needs nothing from the look-up.
 */
export declare const jsonLdAlternatives: PlatformAlternatives;
