/** COHORT_RETENTION: per first-purchase cohort, the share (or count) of its customers active in each period since. */
import { KpiFailure } from '../failure';
import { ISO_CALENDAR, type Period, type PeriodCalendar, type PeriodTable, periodFrame, periodOrdinals } from '../periods/period';
import { customerNumbers } from '../periods/new-customers';

/** 'percent': active ÷ cohort size, a fraction 0…1; 'count': active customers. */
export type CohortMeasure = 'percent' | 'count';
export const COHORT_MEASURES: readonly CohortMeasure[] = ['percent', 'count'];

/**
 * Columns 'cohort', 'size', '0', '1', …, one row per period of `calendar` from the first to the last period of the data.
 * A customer's cohort is the period of their earliest row; cell j of cohort c = customers of c with at least one row in
 * period c + j (÷ size with 'percent'): 0 where nobody came back, null after the data ends and null everywhere in a
 * cohort of size 0. The last, partial period counts like the others. Rows whose day is not finite are skipped.
 * Throws `lengths_differ`, or `no_data` when no row is left.
 */
export function cohortRetention(
  customerIds: readonly string[],
  days: ArrayLike<number>,
  period: Period,
  measure: CohortMeasure,
  calendar: PeriodCalendar = ISO_CALENDAR,
): PeriodTable {
  if (customerIds.length !== days.length) throw new KpiFailure('lengths_differ', { argument: 'customer_ids', other: 'dates' });
  const n = days.length;
  const ords = new Float64Array(n);
  const span = periodOrdinals(days, period, ords, calendar);
  if (span === null) throw new KpiFailure('no_data', { argument: 'dates' });
  const size = span.last - span.first + 1;
  const { numbers, count } = customerNumbers(customerIds);

  // Each customer's cohort, and rows bucketed by period (counting sort, O(n + periods)).
  const cohort = new Int32Array(count).fill(size);
  const bucketStart = new Int32Array(size + 1);
  for (let i = 0; i < n; i++) {
    const ord = ords[i];
    if (ord !== ord) continue;
    const k = ord - span.first;
    bucketStart[k + 1] += 1;
    if (k < cohort[numbers[i]]) cohort[numbers[i]] = k;
  }
  for (let k = 0; k < size; k++) bucketStart[k + 1] += bucketStart[k];
  const fill = bucketStart.slice(0, size);
  const order = new Int32Array(bucketStart[size]);
  for (let i = 0; i < n; i++) {
    const ord = ords[i];
    if (ord === ord) order[fill[ord - span.first]++] = i;
  }

  // Distinct (customer, period) pairs, counted at (cohort, periods since).
  const cohortSize = new Float64Array(size);
  for (let c = 0; c < count; c++) if (cohort[c] < size) cohortSize[cohort[c]] += 1;
  const active = new Float64Array(size * size);
  const seenIn = new Int32Array(count).fill(-1);
  for (let k = 0; k < size; k++) {
    for (let r = bucketStart[k]; r < bucketStart[k + 1]; r++) {
      const c = numbers[order[r]];
      if (seenIn[c] === k) continue;
      seenIn[c] = k;
      active[cohort[c] * size + (k - cohort[c])] += 1;
    }
  }

  const { starts } = periodFrame(span, period, calendar);
  const columns = ['cohort', 'size'];
  for (let j = 0; j < size; j++) columns.push(String(j));
  const rows: (number | boolean | null)[][] = new Array(size);
  for (let c = 0; c < size; c++) {
    const row: (number | null)[] = new Array(size + 2).fill(null);
    row[0] = starts[c];
    row[1] = cohortSize[c];
    if (cohortSize[c] > 0) {
      for (let j = 0; c + j < size; j++) {
        const a = active[c * size + j];
        row[j + 2] = measure === 'count' ? a : a / cohortSize[c];
      }
    }
    rows[c] = row;
  }
  return { columns, rows };
}
