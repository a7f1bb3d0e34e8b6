// @vitest-environment node
// Pure code: no DOM needed, and jsdom start-up is most of a file's time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeQuantity, resolveAvailability } from '../../../src/core/resolveAvailability';
import { emptyRecord, type StockRecord, type StockState } from '../../../src/core/StockRecord';

const record = (over: Partial<StockRecord> = {}): StockRecord => ({ ...emptyRecord('p1'), ...over });
const resolve = (over: Partial<StockRecord>, qty = 1) => resolveAvailability(record(over), qty);

describe('resolveAvailability: what wins first', () => {
  it('no record → unknown, nothing promised', () => {
    expect(resolveAvailability(null, 3)).toEqual({
      state: 'unknown',
      quantity: 3,
      shipNow: null,
      shipLater: 0,
      maxOrderable: null,
      remaining: null,
    });
    expect(resolveAvailability(undefined, 1).state).toBe('unknown');
  });

  it('unpurchasable → unavailable, even with stock or pre-order', () => {
    expect(resolve({ purchasable: false, onHand: 50, inStock: true })).toMatchObject({ state: 'unavailable', shipNow: 0, shipLater: 0 });
    expect(resolve({ purchasable: false, preorder: { releaseDate: '2030-01-01' } }).state).toBe('unavailable');
  });

  it('pre-order: everything ships on release', () => {
    expect(resolve({ preorder: { releaseDate: null }, onHand: 10 }, 4)).toMatchObject({
      state: 'preorder',
      shipNow: 0,
      shipLater: 4,
      maxOrderable: null,
    });
  });

  it('untracked: in stock, no counts, whatever the counts say', () => {
    expect(resolve({ tracked: false, onHand: 0, inStock: false }, 7)).toEqual({
      state: 'in-stock',
      quantity: 7,
      shipNow: 7,
      shipLater: 0,
      maxOrderable: null,
      remaining: null,
    });
  });
});

