import type { PlatformAlternatives } from '../Source';
/**
 * Shopify's related products (`productRecommendations`, intent RELATED) that are for sale, at most
 * `limit`. Runs in the extras script, whose copy of the inventory-scope memory starts empty: the
 * product's look-up tells it (`fieldsRefused`), so the field is not asked for, nor warned about, again.
 */
export declare const shopifyAlternatives: PlatformAlternatives;
