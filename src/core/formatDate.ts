import { daysBetween } from './dates';
import { intl } from './intlCache';
import type { DateOnly } from './StockRecord';

/**
 * A calendar date in the shopper's words. Formatted in UTC because the value is a calendar day,
 * not an instant: 2026-12-15 reads "Dec 15" in Tokyo and in Honolulu alike.
 */
export function formatDate(date: DateOnly, locale: string, today: DateOnly): string {
  const withYear = date.slice(0, 4) !== today.slice(0, 4);
  const f = intl(Intl.DateTimeFormat, locale, {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
  });
  return f.format(new Date(`${date}T00:00:00Z`));
}

/** "tomorrow", "in 3 days": read better than a date within the coming week. Null beyond that. */
export function formatRelative(date: DateOnly, locale: string, today: DateOnly): string | null {
  const days = daysBetween(today, date);
  if (days < 0 || days > 6) return null;
  return intl(Intl.RelativeTimeFormat, locale, { numeric: 'auto' }).format(days, 'day');
}

/** The User Timing name of that task, so a profile (and our long-task test) can tell it apart. */
export const WARM_INTL_MEASURE = 'stock-status: first Intl object';

/**
 * Makes the first Intl object of the page, in a task of its own. The first one costs the browser
 * far more than any after it (its locale data: 15–25 ms on a desktop, 55–100 ms at 4× CPU
 * slowdown, one native call that cannot be split), so it is paid while the look-up is on the
 * wire instead of inside the task that shows the answer.
 */
export function warmIntl(locale: string): void {
  setTimeout(() => {
    const start = performance.now();
    try {
      // The formatter dates are shown with, so the object made is the one an answer will reuse.
      formatDate('2000-01-01', locale, '2000-01-01');
      performance.measure?.(WARM_INTL_MEASURE, { start });
    } catch {}
  }, 0);
}
