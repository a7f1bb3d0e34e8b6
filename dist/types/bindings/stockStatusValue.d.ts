import type { StatusContext, StatusText } from "../core/describeStatus.js";
import type { StockState } from "../core/StockRecord.js";
import type { LookUpProps, Resolution, StatusSnapshot } from "../lookup/Resolution.js";
import type { Runtime } from "../Runtime.js";
/** What `useStockStatus` takes: what to look up, and optionally a runtime (default: the page's, from `configure()`). */
export interface UseStockStatusProps extends LookUpProps {
    runtime?: Runtime | null;
}
/** What `useStockStatus` gives (Preact and React alike). */
export interface StockStatusValue {
    /** `loading`, then the state (`in-stock`, `backorder`, …, `unknown`). */
    state: StockState | 'loading';
    /** The latest answer (record, availability, eta, words); while `state` is loading, the previous one or null. */
    resolution: Resolution | null;
    /** The shopper's words for the current answer; null while loading and when there is nothing to say. */
    text: StatusText | null;
    /** Look up again (the store's cache answers while fresh; `runtime.refresh()` clears it). */
    refresh(): void;
}
export declare const statusValue: ({ state, resolution }: StatusSnapshot, refresh: () => void) => StockStatusValue;
/** The four props a look-up depends on, as hook dependencies. */
export declare const askOf: ({ productId, variantId, quantity, context }: LookUpProps) => LookUpProps;
export declare const contextOf: (props: LookUpProps, r: Resolution | null) => StatusContext;
