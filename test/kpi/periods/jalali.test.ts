/** The Solar Hijri calendar against Node's ICU `persian` calendar, day by day 1925–2075, and against Iran's published Nowruz dates. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysFromJalali,
  isJalaliDate,
  isJalaliLeapYear,
  jalaliFromDays,
  jalaliMonthLength,
  jalaliMonthOrdinal,
  jalaliMonthStart,
  jalaliYearOf,
  jalaliYearStart,
} from '../../../src/kpi/periods/jalali';
import {
  daysFromCivil,
  isoWeekday,
  nextPeriodStart,
  ordinalStart,
  periodEnd,
  periodOrdinal,
  periodStart,
  PERIODS,
  sameStartYearBefore,
  type PeriodCalendar,
  type Weekday,
} from '../../../src/kpi/periods/period';

const D = daysFromCivil;
const PERSIAN: PeriodCalendar = { calendar: 'persian', weekStart: 6 };
const J = (year: number, month: number, day: number): number => daysFromJalali(year, month, day);

/** ICU's Solar Hijri date of every UTC day from `first` to `last`, as [year, month, day]. */
function icuDates(first: number, last: number): Int32Array {
  const format = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const out = new Int32Array((last - first + 1) * 3);
  for (let day = first; day <= last; day++) {
    const k = (day - first) * 3;
    for (const part of format.formatToParts(day * 86_400_000)) {
      if (part.type === 'year') out[k] = Number(part.value);
      else if (part.type === 'month') out[k + 1] = Number(part.value);
      else if (part.type === 'day') out[k + 2] = Number(part.value);
    }
  }
  return out;
}

