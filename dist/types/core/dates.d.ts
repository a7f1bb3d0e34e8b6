import type { DateOnly } from "./StockRecord.js";
export declare function isDateOnly(value: string): boolean;
/** The calendar date of an instant in a time zone (the shopper's when none is given). */
export declare function dateInZone(instant: Date, timeZone?: string): DateOnly;
/**
 * Any date a platform sends → a calendar date. A date-only value is kept as it is (it means that
 * day everywhere); a date-time is the day it falls on in the given zone. Invalid → null.
 */
export declare function toDateOnly(value: string | null | undefined, timeZone?: string): DateOnly | null;
export declare function addDays(date: DateOnly, days: number): DateOnly;
/** Skips Saturdays and Sundays. */
export declare function addBusinessDays(date: DateOnly, days: number): DateOnly;
/** Whole days from `from` to `to` (negative when `to` is earlier). */
export declare function daysBetween(from: DateOnly, to: DateOnly): number;
