/** Customers' (x, tₓ, T) summaries compressed to distinct triples with weights, for the purchase models' likelihoods. */

import { KpiFailure } from '../failure';

const isFinite = Number.isFinite;

/**
 * Distinct (x, tₓ, T) triples with their counts, each column also reduced to its distinct values so a likelihood
 * computes ln(α + T) once per distinct T rather than once per customer. Times are divided by `scale` (the mean age), so
 * a fit's search does not depend on the unit.
 */
export interface CustomerGroups {
  readonly scale: number;
  readonly customers: number;
  /** Σx over all customers. */
  readonly repeatPurchases: number;
  /** Number of groups; weight[g], and the index of the group's x, tₓ and T among the distinct values. */
  readonly size: number;
  readonly weight: Float64Array;
  readonly xIndex: Int32Array;
  readonly txIndex: Int32Array;
  readonly TIndex: Int32Array;
  /** Distinct values, ascending; tₓ and T divided by scale. */
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
}

/** The distinct values of `values` ascending, and each value's index among them: a typed-array sort and binary searches, no Map. */
export function distinct(values: Float64Array): { values: Float64Array; index: Int32Array } {
  const sorted = values.slice().sort();
  let count = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[count++] = sorted[i];
  const unique = sorted.slice(0, count);
  const index = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) index[i] = search(unique, values[i]);
  return { values: unique, index };
}

/** The position of v in the ascending array (v is in it). */
function search(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Validates a calibration summary (0 ≤ tₓ ≤ T, x ≥ 0, finite, aligned) and groups identical triples.
 * Throws lengths_differ, no_data, invalid_value (with the customer's position), no_repeat_customers, no_variation.
 */
export function customerGroups(frequency: ArrayLike<number>, recency: ArrayLike<number>, age: ArrayLike<number>): CustomerGroups {
  const n = frequency.length;
  if (recency.length !== n) throw new KpiFailure('lengths_differ', { argument: 'recency', other: 'frequency' });
  if (age.length !== n) throw new KpiFailure('lengths_differ', { argument: 'age', other: 'frequency' });
  if (n === 0) throw new KpiFailure('no_data', { argument: 'frequency' });
  let repeaters = 0;
  let repeatPurchases = 0;
  let totalAge = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const tx = recency[i];
    const T = age[i];
    if (!(x >= 0 && isFinite(x))) throw new KpiFailure('invalid_value', { argument: 'frequency', position: i });
    if (!(tx >= 0 && tx <= T && isFinite(T))) throw new KpiFailure('invalid_value', { argument: 'recency', position: i });
    if (x > 0) repeaters++;
    repeatPurchases += x;
    totalAge += T;
  }
  if (repeaters === 0) throw new KpiFailure('no_repeat_customers');
  const scale = totalAge > 0 ? totalAge / n : 1;
  const xs = distinct(Float64Array.from(frequency));
  const txs = distinct(Float64Array.from(recency));
  const Ts = distinct(Float64Array.from(age));
  // A group is a distinct (x, tₓ, T): its key numbers the triple of indices (below 2⁵³, so exact).
  const nt = txs.values.length;
  const nT = Ts.values.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (xs.index[i] * nt + txs.index[i]) * nT + Ts.index[i];
  const groups = distinct(keys);
  const size = groups.values.length;
  const weights = new Float64Array(size);
  for (let i = 0; i < n; i++) weights[groups.index[i]]++;
  const xIndex = new Int32Array(size);
  const txIndex = new Int32Array(size);
  const TIndex = new Int32Array(size);
  for (let g = 0; g < size; g++) {
    const key = groups.values[g];
    TIndex[g] = key % nT;
    const rest = (key - TIndex[g]) / nT;
    txIndex[g] = rest % nt;
    xIndex[g] = (rest - txIndex[g]) / nt;
  }
  if (size === 1) throw new KpiFailure('no_variation');
  return {
    scale,
    customers: n,
    repeatPurchases,
    size,
    weight: weights,
    xIndex,
    txIndex,
    TIndex,
    x: xs.values,
    tx: txs.values.map((t) => t / scale),
    T: Ts.values.map((t) => t / scale),
  };
}
