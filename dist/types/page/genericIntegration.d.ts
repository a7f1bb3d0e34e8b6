import type { PageIntegration } from './PageIntegration';
export declare function findAddToCartForm(doc: Document): HTMLFormElement | null;
export declare function readQuantity(form: Element): number | null;
/**
 * For `jsonld` and `json` on any page: one element after the add-to-cart form when the page has
 * none of its own, following the form's quantity.
 */
export declare const genericIntegration: PageIntegration;
