// @vitest-environment node
// Pure code: no DOM needed, and jsdom start-up is most of a file's time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEta } from '../../../src/core/computeEta';
import { addDays } from '../../../src/core/dates';
import { resolveAvailability } from '../../../src/core/resolveAvailability';
import { emptyRecord, type StockRecord } from '../../../src/core/StockRecord';

const TODAY = '2026-12-10'; // a Thursday
const record = (over: Partial<StockRecord> = {}): StockRecord => ({ ...emptyRecord('p1'), ...over });
const eta = (over: Partial<StockRecord>, qty = 1, rules = {}, today = TODAY) => {
  const r = record(over);
  return computeEta(resolveAvailability(r, qty), r, rules, today);
};

describe('computeEta: pre-order', () => {
  it('the release date is confirmed', () => {
    expect(eta({ preorder: { releaseDate: '2027-03-01' } })).toEqual({ eta: '2027-03-01', etaKind: 'confirmed' });
  });
  it('today is fine, yesterday is never shown', () => {
    expect(eta({ preorder: { releaseDate: TODAY } }).eta).toBe(TODAY);
    expect(eta({ preorder: { releaseDate: '2026-12-09' } })).toEqual({ eta: null, etaKind: null });
  });
  it('no release date → no date', () => {
    expect(eta({ preorder: { releaseDate: null } })).toEqual({ eta: null, etaKind: null });
  });
  it('handling days do not move a release', () => {
    expect(eta({ preorder: { releaseDate: '2027-03-01' } }, 1, { handlingDays: 3 }).eta).toBe('2027-03-01');
  });
});

describe('computeEta: backorder', () => {
  const bo = { onHand: 0, backorderable: 'unlimited' as const };
  it('confirmed vs estimated restock date', () => {
    expect(eta({ ...bo, restock: { date: '2026-12-20', confirmed: true } })).toEqual({ eta: '2026-12-20', etaKind: 'confirmed' });
    expect(eta({ ...bo, restock: { date: '2026-12-20', confirmed: false } })).toEqual({ eta: '2026-12-20', etaKind: 'estimated' });
  });
  it('handling business days are added to the restock date, skipping the weekend', () => {
    // 2026-12-18 is a Friday: +1 business day is Monday the 21st.
    expect(eta({ ...bo, restock: { date: '2026-12-18', confirmed: true } }, 1, { handlingDays: 1 })).toEqual({
      eta: '2026-12-21',
      etaKind: 'confirmed',
    });
    expect(eta({ ...bo, restock: { date: '2026-12-18', confirmed: true } }, 1, { handlingDays: 6 }).eta).toBe('2026-12-28');
  });
  it('restock today counts; a passed restock date falls back to lead days, or no date', () => {
    expect(eta({ ...bo, restock: { date: TODAY, confirmed: true } }).eta).toBe(TODAY);
    expect(eta({ ...bo, restock: { date: '2026-11-01', confirmed: true } })).toEqual({ eta: null, etaKind: null });
    expect(eta({ ...bo, restock: { date: '2026-11-01', confirmed: true } }, 1, { leadDays: 7 })).toEqual({
      eta: '2026-12-17',
      etaKind: 'estimated',
    });
  });
  it('lead days from today, plus handling, are an estimate', () => {
    expect(eta(bo, 1, { leadDays: 14 })).toEqual({ eta: '2026-12-24', etaKind: 'estimated' });
    // 2026-12-24 is a Thursday: +2 business days → Monday 28th.
    expect(eta(bo, 1, { leadDays: 14, handlingDays: 2 })).toEqual({ eta: '2026-12-28', etaKind: 'estimated' });
  });
  it('lead days 0 or missing → no date', () => {
    expect(eta(bo, 1, { leadDays: 0 })).toEqual({ eta: null, etaKind: null });
    expect(eta(bo, 1, {})).toEqual({ eta: null, etaKind: null });
  });
  it('partial backorder: the date is for the units that ship later', () => {
    expect(eta({ onHand: 2, backorderable: 5, restock: { date: '2027-01-05', confirmed: true } }, 4)).toEqual({
      eta: '2027-01-05',
      etaKind: 'confirmed',
    });
  });
  it('in stock for the wanted quantity → no date, even with a restock on file', () => {
    expect(eta({ onHand: 10, backorderable: 'unlimited', restock: { date: '2027-01-05', confirmed: true } }, 4)).toEqual({
      eta: null,
      etaKind: null,
    });
  });
});

