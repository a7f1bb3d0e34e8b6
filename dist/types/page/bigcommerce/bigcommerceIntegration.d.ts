import type { PageIntegration } from "../PageIntegration.js";
/**
 * Whether the page is a Next.js app (Catalyst): Next's client sets `window.next` and streams
 * through `self.__next_f`, and puts a `<next-route-announcer>` in the body. Stencil themes
 * (Cornerstone and its descendants) have none of these.
 */
export declare function isCatalyst(doc: Document): boolean;
/** `data-platform="bigcommerce"` with `data-mount="auto"`: Catalyst or a Stencil theme, told apart at run time. */
export declare const bigcommerceIntegration: PageIntegration;
