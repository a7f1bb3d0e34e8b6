/** dist/stock-status.json.js: our JSON endpoint format (with the page's JSON-LD as its fallback). */
import { genericIntegration } from '../page/genericIntegration';
import { jsonSource } from '../sources/json/jsonSource';
import { startPlatformFile } from './startPlatformFile';

startPlatformFile('json', { source: jsonSource, integration: genericIntegration });
