/** The raw-rows and lifetime-value functions through the cell boundary: Date cells, blanks, errors, published figures. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { call, column, errorOf } from '../helpers/call';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const data = (file: string): string => readFileSync(new URL(`../fixtures/cdnow/${file}`, import.meta.url), 'utf8');

describe('period series, new customers, churn and cohorts from cells', () => {
  it('PERIOD_SERIES: months without gaps, growth, partial last month, blank rows skipped', () => {
    const table = call('PERIOD_SERIES', column(100, 50, '', 30), column(utc(2024, 1, 5), utc(2024, 1, 31), '', utc(2024, 3, 10))) as unknown[][];
    expect(table).toEqual([
      ['Period start', 'Total', 'Growth vs previous period', 'Growth vs a year before', 'Partial'],
      [utc(2024, 1, 1), 150, '', '', false],
      [utc(2024, 2, 1), 0, -1, '', false],
      [utc(2024, 3, 1), 30, '', '', true],
    ]);
  });

  it('NEW_CUSTOMERS and COHORT_RETENTION by customer id', () => {
    const ids = column('a', 'b', 'a', 'c', 'b');
    const days = column(utc(2024, 1, 2), utc(2024, 1, 9), utc(2024, 2, 1), utc(2024, 2, 3), utc(2024, 3, 31));
    expect(call('NEW_CUSTOMERS', ids, days)).toEqual([
      ['Period start', 'New customers', 'Partial'],
      [utc(2024, 1, 1), 2, false],
      [utc(2024, 2, 1), 1, false],
      [utc(2024, 3, 1), 0, false],
    ]);
    expect(call('COHORT_RETENTION', ids, days, 'month', 'count')).toEqual([
      ['Cohort', 'Size', '0', '1', '2'],
      [utc(2024, 1, 1), 2, 2, 1, 1],
      [utc(2024, 2, 1), 1, 1, 0, ''],
      [utc(2024, 3, 1), 0, '', '', ''],
    ]);
  });

  it('CHURN_BY_PERIOD: a blank end is an active subscription', () => {
    const table = call('CHURN_BY_PERIOD', column(utc(2024, 1, 1), utc(2024, 1, 15), utc(2024, 2, 10)), column('', utc(2024, 2, 20), ''), 'month') as unknown[][];
    expect(table[0]).toEqual(['Period start', 'Customers at start', 'New', 'Lost', 'Customers at end', 'Churn rate', 'Retention', 'Partial']);
    expect(table[1]).toEqual([utc(2024, 1, 1), 0, 2, 0, 2, '', '', false]);
    expect(table[2]).toEqual([utc(2024, 2, 1), 2, 1, 1, 2, 0.5, 0.5, true]);
  });

  it('dates in the time zone of the spreadsheet, and clear errors for blank and text dates', () => {
    expect(errorOf(() => call('NEW_CUSTOMERS', column('a', 'b'), column(utc(2024, 1, 1), '')))).toBe(
      'NEW_CUSTOMERS: dates row 2 is blank, but the same row has data in another column',
    );
    expect(errorOf(() => call('NEW_CUSTOMERS', column('a', 'b'), column(utc(2024, 1, 1), '2024-02-30')))).toBe('NEW_CUSTOMERS: dates row 2 is the text "2024-02-30", expected a date');
    expect(errorOf(() => call('NEW_CUSTOMERS', column('a', ''), column(utc(2024, 1, 1), utc(2024, 1, 2))))).toBe(
      'NEW_CUSTOMERS: customer_ids row 2 is blank, but the same row has data in another column',
    );
    expect(errorOf(() => call('NEW_CUSTOMERS', column('a'), column(utc(2024, 1, 1), utc(2024, 1, 2))))).toBe('NEW_CUSTOMERS: dates and customer_ids must have the same number of cells');
    expect(errorOf(() => call('PERIOD_SERIES', column(1), column(45000)))).toBe('PERIOD_SERIES: dates row 1 is the number 45000, expected a date');
    expect(errorOf(() => call('PERIOD_SERIES', column(1), column(utc(2024, 1, 1)), 'fortnight'))).toBe(
      'PERIOD_SERIES: period is "fortnight", expected one of day, week, week_monday, week_saturday, week_sunday, month, quarter, year',
    );
    expect(errorOf(() => call('SALES_CYCLE', column(utc(2024, 1, 10)), column(utc(2024, 1, 1))))).toBe('SALES_CYCLE: closed_dates row 1 is less than created_dates');
    expect(errorOf(() => call('CHURN_BY_PERIOD', column(utc(2024, 1, 10)), column(utc(2024, 1, 1))))).toBe('CHURN_BY_PERIOD: end_dates row 1 is less than start_dates');
  });

  it('SALES_CYCLE, RESPONSE_TIME and NEGLECTED_OPPORTUNITIES', () => {
    expect(call('SALES_CYCLE', column(utc(2024, 1, 1), utc(2024, 1, 1), utc(2024, 1, 5)), column(utc(2024, 1, 11), utc(2024, 1, 31), ''))).toBe(20);
    expect(call('SALES_CYCLE', column(utc(2024, 1, 1), utc(2024, 1, 1), utc(2024, 1, 1)), column(utc(2024, 1, 2), utc(2024, 1, 3), utc(2024, 1, 11)), 'median')).toBe(2);
    const requests = column(new Date(Date.UTC(2024, 0, 1, 9)), new Date(Date.UTC(2024, 0, 1, 10)));
    expect(call('RESPONSE_TIME', requests, column(new Date(Date.UTC(2024, 0, 1, 11)), new Date(Date.UTC(2024, 0, 1, 16))), 'hours', 'mean')).toBe(4);
    expect(call('NEGLECTED_OPPORTUNITIES', column(utc(2024, 1, 1), utc(2024, 1, 20), utc(2024, 1, 30)), utc(2024, 2, 1))).toBeCloseTo(1 / 3, 12);
    expect(call('NEGLECTED_OPPORTUNITIES', column(utc(2024, 1, 1), utc(2024, 1, 20), utc(2024, 1, 30)), utc(2024, 2, 1), 7)).toBeCloseTo(2 / 3, 12);
  });
});

describe('WIN_RATE, LOST_SALES_RATE and FUNNEL from a status or stage column', () => {
  const statuses = column('Won', 'Closed Lost', 'open', '', 'موفق', 'выиграна', 'ناموفق', 'In progress', 'مكسوبة');
  it('counts labels in the four languages; basis all or closed', () => {
    // won: Won, موفق, выиграна, مكسوبة = 4; lost: Closed Lost, ناموفق = 2; all non-blank rows = 8
    expect(call('WIN_RATE', statuses)).toBe(4 / 8);
    expect(call('WIN_RATE', statuses, '', 'closed')).toBe(4 / 6);
    expect(call('LOST_SALES_RATE', statuses)).toBe(2 / 8);
    expect(call('LOST_SALES_RATE', statuses, '', 'closed')).toBe(2 / 6);
    expect(call('WIN_RATE', column('1', '2'), 4)).toBe(0.75);
    expect(errorOf(() => call('WIN_RATE', column('Contract signed', 'Call back')))).toBe(
      'WIN_RATE: won has no won or lost label (won, closed won, lost, موفق, مكسوبة, выиграна, …)',
    );
  });

  it('FUNNEL over a stage column: reached each stage of the order, or rows per stage widest first', () => {
    const stages = column('Lead', 'MQL', 'Lead', 'Customer', 'SQL', 'lead', 'MQL');
    expect(call('FUNNEL', stages, column('Lead', 'MQL', 'SQL', 'Customer'))).toEqual([
      ['Stage', 'Count', 'Conversion from previous', 'Conversion from first', 'Drop-off'],
      ['Lead', 7, '', 1, ''],
      ['MQL', 4, 4 / 7, 4 / 7, 1 - 4 / 7],
      ['SQL', 2, 0.5, 2 / 7, 0.5],
      ['Customer', 1, 0.5, 1 / 7, 0.5],
    ]);
    expect((call('FUNNEL', stages) as unknown[][]).slice(1).map((row) => [row[0], row[1]])).toEqual([
      ['Lead', 3],
      ['MQL', 2],
      ['Customer', 1],
      ['SQL', 1],
    ]);
    expect(errorOf(() => call('FUNNEL', stages, column('Lead', 'MQL')))).toBe('FUNNEL: stage_counts row 4 is not one of the stages in stage_names');
  });
});

describe('lifetime value through the cell boundary reproduces the published CDNOW and retention figures', () => {
  const rows = data('CDNOW_sample.txt')
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length >= 5);
  const ids = rows.map((f) => [String(Number(f[1]))]);
  const dates = rows.map((f) => [utc(Number(f[2].slice(0, 4)), Number(f[2].slice(4, 6)), Number(f[2].slice(6, 8)))]);
  const amounts = rows.map((f) => [Number(f[4])]);
  const summary = data('cdnow_customers_summary_with_transactions.csv')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',').map(Number));

  it('RFM_SUMMARY gives the x, t_x and T of all 2,357 customers to 2 decimals', () => {
    const table = call('RFM_SUMMARY', ids, dates, amounts, utc(1997, 9, 30)) as unknown[][];
    expect(table[0]).toEqual(['Customer', 'Frequency', 'Recency', 'Age', 'Mean repeat amount']);
    const byId = new Map(table.slice(1).map((row) => [Number(row[0]), row as number[]]));
    expect(byId.size).toBe(2357);
    for (const [id, x, tx, T] of summary) {
      const row = byId.get(id)!;
      expect(row[1]).toBe(x);
      expect(Math.round(row[2] * 100) / 100).toBeCloseTo(tx, 9);
      expect(Math.round(row[3] * 100) / 100).toBeCloseTo(T, 9);
    }
  });

  it('BGNBD_FIT and GAMMA_GAMMA_FIT on the published summary', () => {
    const [header, fit] = call('BGNBD_FIT', summary.map((s) => [s[1]]), summary.map((s) => [s[2]]), summary.map((s) => [s[3]])) as [string[], number[]];
    expect(header).toEqual(['r', 'alpha', 'a', 'b', 'Log-likelihood']);
    [0.2425945, 4.4136019, 0.7929199, 2.4258881].forEach((published, i) => expect(Math.abs(fit[i] / published - 1)).toBeLessThan(0.005));
    expect(fit[4]).toBeCloseTo(-9582.43, 1);
    const [, spend] = call('GAMMA_GAMMA_FIT', summary.map((s) => [s[1]]), summary.map((s) => [s[4]])) as [string[], number[]];
    [6.25, 3.74, 15.44].forEach((published, i) => expect(Math.abs(spend[i] / published - 1)).toBeLessThan(0.01));
  });

  it('CLV_FORECAST: one row per customer and a total that adds up', () => {
    const table = call('CLV_FORECAST', ids, dates, amounts, utc(1997, 9, 30), 39, 0.01) as unknown[][];
    expect(table.length).toBe(1 + 2357 + 1);
    const body = table.slice(1, -1) as number[][];
    for (const row of body) {
      expect(row[1]).toBeGreaterThanOrEqual(0);
      expect(row[1]).toBeLessThanOrEqual(1);
      expect(row[4]).toBeGreaterThanOrEqual(0);
    }
    const total = table[table.length - 1] as (string | number)[];
    expect(total[0]).toBe('Total');
    expect(total[4] as number).toBeCloseTo(body.reduce((sum, row) => sum + row[4], 0), 6);
    expect(total[2] as number).toBeCloseTo(body.reduce((sum, row) => sum + row[2], 0), 6);
  });

  it('SBG_FIT and RETENTION_FORECAST on years 0–7 of the High End and Regular cohorts', () => {
    const highEnd = [100, 86.9, 74.3, 65.3, 59.3, 55.1, 51.7, 49.1];
    const regular = [100, 63.1, 46.8, 38.2, 32.6, 28.9, 26.2, 24.1];
    const [, high] = call('SBG_FIT', column(...highEnd)) as [string[], number[]];
    expect(high[0]).toBeCloseTo(0.668, 2);
    expect(Math.abs(high[0] - 0.668)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(high[1] - 3.806)).toBeLessThanOrEqual(0.005);
    const [, low] = call('SBG_FIT', column(...regular)) as [string[], number[]];
    expect(Math.abs(low[0] - 0.704)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(low[1] - 1.182)).toBeLessThanOrEqual(0.005);
    const projected = (survival: number[]) => (call('RETENTION_FORECAST', column(...survival), 5) as number[][]).slice(9).map((row) => row[2]);
    projected(highEnd).forEach((value, i) => expect(Math.abs(value - [0.46, 0.436, 0.414, 0.395, 0.378][i])).toBeLessThanOrEqual(0.002));
    projected(regular).forEach((value, i) => expect(Math.abs(value - [0.22, 0.204, 0.191, 0.18, 0.17][i])).toBeLessThanOrEqual(0.002));
    expect(errorOf(() => call('SBG_FIT', column(100, 90, 95)))).toBe('SBG_FIT: survival row 3 is above the period before; survival cannot increase');
  });
});
