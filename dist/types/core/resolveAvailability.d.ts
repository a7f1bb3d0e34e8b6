import type { StockRecord, StockState } from "./StockRecord.js";
/** The truth for one record and one wanted quantity, before dates and words. */
export interface Availability {
    state: StockState;
    /** The wanted quantity (at least 1). */
    quantity: number;
    /** Units of the wanted quantity that ship now; null when the platform does not say. */
    shipNow: number | null;
    /** Units of the wanted quantity that ship later (backorder) or on release (pre-order). */
    shipLater: number;
    /** Most units that can be ordered at all, when that is less than the wanted quantity. */
    maxOrderable: number | null;
    /** Units left that may be shown to the shopper ("only 3 left"); null when hidden or unknown. */
    remaining: number | null;
}
/** A wanted quantity from an attribute or a form: whole, at least 1, never absurd. */
export declare function normalizeQuantity(value: unknown): number;
/**
 * record + wanted quantity → state. Pure; every platform's facts arrive here as one `StockRecord`.
 * Order matters: what cannot be bought at all wins, then pre-order, then untracked stock, then counts.
 */
export declare function resolveAvailability(record: StockRecord | null | undefined, wanted: number): Availability;
