/** Recency–frequency–monetary summary of a transaction log, the input of the BG/NBD, Pareto/NBD and Gamma-Gamma models. */

import { KpiFailure } from '../failure';
import { monthOrdinal } from '../periods/period';

const { floor } = Math;
const isFinite = Number.isFinite;

/**
 * How time is counted: a number of days per unit (1 day, 7 for a week of 7 days, 30.4375 for an average month), or
 * calendar periods as lifetimes counts `freq="W"` / `freq="M"`: purchases grouped per calendar week (Monday to Sunday) or
 * month, recency and age in whole periods between the periods' starts.
 */
export type RfmUnit = number | 'calendar_week' | 'calendar_month';

export interface RfmOptions {
  /** Count the first purchase in frequency and in the mean amount (pymc-marketing's `include_first_transaction`). */
  readonly includeFirstPurchase?: boolean;
  /** The last day of a holdout period (inclusive) after the calibration end: adds the holdout columns. */
  readonly holdoutEndDay?: number;
}

/** Per customer (columns, one entry per customer in order of first appearance) the summary at the calibration end. */
export interface RfmSummary {
  readonly ids: string[];
  /** x = purchase periods − 1 (repeat purchases; a period is a day for units of days); all of them with includeFirstPurchase. */
  readonly frequency: Float64Array;
  /** tₓ = last purchase − first purchase, in units. */
  readonly recency: Float64Array;
  /** T = calibration end − first purchase, in units. */
  readonly age: Float64Array;
  /** z̄ = mean amount of the purchases counted in x (amounts of one period added), 0 when x = 0; null without amounts. */
  readonly monetary: Float64Array | null;
  /** The index of each customer's first row in the log. */
  readonly firstRow: Int32Array;
  /** With a holdout end: purchases (periods) after the calibration end, their mean amount, and the holdout's length in units. */
  readonly holdout: { readonly frequency: Float64Array; readonly monetary: Float64Array | null; readonly duration: number } | null;
}

/** The purchase period of a day: the day itself, its Monday-start week or its month, as consecutive integers. */
export function purchasePeriod(unit: RfmUnit): (day: number) => number {
  if (unit === 'calendar_week') return (day) => floor((day + 3) / 7);
  if (unit === 'calendar_month') return monthOrdinal;
  return (day) => day;
}

/**
 * The RFM summary of the customers with a transaction on or before calibrationEndDay (inclusive), in order of first
 * appearance; rows of one customer in one purchase period (a day, or a calendar week or month) are one purchase with
 * their amounts added. O(n): customers numbered by one Map lookup per row, rows grouped by a counting sort, each
 * customer's periods sorted in place.
 */
export function rfmSummary(
  customerIds: readonly string[],
  days: ArrayLike<number>,
  amounts: ArrayLike<number> | null,
  calibrationEndDay: number,
  unit: RfmUnit,
  options: RfmOptions = {},
): RfmSummary {
  const n = customerIds.length;
  if (days.length !== n) throw new KpiFailure('lengths_differ', { argument: 'dates', other: 'customer_ids' });
  if (amounts && amounts.length !== n) throw new KpiFailure('lengths_differ', { argument: 'amounts', other: 'customer_ids' });
  if (typeof unit === 'number' && !(unit > 0 && isFinite(unit))) throw new KpiFailure('divide_by_zero', { argument: 'unit' });
  if (!isFinite(calibrationEndDay)) throw new KpiFailure('no_data', { argument: 'calibration_end' });
  const holdoutEnd = options.holdoutEndDay;
  if (holdoutEnd !== undefined && !(holdoutEnd >= calibrationEndDay)) throw new KpiFailure('negative_result', { argument: 'holdout_end', other: 'calibration_end' });
  const key = purchasePeriod(unit);
  const unitDays = typeof unit === 'number' ? unit : 1;
  const codeOf = new Map<string, number>();
  const ids: string[] = [];
  const firstRows: number[] = [];
  const code = new Int32Array(n).fill(-1);
  const counts = new Int32Array(n + 1);
  let holdoutRows = 0;
  let previousId: string | undefined;
  let previousCode = -1;
  for (let i = 0; i < n; i++) {
    const day = days[i];
    if (!isFinite(day)) throw new KpiFailure('invalid_value', { argument: 'dates', position: i });
    if (amounts && !isFinite(amounts[i])) throw new KpiFailure('invalid_value', { argument: 'amounts', position: i });
    if (day > calibrationEndDay) {
      if (holdoutEnd !== undefined && day <= holdoutEnd) holdoutRows++;
      continue;
    }
    const id = customerIds[i];
    // Logs sorted by customer repeat an id row after row: one string comparison instead of a Map lookup.
    let c = id === previousId ? previousCode : codeOf.get(id);
    if (c === undefined) {
      c = ids.length;
      codeOf.set(id, c);
      ids.push(id);
      firstRows.push(i);
    }
    previousId = id;
    previousCode = c;
    code[i] = c;
    counts[c + 1]++;
  }
  const customers = ids.length;
  const calibration = groupByCustomer(code, counts, customers, days, amounts, key);
  const frequency = new Float64Array(customers);
  const recency = new Float64Array(customers);
  const age = new Float64Array(customers);
  const monetary = amounts ? new Float64Array(customers) : null;
  const endKey = key(calibrationEndDay);
  const includeFirst = options.includeFirstPurchase === true;
  const { start, keys, sums } = calibration;
  for (let c = 0; c < customers; c++) {
    const from = start[c];
    const to = start[c + 1];
    const purchases = to - from;
    const counted = includeFirst ? purchases : purchases - 1;
    frequency[c] = counted;
    recency[c] = (keys[to - 1] - keys[from]) / unitDays;
    age[c] = (endKey - keys[from]) / unitDays;
    if (monetary && counted > 0) {
      let total = 0;
      for (let k = includeFirst ? from : from + 1; k < to; k++) total += sums[k];
      monetary[c] = total / counted;
    }
  }
  let holdout: RfmSummary['holdout'] = null;
  if (holdoutEnd !== undefined) {
    const holdoutCode = new Int32Array(holdoutRows > 0 ? n : 0).fill(-1);
    const holdoutCounts = new Int32Array(customers + 1);
    if (holdoutRows > 0) {
      for (let i = 0; i < n; i++) {
        const day = days[i];
        if (day <= calibrationEndDay || day > holdoutEnd) continue;
        const c = codeOf.get(customerIds[i]);
        if (c === undefined) continue;
        holdoutCode[i] = c;
        holdoutCounts[c + 1]++;
      }
    }
    const later = groupByCustomer(holdoutCode, holdoutCounts, customers, days, amounts, key);
    const holdoutFrequency = new Float64Array(customers);
    const holdoutMonetary = amounts ? new Float64Array(customers) : null;
    for (let c = 0; c < customers; c++) {
      const purchases = later.start[c + 1] - later.start[c];
      holdoutFrequency[c] = purchases;
      if (holdoutMonetary && purchases > 0) {
        let total = 0;
        for (let k = later.start[c]; k < later.start[c + 1]; k++) total += later.sums[k];
        holdoutMonetary[c] = total / purchases;
      }
    }
    holdout = { frequency: holdoutFrequency, monetary: holdoutMonetary, duration: (key(holdoutEnd) - endKey) / unitDays };
  }
  return { ids, frequency, recency, age, monetary, firstRow: Int32Array.from(firstRows), holdout };
}

