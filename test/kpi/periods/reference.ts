/**
 * Slow, obviously-correct references for the period and cohort tables, independent of src/kpi/periods/period.ts:
 * a calendar built by stepping one day at a time from 1960-01-01 (a Friday), periods found by walking days, rows
 * filtered per period. No Date objects.
 */
import { expect } from 'vitest';
import type { Period, PeriodTable } from '../../../src/kpi/periods/period';

const FIRST_DAY = -3653; // 1960-01-01
const LAST_YEAR = 2100;

interface Civil {
  y: number;
  m: number;
  d: number;
  weekday: number; // 1 = Monday … 7 = Sunday
}

const calendar: Civil[] = [];
const dayOfDate = new Map<string, number>();
{
  let y = 1960;
  let m = 1;
  let d = 1;
  let weekday = 5;
  for (let day = FIRST_DAY; y <= LAST_YEAR; day++) {
    calendar.push({ y, m, d, weekday });
    dayOfDate.set(`${y}-${m}-${d}`, day);
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    weekday = weekday === 7 ? 1 : weekday + 1;
    d++;
    if (d > length) {
      d = 1;
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
  }
}

/** The civil date of a day number, by table lookup. */
export function refCivil(day: number): Civil {
  const c = calendar[day - FIRST_DAY];
  if (c === undefined) throw new Error(`day ${day} outside the reference calendar`);
  return c;
}

/** The day number of a civil date, by table lookup; undefined when the date does not exist. */
export function refDay(y: number, m: number, d: number): number | undefined {
  return dayOfDate.get(`${y}-${m}-${d}`);
}

function isStart(day: number, period: Period): boolean {
  const c = refCivil(day);
  switch (period) {
    case 'day':
      return true;
    case 'week':
      return c.weekday === 1;
    case 'month':
      return c.d === 1;
    case 'quarter':
      return c.d === 1 && c.m % 3 === 1;
    case 'year':
      return c.d === 1 && c.m === 1;
  }
}

/** The periods from the one holding minDay to the one holding maxDay, as [first day, last day]. */
export function refPeriods(minDay: number, maxDay: number, period: Period): [number, number][] {
  let start = minDay;
  while (!isStart(start, period)) start--;
  const out: [number, number][] = [];
  while (start <= maxDay) {
    let next = start + 1;
    while (!isStart(next, period)) next++;
    out.push([start, next - 1]);
    start = next;
  }
  return out;
}

/** The start of the same calendar period a year before, by the calendar: 52 weeks for weeks, none for 29 February. */
export function refYearBefore(start: number, period: Period): number | undefined {
  if (period === 'week') return start - 364;
  const c = refCivil(start);
  return refDay(c.y - 1, c.m, c.d);
}

function growth(current: number, base: number | undefined): number | null {
  return base === undefined || base === 0 ? null : (current - base) / Math.abs(base);
}

export function refSeries(
  values: readonly number[],
  days: readonly number[],
  period: Period,
  aggregate: 'sum' | 'count' | 'average' | 'min' | 'max',
): PeriodTable {
  const lastDay = Math.max(...days);
  const periods = refPeriods(Math.min(...days), lastDay, period);
  const totals = periods.map(([a, b]) => {
    const vs = values.filter((_, i) => days[i] >= a && days[i] <= b);
    if (vs.length === 0) return 0;
    const sum = vs.reduce((s, v) => s + v, 0);
    switch (aggregate) {
      case 'sum':
        return sum;
      case 'count':
        return vs.length;
      case 'average':
        return sum / vs.length;
      case 'min':
        return Math.min(...vs);
      case 'max':
        return Math.max(...vs);
    }
  });
  const totalAt = new Map(periods.map(([a], k) => [a, totals[k]]));
  const rows = periods.map(([a, b], k) => {
    const before = refYearBefore(a, period);
    return [
      a,
      totals[k],
      k > 0 ? growth(totals[k], totals[k - 1]) : null,
      before === undefined ? null : growth(totals[k], totalAt.get(before)),
      lastDay < b,
    ];
  });
  return { columns: ['period_start', 'total', 'growth_previous', 'growth_year', 'partial'], rows };
}

function firstDays(ids: readonly string[], days: readonly number[]): Map<string, number> {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const f = first.get(id);
    if (f === undefined || days[i] < f) first.set(id, days[i]);
  });
  return first;
}

