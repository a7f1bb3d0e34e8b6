/** dist/stock-status.shopify.js: shopify only (with the page's JSON-LD as its fallback), for a smaller file. */
import { genericIntegration } from '../page/genericIntegration';
import { dawnIntegration } from '../page/shopify/dawnIntegration';
import { jsonLdSource } from '../sources/jsonld/jsonLdSource';
import { shopifySource } from '../sources/shopify/shopifySource';
import { createTransport } from '../sources/Transport';
import { startScript } from '../startScript';

startScript(
  {
    platforms: {
      shopify: { source: shopifySource, integration: dawnIntegration },
      jsonld: { source: jsonLdSource, integration: genericIntegration },
    },
    network: createTransport,
  },
  'shopify',
);
