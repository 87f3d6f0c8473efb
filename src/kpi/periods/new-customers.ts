/** NEW_CUSTOMERS: customers counted in the period of their first row. */
import { KpiFailure } from '../failure';
import { ISO_CALENDAR, type Period, type PeriodCalendar, type PeriodTable, periodFrame, periodOrdinals } from './period';

export const NEW_CUSTOMERS_COLUMNS: readonly string[] = ['period_start', 'new_customers', 'partial'];

/** Customer ids as integers 0…count−1 in order of first appearance (one Map lookup per row; ids compared exactly). */
export function customerNumbers(ids: readonly string[]): { numbers: Int32Array; count: number } {
  const index = new Map<string, number>();
  const numbers = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    let k = index.get(id);
    if (k === undefined) {
      k = index.size;
      index.set(id, k);
    }
    numbers[i] = k;
  }
  return { numbers, count: index.size };
}

/**
 * Per period of `calendar` from the first to the last period of the data: new_customers = customers whose earliest row falls in it;
 * partial where the last data day is before the period's last day. Rows whose day is not finite are skipped.
 * Throws `lengths_differ`, or `no_data` when no row is left.
 */
export function newCustomers(customerIds: readonly string[], days: ArrayLike<number>, period: Period, calendar: PeriodCalendar = ISO_CALENDAR): PeriodTable {
  if (customerIds.length !== days.length) throw new KpiFailure('lengths_differ', { argument: 'customer_ids', other: 'dates' });
  const ords = new Float64Array(days.length);
  const span = periodOrdinals(days, period, ords, calendar);
  if (span === null) throw new KpiFailure('no_data', { argument: 'dates' });
  const { numbers, count } = customerNumbers(customerIds);
  const firstOrd = new Float64Array(count).fill(Infinity);
  for (let i = 0; i < numbers.length; i++) {
    const ord = ords[i];
    if (ord < firstOrd[numbers[i]]) firstOrd[numbers[i]] = ord; // false for NaN
  }
  const size = span.last - span.first + 1;
  const fresh = new Float64Array(size);
  for (let c = 0; c < count; c++) if (firstOrd[c] !== Infinity) fresh[firstOrd[c] - span.first] += 1;
  const { starts, partial } = periodFrame(span, period, calendar);
  const rows: (number | boolean | null)[][] = new Array(size);
  for (let k = 0; k < size; k++) rows[k] = [starts[k], fresh[k], partial[k]];
  return { columns: NEW_CUSTOMERS_COLUMNS, rows };
}
