import type { StockRecord } from "../../core/StockRecord.js";
/**
 * A restock metafield's value → a restock date. Merchants write either a plain date
 * (`2026-12-15`, or an ISO date-time) or JSON (`"2026-12-15"` or `{"date":"2026-12-15","confirmed":true}`).
 * A plain date is an estimate; only `confirmed: true` makes it a promise. Anything else is ignored.
 */
export declare function readRestockDate(value: string | undefined, timeZone?: string): StockRecord['restock'];
