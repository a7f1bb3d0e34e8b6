import { addBusinessDays, addDays, isDateOnly } from './dates';
import type { Availability } from './resolveAvailability';
import type { DateOnly, EtaKind, StockRecord } from './StockRecord';

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

const none: Eta = { eta: null, etaKind: null };

/**
 * The date that goes with a state. `today` is the calendar date where "today" is judged (the
 * store's zone when set); a date before it is never returned, since a passed date is no promise.
 */
export function computeEta(availability: Availability, record: StockRecord | null, rules: EtaRules, today: DateOnly): Eta {
  if (!record) return none;
  const future = (d: DateOnly | null | undefined): d is DateOnly => !!d && isDateOnly(d) && d >= today;
  const handling = (d: DateOnly) => addBusinessDays(d, rules.handlingDays ?? 0);

  switch (availability.state) {
    case 'preorder': {
      const d = record.preorder?.releaseDate;
      return future(d) ? { eta: d, etaKind: 'confirmed' } : none;
    }
    case 'backorder': {
      if (availability.shipLater <= 0) return none;
      const restock = record.restock;
      if (restock && future(restock.date)) {
        return { eta: handling(restock.date), etaKind: restock.confirmed ? 'confirmed' : 'estimated' };
      }
      if (rules.leadDays !== undefined && rules.leadDays > 0) {
        return { eta: handling(addDays(today, rules.leadDays)), etaKind: 'estimated' };
      }
      return none;
    }
    case 'out-of-stock': {
      const restock = record.restock;
      return restock && future(restock.date) ? { eta: restock.date, etaKind: restock.confirmed ? 'confirmed' : 'estimated' } : none;
    }
    default:
      return none;
  }
}
