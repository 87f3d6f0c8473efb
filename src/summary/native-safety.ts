/** Whether formulas over the selected columns read them as our functions do: the planner's test before it writes portable formulas or period columns (pure). */
import type { Kpi } from '../kpi/types';
import type { ColumnDescription } from './facts';

/** A column bound to a KPI parameter (the shape of `BoundColumn` in bindings.ts). */
interface Bound {
  readonly column: ColumnDescription;
}

/**
 * The bound columns native formulas would read differently from the KPI's function: any cell in `nativeUnsafe`
 * (numbers or dates typed as text, dates among numbers, errors, text), negatives where the parameter has a minimum,
 * answers off the whole 0–10 scale of a list, and every fraction parameter (the function checks the sum lies in 0–1).
 * Empty when portable formulas give what live ones give. Where the catalog marks a part of a whole (`Kpi.bounded`), the
 * native template itself gives #N/A for a part above its whole, as the function refuses it: no column test is needed.
 */
export function nativeUnsafeColumns(entry: Kpi, bound: readonly (Bound | undefined)[]): ColumnDescription[] {
  const unsafe: ColumnDescription[] = [];
  entry.params.forEach((param, i) => {
    const column = bound[i]?.column;
    if (!column) return;
    const bad =
      column.nativeUnsafe > 0 ||
      (param.domain?.min !== undefined && column.negatives > 0) ||
      (param.kind === 'list' && param.domain?.whole && !column.wholeNumbers0to10) ||
      param.kind === 'fraction';
    if (bad) unsafe.push(column);
  });
  return unsafe;
}

/** Why a column cannot narrow rows to a period with a comparison (SUMIFS/COUNTIFS `">="&start`, FILTER `dates>=start`). */
export type PeriodDatesProblem = 'no_date_column' | 'no_dates' | 'text_dates';

/**
 * Whether period columns can narrow rows by this date column with comparisons against the periods' bounds: null when
 * they can; 'no_date_column' without one; 'no_dates' when it holds no date; 'text_dates' when some of its dates are typed
 * as text: Sheets compares text with a number as text (never between two dates), so SUMIFS, COUNTIFS and FILTER leave
 * those rows out of every period, in live and portable mode alike. The table KPIs (PERIOD_SERIES, NEW_CUSTOMERS, …) read
 * text dates themselves and still make periods, and so does a values snapshot (KPI_BY_PERIOD, evaluated).
 */
export function periodDatesProblem(column: ColumnDescription | undefined): PeriodDatesProblem | null {
  if (!column) return 'no_date_column';
  if (column.type !== 'date' || column.firstDate === undefined) return 'no_dates';
  return column.textDates > 0 ? 'text_dates' : null;
}