/** Each customer's distinct purchase periods, ascending, with the amounts of each period added (compressed sparse rows). */
export interface Purchases {
  /** Customer c's purchases are entries start[c] … start[c + 1] − 1. */
  readonly start: Int32Array;
  readonly keys: Float64Array;
  readonly sums: Float64Array;
}

/** Groups the rows with code[i] ≥ 0 by customer (counts[c + 1] rows of customer c; a counting sort), sorts each customer's periods and merges equal ones. */
export function groupByCustomer(
  code: Int32Array,
  counts: Int32Array,
  customers: number,
  days: ArrayLike<number>,
  amounts: ArrayLike<number> | null,
  key: (day: number) => number,
): Purchases {
  for (let c = 0; c < customers; c++) counts[c + 1] += counts[c];
  const total = counts[customers];
  const rowStart = counts.slice(0, customers + 1);
  const keys = new Float64Array(total);
  const sums = new Float64Array(total);
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c < 0) continue;
    const at = counts[c]++;
    keys[at] = key(days[i]);
    sums[at] = amounts ? amounts[i] : 0;
  }
  // Sort each customer's rows by period and merge rows of one period, compacting in place.
  const start = new Int32Array(customers + 1);
  let write = 0;
  for (let c = 0; c < customers; c++) {
    const from = rowStart[c];
    const to = rowStart[c + 1];
    sortPairs(keys, sums, from, to);
    start[c] = write;
    for (let k = from; k < to; k++) {
      if (k > from && keys[k] === keys[write - 1]) sums[write - 1] += sums[k];
      else {
        keys[write] = keys[k];
        sums[write++] = sums[k];
      }
    }
  }
  start[customers] = write;
  return { start, keys, sums };
}

/** Sorts keys[from…to) ascending, moving sums[] along: insertion sort (a customer has few rows), a merge sort beyond 32. */
function sortPairs(keys: Float64Array, sums: Float64Array, from: number, to: number): void {
  if (to - from <= 32) {
    for (let i = from + 1; i < to; i++) {
      const k = keys[i];
      const s = sums[i];
      let j = i - 1;
      while (j >= from && keys[j] > k) {
        keys[j + 1] = keys[j];
        sums[j + 1] = sums[j];
        j--;
      }
      keys[j + 1] = k;
      sums[j + 1] = s;
    }
    return;
  }
  const order = Array.from({ length: to - from }, (_, i) => from + i).sort((p, q) => keys[p] - keys[q] || p - q);
  const sortedKeys = order.map((i) => keys[i]);
  const sortedSums = order.map((i) => sums[i]);
  keys.set(sortedKeys, from);
  sums.set(sortedSums, from);
}
