import type { StatusContext } from "../core/describeStatus.js";
import type { Resolution } from "../lookup/Resolution.js";
import { extend } from "./registeredExtras.js";
export type { StockStatusChangeDetail } from "./StockStatusChangeEvent.js";
declare const BaseElement: typeof HTMLElement;
/**
 * `<stock-status product-id variant-id quantity context>`: a thin element over the headless
 * look-up (`watchAsk`, the core of `lookUpStore`). It renders each answer into an open shadow root, sets `data-state` and
 * dispatches `stock-status:change`; the extras and the add-to-cart button are its controllers.
 * Nothing in here may throw into the page.
 */
export declare class StockStatusElement extends BaseElement {
    #private;
    static observedAttributes: ("context" | "quantity" | "product-id" | "variant-id")[];
    /** For the extras script, which has no import of ours: `customElements.get('stock-status').extend(…)`. */
    static extend: typeof extend;
    /** The latest answer (null until the first). */
    resolution: Resolution | null;
    connectedCallback(): void;
    disconnectedCallback(): void;
    attributeChangedCallback(_name: string, old: string | null, value: string | null): void;
    /** Look up again (after `StockStatus.refresh()`, answered from the cache while it is fresh). */
    refresh(): void;
}
export interface StockStatusElement {
    get productId(): string;
    set productId(v: string | number | null);
    get variantId(): string | null;
    set variantId(v: string | number | null);
    get quantity(): number;
    set quantity(v: number | string | null);
    get context(): StatusContext;
    set context(v: StatusContext | null);
}
declare global {
    interface HTMLElementTagNameMap {
        'stock-status': StockStatusElement;
    }
}
