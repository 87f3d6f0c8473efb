/** SALES_CYCLE, RESPONSE_TIME and NEGLECTED_OPPORTUNITIES: durations between two dates of a row. */
import { KpiFailure } from '../failure';

/** Which central value of the durations: their mean or their median. */
export type Statistic = 'mean' | 'median';
export const STATISTICS: readonly Statistic[] = ['mean', 'median'];

/** The unit RESPONSE_TIME reports in. */
export type TimeUnit = 'minutes' | 'hours' | 'days';
export const TIME_UNITS: readonly TimeUnit[] = ['minutes', 'hours', 'days'];
const UNIT_MS: Readonly<Record<TimeUnit, number>> = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 };

/**
 * Mean or median of to − from over the rows where both are finite (to not finite: still open, skipped).
 * Throws `lengths_differ`; `negative_result` { argument, position } (0-based row) where to < from; `no_closed_rows` { argument }.
 */
function durations(
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  statistic: Statistic,
  fromName: string,
  toName: string,
): number {
  if (from.length !== to.length) throw new KpiFailure('lengths_differ', { argument: toName, other: fromName });
  const spans = new Float64Array(from.length);
  let m = 0;
  for (let i = 0; i < from.length; i++) {
    const a = from[i];
    const b = to[i];
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    if (b < a) throw new KpiFailure('negative_result', { argument: toName, other: fromName, position: i });
    spans[m++] = b - a;
  }
  if (m === 0) throw new KpiFailure('no_closed_rows', { argument: toName });
  const closed = spans.subarray(0, m);
  if (statistic === 'mean') {
    let sum = 0;
    for (let i = 0; i < m; i++) sum += closed[i];
    return sum / m;
  }
  closed.sort();
  const mid = m >> 1;
  return m % 2 === 1 ? closed[mid] : (closed[mid - 1] + closed[mid]) / 2;
}

/**
 * Sales cycle in days = mean or median of closed − created over closed rows (closed NaN: open, skipped; created not
 * finite: skipped). Throws `negative_result` { argument: 'closed_dates', position } for closed before created and
 * `no_closed_rows` { argument: 'closed_dates' } when nothing is closed.
 */
export function salesCycle(createdDays: ArrayLike<number>, closedDays: ArrayLike<number>, statistic: Statistic): number {
  return durations(createdDays, closedDays, statistic, 'created_dates', 'closed_dates');
}

/**
 * Response time = mean or median of reply − request in the unit, over answered rows (reply NaN: unanswered, skipped).
 * Times are milliseconds; wall-clock inputs count a DST jump as elapsed time. Throws `negative_result`
 * { argument: 'reply_times', position } for a reply before its request, `no_closed_rows` { argument: 'reply_times' }.
 */
export function responseTime(
  requestMs: ArrayLike<number>,
  replyMs: ArrayLike<number>,
  unit: TimeUnit,
  statistic: Statistic,
): number {
  return durations(requestMs, replyMs, statistic, 'request_times', 'reply_times') / UNIT_MS[unit];
}

/**
 * Neglected share = #(asOfDay − last contact > days) ÷ #(last contact finite), a fraction 0…1; rows without a finite
 * last contact are skipped. Throws `no_data` { argument: 'last_contact_dates' } when none is left and
 * `no_data` { argument: 'as_of' | 'days' } when those are not finite.
 */
export function neglectedOpportunities(lastContactDays: ArrayLike<number>, asOfDay: number, days: number): number {
  if (!Number.isFinite(asOfDay)) throw new KpiFailure('no_data', { argument: 'as_of' });
  if (!Number.isFinite(days)) throw new KpiFailure('no_data', { argument: 'days' });
  let total = 0;
  let neglected = 0;
  for (let i = 0; i < lastContactDays.length; i++) {
    const last = lastContactDays[i];
    if (!Number.isFinite(last)) continue;
    total += 1;
    if (asOfDay - last > days) neglected += 1;
  }
  if (total === 0) throw new KpiFailure('no_data', { argument: 'last_contact_dates' });
  return neglected / total;
}