describe('Solar Hijri dates: every day 1925–2075 as ICU computes them', () => {
  const FIRST = D(1924, 3, 1); // from Esfand 1302, so that every period of 1925 has its start in the sweep
  const LAST = D(2075, 12, 31);
  const icu = icuDates(FIRST, LAST);

  it('converts each day both ways, with its month ordinal', () => {
    let mismatches = 0;
    for (let day = FIRST; day <= LAST; day++) {
      const k = (day - FIRST) * 3;
      const [y, m, d] = [icu[k], icu[k + 1], icu[k + 2]];
      const ours = jalaliFromDays(day);
      if (ours.year !== y || ours.month !== m || ours.day !== d || daysFromJalali(y, m, d) !== day || jalaliMonthOrdinal(day) !== y * 12 + m - 1 || !isJalaliDate(y, m, d)) {
        mismatches++;
        if (mismatches < 5) expect([day, ours.year, ours.month, ours.day]).toEqual([day, y, m, d]);
      }
    }
    expect(mismatches).toBe(0);
    expect(icu[2]).toBeGreaterThan(0); // ICU did answer
  });

  it('starts months, quarters (three months from Farvardin) and years (Nowruz) where ICU does', () => {
    let monthStart = NaN;
    let quarterStart = NaN;
    let yearStart = NaN;
    let checked = 0;
    for (let day = FIRST; day <= LAST; day++) {
      const k = (day - FIRST) * 3;
      const [m, d] = [icu[k + 1], icu[k + 2]];
      if (d === 1) {
        if (monthStart === monthStart) expect(nextPeriodStart(monthStart, 'month', PERSIAN)).toBe(day);
        monthStart = day;
        if (m % 3 === 1) {
          if (quarterStart === quarterStart) expect(nextPeriodStart(quarterStart, 'quarter', PERSIAN)).toBe(day);
          quarterStart = day;
        }
        if (m === 1) {
          if (yearStart === yearStart) expect(nextPeriodStart(yearStart, 'year', PERSIAN)).toBe(day);
          yearStart = day;
        }
      }
      if (yearStart !== yearStart) continue;
      if (periodStart(day, 'month', PERSIAN) !== monthStart || periodStart(day, 'quarter', PERSIAN) !== quarterStart || periodStart(day, 'year', PERSIAN) !== yearStart) {
        expect([day, periodStart(day, 'month', PERSIAN), periodStart(day, 'quarter', PERSIAN), periodStart(day, 'year', PERSIAN)]).toEqual([day, monthStart, quarterStart, yearStart]);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(55_000);
  });
});

describe('Solar Hijri dates Iran published', () => {
  it('puts Nowruz on the known days', () => {
    expect(jalaliYearStart(1396)).toBe(D(2017, 3, 21));
    expect(jalaliYearStart(1399)).toBe(D(2020, 3, 20));
    expect(jalaliYearStart(1403)).toBe(D(2024, 3, 20));
    expect(jalaliYearStart(1404)).toBe(D(2025, 3, 21));
    expect(J(1402, 1, 15)).toBe(D(2023, 4, 4));
    expect(jalaliFromDays(D(2025, 3, 20))).toEqual({ year: 1403, month: 12, day: 30 });
    expect(jalaliFromDays(D(1979, 2, 11))).toEqual({ year: 1357, month: 11, day: 22 });
  });

  it('has 30 Esfand 1403 and not 30 Esfand 1404', () => {
    expect(isJalaliDate(1403, 12, 30)).toBe(true);
    expect(J(1403, 12, 30)).toBe(D(2025, 3, 20));
    expect(isJalaliDate(1404, 12, 30)).toBe(false);
    expect(isJalaliDate(1404, 12, 29)).toBe(true);
    expect(isJalaliDate(1402, 13, 1)).toBe(false);
    expect(isJalaliDate(1402, 0, 1)).toBe(false);
    expect(isJalaliDate(1402, 7, 31)).toBe(false);
    expect(isJalaliDate(1402, 6, 31)).toBe(true);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
    expect(jalaliMonthLength(1404, 12)).toBe(29);
    expect([1395, 1399, 1403, 1408].every(isJalaliLeapYear)).toBe(true);
    expect([1396, 1400, 1404, 1407].some(isJalaliLeapYear)).toBe(false);
  });
});

describe('Solar Hijri arithmetic far from the sweep', () => {
  it('round-trips any day of ±2000 years, with a Nowruz 365 or 366 days after the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 800_000 }), (day) => {
        const { year, month, day: dom } = jalaliFromDays(day);
        expect(isJalaliDate(year, month, dom)).toBe(true);
        expect(daysFromJalali(year, month, dom)).toBe(day);
        expect(jalaliYearOf(day)).toBe(year);
        expect(jalaliMonthStart(jalaliMonthOrdinal(day))).toBe(day - dom + 1);
        expect(jalaliYearStart(year + 1) - jalaliYearStart(year)).toBe(isJalaliLeapYear(year) ? 366 : 365);
      }),
      { numRuns: 3000 },
    );
  });

  it('has 8 leap years in every 33', () => {
    for (let year = -3000; year < 3000; year += 33) {
      let leap = 0;
      for (let y = year; y < year + 33; y++) leap += isJalaliLeapYear(y) ? 1 : 0;
      expect(leap).toBe(8);
      expect(jalaliYearStart(year + 33) - jalaliYearStart(year)).toBe(12_053);
    }
  });
});

