import type { StatusContext } from "../core/describeStatus.js";
export interface PlacedStatus {
    /** The platform's product id; '' only for JSON-LD (the page's one Product). */
    productId: string;
    context: StatusContext;
    variantId?: string | null;
    quantity?: number | null;
}
/**
 * The one way a theme integration makes a `<stock-status>`: the same attributes a merchant would
 * write, plus `data-mounted="auto"`, which tells the widget's own elements from a merchant's.
 */
export declare function createStatusElement(doc: Document, { productId, context, variantId, quantity }: PlacedStatus): HTMLElement;
/** A merchant's own product element for this product wins over the one the integration would place. */
export declare const hasOwnElement: (doc: Document, productId: string) => boolean;
