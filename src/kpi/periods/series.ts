/** PERIOD_SERIES: one aggregate of values per period, with growth on the previous period and on the same period a year before. */
import { KpiFailure } from '../failure';
import { ISO_CALENDAR, type Period, type PeriodCalendar, type PeriodTable, periodFrame, periodOrdinals, yearBeforeOrdinal } from './period';

/** How a period's values combine; an empty period is 0 whatever the aggregate. */
export type Aggregate = 'sum' | 'count' | 'average' | 'min' | 'max';
export const AGGREGATES: readonly Aggregate[] = ['sum', 'count', 'average', 'min', 'max'];

export const PERIOD_SERIES_COLUMNS: readonly string[] = ['period_start', 'total', 'growth_previous', 'growth_year', 'partial'];

/** Growth = (current − base) ÷ |base|; null where there is no base, the base is 0 or the quotient is not finite. */
export function growth(current: number, base: number | null): number | null {
  if (base === null || base === 0) return null;
  const g = (current - base) / Math.abs(base);
  return Number.isFinite(g) ? g : null;
}

/** A number for a cell: itself when finite, else blank. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/**
 * Per period of `calendar` (Gregorian or Solar Hijri; weeks from its first day) from the first to the last period of the
 * data: total = aggregate of the values whose day falls in it (0 for an empty period); growth_previous against the period
 * before, growth_year against the same calendar period a year before (`yearBeforeOrdinal`: a day's base is the same date
 * a year earlier, none for 29 February or 30 Esfand; a week's is 52 weeks earlier); partial where the last data day is
 * before the period's last day.
 * Rows whose day or value is not a finite number are skipped. Throws `lengths_differ`, or `no_data` when no row is left.
 */
export function periodSeries(
  values: ArrayLike<number>,
  days: ArrayLike<number>,
  period: Period,
  aggregate: Aggregate,
  calendar: PeriodCalendar = ISO_CALENDAR,
): PeriodTable {
  if (values.length !== days.length) throw new KpiFailure('lengths_differ', { argument: 'values', other: 'dates' });
  const n = days.length;
  const ords = new Float64Array(n);
  const span = periodOrdinals(daysWithFiniteValues(values, days), period, ords, calendar);
  if (span === null) throw new KpiFailure('no_data', { argument: 'dates' });
  const size = span.last - span.first + 1;
  const acc = new Float64Array(size);
  const count = new Float64Array(size);
  if (aggregate === 'min') acc.fill(Infinity);
  if (aggregate === 'max') acc.fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const ord = ords[i];
    if (ord !== ord) continue; // NaN: skipped row
    const k = ord - span.first;
    const v = values[i];
    count[k] += 1;
    if (aggregate === 'min') {
      if (v < acc[k]) acc[k] = v;
    } else if (aggregate === 'max') {
      if (v > acc[k]) acc[k] = v;
    } else {
      acc[k] += v;
    }
  }
  const totals = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    if (count[k] === 0) totals[k] = 0;
    else if (aggregate === 'count') totals[k] = count[k];
    else if (aggregate === 'average') totals[k] = acc[k] / count[k];
    else totals[k] = acc[k];
  }
  const { starts, partial } = periodFrame(span, period, calendar);
  const rows: (number | boolean | null)[][] = new Array(size);
  for (let k = 0; k < size; k++) {
    const yearBase = yearBeforeOrdinal(span.first + k, period, calendar);
    const yearIndex = yearBase === null ? -1 : yearBase - span.first;
    rows[k] = [
      starts[k],
      finiteOrNull(totals[k]),
      k > 0 ? growth(totals[k], totals[k - 1]) : null,
      yearIndex >= 0 ? growth(totals[k], totals[yearIndex]) : null,
      partial[k],
    ];
  }
  return { columns: PERIOD_SERIES_COLUMNS, rows };
}

/** The days, with NaN where the value is not finite; the input itself when every value is finite. */
function daysWithFiniteValues(values: ArrayLike<number>, days: ArrayLike<number>): ArrayLike<number> {
  let clean = true;
  for (let i = 0; i < values.length && clean; i++) clean = Number.isFinite(values[i]);
  if (clean) return days;
  const out = Float64Array.from(days);
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) out[i] = NaN;
  return out;
}
