import type { DateOnly } from "./StockRecord.js";
/**
 * A calendar date in the shopper's words. Formatted in UTC because the value is a calendar day,
 * not an instant: 2026-12-15 reads "Dec 15" in Tokyo and in Honolulu alike.
 */
export declare function formatDate(date: DateOnly, locale: string, today: DateOnly): string;
/** "tomorrow", "in 3 days": read better than a date within the coming week. Null beyond that. */
export declare function formatRelative(date: DateOnly, locale: string, today: DateOnly): string | null;
/** The User Timing name of that task, so a profile (and our long-task test) can tell it apart. */
export declare const WARM_INTL_MEASURE = "stock-status: first Intl object";
/**
 * Makes the first Intl object of the page, in a task of its own. The first one costs the browser
 * far more than any after it (its locale data: 15–25 ms on a desktop, 55–100 ms at 4× CPU
 * slowdown, one native call that cannot be split), so it is paid while the look-up is on the
 * wire instead of inside the task that shows the answer.
 */
export declare function warmIntl(locale: string): void;
