/** dist/stock-status.jsonld.js: the page's own schema.org JSON-LD only, no requests at all. */
import { genericIntegration } from '../page/genericIntegration';
import { jsonLdSource } from '../sources/jsonld/jsonLdSource';
import { startScript } from '../startScript';

startScript({ jsonld: { source: jsonLdSource, integration: genericIntegration } }, 'jsonld');
