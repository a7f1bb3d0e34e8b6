/** dist/stock-status.bigcommerce.js: bigcommerce only (with the page's JSON-LD as its fallback), for a smaller file. */
import { bigcommerceIntegration } from '../page/bigcommerce/bigcommerceIntegration';
import { bigcommerceSource } from '../sources/bigcommerce/bigcommerceSource';
import { startPlatformFile } from './startPlatformFile';

startPlatformFile('bigcommerce', { source: bigcommerceSource, integration: bigcommerceIntegration });
