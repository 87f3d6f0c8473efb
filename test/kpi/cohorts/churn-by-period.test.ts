import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHURN_BASES, churnByPeriod } from '../../../src/kpi/cohorts/churn-by-period';
import { KpiFailure } from '../../../src/kpi/failure';
import { daysFromCivil } from '../../../src/kpi/periods/period';
import { COHORT_SPAN, customersArb, periodArb } from '../periods/arbitraries';
import { expectTable, refChurn } from '../periods/reference';

const D = (y: number, m: number, d: number): number => daysFromCivil(y, m, d);
const COLUMNS = ['period_start', 'customers_start', 'new', 'lost', 'customers_end', 'churn_rate', 'retention', 'partial'];

describe('churnByPeriod by hand', () => {
  // A: Jan 5 → active; B: Jan 10 → Feb 14; C: Feb 1 → Feb 20; D: Feb 25 → active; E: Mar 2 → Mar 31.
  const starts = [D(2024, 1, 5), D(2024, 1, 10), D(2024, 2, 1), D(2024, 2, 25), D(2024, 3, 2)];
  const ends = [NaN, D(2024, 2, 14), D(2024, 2, 20), NaN, D(2024, 3, 31)];
  // Jan: S 0, N 2, L 0, E 2.  Feb: S 2 (A, B), N 2 (C, D), L 2 (B, C; B among S), E 2.  Mar: S 2, N 1, L 1 (E, new), E 2.
  const frame = (rates: (number | null)[]) => ({
    columns: COLUMNS,
    rows: [
      [D(2024, 1, 1), 0, 2, 0, 2, rates[0], null, false],
      [D(2024, 2, 1), 2, 2, 2, 2, rates[1], 0, false], // retention (2 − 2) ÷ 2
      [D(2024, 3, 1), 2, 1, 1, 2, rates[2], 0.5, false], // retention (2 − 1) ÷ 2
    ],
  });

  it("basis 'start': lost among S ÷ S", () => {
    expect(churnByPeriod(starts, ends, 'month', 'start')).toEqual(frame([null, 0.5, 0]));
  });
  it("basis 'start_plus_new': L ÷ (S + N)", () => {
    expect(churnByPeriod(starts, ends, 'month', 'start_plus_new')).toEqual(frame([0, 0.5, 1 / 3]));
  });
  it("basis 'average': L ÷ ((S + E) ÷ 2)", () => {
    expect(churnByPeriod(starts, ends, 'month', 'average')).toEqual(frame([0, 1, 0.5]));
  });

  it('a quarter, partial when the data stops early; empty months in between', () => {
    expect(churnByPeriod([D(2024, 1, 5), D(2024, 2, 1)], [D(2024, 2, 10), NaN], 'quarter', 'start_plus_new')).toEqual({
      columns: COLUMNS,
      rows: [[D(2024, 1, 1), 0, 2, 1, 1, 0.5, null, true]],
    });
    const t = churnByPeriod([D(2024, 1, 5)], [D(2024, 4, 2)], 'month', 'start');
    expect(t.rows.map((r) => r.slice(1, 7))).toEqual([
      [0, 1, 0, 1, null, null],
      [1, 0, 0, 1, 0, 1],
      [1, 0, 0, 1, 0, 1],
      [1, 0, 1, 0, 1, 0],
    ]);
    expect(t.rows[3][7]).toBe(true);
  });

  it('an end on the last day of a period is lost in it, not before the next', () => {
    const t = churnByPeriod([D(2024, 1, 1), D(2024, 1, 1)], [D(2024, 1, 31), NaN], 'month', 'start');
    expect(t.rows.map((r) => r.slice(1, 5))).toEqual([[0, 2, 1, 1]]);
  });

  it('retention (E − N) ÷ S goes negative when new customers leave within the period', () => {
    // Feb: S 1 (A), N 3, all 3 new lost: E = 1, retention = (1 − 3) ÷ 1.
    const t = churnByPeriod([D(2024, 1, 5), D(2024, 2, 1), D(2024, 2, 2), D(2024, 2, 3)], [NaN, D(2024, 2, 9), D(2024, 2, 9), D(2024, 2, 29)], 'month', 'start');
    expect(t.rows[1]).toEqual([D(2024, 2, 1), 1, 3, 3, 1, 0, -2, false]);
  });

  it('refuses an end before its start, naming the 0-based row', () => {
    try {
      churnByPeriod([10, 20, 30], [NaN, 19, 31], 'day', 'start');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(KpiFailure);
      expect((e as KpiFailure).reason).toBe('negative_result');
      expect((e as KpiFailure).detail).toEqual({ argument: 'end_dates', other: 'start_dates', position: 1 });
    }
    expect(() => churnByPeriod([1], [1, 2], 'day', 'start')).toThrow(/lengths_differ/);
    expect(() => churnByPeriod([NaN], [NaN], 'day', 'start')).toThrow(/no_data/);
  });
});

describe('churnByPeriod against the reference', () => {
  it('agrees on random customers for every period and basis', () => {
    fc.assert(
      fc.property(
        periodArb.chain((period) => fc.tuple(fc.constant(period), customersArb(COHORT_SPAN[period]), fc.constantFrom(...CHURN_BASES))),
        ([period, { starts, ends }, basis]) => {
          expectTable(churnByPeriod(starts, ends, period, basis), refChurn(starts, ends, period, basis));
        },
      ),
      { numRuns: 300 },
    );
  });
});
