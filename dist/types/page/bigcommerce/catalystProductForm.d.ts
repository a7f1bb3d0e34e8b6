import type { Runtime } from "../../Runtime.js";
/**
 * Catalyst keeps a product's options in the URL, `?{optionEntityId}={valueEntityId}`
 * (core/vibes/soul/sections/product-detail/product-detail-form.tsx, nuqs `useQueryStates`; the
 * page reads them back as `optionValueIds`). Anything else in the query is ignored.
 */
export declare function optionsInUrl(search: string): Record<string, string>;
/** Catalyst's product form: `<input name="id" type="hidden" value={productId}>` and the `quantity` input. */
export declare function catalystProductForms(doc: Document): HTMLFormElement[];
/**
 * One `context="product"` element in Catalyst's product form, in place of its stock block (unless
 * `data-theme-stock="keep"`), on the variant of the options in the URL and the form and on the
 * quantity. Catalyst re-renders the form from the server after every option change (and may
 * replace it), so this runs again on each change; `resync` re-reads the URL after a navigation.
 */
export declare function mountCatalystProduct(form: HTMLFormElement, runtime: Runtime): void;
/** After a client navigation (Catalyst's router changes the URL without an event the form sees). */
export declare function resyncCatalystProducts(doc: Document): void;