describe('resolveAvailability: counts known', () => {
  it('on hand covers the quantity → in stock, remaining shown', () => {
    expect(resolve({ onHand: 20, inStock: true }, 3)).toMatchObject({
      state: 'in-stock',
      shipNow: 3,
      shipLater: 0,
      remaining: 20,
      maxOrderable: null,
    });
  });

  it('counts hidden (showCounts: false) → remaining null, state unchanged', () => {
    expect(resolve({ onHand: 20, showCounts: false }, 3)).toMatchObject({ state: 'in-stock', remaining: null });
    expect(resolve({ onHand: 2, lowStockAt: 5, showCounts: false })).toMatchObject({ state: 'low-stock', remaining: null });
    expect(resolve({ onHand: 1, backorderable: 0, showCounts: false }, 3)).toMatchObject({ remaining: null, maxOrderable: 1 });
  });

  it('low stock at or under lowStockAt (> 0); 0 or null means off', () => {
    expect(resolve({ onHand: 5, lowStockAt: 5 }).state).toBe('low-stock');
    expect(resolve({ onHand: 4, lowStockAt: 5 }).state).toBe('low-stock');
    expect(resolve({ onHand: 6, lowStockAt: 5 }).state).toBe('in-stock');
    expect(resolve({ onHand: 1, lowStockAt: 0 }).state).toBe('in-stock');
    expect(resolve({ onHand: 1, lowStockAt: null }).state).toBe('in-stock');
    expect(resolve({ onHand: 1, lowStockAt: -3 }).state).toBe('in-stock');
  });

  it('the platform’s own low flag counts too', () => {
    expect(resolve({ onHand: 100, low: true }).state).toBe('low-stock');
  });

  it('partial backorder with a numeric allowance: n ship now, m later', () => {
    expect(resolve({ onHand: 2, backorderable: 10 }, 5)).toMatchObject({
      state: 'backorder',
      shipNow: 2,
      shipLater: 3,
      maxOrderable: null,
      remaining: 2,
    });
  });

  it('partial backorder, unlimited', () => {
    expect(resolve({ onHand: 2, backorderable: 'unlimited' }, 500)).toMatchObject({
      state: 'backorder',
      shipNow: 2,
      shipLater: 498,
      maxOrderable: null,
    });
  });

  it('backorderable unknown but the platform says backorders are taken → unlimited', () => {
    expect(resolve({ onHand: 1, backorder: true }, 4)).toMatchObject({ state: 'backorder', shipNow: 1, shipLater: 3 });
  });

  it('backorder limit reached → maxOrderable and only what fits ships later', () => {
    expect(resolve({ onHand: 2, backorderable: 3 }, 10)).toMatchObject({ state: 'backorder', shipNow: 2, shipLater: 3, maxOrderable: 5 });
    expect(resolve({ onHand: 0, backorderable: 3 }, 10)).toMatchObject({
      state: 'backorder',
      shipNow: 0,
      shipLater: 3,
      maxOrderable: 3,
      remaining: 0,
    });
  });

  it('exactly at the backorder limit: no limit shown', () => {
    expect(resolve({ onHand: 2, backorderable: 3 }, 5)).toMatchObject({ state: 'backorder', shipNow: 2, shipLater: 3, maxOrderable: null });
  });

  it('no backorders and more wanted than on hand → limited to what is on hand', () => {
    expect(resolve({ onHand: 2, backorderable: 0 }, 5)).toMatchObject({
      state: 'low-stock',
      shipNow: 2,
      shipLater: 0,
      maxOrderable: 2,
      remaining: 2,
    });
    expect(resolve({ onHand: 2, backorderable: null }, 5)).toMatchObject({ state: 'low-stock', maxOrderable: 2 });
  });

  it('nothing on hand and no backorders → out of stock', () => {
    expect(resolve({ onHand: 0, backorderable: 0 }, 1)).toMatchObject({
      state: 'out-of-stock',
      shipNow: 0,
      shipLater: 0,
      maxOrderable: null,
      remaining: 0,
    });
    expect(resolve({ onHand: -4 }, 1)).toMatchObject({ state: 'out-of-stock', remaining: 0 });
    expect(resolve({ onHand: 0, backorderable: -2 }, 1).state).toBe('out-of-stock');
  });

  it('fractional counts are floored', () => {
    expect(resolve({ onHand: 2.9 }, 3)).toMatchObject({ state: 'low-stock', shipNow: 2, maxOrderable: 2 });
  });

  it('counts that are not finite numbers are treated as unknown, not as NaN', () => {
    expect(resolve({ onHand: Number.NaN, inStock: true }, 2)).toMatchObject({ state: 'in-stock', shipNow: null, remaining: null });
    expect(resolve({ onHand: Number.POSITIVE_INFINITY, inStock: false })).toMatchObject({ state: 'out-of-stock' });
    const a = resolve({ onHand: 1, backorderable: Number.NaN }, 3);
    expect(a).toMatchObject({ state: 'low-stock', shipNow: 1, maxOrderable: 1 });
  });
});

describe('resolveAvailability: counts unknown', () => {
  it('inStock → in stock without numbers', () => {
    expect(resolve({ inStock: true }, 3)).toMatchObject({ state: 'in-stock', shipNow: null, remaining: null, maxOrderable: null });
  });
  it('inStock + low → low stock without numbers', () => {
    expect(resolve({ inStock: true, low: true })).toMatchObject({ state: 'low-stock', remaining: null });
  });
  it('backorder flag, unlimited or numeric allowance → backorder, all ships later', () => {
    for (const over of [{ backorder: true }, { backorderable: 'unlimited' as const }, { backorderable: 4 }]) {
      expect(resolve(over, 2)).toMatchObject({ state: 'backorder', shipNow: 0, shipLater: 2 });
    }
  });
  it('nothing → out of stock', () => {
    expect(resolve({}, 2)).toMatchObject({ state: 'out-of-stock', shipNow: 0, shipLater: 0 });
    expect(resolve({ backorderable: 0 }).state).toBe('out-of-stock');
  });
});

