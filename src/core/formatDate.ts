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
