import type { Availability } from "./resolveAvailability.js";
import type { DateOnly, EtaKind, StockRecord } from "./StockRecord.js";
/** Merchant rules that turn a restock date into a ship date. */
export interface EtaRules {
    /** Days a backorder takes when no restock date is known. */
    leadDays?: number;
    /** Business days between stock arriving and the parcel leaving. */
    handlingDays?: number;
}
export interface Eta {
    /** When the units that do not ship now ship (backorder), are released (pre-order) or are back (out of stock). */
    eta: DateOnly | null;
    etaKind: EtaKind | null;
}
/**
 * The date that goes with a state. `today` is the calendar date where "today" is judged (the
 * store's zone when set); a date before it is never returned, since a passed date is no promise.
 */
export declare function computeEta(availability: Availability, record: StockRecord | null, rules: EtaRules, today: DateOnly): Eta;