describe('normalizeQuantity', () => {
  it.each([
    [0, 1],
    [-5, 1],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 1],
    ['2', 2],
    [' 7 ', 7],
    ['abc', 1],
    ['', 1],
    [null, 1],
    [undefined, 1],
    [2.7, 2],
    [0.5, 1],
    [1e12, 1_000_000],
    ['99999999999', 1_000_000],
    [{}, 1],
  ])('%s → %s', (input, out) => {
    expect(normalizeQuantity(input)).toBe(out);
  });

  it('resolveAvailability uses it', () => {
    expect(resolve({ onHand: 5 }, Number.NaN).quantity).toBe(1);
    expect(resolve({ onHand: 5 }, -3).shipNow).toBe(1);
    expect(resolve({ onHand: 5 }, '2' as unknown as number).shipNow).toBe(2);
  });
});

// ---- properties ---------------------------------------------------------------------------

const count = fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constant(Number.NaN), fc.double({ min: -10, max: 100, noNaN: true }));
const arbRecord = fc.record({
  purchasable: fc.boolean(),
  tracked: fc.boolean(),
  inStock: fc.boolean(),
  onHand: fc.option(count, { nil: null }),
  backorderable: fc.option(fc.oneof(count, fc.constant('unlimited' as const)), { nil: null }),
  backorder: fc.boolean(),
  lowStockAt: fc.option(fc.integer({ min: -2, max: 20 }), { nil: null }),
  low: fc.boolean(),
  showCounts: fc.boolean(),
  preorder: fc.option(fc.constant({ releaseDate: null }), { nil: null, freq: 5 }),
});
const arbQty = fc.oneof(fc.integer({ min: -3, max: 80 }), fc.constant(Number.NaN), fc.double({ noNaN: false }));

/** Better for the shopper first. */
const RANK: StockState[] = ['in-stock', 'low-stock', 'backorder', 'preorder', 'out-of-stock', 'unavailable', 'unknown'];

describe('resolveAvailability: properties', () => {
  it('ships never more than wanted, never more now than on hand; limit only below the wanted quantity; never unknown', () => {
    fc.assert(
      fc.property(arbRecord, arbQty, (over, qty) => {
        const r = record(over as Partial<StockRecord>);
        const a = resolveAvailability(r, qty);
        expect(a.state).not.toBe('unknown');
        expect(Number.isInteger(a.quantity) && a.quantity >= 1).toBe(true);
        expect(a.shipLater).toBeGreaterThanOrEqual(0);
        expect((a.shipNow ?? 0) + a.shipLater).toBeLessThanOrEqual(a.quantity);
        if (a.shipNow !== null) expect(a.shipNow).toBeGreaterThanOrEqual(0);
        if (r.tracked && r.purchasable && !r.preorder && Number.isFinite(r.onHand) && a.shipNow !== null) {
          expect(a.shipNow).toBeLessThanOrEqual(Math.max(0, r.onHand as number));
        }
        if (a.maxOrderable !== null) expect(a.maxOrderable).toBeLessThan(a.quantity);
        if (!r.showCounts) expect(a.remaining).toBeNull();
        for (const v of [a.shipNow, a.shipLater, a.maxOrderable, a.remaining]) {
          if (v !== null) expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('more on hand never makes the state worse for the same quantity', () => {
    fc.assert(
      fc.property(
        arbRecord,
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 60 }),
        (over, a, b, qty) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const less = resolveAvailability(record({ ...(over as Partial<StockRecord>), onHand: lo }), qty);
          const more = resolveAvailability(record({ ...(over as Partial<StockRecord>), onHand: hi }), qty);
          expect(RANK.indexOf(more.state)).toBeLessThanOrEqual(RANK.indexOf(less.state));
          expect(more.shipNow ?? 0).toBeGreaterThanOrEqual(less.shipNow ?? 0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
