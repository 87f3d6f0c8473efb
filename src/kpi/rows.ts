/** Checks shared by the functions that read raw rows: aligned columns, and rows that are either wholly blank or complete. */
import { KpiFailure } from './failure';

/** One column of a raw-rows table: its argument name, its cells ('' or NaN for blank), and whether a data row must fill it. */
export interface RowColumn {
  readonly name: string;
  readonly cells: ArrayLike<number> | readonly string[];
  readonly required: boolean;
}

/** A blank cell: '' or NaN (a number is never unequal to itself otherwise; no global lookup per cell). */
const blank = (cell: number | string): boolean => (typeof cell === 'string' ? cell === '' : cell !== cell);

/** Throws `lengths_differ` unless every column has as many cells as the first, and `blank_cell` where a row with data leaves a required cell blank. */
export function checkRows(columns: readonly RowColumn[]): void {
  const n = columns[0].cells.length;
  for (const column of columns) {
    if (column.cells.length !== n) throw new KpiFailure('lengths_differ', { argument: column.name, other: columns[0].name });
  }
  for (let i = 0; i < n; i++) {
    let filled = false;
    let missing: string | null = null;
    for (const column of columns) {
      if (blank(column.cells[i])) {
        if (column.required && missing === null) missing = column.name;
      } else filled = true;
    }
    if (filled && missing !== null) throw new KpiFailure('blank_cell', { argument: missing, position: i });
  }
}
