import type { DateOnly } from "./StockRecord.js";
/**
 * A calendar date in the shopper's words. Formatted in UTC because the value is a calendar day,
 * not an instant: 2026-12-15 reads "Dec 15" in Tokyo and in Honolulu alike.
 */
export declare function formatDate(date: DateOnly, locale: string, today: DateOnly): string;
/** "tomorrow", "in 3 days": read better than a date within the coming week. Null beyond that. */
export declare function formatRelative(date: DateOnly, locale: string, today: DateOnly): string | null;
