import type { PlatformTable } from './PlatformTable';
import { bigcommerceIntegration } from './page/bigcommerce/bigcommerceIntegration';
import { genericIntegration } from './page/genericIntegration';
import { shopifyIntegration } from './page/shopify/shopifyIntegration';
import { woocommerceIntegration } from './page/woocommerce/woocommerceIntegration';
import { bigcommerceSource } from './sources/bigcommerce/bigcommerceSource';
import { jsonSource } from './sources/json/jsonSource';
import { jsonLdSource } from './sources/jsonld/jsonLdSource';
import { shopifySource } from './sources/shopify/shopifySource';
import { woocommerceSource } from './sources/woocommerce/woocommerceSource';

/** Every platform: what dist/stock-status.js and the ES module carry. Platform code lives only in its folders. */
export const allPlatforms: PlatformTable = {
  bigcommerce: { source: bigcommerceSource, integration: bigcommerceIntegration },
  shopify: { source: shopifySource, integration: shopifyIntegration },
  woocommerce: { source: woocommerceSource, integration: woocommerceIntegration },
  jsonld: { source: jsonLdSource, integration: genericIntegration },
  json: { source: jsonSource, integration: genericIntegration },
};
