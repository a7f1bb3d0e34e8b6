import type { PageIntegration } from "./PageIntegration.js";
export declare function findAddToCartForm(doc: Document): HTMLFormElement | null;
/** The current value of the first named field present: a select, a checked radio, or an input. */
export declare function readField(form: Element, names: string[]): string | null;
export declare function readQuantity(form: Element): number | null;
/**
 * For `jsonld` and `json` on any page: one element after the add-to-cart form when the page has
 * none of its own, following the form's variant (`variant_id`, `variant-id` or `sku`) and quantity.
 */
export declare const genericIntegration: PageIntegration;
