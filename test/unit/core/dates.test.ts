// @vitest-environment node
// Pure code: no DOM needed, and jsdom start-up is most of a file's time.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addBusinessDays, addDays, dateInZone, daysBetween, isDateOnly, toDateOnly } from '../../../src/core/dates';
import { formatDate } from '../../../src/core/formatDate';

const ZONES = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tokyo', 'America/Los_Angeles', 'UTC'];
const originalTz = process.env.TZ;
/** The process's own zone, as a shopper's browser would have it. */
function inZone<T>(tz: string, fn: () => T): T {
  process.env.TZ = tz;
  return fn();
}
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('isDateOnly', () => {
  it.each(['2026-12-15', '2024-02-29', '2026-01-01', '2026-12-31'])('%s is a calendar day', (d) => expect(isDateOnly(d)).toBe(true));
  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '2026-12-15T00:00',
    ' 2026-12-15',
    'tomorrow',
    '<img src=x onerror=alert(1)>',
    '',
  ])('%s is not', (d) => expect(isDateOnly(d)).toBe(false));
});

describe('toDateOnly', () => {
  it('keeps a date-only value as that day in every zone (shopper’s and given)', () => {
    for (const shopper of ZONES) {
      inZone(shopper, () => {
        for (const zone of [...ZONES, undefined]) expect(toDateOnly('2026-12-15', zone)).toBe('2026-12-15');
      });
    }
  });

  it('converts an ISO date-time with an offset to its day in the given zone', () => {
    const instant = '2026-12-15T10:30:00Z';
    expect(toDateOnly(instant, 'Pacific/Kiritimati')).toBe('2026-12-16'); // 00:30 next day
    expect(toDateOnly(instant, 'Asia/Tokyo')).toBe('2026-12-15'); // 19:30
    expect(toDateOnly(instant, 'America/Los_Angeles')).toBe('2026-12-15'); // 02:30
    expect(toDateOnly('2026-12-15T08:00:00Z', 'America/Los_Angeles')).toBe('2026-12-15'); // 00:00
    expect(toDateOnly('2026-12-15T07:59:59Z', 'America/Los_Angeles')).toBe('2026-12-14');
    expect(toDateOnly('2026-12-15T10:30:00Z', 'Pacific/Pago_Pago')).toBe('2026-12-14'); // 23:30 the day before
    expect(toDateOnly('2026-12-15T00:00:00+09:00', 'UTC')).toBe('2026-12-14');
    expect(toDateOnly('2026-12-15 23:00+0100', 'Asia/Tokyo')).toBe('2026-12-16');
    expect(toDateOnly('2026-12-15T10:30:00.123Z', 'Asia/Tokyo')).toBe('2026-12-15');
  });

  it('a date-time without an offset is a wall-clock time: its written day, in every zone', () => {
    for (const shopper of ZONES) {
      inZone(shopper, () => {
        for (const zone of ZONES) expect(toDateOnly('2026-12-15T23:30:00', zone)).toBe('2026-12-15');
        expect(toDateOnly('2026-12-15T00:10')).toBe('2026-12-15');
      });
    }
  });

  it.each([
    '2026-02-30',
    '2026-02-30T10:00:00Z',
    '2026-02-28T25:00:00Z',
    'tomorrow',
    'next week',
    'Dec 15, 2026',
    '12/15/2026',
    '1765800000000',
    '<img src=x onerror=alert(1)>',
    '2026-12-15<img src=x onerror=alert(1)>',
    '',
    '   ',
    'x'.repeat(100_000),
  ])('rejects %s', (v) => expect(toDateOnly(v, 'UTC')).toBeNull());

  it('rejects what is not a string', () => {
    for (const v of [null, undefined, 20261215, {}, ['2026-12-15']]) expect(toDateOnly(v as unknown as string)).toBeNull();
  });

  it('trims white space around a valid date', () => {
    expect(toDateOnly(' 2026-12-15\n')).toBe('2026-12-15');
  });
});

describe('dateInZone', () => {
  it('is the calendar day of the instant in the zone', () => {
    const t = new Date('2026-06-30T23:30:00Z');
    expect(dateInZone(t, 'UTC')).toBe('2026-06-30');
    expect(dateInZone(t, 'Asia/Tokyo')).toBe('2026-07-01');
    expect(dateInZone(t, 'Pacific/Kiritimati')).toBe('2026-07-01');
    expect(dateInZone(t, 'Pacific/Pago_Pago')).toBe('2026-06-30');
    expect(dateInZone(new Date('2026-07-01T10:00:00Z'), 'Pacific/Pago_Pago')).toBe('2026-06-30');
  });
});

describe('addDays / addBusinessDays / daysBetween', () => {
  it('adds calendar days across months, years and leap days, in any shopper zone', () => {
    for (const shopper of ZONES) {
      inZone(shopper, () => {
        expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
        expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
        expect(addDays('2026-03-29', 1)).toBe('2026-03-30'); // DST in Europe: no effect
        expect(addDays('2026-11-01', 1)).toBe('2026-11-02'); // DST end in the US
        expect(addDays('2026-01-10', 0)).toBe('2026-01-10');
      });
    }
  });

  it('business days skip Saturdays and Sundays', () => {
    // 2026-12-11 is a Friday.
    expect(addBusinessDays('2026-12-11', 1)).toBe('2026-12-14');
    expect(addBusinessDays('2026-12-11', 5)).toBe('2026-12-18');
    expect(addBusinessDays('2026-12-12', 1)).toBe('2026-12-14'); // from Saturday
    expect(addBusinessDays('2026-12-13', 1)).toBe('2026-12-14'); // from Sunday
    expect(addBusinessDays('2026-12-14', 2)).toBe('2026-12-16');
    expect(addBusinessDays('2026-12-14', 0)).toBe('2026-12-14');
    expect(addBusinessDays('2026-12-14', -3)).toBe('2026-12-14');
  });

  it('daysBetween counts whole days, negative backwards', () => {
    expect(daysBetween('2026-12-15', '2026-12-15')).toBe(0);
    expect(daysBetween('2026-12-15', '2027-01-15')).toBe(31);
    expect(daysBetween('2026-12-15', '2026-12-10')).toBe(-5);
  });

  it('property: business days land on a weekday at or after the start, never skipping more than needed', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), (d, n) => {
        const out = addBusinessDays(d, n);
        const wd = new Date(`${out}T00:00:00Z`).getUTCDay();
        expect(wd).not.toBe(0);
        expect(wd).not.toBe(6);
        const span = daysBetween(d, out);
        expect(span).toBeGreaterThanOrEqual(n);
        expect(span).toBeLessThanOrEqual(n + 2 * Math.ceil(n / 5) + 2);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatDate keeps the calendar day in every zone', () => {
  it('2026-12-15 reads Dec 15 in Kiritimati, Pago Pago, Tokyo and Los Angeles', () => {
    for (const shopper of ZONES) {
      inZone(shopper, () => {
        expect(formatDate('2026-12-15', 'en-US', '2026-12-01')).toBe('Dec 15');
        expect(formatDate('2026-01-01', 'en-US', '2025-12-30')).toBe('Jan 1, 2026');
        expect(formatDate('2026-12-31', 'en-US', '2026-12-30')).toBe('Dec 31');
        expect(formatDate('2026-12-15', 'ja', '2026-12-01')).toBe('12月15日');
      });
    }
  });
});
