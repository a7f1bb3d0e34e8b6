/** dist/stock-status.jsonld.js: the page's own schema.org JSON-LD only; it makes no requests, so it carries no transport. */
import { genericIntegration } from '../page/genericIntegration';
import { jsonLdSource } from '../sources/jsonld/jsonLdSource';
import { startScript } from '../startScript';

startScript({ platforms: { jsonld: { source: jsonLdSource, integration: genericIntegration } } }, 'jsonld');
