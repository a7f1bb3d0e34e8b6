/** dist/stock-status.shopify.js: shopify only (with the page's JSON-LD as its fallback), for a smaller file. */
import { shopifyIntegration } from '../page/shopify/shopifyIntegration';
import { shopifySource } from '../sources/shopify/shopifySource';
import { startPlatformFile } from './startPlatformFile';

startPlatformFile('shopify', { source: shopifySource, integration: shopifyIntegration });
