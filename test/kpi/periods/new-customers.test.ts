import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerNumbers, newCustomers } from '../../../src/kpi/periods/new-customers';
import { daysFromCivil } from '../../../src/kpi/periods/period';
import { SPAN, periodArb, rowsArb } from './arbitraries';
import { expectTable, refNewCustomers } from './reference';

const D = (y: number, m: number, d: number): number => daysFromCivil(y, m, d);

describe('newCustomers by hand', () => {
  it('3 customers over 3 months', () => {
    // A: Jan 3, Feb 10; B: Jan 20, Mar 1; C: Mar 15 (the data stops on Mar 15).
    const ids = ['B', 'A', 'C', 'A', 'B'];
    const days = [D(2024, 3, 1), D(2024, 2, 10), D(2024, 3, 15), D(2024, 1, 3), D(2024, 1, 20)];
    expect(newCustomers(ids, days, 'month')).toEqual({
      columns: ['period_start', 'new_customers', 'partial'],
      rows: [
        [D(2024, 1, 1), 2, false],
        [D(2024, 2, 1), 0, false],
        [D(2024, 3, 1), 1, true],
      ],
    });
    expect(newCustomers(ids, days, 'year').rows).toEqual([[D(2024, 1, 1), 3, true]]);
  });

  it('numbers customers in order of first appearance', () => {
    const { numbers, count } = customerNumbers(['x', 'y', 'x', 'z']);
    expect([...numbers]).toEqual([0, 1, 0, 2]);
    expect(count).toBe(3);
  });

  it('refuses different lengths and empty data', () => {
    expect(() => newCustomers(['a'], [], 'month')).toThrow(/lengths_differ/);
    expect(() => newCustomers([], [], 'month')).toThrow(/no_data/);
  });
});

describe('newCustomers against the reference', () => {
  it('agrees on random rows for every period', () => {
    fc.assert(
      fc.property(
        periodArb.chain((period) => fc.tuple(fc.constant(period), rowsArb(SPAN[period]))),
        ([period, rows]) => {
          expectTable(newCustomers(rows.ids, rows.days, period), refNewCustomers(rows.ids, rows.days, period));
        },
      ),
      { numRuns: 300 },
    );
  });
});
