/** dist/stock-status.shopify.js: shopify only (with the page's JSON-LD as its fallback), for a smaller file. */
import { dawnIntegration } from '../page/shopify/dawnIntegration';
import { shopifySource } from '../sources/shopify/shopifySource';
import { startPlatformFile } from './startPlatformFile';

startPlatformFile('shopify', { source: shopifySource, integration: dawnIntegration });
