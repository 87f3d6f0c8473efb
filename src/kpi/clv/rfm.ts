/** Recency–frequency–monetary summary of a transaction log, the input of the BG/NBD and Gamma-Gamma models. */

import { KpiFailure } from '../failure';

/** One customer's calibration summary; recency and age in units of `unitDays`. */
export interface RfmRow {
  readonly id: string;
  /** x = distinct purchase days − 1 (repeat purchases). */
  readonly frequency: number;
  /** tₓ = (last purchase day − first purchase day) ÷ unitDays. */
  readonly recency: number;
  /** T = (calibration end day − first purchase day) ÷ unitDays. */
  readonly age: number;
  /** z̄ = (sum of the amounts after the first purchase day) ÷ x; 0 when x = 0. */
  readonly monetary: number;
}

/**
 * RFM rows of the customers with a transaction on or before calibrationEndDay (inclusive), in order of first
 * appearance; rows of one customer on one day are one purchase with their amounts added.
 * O(n) grouping by a counting sort on customer, then an in-place typed-array sort of each customer's days.
 */
export function rfmSummary(
  customerIds: readonly string[],
  days: ArrayLike<number>,
  amounts: ArrayLike<number>,
  calibrationEndDay: number,
  unitDays: number,
): RfmRow[] {
  const n = customerIds.length;
  if (days.length !== n) throw new KpiFailure('lengths_differ', { argument: 'dates', other: 'customer_ids' });
  if (amounts.length !== n) throw new KpiFailure('lengths_differ', { argument: 'amounts', other: 'customer_ids' });
  if (!(unitDays > 0) || !Number.isFinite(unitDays)) throw new KpiFailure('divide_by_zero', { argument: 'unit' });
  if (!Number.isFinite(calibrationEndDay)) throw new KpiFailure('no_data', { argument: 'calibration_end' });
  const codeOf = new Map<string, number>();
  const ids: string[] = [];
  const code = new Int32Array(n).fill(-1);
  const counts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const day = days[i];
    if (!Number.isFinite(day) || !Number.isFinite(amounts[i])) {
      throw new KpiFailure('invalid_value', { argument: Number.isFinite(day) ? 'amounts' : 'dates', position: i });
    }
    if (day > calibrationEndDay) continue;
    let c = codeOf.get(customerIds[i]);
    if (c === undefined) {
      c = ids.length;
      codeOf.set(customerIds[i], c);
      ids.push(customerIds[i]);
    }
    code[i] = c;
    counts[c + 1]++;
  }
  const customers = ids.length;
  for (let c = 0; c < customers; c++) counts[c + 1] += counts[c];
  const start = counts.slice(0, customers + 1);
  const groupedDays = new Float64Array(counts[customers]);
  const groupedAmounts = new Float64Array(counts[customers]);
  for (let i = 0; i < n; i++) {
    const c = code[i];
    if (c < 0) continue;
    const at = counts[c]++;
    groupedDays[at] = days[i];
    groupedAmounts[at] = amounts[i];
  }
  const rows: RfmRow[] = new Array<RfmRow>(customers);
  for (let c = 0; c < customers; c++) {
    const from = start[c];
    const to = start[c + 1];
    let first = Infinity;
    for (let k = from; k < to; k++) if (groupedDays[k] < first) first = groupedDays[k];
    let repeatAmount = 0;
    for (let k = from; k < to; k++) if (groupedDays[k] !== first) repeatAmount += groupedAmounts[k];
    const sorted = groupedDays.subarray(from, to).sort();
    let distinct = 1;
    for (let k = 1; k < sorted.length; k++) if (sorted[k] !== sorted[k - 1]) distinct++;
    const frequency = distinct - 1;
    rows[c] = {
      id: ids[c],
      frequency,
      recency: (sorted[sorted.length - 1] - first) / unitDays,
      age: (calibrationEndDay - first) / unitDays,
      monetary: frequency > 0 ? repeatAmount / frequency : 0,
    };
  }
  return rows;
}
