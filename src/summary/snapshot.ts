/** The selection's cells as Sheets passes them to a function, and whether a KPI the selection feeds computes on them (pure). */
import { evaluate } from '../cells/evaluate';
import { kpiById } from '../kpi/catalog';
import type { Kpi } from '../kpi/types';
import type { Binding, BoundColumn } from './bindings';
import type { RangeFacts } from './facts';
import { tableSection } from './tables';

/** Each selected range's values, in the order of the facts. */
export type SelectionData = readonly (readonly (readonly unknown[])[])[];

/** A bound column's data cells as Sheets passes them (one column of rows, below the header). */
export function columnCells(b: BoundColumn, ranges: readonly RangeFacts[], data: SelectionData | undefined): unknown[][] {
  const values = data?.[ranges.indexOf(b.range)] ?? [];
  const cells: unknown[][] = [];
  for (let r = b.range.hasHeader ? 1 : 0; r < values.length; r++) cells.push([values[r][b.column.index]]);
  return cells.length > 0 ? cells : [['']];
}

/** Why a KPI cannot be computed on the cells of its binding (the first table that feeds it): the function's one-line error, or undefined. */
export function computeProblem(entry: Kpi, binding: Binding, ranges: readonly RangeFacts[], data: SelectionData, context: { locale: string; timeZone: string }): string | undefined {
  const cellsOf = (b: BoundColumn) => columnCells(b, ranges, data);
  if (entry.unit === 'table') {
    return tableSection(entry, binding, [], 'month', undefined, { values: true, ...context, cellsOf }).error;
  }
  const fn = entry.liveAs ?? entry.id;
  try {
    evaluate(kpiById(fn)!, entry.params.map((_, i) => (binding[i] ? cellsOf(binding[i]!) : '')), { fn, ...context });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
