import type { Platform } from '../config/Config';
import { bigcommerceSource } from './bigcommerce/bigcommerceSource';
import { jsonSource } from './json/jsonSource';
import { jsonLdSource } from './jsonld/jsonLdSource';
import type { Source } from './Source';
import { shopifySource } from './shopify/shopifySource';
import { woocommerceSource } from './woocommerce/woocommerceSource';

/** Each platform's adapter. Platform code lives only in its adapter folder. */
const sources: Record<string, Source> = {
  bigcommerce: bigcommerceSource,
  jsonld: jsonLdSource,
  json: jsonSource,
  shopify: shopifySource,
  woocommerce: woocommerceSource,
};

export function sourceFor(platform: Platform): Source | null {
  return sources[platform] ?? null;
}