describe('periods in the Persian calendar', () => {
  it('months, quarters and years of 1403', () => {
    const day = D(2024, 6, 1); // 12 Khordad 1403
    expect(periodStart(day, 'month', PERSIAN)).toBe(D(2024, 5, 21)); // 1 Khordad
    expect(periodEnd(D(2024, 5, 21), 'month', PERSIAN)).toBe(D(2024, 6, 20));
    expect(periodStart(day, 'quarter', PERSIAN)).toBe(D(2024, 3, 20)); // spring: Farvardin–Khordad
    expect(nextPeriodStart(D(2024, 3, 20), 'quarter', PERSIAN)).toBe(D(2024, 6, 21)); // 1 Tir
    expect(periodStart(day, 'year', PERSIAN)).toBe(D(2024, 3, 20));
    expect(periodEnd(D(2024, 3, 20), 'year', PERSIAN)).toBe(D(2025, 3, 20));
    expect(periodEnd(J(1403, 12, 1), 'month', PERSIAN)).toBe(D(2025, 3, 20)); // Esfand 1403: 30 days
    expect(periodEnd(J(1404, 12, 1), 'month', PERSIAN)).toBe(D(2026, 3, 20)); // Esfand 1404: 29 days
    expect(periodEnd(J(1404, 10, 1), 'quarter', PERSIAN)).toBe(J(1404, 12, 29));
    expect(periodOrdinal(J(1403, 5, 10), 'month', PERSIAN)).toBe(1403 * 12 + 4);
    expect(periodOrdinal(J(1403, 5, 10), 'quarter', PERSIAN)).toBe(1403 * 4 + 1);
    expect(periodOrdinal(J(1403, 5, 10), 'year', PERSIAN)).toBe(1403);
    expect(ordinalStart(1403 * 4 + 3, 'quarter', PERSIAN)).toBe(J(1403, 10, 1));
  });

  it('a year before: the same Solar Hijri period, none for 30 Esfand', () => {
    expect(sameStartYearBefore(J(1404, 1, 1), 'day', PERSIAN)).toBe(J(1403, 1, 1));
    expect(sameStartYearBefore(J(1403, 12, 30), 'day', PERSIAN)).toBeNull();
    expect(sameStartYearBefore(J(1404, 12, 29), 'day', PERSIAN)).toBe(J(1403, 12, 29));
    expect(sameStartYearBefore(J(1404, 2, 1), 'month', PERSIAN)).toBe(J(1403, 2, 1));
    expect(sameStartYearBefore(J(1404, 4, 1), 'quarter', PERSIAN)).toBe(J(1403, 4, 1));
    expect(sameStartYearBefore(J(1404, 1, 1), 'year', PERSIAN)).toBe(J(1403, 1, 1));
    expect(sameStartYearBefore(D(2025, 3, 22), 'week', PERSIAN)).toBe(D(2025, 3, 22) - 364);
  });

  it('weeks start on the given weekday, 7 days each, whatever the calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: D(1900, 1, 1), max: D(2100, 1, 1) }), fc.integer({ min: 1, max: 7 }), fc.constantFrom('gregorian', 'persian'), (day, weekStart, calendar) => {
        const rule = { calendar, weekStart: weekStart as Weekday } as const;
        const start = periodStart(day, 'week', rule);
        expect(isoWeekday(start)).toBe(weekStart);
        expect(day - start).toBeGreaterThanOrEqual(0);
        expect(day - start).toBeLessThan(7);
        expect(nextPeriodStart(start, 'week', rule)).toBe(start + 7);
        expect(ordinalStart(periodOrdinal(day, 'week', rule), 'week', rule)).toBe(start);
      }),
      { numRuns: 1000 },
    );
    // Monday weeks keep the ordinals of ISO weeks; a Saturday week of fa_IR holds the Friday after it.
    expect(periodOrdinal(D(2024, 12, 30), 'week', { calendar: 'gregorian', weekStart: 1 })).toBe(periodOrdinal(D(2024, 12, 30), 'week'));
    expect(periodStart(D(2025, 3, 21), 'week', PERSIAN)).toBe(D(2025, 3, 15)); // Friday → Saturday before
    expect(periodStart(D(2025, 3, 22), 'week', PERSIAN)).toBe(D(2025, 3, 22)); // a Saturday
    expect(periodStart(D(2025, 3, 22), 'week', { calendar: 'gregorian', weekStart: 7 })).toBe(D(2025, 3, 16));
  });

  it('ordinals are consecutive and starts invert them, for every period', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERIODS), fc.integer({ min: D(1925, 1, 1), max: D(2075, 12, 31) }), (period, day) => {
        const ord = periodOrdinal(day, period, PERSIAN);
        const start = ordinalStart(ord, period, PERSIAN);
        const end = periodEnd(start, period, PERSIAN);
        expect(start).toBeLessThanOrEqual(day);
        expect(end).toBeGreaterThanOrEqual(day);
        expect(periodOrdinal(start - 1, period, PERSIAN)).toBe(ord - 1);
        expect(periodOrdinal(end + 1, period, PERSIAN)).toBe(ord + 1);
      }),
      { numRuns: 2000 },
    );
  });
});