describe('computeEta: out of stock and the rest', () => {
  it('out of stock shows the restock date without handling', () => {
    expect(eta({ onHand: 0, restock: { date: '2026-12-18', confirmed: true } }, 1, { handlingDays: 3 })).toEqual({
      eta: '2026-12-18',
      etaKind: 'confirmed',
    });
    expect(eta({ onHand: 0, restock: { date: '2026-12-18', confirmed: false } })).toEqual({ eta: '2026-12-18', etaKind: 'estimated' });
  });
  it('out of stock never uses lead days (nothing was ordered)', () => {
    expect(eta({ onHand: 0 }, 1, { leadDays: 5 })).toEqual({ eta: null, etaKind: null });
  });
  it('out of stock with a passed date → no date', () => {
    expect(eta({ onHand: 0, restock: { date: '2026-12-09', confirmed: true } })).toEqual({ eta: null, etaKind: null });
  });
  it('in stock, low stock, unavailable, unknown → no date', () => {
    const restock = { date: '2027-01-01', confirmed: true };
    expect(eta({ onHand: 5, restock })).toEqual({ eta: null, etaKind: null });
    expect(eta({ onHand: 1, lowStockAt: 3, restock })).toEqual({ eta: null, etaKind: null });
    expect(eta({ purchasable: false, restock })).toEqual({ eta: null, etaKind: null });
    expect(computeEta(resolveAvailability(null, 1), null, {}, TODAY)).toEqual({ eta: null, etaKind: null });
  });
  it('invalid dates in a record are never returned', () => {
    for (const date of ['2026-02-30', '2027-13-01', 'tomorrow', '<img src=x onerror=alert(1)>', '9999-99-99', '']) {
      expect(eta({ onHand: 0, restock: { date, confirmed: true } })).toEqual({ eta: null, etaKind: null });
      expect(eta({ preorder: { releaseDate: date } })).toEqual({ eta: null, etaKind: null });
      expect(eta({ onHand: 0, backorder: true, restock: { date, confirmed: true } }, 1, { leadDays: 2 })).toEqual({
        eta: '2026-12-12',
        etaKind: 'estimated',
      });
    }
  });
});

describe('computeEta: property', () => {
  const day = fc.integer({ min: -400, max: 400 }).map((n) => addDays(TODAY, n));
  const arb = fc.record({
    purchasable: fc.boolean(),
    inStock: fc.boolean(),
    onHand: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    backorderable: fc.option(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant('unlimited' as const)), { nil: null }),
    backorder: fc.boolean(),
    preorder: fc.option(fc.record({ releaseDate: fc.option(day, { nil: null }) }), { nil: null }),
    restock: fc.option(fc.record({ date: day, confirmed: fc.boolean() }), { nil: null }),
  });
  it('the eta is never before today, and a kind always comes with a date', () => {
    fc.assert(
      fc.property(
        arb,
        fc.integer({ min: 1, max: 20 }),
        fc.record({
          leadDays: fc.option(fc.integer({ min: -5, max: 90 }), { nil: undefined }),
          handlingDays: fc.option(fc.integer({ min: -5, max: 20 }), { nil: undefined }),
        }),
        day,
        (over, qty, rules, today) => {
          const r = record(over);
          const e = computeEta(resolveAvailability(r, qty), r, rules, today);
          if (e.eta !== null) expect(e.eta >= today).toBe(true);
          expect(e.eta === null).toBe(e.etaKind === null);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
