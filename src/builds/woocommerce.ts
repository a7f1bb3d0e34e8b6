/** dist/stock-status.woocommerce.js: woocommerce only (with the page's JSON-LD as its fallback), for a smaller file. */
import { genericIntegration } from '../page/genericIntegration';
import { woocommerceIntegration } from '../page/woocommerce/woocommerceIntegration';
import { jsonLdSource } from '../sources/jsonld/jsonLdSource';
import { createTransport } from '../sources/Transport';
import { woocommerceSource } from '../sources/woocommerce/woocommerceSource';
import { startScript } from '../startScript';

startScript(
  {
    platforms: {
      woocommerce: { source: woocommerceSource, integration: woocommerceIntegration },
      jsonld: { source: jsonLdSource, integration: genericIntegration },
    },
    network: createTransport,
  },
  'woocommerce',
);
