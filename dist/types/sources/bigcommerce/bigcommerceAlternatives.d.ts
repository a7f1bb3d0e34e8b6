import type { PlatformAlternatives } from '../Source';
/**
 * BigCommerce's related products (or the merchant's list) that can ship now, never the product
 * itself. Runs in the extras script, whose copy of the older-store memory starts empty: the
 * product's look-up tells it (`fieldsRefused`), so an older store is not probed a second time.
 */
export declare const bigcommerceAlternatives: PlatformAlternatives;
