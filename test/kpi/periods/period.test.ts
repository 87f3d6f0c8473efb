import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  isoWeekNumber,
  isoWeekYear,
  isoWeekday,
  monthOrdinal,
  nextPeriodStart,
  ordinalStart,
  periodEnd,
  periodOrdinal,
  periodStart,
  sameStartYearBefore,
} from '../../../src/kpi/periods/period';
import { periodArb } from './arbitraries';
import { refCivil, refDay, refPeriods } from './reference';

const D = (y: number, m: number, d: number): number => daysFromCivil(y, m, d);

describe('civil calendar', () => {
  it('knows a few fixed days', () => {
    expect(D(1970, 1, 1)).toBe(0);
    expect(D(1969, 12, 31)).toBe(-1);
    expect(D(2000, 3, 1)).toBe(11017);
    expect(D(1899, 12, 30)).toBe(-25569); // the spreadsheet epoch
    expect(civilFromDays(19782)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('round-trips and agrees with Date.UTC over ±2000 years', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 800_000 }), (day) => {
        const { year, month, day: dom } = civilFromDays(day);
        expect(daysFromCivil(year, month, dom)).toBe(day);
        const date = new Date(day * 86_400_000);
        expect([year, month, dom]).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
        expect(monthOrdinal(day)).toBe(year * 12 + month - 1);
        expect(isoWeekday(day)).toBe(((date.getUTCDay() + 6) % 7) + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the stepped reference calendar', () => {
    for (let day = D(1960, 1, 1); day < D(2100, 12, 31); day += 37) {
      const c = refCivil(day);
      expect(civilFromDays(day)).toEqual({ year: c.y, month: c.m, day: c.d });
      expect(isoWeekday(day)).toBe(c.weekday);
    }
  });

  it('handles leap years: 2000 and 2024 leap, 1900 and 2100 not', () => {
    expect(periodEnd(D(2024, 2, 1), 'month')).toBe(D(2024, 2, 29));
    expect(periodEnd(D(2000, 2, 1), 'month')).toBe(D(2000, 2, 29));
    expect(periodEnd(D(1900, 2, 1), 'month')).toBe(D(1900, 2, 28));
    expect(periodEnd(D(2100, 2, 1), 'month')).toBe(D(2100, 2, 28));
    expect(nextPeriodStart(D(2024, 1, 1), 'year') - D(2024, 1, 1)).toBe(366);
    expect(nextPeriodStart(D(2100, 1, 1), 'year') - D(2100, 1, 1)).toBe(365);
    expect(D(2024, 3, 1) - D(2024, 2, 28)).toBe(2);
  });
});

describe('ISO weeks', () => {
  const cases: [number, number, number, number, number][] = [
    // y, m, d, ISO year, week
    [2021, 1, 3, 2020, 53], // Sunday: still 2020-W53
    [2021, 1, 4, 2021, 1],
    [2020, 12, 28, 2020, 53],
    [2015, 12, 31, 2015, 53],
    [2016, 1, 3, 2015, 53],
    [2016, 1, 4, 2016, 1],
    [2024, 12, 30, 2025, 1], // Monday of 2025-W01 lies in 2024
    [2008, 12, 29, 2009, 1],
    [2010, 1, 3, 2009, 53],
    [2026, 12, 31, 2026, 53],
    [2027, 1, 1, 2026, 53],
    [2023, 1, 1, 2022, 52],
    [2023, 1, 2, 2023, 1],
    [1970, 1, 1, 1970, 1],
  ];
  it.each(cases)('%i-%i-%i is %i-W%i', (y, m, d, wy, w) => {
    expect(isoWeekYear(D(y, m, d))).toBe(wy);
    expect(isoWeekNumber(D(y, m, d))).toBe(w);
  });

  it('starts weeks on Monday across year boundaries', () => {
    expect(periodStart(D(2021, 1, 3), 'week')).toBe(D(2020, 12, 28));
    expect(periodStart(D(2025, 1, 1), 'week')).toBe(D(2024, 12, 30));
    expect(periodStart(D(1970, 1, 1), 'week')).toBe(D(1969, 12, 29));
    expect(periodEnd(D(2020, 12, 28), 'week')).toBe(D(2021, 1, 3));
    expect(nextPeriodStart(D(2026, 12, 28), 'week')).toBe(D(2027, 1, 4));
  });

  it('numbers weeks 1…52 or 53, consecutive within an ISO year', () => {
    for (let day = D(1990, 1, 1); day < D(2040, 1, 1); day += 7) {
      const next = day + 7;
      const w = isoWeekNumber(day);
      if (isoWeekYear(next) === isoWeekYear(day)) expect(isoWeekNumber(next)).toBe(w + 1);
      else {
        expect(isoWeekNumber(next)).toBe(1);
        expect([52, 53]).toContain(w);
        // 53 weeks exactly when the year starts on a Thursday, or on a Wednesday in a leap year.
        const y = isoWeekYear(day);
        const jan1 = isoWeekday(D(y, 1, 1));
        const leap = D(y + 1, 1, 1) - D(y, 1, 1) === 366;
        expect(w === 53).toBe(jan1 === 4 || (leap && jan1 === 3));
      }
    }
  });
});

describe('period boundaries', () => {
  it('quarters and years', () => {
    expect(periodStart(D(2024, 3, 31), 'quarter')).toBe(D(2024, 1, 1));
    expect(periodStart(D(2024, 4, 1), 'quarter')).toBe(D(2024, 4, 1));
    expect(nextPeriodStart(D(2024, 1, 1), 'quarter')).toBe(D(2024, 4, 1));
    expect(periodEnd(D(2024, 10, 1), 'quarter')).toBe(D(2024, 12, 31));
    expect(nextPeriodStart(D(2024, 10, 1), 'quarter')).toBe(D(2025, 1, 1));
    expect(periodStart(D(2023, 12, 31), 'year')).toBe(D(2023, 1, 1));
    expect(periodEnd(D(2024, 1, 1), 'year')).toBe(D(2024, 12, 31));
    expect(periodStart(D(1969, 12, 31), 'month')).toBe(D(1969, 12, 1));
    expect(periodStart(D(1969, 12, 31), 'quarter')).toBe(D(1969, 10, 1));
  });

  it('agrees with periods found by walking days', () => {
    fc.assert(
      fc.property(periodArb, fc.integer({ min: D(1961, 1, 1), max: D(2099, 1, 1) }), (period, day) => {
        const [[start, end]] = refPeriods(day, day, period);
        expect(periodStart(day, period)).toBe(start);
        expect(periodEnd(start, period)).toBe(end);
        expect(nextPeriodStart(start, period)).toBe(end + 1);
        const ord = periodOrdinal(day, period);
        expect(ordinalStart(ord, period)).toBe(start);
        expect(periodOrdinal(end + 1, period)).toBe(ord + 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('a year before: the same calendar period, 52 weeks for weeks, none for 29 February', () => {
    expect(sameStartYearBefore(D(2024, 2, 29), 'day')).toBeNull();
    expect(sameStartYearBefore(D(2024, 3, 1), 'day')).toBe(D(2023, 3, 1));
    expect(sameStartYearBefore(D(2025, 2, 28), 'day')).toBe(D(2024, 2, 28));
    expect(sameStartYearBefore(D(2025, 3, 1), 'day')).toBe(D(2024, 3, 1)); // 365 days, not 364
    expect(sameStartYearBefore(D(2025, 3, 1), 'day')).toBe(D(2025, 3, 1) - 365);
    expect(sameStartYearBefore(D(2021, 1, 4), 'week')).toBe(D(2020, 1, 6));
    expect(sameStartYearBefore(D(2020, 12, 28), 'week')).toBe(D(2019, 12, 30)); // 2020-W53's base is 2020-W01, 52 weeks back
    expect(sameStartYearBefore(D(2024, 3, 1), 'month')).toBe(D(2023, 3, 1));
    expect(sameStartYearBefore(D(2024, 1, 1), 'month')).toBe(D(2023, 1, 1));
    expect(sameStartYearBefore(D(2024, 10, 1), 'quarter')).toBe(D(2023, 10, 1));
    expect(sameStartYearBefore(D(2024, 1, 1), 'year')).toBe(D(2023, 1, 1));
    expect(refDay(2023, 2, 29)).toBeUndefined();
  });
});
