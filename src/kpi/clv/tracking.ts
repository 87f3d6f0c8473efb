/** The tracking table: expected against actual repeat purchases per period over the calibration and holdout periods. */

import { KpiFailure } from '../failure';
import { ordinalStart } from '../periods/period';
import type { PurchaseModel } from './purchase-model';
import { groupByCustomer, purchasePeriod, type RfmUnit } from './rfm';

const { ceil, floor } = Math;
const isFinite = Number.isFinite;

export interface TrackingTable {
  /** The first day of each period. */
  readonly starts: Float64Array;
  /** Whether the period starts after the calibration end. */
  readonly holdout: boolean[];
  /** Repeat purchases of the calibration customers in each period, and the model's expectation. */
  readonly actual: Float64Array;
  readonly expected: Float64Array;
  readonly actualCumulative: Float64Array;
  readonly expectedCumulative: Float64Array;
}

/**
 * Per period from the first purchase of the customers who bought by the calibration end (the origin) to endDay: their
 * repeat purchases (a purchase period — a day, or a calendar week or month — after each customer's first), and the
 * expectation Σ꜀ E[X(k − b꜀)] at the end of each period k, b꜀ = customer c's first purchase in units since the origin (as
 * BTYD's ExpectedCumulativeTransactions); the expectation per period is its increase. Periods are `unit` days from the
 * origin, or calendar weeks or months.
 */
export function clvTracking(customerIds: readonly string[], days: ArrayLike<number>, calibrationEndDay: number, endDay: number, unit: RfmUnit, model: PurchaseModel): TrackingTable {
  const n = customerIds.length;
  if (days.length !== n) throw new KpiFailure('lengths_differ', { argument: 'dates', other: 'customer_ids' });
  if (!isFinite(calibrationEndDay)) throw new KpiFailure('no_data', { argument: 'calibration_end' });
  if (!(endDay >= calibrationEndDay)) throw new KpiFailure('negative_result', { argument: 'end_date', other: 'calibration_end' });
  const key = purchasePeriod(unit);
  const unitDays = typeof unit === 'number' ? unit : 1;
  const codeOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (!(days[i] <= calibrationEndDay)) continue;
    if (!codeOf.has(customerIds[i])) codeOf.set(customerIds[i], codeOf.size);
  }
  const customers = codeOf.size;
  if (customers === 0) throw new KpiFailure('no_data', { argument: 'dates' });
  const code = new Int32Array(n).fill(-1);
  const counts = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) {
    if (!(days[i] <= endDay)) continue;
    const c = codeOf.get(customerIds[i]);
    if (c === undefined) continue;
    code[i] = c;
    counts[c + 1]++;
  }
  // Purchase periods as keys; for units of days the key is the day, and periods are counted from the origin day.
  const { start, keys } = groupByCustomer(code, counts, customers, days, null, key);
  let origin = Infinity;
  for (let c = 0; c < customers; c++) if (keys[start[c]] < origin) origin = keys[start[c]];
  const periodOf = (k: number): number => (typeof unit === 'number' ? floor((k - origin) / unitDays) : k - origin);
  const periods = typeof unit === 'number' ? ceil((endDay - origin + 1) / unitDays) : key(endDay) - origin + 1;
  const actual = new Float64Array(periods);
  const births = new Map<number, number>();
  for (let c = 0; c < customers; c++) {
    const first = keys[start[c]];
    const birth = (first - origin) / unitDays;
    births.set(birth, (births.get(birth) ?? 0) + 1);
    for (let k = start[c] + 1; k < start[c + 1]; k++) actual[periodOf(keys[k])]++;
  }
  const expectedCumulative = new Float64Array(periods);
  for (let j = 0; j < periods; j++) {
    let total = 0;
    for (const [birth, count] of births) if (birth < j + 1) total += count * model.aliveExpected(j + 1 - birth, 0, 0);
    expectedCumulative[j] = total;
  }
  const expected = expectedCumulative.map((v, j) => (j === 0 ? v : v - expectedCumulative[j - 1]));
  const actualCumulative = new Float64Array(periods);
  let running = 0;
  for (let j = 0; j < periods; j++) actualCumulative[j] = running += actual[j];
  const starts = new Float64Array(periods);
  for (let j = 0; j < periods; j++) {
    starts[j] = typeof unit === 'number' ? origin + ceil(j * unitDays) : ordinalStart(origin + j, unit === 'calendar_week' ? 'week' : 'month');
  }
  return { starts, holdout: Array.from(starts, (s) => s > calibrationEndDay), actual, expected, actualCumulative, expectedCumulative };
}
