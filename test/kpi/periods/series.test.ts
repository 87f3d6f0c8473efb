import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KpiFailure } from '../../../src/kpi/failure';
import { daysFromCivil } from '../../../src/kpi/periods/period';
import { AGGREGATES, periodSeries } from '../../../src/kpi/periods/series';
import { SPAN, periodArb, rowsArb } from './arbitraries';
import { expectTable, refSeries } from './reference';

const D = (y: number, m: number, d: number): number => daysFromCivil(y, m, d);
const COLUMNS = ['period_start', 'total', 'growth_previous', 'growth_year', 'partial'];

describe('periodSeries by hand', () => {
  // Jan: 10 + 20; Feb: nothing; Mar 3: 15, the data stops on Mar 3.
  const days = [D(2024, 1, 20), D(2024, 3, 3), D(2024, 1, 5)];
  const values = [20, 15, 10];

  it('sums per month, with a gap month of zeros and a partial last month', () => {
    expect(periodSeries(values, days, 'month', 'sum')).toEqual({
      columns: COLUMNS,
      rows: [
        [D(2024, 1, 1), 30, null, null, false],
        [D(2024, 2, 1), 0, -1, null, false], // (0 − 30) ÷ 30
        [D(2024, 3, 1), 15, null, null, true], // base 0: no growth
      ],
    });
  });

  it('counts, averages, minima and maxima; an empty period is 0', () => {
    const col = (aggregate: 'count' | 'average' | 'min' | 'max') =>
      periodSeries(values, days, 'month', aggregate).rows.map((r) => r[1]);
    expect(col('count')).toEqual([2, 0, 1]);
    expect(col('average')).toEqual([15, 0, 15]);
    expect(col('min')).toEqual([10, 0, 15]);
    expect(col('max')).toEqual([20, 0, 15]);
  });

  it('one quarter, not partial when the data reaches its last day', () => {
    expect(periodSeries([1, 2], [D(2024, 1, 1), D(2024, 3, 31)], 'quarter', 'sum').rows).toEqual([
      [D(2024, 1, 1), 3, null, null, false],
    ]);
  });

  it('growth on the year before, against the absolute base', () => {
    const t = periodSeries([-100, 50, 150], [D(2023, 1, 15), D(2023, 6, 1), D(2024, 1, 31)], 'month', 'sum');
    expect(t.rows).toHaveLength(13);
    expect(t.rows[12]).toEqual([D(2024, 1, 1), 150, null, 2.5, false]); // (150 − (−100)) ÷ 100
    expect(t.rows[5]).toEqual([D(2023, 6, 1), 50, null, null, false]);
    expect(t.rows[6][2]).toBe(-1);
  });

  it('yearly and weekly growth', () => {
    const years = periodSeries([10, 20, 5], [D(2022, 5, 5), D(2023, 7, 7), D(2024, 1, 1)], 'year', 'sum');
    expect(years.rows).toEqual([
      [D(2022, 1, 1), 10, null, null, false],
      [D(2023, 1, 1), 20, 1, 1, false],
      [D(2024, 1, 1), 5, -0.75, -0.75, true],
    ]);
    const weeks = periodSeries([4, 6], [D(2020, 1, 6), D(2021, 1, 4)], 'week', 'sum');
    expect(weeks.rows).toHaveLength(53); // 2020 has 53 ISO weeks
    // 52 weeks back from 2021-W01 is 2020-01-06, i.e. 2020-W02, because 2020 has 53 weeks
    expect(weeks.rows[52]).toEqual([D(2021, 1, 4), 6, null, 0.5, true]);
    const weeks2 = periodSeries([4, 6], [D(2020, 1, 6), D(2021, 1, 10)], 'week', 'sum');
    expect(weeks2.rows[52][4]).toBe(false);
    const w53 = periodSeries([4, 6], [D(2020, 1, 1), D(2020, 12, 28)], 'week', 'sum');
    expect(w53.rows.at(-1)).toEqual([D(2020, 12, 28), 6, null, 0.5, true]); // base: week of 2019-12-30
  });

  it('days: 29 February has no base; 1 March compares with 1 March', () => {
    const t = periodSeries([3, 4, 5, 6], [D(2023, 2, 28), D(2023, 3, 1), D(2024, 2, 29), D(2024, 3, 1)], 'day', 'sum');
    const byStart = new Map(t.rows.map((r) => [r[0], r]));
    expect(byStart.get(D(2024, 2, 29))).toEqual([D(2024, 2, 29), 5, null, null, false]);
    expect(byStart.get(D(2024, 3, 1))).toEqual([D(2024, 3, 1), 6, 0.2, 0.5, false]);
    expect(t.rows).toHaveLength(D(2024, 3, 1) - D(2023, 2, 28) + 1);
  });

  it('skips rows with a blank day or value; never NaN', () => {
    const t = periodSeries([1, NaN, 2, 3], [D(2024, 1, 1), D(2024, 5, 1), NaN, D(2024, 2, 1)], 'month', 'average');
    expect(t.rows).toEqual([
      [D(2024, 1, 1), 1, null, null, false],
      [D(2024, 2, 1), 3, 2, null, true],
    ]);
  });

  it('refuses different lengths and empty data', () => {
    expect(() => periodSeries([1], [], 'month', 'sum')).toThrow(KpiFailure);
    try {
      periodSeries([1, 2], [0], 'month', 'sum');
    } catch (e) {
      expect((e as KpiFailure).reason).toBe('lengths_differ');
    }
    expect(() => periodSeries([], [], 'day', 'sum')).toThrow(/no_data/);
    expect(() => periodSeries([NaN], [5], 'day', 'sum')).toThrow(/no_data/);
  });
});

describe('periodSeries against the reference', () => {
  it('agrees on random rows for every period and aggregate', () => {
    fc.assert(
      fc.property(
        periodArb.chain((period) => fc.tuple(fc.constant(period), rowsArb(SPAN[period]), fc.constantFrom(...AGGREGATES))),
        ([period, rows, aggregate]) => {
          expectTable(periodSeries(rows.values, rows.days, period, aggregate), refSeries(rows.values, rows.days, period, aggregate));
        },
      ),
      { numRuns: 300 },
    );
  });
});
