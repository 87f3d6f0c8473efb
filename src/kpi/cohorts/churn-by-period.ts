/** CHURN_BY_PERIOD: customers at the start, new, lost and at the end of each period, with churn and retention rates. */
import { KpiFailure } from '../failure';
import { ISO_CALENDAR, type Period, type PeriodCalendar, type PeriodTable, periodFrame, periodOrdinal } from '../periods/period';
import { finiteOrNull } from '../periods/series';

/** The churn rate's denominator: customers at the start, at the start plus new ones, or the average of start and end. */
export type ChurnBasis = 'start' | 'start_plus_new' | 'average';
export const CHURN_BASES: readonly ChurnBasis[] = ['start', 'start_plus_new', 'average'];

export const CHURN_COLUMNS: readonly string[] = [
  'period_start',
  'customers_start',
  'new',
  'lost',
  'customers_end',
  'churn_rate',
  'retention',
  'partial',
];

/**
 * One customer a row: start day, end day = last active day (NaN: still active). Per period [a, b] of `calendar` from the first to the
 * last period of the data (starts and ends):
 * S = started before a and not ended before a; N = started in [a, b]; L = ended in [a, b] (among S or N); E = S + N − L.
 * churn_rate: 'start' = (lost among S) ÷ S; 'start_plus_new' = L ÷ (S + N); 'average' = L ÷ ((S + E) ÷ 2).
 * retention = (E − N) ÷ S, which is negative when more new customers leave within the period than S keeps.
 * Rates are null where their base is 0. Rows whose start is not finite are skipped; any non-finite end means active.
 * Throws `lengths_differ`; `negative_result` { argument: 'end_dates', position: i } (0-based row) for an end before its
 * start; `no_data` when no row is left.
 */
export function churnByPeriod(
  startDays: ArrayLike<number>,
  endDays: ArrayLike<number>,
  period: Period,
  basis: ChurnBasis,
  calendar: PeriodCalendar = ISO_CALENDAR,
): PeriodTable {
  if (startDays.length !== endDays.length) throw new KpiFailure('lengths_differ', { argument: 'end_dates', other: 'start_dates' });
  const n = startDays.length;
  const startOrd = new Float64Array(n);
  const endOrd = new Float64Array(n);
  let first = Infinity;
  let last = -Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const rawStart = startDays[i];
    if (!Number.isFinite(rawStart)) {
      startOrd[i] = NaN;
      continue;
    }
    const start = Math.floor(rawStart);
    const so = periodOrdinal(start, period, calendar);
    startOrd[i] = so;
    if (so < first) first = so;
    if (start > lastDay) lastDay = start;
    const rawEnd = endDays[i];
    if (!Number.isFinite(rawEnd)) {
      endOrd[i] = NaN;
      if (so > last) last = so;
      continue;
    }
    const end = Math.floor(rawEnd);
    if (end < start) throw new KpiFailure('negative_result', { argument: 'end_dates', other: 'start_dates', position: i });
    const eo = periodOrdinal(end, period, calendar);
    endOrd[i] = eo;
    if (eo > last) last = eo;
    if (end > lastDay) lastDay = end;
  }
  if (first === Infinity) throw new KpiFailure('no_data', { argument: 'start_dates' });
  const size = last - first + 1;
  const fresh = new Float64Array(size);
  const lost = new Float64Array(size);
  const lostOld = new Float64Array(size);
  for (let i = 0; i < n; i++) {
    const so = startOrd[i];
    if (so !== so) continue;
    fresh[so - first] += 1;
    const eo = endOrd[i];
    if (eo !== eo) continue;
    lost[eo - first] += 1;
    if (so < eo) lostOld[eo - first] += 1;
  }
  const { starts, partial } = periodFrame({ first, last, lastDay }, period, calendar);
  const rows: (number | boolean | null)[][] = new Array(size);
  let s = 0;
  for (let k = 0; k < size; k++) {
    const nw = fresh[k];
    const l = lost[k];
    const e = s + nw - l;
    const base = basis === 'start' ? s : basis === 'start_plus_new' ? s + nw : (s + e) / 2;
    const churned = basis === 'start' ? lostOld[k] : l;
    rows[k] = [
      starts[k],
      s,
      nw,
      l,
      e,
      base === 0 ? null : finiteOrNull(churned / base),
      s === 0 ? null : finiteOrNull((e - nw) / s),
      partial[k],
    ];
    s = e;
  }
  return { columns: CHURN_COLUMNS, rows };
}
