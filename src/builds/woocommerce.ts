/** dist/stock-status.woocommerce.js: woocommerce only (with the page's JSON-LD as its fallback), for a smaller file. */
import { woocommerceIntegration } from '../page/woocommerce/woocommerceIntegration';
import { woocommerceSource } from '../sources/woocommerce/woocommerceSource';
import { startPlatformFile } from './startPlatformFile';

startPlatformFile('woocommerce', { source: woocommerceSource, integration: woocommerceIntegration });
