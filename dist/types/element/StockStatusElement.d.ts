import { type Eta } from '../core/computeEta';
import { type StatusContext, type StatusText } from '../core/describeStatus';
import { type Availability } from '../core/resolveAvailability';
import { type ProductStock, type StockRecord, type StockState } from '../core/StockRecord';
import { extend } from './extensions';
import { type Runtime } from './Runtime';
/** The `detail` of `stock-status:change`, exactly as DESIGN.md promises it. */
export interface StockStatusChangeDetail {
    productId: string;
    variantId: string | null;
    quantity: number;
    state: StockState;
    available: number | null;
    eta: string | null;
    etaKind: 'confirmed' | 'estimated' | null;
    platform: string;
}
/** What one element knows after a look-up; the extras (signup, alternatives, button) read it. */
export interface Resolution {
    stock: ProductStock | null;
    record: StockRecord | null;
    availability: Availability;
    eta: Eta;
    text: StatusText | null;
    runtime: Runtime;
}
export { type ElementExtension, type ExtensionHandle, type ExtraPart, extend, extensions } from './extensions';
declare const BaseElement: typeof HTMLElement;
/**
 * `<stock-status product-id variant-id quantity context>`: asks the store, runs the pure core and
 * renders into an open shadow root. Nothing in here may throw into the page: every path is guarded.
 */
export declare class StockStatusElement extends BaseElement {
    static observedAttributes: string[];
    /** For the extras script, which has no import of ours: `customElements.get('stock-status').extend(…)`. */
    static extend: typeof extend;
    /** Every connected element, wherever it is (shadow roots included), for `StockStatus.refresh()`. */
    static connected: Set<StockStatusElement>;
    private controller;
    private unsubscribe;
    private unextend;
    /** Extras mounted in this element's containers, by part. */
    private mounted;
    private button;
    private lastEvent;
    private scheduled;
    /** The latest resolution, for the extras and for tests. */
    resolution: Resolution | null;
    get productId(): string;
    get variantId(): string | null;
    get quantity(): number;
    get context(): StatusContext;
    connectedCallback(): void;
    disconnectedCallback(): void;
    attributeChangedCallback(_name: string, old: string | null, value: string | null): void;
    /** Look up again (after StockStatus.refresh(), or a changed attribute). */
    refresh(): void;
    /** Several attribute changes in one task cost one look-up. */
    private schedule;
    private update;
    private apply;
    private setState;
    private renderView;
    /** Hands each reserved container to its extension; fetches the extras script the first time one is missing. */
    private mountExtras;
    /** `data-button="manage"`: the product context relabels the theme's add-to-cart button. */
    private manageButton;
    /** One event per change of what the shopper is told (state, date, units shipping now). */
    private announce;
}
