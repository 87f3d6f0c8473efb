/**
 * RFM_SUMMARY's conventions against the peers' documented results on their hand-made logs: lifetimes'
 * summary_data_from_transaction_data (freq "D" and "W") and calibration_and_holdout_data, pymc-marketing's rfm_summary
 * with include_first_transaction.
 */
import { describe, expect, it } from 'vitest';
import { rfmSummary } from '../../../src/kpi/clv/index';
import { call, column, errorOf } from '../../helpers/call';
import { day } from './cdnow-data';

/** lifetimes' large_transaction_level_data_with_monetary_value: id, date, amount. */
const LOG: readonly (readonly [number, string, number])[] = [
  [1, '2015-01-01', 1],
  [1, '2015-02-06', 2],
  [2, '2015-01-01', 2],
  [3, '2015-01-01', 3],
  [3, '2015-01-02', 1],
  [3, '2015-01-05', 5],
  [4, '2015-01-16', 6],
  [4, '2015-02-02', 3],
  [4, '2015-02-05', 3],
  [5, '2015-01-16', 3],
  [5, '2015-01-17', 1],
  [5, '2015-01-18', 8],
  [6, '2015-02-02', 5],
];
const dayOfIso = (s: string): number => day(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
const ids = (log: typeof LOG): string[] => log.map((r) => String(r[0]));
const days = (log: typeof LOG): number[] => log.map((r) => dayOfIso(r[1]));
const amounts = (log: typeof LOG): number[] => log.map((r) => r[2]);
const TODAY = dayOfIso('2015-02-07');
/** The summary's columns as rows [id, x, tₓ, T, (z̄)]. */
function rows(summary: ReturnType<typeof rfmSummary>, withMonetary = false): (string | number)[][] {
  return summary.ids.map((id, c) => [Number(id), summary.frequency[c], summary.recency[c], summary.age[c], ...(withMonetary ? [summary.monetary![c]] : [])]);
}

describe('units of days (lifetimes freq "D")', () => {
  it('summary_data_from_transaction_data with monetary values', () => {
    expect(rows(rfmSummary(ids(LOG), days(LOG), amounts(LOG), TODAY, 1), true)).toEqual([
      [1, 1, 36, 37, 2],
      [2, 0, 0, 37, 0],
      [3, 2, 4, 37, 3],
      [4, 2, 20, 22, 3],
      [5, 2, 2, 22, 4.5],
      [6, 0, 0, 5, 0],
    ]);
  });

  it('drops the chronologically first purchase whatever the row order (monetary 22.5 of 10, 20, 25)', () => {
    const ordered = rfmSummary(['2', '2', '2'], [dayOfIso('2014-03-14'), dayOfIso('2014-04-09'), dayOfIso('2014-05-21')], [10, 20, 25], dayOfIso('2014-05-21'), 1);
    const unordered = rfmSummary(['2', '2', '2'], [dayOfIso('2014-04-09'), dayOfIso('2014-03-14'), dayOfIso('2014-05-21')], [20, 10, 25], dayOfIso('2014-05-21'), 1);
    expect(ordered.monetary![0]).toBe(22.5);
    expect(unordered).toEqual(ordered);
  });
});

describe('calendar weeks (lifetimes freq "W": Monday to Sunday, whole weeks between the weeks\' starts)', () => {
  it('summary_data_from_transaction_data(freq="W") on the hand-made log', () => {
    expect(rows(rfmSummary(ids(LOG), days(LOG), null, TODAY, 'calendar_week'))).toEqual([
      [1, 1, 5, 5],
      [2, 0, 0, 5],
      [3, 1, 1, 5],
      [4, 1, 3, 3],
      [5, 0, 0, 3],
      [6, 0, 0, 0],
    ]);
  });

  it('squashes purchases of one week into one', () => {
    expect(rfmSummary(['1', '1'], [dayOfIso('2015-01-01'), dayOfIso('2015-01-01')], null, dayOfIso('2015-01-01'), 'calendar_week').frequency[0]).toBe(0);
  });

  it('differs from "week" = 7 days: 2015-01-04 (Sunday) and 2015-01-05 (Monday) are two calendar weeks, 1/7 of a week apart', () => {
    const calendar = rfmSummary(['a', 'a'], [dayOfIso('2015-01-04'), dayOfIso('2015-01-05')], null, dayOfIso('2015-01-10'), 'calendar_week');
    const sevenDays = rfmSummary(['a', 'a'], [dayOfIso('2015-01-04'), dayOfIso('2015-01-05')], null, dayOfIso('2015-01-10'), 7);
    expect([calendar.frequency[0], calendar.recency[0], calendar.age[0]]).toEqual([1, 1, 1]);
    expect([sevenDays.frequency[0], sevenDays.recency[0], sevenDays.age[0]]).toEqual([1, 1 / 7, 6 / 7]);
  });
});

describe('calendar months', () => {
  it('counts purchase months and whole months between the months\' starts', () => {
    const log = [
      ['a', '2015-01-31'],
      ['a', '2015-02-01'],
      ['a', '2015-02-27'],
      ['a', '2015-04-15'],
      ['b', '2015-03-31'],
    ] as const;
    const summary = rfmSummary(log.map((r) => r[0]), log.map((r) => dayOfIso(r[1])), null, dayOfIso('2015-06-02'), 'calendar_month');
    expect(rows(summary).map((r) => r.slice(1))).toEqual([
      [2, 3, 5],
      [0, 0, 3],
    ]);
  });
});

describe('the first purchase counted (pymc-marketing rfm_summary include_first_transaction)', () => {
  // pymc-marketing's log: lifetimes' plus a second row for customer 4 on 2015-02-05 (amount 6).
  const log = [...LOG.slice(0, 9), [4, '2015-02-05', 6] as const, ...LOG.slice(9)];

  it('without it: monetary 2, 0, 3, 6, 4.5, 0', () => {
    expect(rows(rfmSummary(ids(log), days(log), amounts(log), TODAY, 1), true)).toEqual([
      [1, 1, 36, 37, 2],
      [2, 0, 0, 37, 0],
      [3, 2, 4, 37, 3],
      [4, 2, 20, 22, 6],
      [5, 2, 2, 22, 4.5],
      [6, 0, 0, 5, 0],
    ]);
  });

  it('with it: frequency counts every purchase day, monetary averages them all', () => {
    expect(rows(rfmSummary(ids(log), days(log), amounts(log), TODAY, 1, { includeFirstPurchase: true }), true)).toEqual([
      [1, 2, 36, 37, 1.5],
      [2, 1, 0, 37, 2],
      [3, 3, 4, 37, 3],
      [4, 3, 20, 22, 6],
      [5, 3, 2, 22, 4],
      [6, 1, 0, 5, 5],
    ]);
  });
});

describe('the holdout form (lifetimes calibration_and_holdout_data)', () => {
  const CALIBRATION_END = dayOfIso('2015-02-01');

  it('days: holdout frequency 1 for customer 1, 0 for customer 2, no row for customer 6 (first seen in the holdout)', () => {
    const summary = rfmSummary(ids(LOG), days(LOG), amounts(LOG), CALIBRATION_END, 1, { holdoutEndDay: TODAY });
    expect(summary.ids).toEqual(['1', '2', '3', '4', '5']);
    expect(Array.from(summary.holdout!.frequency)).toEqual([1, 0, 0, 2, 0]);
    expect(summary.holdout!.duration).toBe(6);
    expect(Array.from(summary.monetary!)).toEqual([0, 0, 3, 0, 4.5]);
    expect(Array.from(summary.holdout!.monetary!)).toEqual([2, 0, 0, 3, 0]);
  });

  it('respects both boundaries: rows after the holdout end count nowhere', () => {
    const summary = rfmSummary(ids(LOG), days(LOG), null, CALIBRATION_END, 1, { holdoutEndDay: dayOfIso('2015-02-04') });
    expect(summary.holdout!.frequency[0]).toBe(0);
    expect(summary.holdout!.frequency[3]).toBe(1);
  });

  it('calendar weeks: the documented table', () => {
    const summary = rfmSummary(ids(LOG), days(LOG), null, CALIBRATION_END, 'calendar_week', { holdoutEndDay: TODAY });
    expect(summary.ids.map((id, c) => [Number(id), summary.frequency[c], summary.recency[c], summary.age[c], summary.holdout!.frequency[c], summary.holdout!.duration])).toEqual([
      [1, 0, 0, 4, 1, 1],
      [2, 0, 0, 4, 0, 1],
      [3, 1, 1, 4, 0, 1],
      [4, 0, 0, 2, 1, 1],
      [5, 0, 0, 2, 0, 1],
    ]);
  });
});

describe('RFM_SUMMARY through the cell boundary', () => {
  const utc = (s: string): Date => new Date(`${s}T00:00:00Z`);
  const idCells = column(...LOG.map((r) => String(r[0])));
  const dateCells = column(...LOG.map((r) => utc(r[1])));
  const amountCells = column(...LOG.map((r) => r[2]));

  it('calendar weeks with a holdout: calibration columns, then holdout frequency, mean amount and duration', () => {
    const table = call('RFM_SUMMARY', idCells, dateCells, amountCells, utc('2015-02-01'), 'calendar_week', false, utc('2015-02-07')) as unknown[][];
    expect(table[0]).toEqual(['Customer', 'Frequency', 'Recency', 'Age', 'Mean repeat amount', 'Holdout frequency', 'Holdout mean amount', 'Holdout duration']);
    // Customer 4's two holdout rows (3 and 3) fall in one week: one purchase of 6, as the calibration columns count it
    // (lifetimes averages the holdout's rows instead, 3; the two agree whenever a period has one row).
    expect(table[4]).toEqual(['4', 0, 0, 2, 0, 1, 6, 1]);
    expect(table).toHaveLength(6);
  });

  it('without amounts there is no monetary column; TRUE counts the first purchase', () => {
    const table = call('RFM_SUMMARY', idCells, dateCells, '', utc('2015-02-07'), 'day', true) as unknown[][];
    expect(table[0]).toEqual(['Customer', 'Frequency', 'Recency', 'Age']);
    expect(table[1]).toEqual(['1', 2, 36, 37]);
  });

  it('refuses a holdout end before the calibration end and an unknown unit', () => {
    expect(errorOf(() => call('RFM_SUMMARY', idCells, dateCells, amountCells, utc('2015-02-01'), 'week', false, utc('2015-01-20')))).toBe(
      'RFM_SUMMARY: holdout_end is less than calibration_end',
    );
    expect(errorOf(() => call('RFM_SUMMARY', idCells, dateCells, amountCells, utc('2015-02-01'), 'fortnight'))).toBe(
      'RFM_SUMMARY: unit is "fortnight", expected one of day, week, month, year, calendar_week, calendar_month',
    );
  });
});
