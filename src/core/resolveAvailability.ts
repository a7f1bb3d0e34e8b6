import type { StockRecord, StockState } from './StockRecord';

/** The truth for one record and one wanted quantity, before dates and words. */
export interface Availability {
  state: StockState;
  /** The wanted quantity (at least 1). */
  quantity: number;
  /** Units of the wanted quantity that ship now; null when the platform does not say. */
  shipNow: number | null;
  /** Units of the wanted quantity that ship later (backorder) or on release (pre-order). */
  shipLater: number;
  /** Most units that can be ordered at all, when that is less than the wanted quantity. */
  maxOrderable: number | null;
  /** Units left that may be shown to the shopper ("only 3 left"); null when hidden or unknown. */
  remaining: number | null;
}

const unknown = (quantity: number): Availability => ({
  state: 'unknown',
  quantity,
  shipNow: null,
  shipLater: 0,
  maxOrderable: null,
  remaining: null,
});

/** A wanted quantity from an attribute or a form: whole, at least 1, never absurd. */
export function normalizeQuantity(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(Math.floor(n), 1_000_000);
}

/**
 * record + wanted quantity → state. Pure; every platform's facts arrive here as one `StockRecord`.
 * Order matters: what cannot be bought at all wins, then pre-order, then untracked stock, then counts.
 */
export function resolveAvailability(record: StockRecord | null | undefined, wanted: number): Availability {
  const quantity = normalizeQuantity(wanted);
  if (!record) return unknown(quantity);
  const base = { ...unknown(quantity) };

  if (!record.purchasable) return { ...base, state: 'unavailable', shipNow: 0 };
  if (record.preorder) return { ...base, state: 'preorder', shipNow: 0, shipLater: quantity };
  if (!record.tracked) return { ...base, state: 'in-stock', shipNow: quantity };

  // A count that is not a finite number is no count at all (NaN would poison every comparison).
  const onHand = Number.isFinite(record.onHand) ? Math.max(0, Math.floor(record.onHand as number)) : null;
  const remaining = record.showCounts ? onHand : null;

  if (onHand === null) {
    // Counts unknown: trust the platform's own verdict for one unit.
    if (record.inStock) {
      return { ...base, state: record.low ? 'low-stock' : 'in-stock', remaining: null };
    }
    if (record.backorder || record.backorderable === 'unlimited' || (record.backorderable ?? 0) > 0) {
      return { ...base, state: 'backorder', shipNow: record.inStock ? null : 0, shipLater: quantity };
    }
    return { ...base, state: 'out-of-stock', shipNow: 0 };
  }

  const isLow = record.low || (record.lowStockAt !== null && record.lowStockAt > 0 && onHand <= record.lowStockAt);
  if (onHand >= quantity) {
    return { ...base, state: isLow ? 'low-stock' : 'in-stock', shipNow: quantity, remaining };
  }

  // Fewer on hand than wanted: the rest may be backordered.
  const extra =
    record.backorderable === 'unlimited'
      ? Number.POSITIVE_INFINITY
      : record.backorderable === null
        ? record.backorder
          ? Number.POSITIVE_INFINITY
          : 0
        : Number.isFinite(record.backorderable)
          ? Math.max(0, Math.floor(record.backorderable))
          : 0;
  const orderable = onHand + extra;
  if (orderable <= 0) return { ...base, state: 'out-of-stock', shipNow: 0, remaining };
  if (extra === 0 && record.capUnknown) {
    // On hand is known, whether the rest can be ordered is not: say only what ships now.
    return { ...base, state: 'low-stock', shipNow: onHand, remaining };
  }
  if (extra === 0) {
    // No backorders: only what is on hand can be had.
    return { ...base, state: 'low-stock', shipNow: onHand, maxOrderable: onHand, remaining };
  }
  const fits = Math.min(quantity, orderable);
  return {
    ...base,
    state: 'backorder',
    shipNow: onHand,
    shipLater: fits - onHand,
    maxOrderable: orderable < quantity ? orderable : null,
    remaining,
  };
}
