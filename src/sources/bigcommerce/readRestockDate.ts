import * as z from 'zod/mini';
import { toDateOnly } from '../../core/dates';
import type { StockRecord } from '../../core/StockRecord';
import { maxLength } from '../../core/zodParts';

const asJson = z.lazy(() => z.union([z.string(), z.object({ date: z.string().check(maxLength(64)), confirmed: z.optional(z.boolean()) })]));

/**
 * A restock metafield's value → a restock date. Merchants write either a plain date
 * (`2026-12-15`, or an ISO date-time) or JSON (`"2026-12-15"` or `{"date":"2026-12-15","confirmed":true}`).
 * A plain date is an estimate; only `confirmed: true` makes it a promise. Anything else is ignored.
 */
export function readRestockDate(value: string | undefined, timeZone?: string): StockRecord['restock'] {
  if (!value) return null;
  const v = value.trim().slice(0, 200);
  let date: string = v;
  let confirmed = false;
  if (/^["{]/.test(v)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(v);
    } catch {
      return null;
    }
    const r = z.safeParse(asJson, parsed);
    if (!r.success) return null;
    if (typeof r.data === 'string') date = r.data;
    else {
      date = r.data.date;
      confirmed = r.data.confirmed === true;
    }
  }
  const day = toDateOnly(date, timeZone);
  return day ? { date: day, confirmed } : null;
}
