/** dist/stock-status.bigcommerce.js: bigcommerce only (with the page's JSON-LD as its fallback), for a smaller file. */

import { cornerstoneIntegration } from '../page/bigcommerce/cornerstoneIntegration';
import { genericIntegration } from '../page/genericIntegration';
import { bigcommerceSource } from '../sources/bigcommerce/bigcommerceSource';
import { jsonLdSource } from '../sources/jsonld/jsonLdSource';
import { createTransport } from '../sources/Transport';
import { startScript } from '../startScript';

startScript(
  {
    platforms: {
      bigcommerce: { source: bigcommerceSource, integration: cornerstoneIntegration },
      jsonld: { source: jsonLdSource, integration: genericIntegration },
    },
    network: createTransport,
  },
  'bigcommerce',
);
