import { intl } from './intlCache';
import type { DateOnly } from './StockRecord';

/** Calendar arithmetic on `YYYY-MM-DD` strings, done in UTC so no time zone shifts a day. */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDateOnly(value: string): boolean {
  const m = DATE_ONLY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === value;
}

/** The calendar date of an instant in a time zone (the shopper's when none is given). */
export function dateInZone(instant: Date, timeZone?: string): DateOnly {
  // The shopper's own zone needs no Intl: the first Intl object on a page costs a long task on a phone.
  if (!timeZone) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
  }
  const f = intl(Intl.DateTimeFormat, 'en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * Any date a platform sends → a calendar date. A date-only value is kept as it is (it means that
 * day everywhere); a date-time is the day it falls on in the given zone. Invalid → null.
 */
export function toDateOnly(value: string | null | undefined, timeZone?: string): DateOnly | null {
  if (!value || typeof value !== 'string') return null;
  const v = value.trim();
  if (isDateOnly(v)) return v;
  // Only ISO 8601 date-times: Date.parse accepts far too much (and rolls 02-30 over to March).
  const m = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (!m || !isDateOnly(m[1]!)) return null;
  const t = Date.parse(v.replace(' ', 'T'));
  if (!Number.isFinite(t)) return null;
  // No offset: a wall-clock time, not an instant; its written day is the only honest reading.
  return m[4] ? dateInZone(new Date(t), timeZone) : m[1]!;
}

export function addDays(date: DateOnly, days: number): DateOnly {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Skips Saturdays and Sundays. */
export function addBusinessDays(date: DateOnly, days: number): DateOnly {
  const d = new Date(`${date}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DateOnly, to: DateOnly): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
