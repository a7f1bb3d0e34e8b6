import type { Platform } from '../config/Config';
import { cornerstoneIntegration } from './bigcommerce/cornerstoneIntegration';
import { genericIntegration } from './genericIntegration';
import type { PageIntegration } from './PageIntegration';
import { dawnIntegration } from './shopify/dawnIntegration';
import { woocommerceIntegration } from './woocommerce/woocommerceIntegration';

/** The theme integration used with `data-mount="auto"` for each platform. */
const integrations: Record<string, PageIntegration> = {
  bigcommerce: cornerstoneIntegration,
  jsonld: genericIntegration,
  json: genericIntegration,
  shopify: dawnIntegration,
  woocommerce: woocommerceIntegration,
};

export function integrationFor(platform: Platform): PageIntegration {
  return integrations[platform] ?? genericIntegration;
}
