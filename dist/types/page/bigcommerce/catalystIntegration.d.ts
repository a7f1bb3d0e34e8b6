import type { PageIntegration } from "../PageIntegration.js";
/**
 * Catalyst, BigCommerce's Next.js storefront, with the script added through Script Manager or the
 * Scripts API (rendered in head or body; Catalyst renders no footer scripts): the product page and
 * the product cards. React re-renders and the server answers each option change with new markup,
 * so whatever is new is mounted as it comes.
 */
export declare const catalystIntegration: PageIntegration;
