/** dist/stock-status.json.js: our JSON endpoint format (with the page's JSON-LD as its fallback). */
import { genericIntegration } from '../page/genericIntegration';
import { jsonSource } from '../sources/json/jsonSource';
import { jsonLdSource } from '../sources/jsonld/jsonLdSource';
import { createTransport } from '../sources/Transport';
import { startScript } from '../startScript';

startScript(
  {
    platforms: {
      json: { source: jsonSource, integration: genericIntegration },
      jsonld: { source: jsonLdSource, integration: genericIntegration },
    },
    network: createTransport,
  },
  'json',
);
