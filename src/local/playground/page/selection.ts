/**
 * The page's selection, as Sheets keeps it: a list of ranges (Ctrl/Cmd adds one, also on another sheet), the last
 * one active; each range has an anchor (the active cell) and a focus (the corner that Shift and dragging move).
 * A1 notation and sheet-name quoting come from the one place that knows them (src/summary/a1.ts).
 */
import { formatA1, quoteSheetName, type GridRect } from '../../../summary/a1';

export interface CellRef {
  row: number;
  column: number;
}

export type RangeKind = 'cells' | 'columns' | 'rows';

export interface SelectedRange {
  sheet: string;
  kind: RangeKind;
  anchor: CellRef;
  focus: CellRef;
}

export type SelectMode = 'replace' | 'add' | 'extend';

/** The rectangle of a range; whole columns/rows span `bounds` (the grid shown). */
export function rectOf(range: SelectedRange, bounds: { rows: number; columns: number } = { rows: 1, columns: 1 }): GridRect {
  const row = Math.min(range.anchor.row, range.focus.row);
  const column = Math.min(range.anchor.column, range.focus.column);
  const numRows = Math.abs(range.anchor.row - range.focus.row) + 1;
  const numColumns = Math.abs(range.anchor.column - range.focus.column) + 1;
  if (range.kind === 'columns') return { row: 1, column, numRows: bounds.rows, numColumns };
  if (range.kind === 'rows') return { row, column: 1, numRows, numColumns: bounds.columns };
  return { row, column, numRows, numColumns };
}

/** Sheet-qualified A1: "Campaigns!A1:L13", "'O''Brien Q1'!B:C", "'فروش'!2:5". */
export function a1Of(range: SelectedRange): string {
  const rect = rectOf(range);
  return `${quoteSheetName(range.sheet)}!${formatA1(rect, { wholeColumns: range.kind === 'columns', wholeRows: range.kind === 'rows' })}`;
}

export function contains(range: SelectedRange, sheet: string, row: number, column: number): boolean {
  if (range.sheet !== sheet) return false;
  const inRows = row >= Math.min(range.anchor.row, range.focus.row) && row <= Math.max(range.anchor.row, range.focus.row);
  const inColumns = column >= Math.min(range.anchor.column, range.focus.column) && column <= Math.max(range.anchor.column, range.focus.column);
  if (range.kind === 'columns') return inColumns;
  if (range.kind === 'rows') return inRows;
  return inRows && inColumns;
}

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(high, value));

export class Selection {
  ranges: SelectedRange[] = [];

  get active(): SelectedRange | undefined {
    return this.ranges[this.ranges.length - 1];
  }

  /** A click (or the start of a drag) on a cell, a column header or a row header. */
  start(sheet: string, cell: CellRef, mode: SelectMode, kind: RangeKind = 'cells'): void {
    const active = this.active;
    if (mode === 'extend' && active && active.sheet === sheet) {
      active.focus = { ...cell };
      if (kind !== 'cells') active.kind = kind;
      return;
    }
    const range: SelectedRange = { sheet, kind, anchor: { ...cell }, focus: { ...cell } };
    if (mode === 'add') this.ranges.push(range);
    else this.ranges = [range];
  }

  /** Dragging moves the active range's focus. */
  extendTo(cell: CellRef): void {
    const active = this.active;
    if (active) active.focus = { ...cell };
  }

  /** Arrow keys: move the active cell (a new single-cell selection), or with Shift the focus of the active range. */
  move(sheet: string, rows: number, columns: number, extend: boolean, bounds: { rows: number; columns: number }): void {
    const active = this.active && this.active.sheet === sheet ? this.active : undefined;
    if (!active) {
      this.ranges = [{ sheet, kind: 'cells', anchor: { row: 1, column: 1 }, focus: { row: 1, column: 1 } }];
      return;
    }
    if (extend) {
      active.focus = { row: clamp(active.focus.row + rows, 1, bounds.rows), column: clamp(active.focus.column + columns, 1, bounds.columns) };
      return;
    }
    const cell = { row: clamp(active.anchor.row + rows, 1, bounds.rows), column: clamp(active.anchor.column + columns, 1, bounds.columns) };
    this.ranges = [{ sheet, kind: 'cells', anchor: cell, focus: { ...cell } }];
  }

  /** The cell the name box and formula bar show (the active range's anchor), if on `sheet`. */
  activeCell(sheet: string): CellRef | undefined {
    const active = this.active;
    return active && active.sheet === sheet ? active.anchor : undefined;
  }

  a1s(): string[] {
    return this.ranges.map(a1Of);
  }

  /** Drops ranges on sheets that no longer exist. */
  keepSheets(names: readonly string[]): void {
    this.ranges = this.ranges.filter((range) => names.includes(range.sheet));
  }
}