export function refNewCustomers(ids: readonly string[], days: readonly number[], period: Period): PeriodTable {
  const lastDay = Math.max(...days);
  const first = [...firstDays(ids, days).values()];
  const rows = refPeriods(Math.min(...days), lastDay, period).map(([a, b]) => [
    a,
    first.filter((f) => f >= a && f <= b).length,
    lastDay < b,
  ]);
  return { columns: ['period_start', 'new_customers', 'partial'], rows };
}

export function refChurn(
  starts: readonly number[],
  ends: readonly number[],
  period: Period,
  basis: 'start' | 'start_plus_new' | 'average',
): PeriodTable {
  const all = [...starts, ...ends.filter((e) => !Number.isNaN(e))];
  const lastDay = Math.max(...all);
  const ids = starts.map((_, i) => i);
  const ended = (i: number, a: number, b: number) => !Number.isNaN(ends[i]) && ends[i] >= a && ends[i] <= b;
  const rows = refPeriods(Math.min(...starts), lastDay, period).map(([a, b]) => {
    const s = ids.filter((i) => starts[i] < a && (Number.isNaN(ends[i]) || ends[i] >= a)).length;
    const n = ids.filter((i) => starts[i] >= a && starts[i] <= b).length;
    const l = ids.filter((i) => ended(i, a, b)).length;
    const lostOld = ids.filter((i) => starts[i] < a && ended(i, a, b)).length;
    const e = s + n - l;
    const rate =
      basis === 'start'
        ? s === 0 ? null : lostOld / s
        : basis === 'start_plus_new'
          ? s + n === 0 ? null : l / (s + n)
          : s + e === 0 ? null : l / ((s + e) / 2);
    return [a, s, n, l, e, rate, s === 0 ? null : (e - n) / s, lastDay < b];
  });
  return {
    columns: ['period_start', 'customers_start', 'new', 'lost', 'customers_end', 'churn_rate', 'retention', 'partial'],
    rows,
  };
}

export function refCohorts(
  ids: readonly string[],
  days: readonly number[],
  period: Period,
  measure: 'percent' | 'count',
): PeriodTable {
  const periods = refPeriods(Math.min(...days), Math.max(...days), period);
  const first = firstDays(ids, days);
  const within = (day: number, k: number) => day >= periods[k][0] && day <= periods[k][1];
  const rows = periods.map(([a], c) => {
    const members = [...first.keys()].filter((id) => within(first.get(id) as number, c));
    const cells = periods.map((_, j) => {
      if (c + j >= periods.length || members.length === 0) return null;
      const active = members.filter((id) => ids.some((other, i) => other === id && within(days[i], c + j))).length;
      return measure === 'count' ? active : active / members.length;
    });
    return [a, members.length, ...cells];
  });
  return { columns: ['cohort', 'size', ...periods.map((_, j) => String(j))], rows };
}

/** Tables equal cell by cell, numbers to a relative 1e-9. */
export function expectTable(actual: PeriodTable, expected: PeriodTable): void {
  expect(actual.columns).toEqual(expected.columns);
  expect(actual.rows.length).toBe(expected.rows.length);
  actual.rows.forEach((row, r) => {
    expect(row.length, `row ${r}`).toBe(expected.rows[r].length);
    row.forEach((cell, c) => {
      const want = expected.rows[r][c];
      const where = `row ${r} column ${actual.columns[c]}`;
      if (typeof cell === 'number' && typeof want === 'number') {
        expect(Number.isFinite(cell), where).toBe(true);
        expect(Math.abs(cell - want), where).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
      } else {
        expect(cell, where).toBe(want);
      }
    });
  });
}
