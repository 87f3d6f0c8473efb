import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COHORT_MEASURES, cohortRetention } from '../../../src/kpi/cohorts/cohort-retention';
import { daysFromCivil } from '../../../src/kpi/periods/period';
import { COHORT_SPAN, periodArb, rowsArb } from '../periods/arbitraries';
import { expectTable, refCohorts } from '../periods/reference';

const D = (y: number, m: number, d: number): number => daysFromCivil(y, m, d);

describe('cohortRetention by hand', () => {
  // A: Jan 3, Jan 20, Mar 5; B: Jan 15, Feb 2, Feb 3; C: Feb 10, Mar 10 (the data stops on Mar 10).
  const ids = ['C', 'A', 'B', 'A', 'B', 'C', 'B', 'A'];
  const days = [D(2024, 3, 10), D(2024, 1, 20), D(2024, 2, 3), D(2024, 3, 5), D(2024, 1, 15), D(2024, 2, 10), D(2024, 2, 2), D(2024, 1, 3)];

  it('percent: Jan cohort {A, B}, Feb cohort {C}, empty Mar cohort', () => {
    expect(cohortRetention(ids, days, 'month', 'percent')).toEqual({
      columns: ['cohort', 'size', '0', '1', '2'],
      rows: [
        [D(2024, 1, 1), 2, 1, 0.5, 0.5],
        [D(2024, 2, 1), 1, 1, 1, null],
        [D(2024, 3, 1), 0, null, null, null],
      ],
    });
  });

  it('count', () => {
    expect(cohortRetention(ids, days, 'month', 'count').rows).toEqual([
      [D(2024, 1, 1), 2, 2, 1, 1],
      [D(2024, 2, 1), 1, 1, 1, null],
      [D(2024, 3, 1), 0, null, null, null],
    ]);
  });

  it('0 where nobody came back; an empty cohort in the middle', () => {
    const t = cohortRetention(['a', 'b'], [D(2023, 11, 30), D(2024, 1, 2)], 'month', 'percent');
    expect(t.rows).toEqual([
      [D(2023, 11, 1), 1, 1, 0, 0],
      [D(2023, 12, 1), 0, null, null, null],
      [D(2024, 1, 1), 1, 1, null, null],
    ]);
  });

  it('ISO weeks across the new year', () => {
    const t = cohortRetention(['a', 'a', 'b'], [D(2020, 12, 31), D(2021, 1, 4), D(2021, 1, 3)], 'week', 'count');
    expect(t.rows).toEqual([
      [D(2020, 12, 28), 2, 2, 1],
      [D(2021, 1, 4), 0, null, null],
    ]);
  });

  it('refuses different lengths and empty data', () => {
    expect(() => cohortRetention(['a'], [1, 2], 'day', 'count')).toThrow(/lengths_differ/);
    expect(() => cohortRetention(['a'], [NaN], 'day', 'count')).toThrow(/no_data/);
  });
});

describe('cohortRetention against the reference', () => {
  it('agrees on random rows for every period and measure', () => {
    fc.assert(
      fc.property(
        periodArb.chain((period) =>
          fc.tuple(fc.constant(period), rowsArb(COHORT_SPAN[period], 30), fc.constantFrom(...COHORT_MEASURES)),
        ),
        ([period, rows, measure]) => {
          expectTable(cohortRetention(rows.ids, rows.days, period, measure), refCohorts(rows.ids, rows.days, period, measure));
        },
      ),
      { numRuns: 300 },
    );
  });
});
