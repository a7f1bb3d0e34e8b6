import type { StockState } from "../core/StockRecord.js";
import type { Resolution } from "../lookup/Resolution.js";
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
/**
 * `stock-status:change`: dispatched by `<stock-status>` on every change of what the shopper is
 * told (state, date, units shipping now); it bubbles out of shadow roots. A plain `CustomEvent`
 * at run time (no bytes of its own in the script-tag files), typed here.
 */
export type StockStatusChangeEvent = CustomEvent<StockStatusChangeDetail>;
/** The detail of one resolution. */
export declare function changeDetail(r: Resolution): StockStatusChangeDetail;
declare global {
    interface HTMLElementEventMap {
        'stock-status:change': StockStatusChangeEvent;
    }
    interface DocumentEventMap {
        'stock-status:change': StockStatusChangeEvent;
    }
    interface WindowEventMap {
        'stock-status:change': StockStatusChangeEvent;
    }
}
