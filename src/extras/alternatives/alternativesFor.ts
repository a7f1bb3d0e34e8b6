import type { Platform } from '../../config/Config';
import { bigcommerceAlternatives } from '../../sources/bigcommerce/bigcommerceAlternatives';
import { jsonAlternatives } from '../../sources/json/jsonAlternatives';
import { jsonLdAlternatives } from '../../sources/jsonld/jsonLdAlternatives';
import type { PlatformAlternatives } from '../../sources/Source';
import { shopifyAlternatives } from '../../sources/shopify/shopifyAlternatives';
import { woocommerceAlternatives } from '../../sources/woocommerce/woocommerceAlternatives';

/**
 * Platform → its alternatives. They live here, in the extras script, rather than on the sources in
 * the main one: only an out-of-stock product page needs them. Platform code stays in its folder.
 */
const byPlatform: Record<Platform, PlatformAlternatives> = {
  bigcommerce: bigcommerceAlternatives,
  shopify: shopifyAlternatives,
  woocommerce: woocommerceAlternatives,
  jsonld: jsonLdAlternatives,
  json: jsonAlternatives,
};

export function alternativesFor(platform: Platform): PlatformAlternatives | undefined {
  return Object.hasOwn(byPlatform, platform) ? byPlatform[platform] : undefined;
}
