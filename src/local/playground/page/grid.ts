/**
 * The grid: a <table id="grid"> of display values, column letters and row numbers as headers, every sheet text set
 * with textContent (never as HTML). Cells are td[data-cell="A1"]; headers th[data-column="A"] and th[data-row="1"].
 */
import { columnToLetters } from '../../../summary/a1';
import type { SheetView } from './api';
import { contains, type SelectedRange } from './selection';

export interface RenderedGrid {
  view: SheetView;
  rows: number;
  columns: number;
  /** cells[row - 1][column - 1] */
  cells: HTMLTableCellElement[][];
  columnHeaders: HTMLTableCellElement[];
  rowHeaders: HTMLTableCellElement[];
}

const ROW_HEADER_WIDTH = 46;
const TYPE_CLASSES: Record<string, string> = { n: 'num', b: 'bool', e: 'err' };

export function renderGrid(table: HTMLTableElement, view: SheetView): RenderedGrid {
  const doc = table.ownerDocument;
  const rows = view.values.length;
  const columns = rows > 0 ? view.values[0].length : 0;
  table.textContent = '';
  table.dir = view.rightToLeft ? 'rtl' : 'ltr';

  const head = doc.createElement('thead');
  const headRow = doc.createElement('tr');
  const corner = doc.createElement('th');
  corner.className = 'corner';
  headRow.appendChild(corner);
  const columnHeaders: HTMLTableCellElement[] = [];
  // Fixed layout with the sheet's column widths, as Sheets draws them (text that does not fit is cut).
  const widths = Array.from({ length: columns }, (_, j) => Math.max(20, Math.min(1000, view.columnWidths[j] ?? 100)));
  table.style.width = `${ROW_HEADER_WIDTH + widths.reduce((sum, w) => sum + w, 0)}px`;
  corner.style.width = `${ROW_HEADER_WIDTH}px`;
  for (let c = 1; c <= columns; c++) {
    const th = doc.createElement('th');
    th.style.width = `${widths[c - 1]}px`;
    const letters = columnToLetters(c);
    th.dataset.column = letters;
    th.dataset.index = String(c);
    th.scope = 'col';
    th.textContent = letters;
    headRow.appendChild(th);
    columnHeaders.push(th);
  }
  head.appendChild(headRow);

  const body = doc.createElement('tbody');
  const cells: HTMLTableCellElement[][] = [];
  const rowHeaders: HTMLTableCellElement[] = [];
  for (let r = 1; r <= rows; r++) {
    const tr = doc.createElement('tr');
    if (r <= view.frozenRows) tr.className = 'frozen';
    const th = doc.createElement('th');
    th.dataset.row = String(r);
    th.scope = 'row';
    th.textContent = String(r);
    tr.appendChild(th);
    rowHeaders.push(th);
    const line: HTMLTableCellElement[] = [];
    for (let c = 1; c <= columns; c++) {
      const td = doc.createElement('td');
      const a1 = `${columnToLetters(c)}${r}`;
      td.dataset.cell = a1;
      td.dataset.row = String(r);
      td.dataset.index = String(c);
      td.textContent = view.values[r - 1][c - 1];
      const typeClass = TYPE_CLASSES[view.types[r - 1]?.[c - 1] ?? ''];
      if (typeClass) td.classList.add(typeClass);
      const error = view.errors[a1];
      if (error !== undefined) td.title = error;
      const style = view.styles[a1];
      if (style?.bold) td.classList.add('bold');
      if (style?.align) td.classList.add(`align-${style.align}`);
      if (style?.background) td.style.backgroundColor = style.background;
      tr.appendChild(td);
      line.push(td);
    }
    cells.push(line);
    body.appendChild(tr);
  }
  table.append(head, body);
  return { view, rows, columns, cells, columnHeaders, rowHeaders };
}

/** Sets class "selected" on the selected cells of this sheet, "active-cell" on the active cell, and marks headers. */
export function paintSelection(grid: RenderedGrid, ranges: readonly SelectedRange[], activeRange: SelectedRange | undefined): void {
  const sheet = grid.view.name;
  const here = ranges.filter((range) => range.sheet === sheet);
  for (let r = 1; r <= grid.rows; r++) {
    const line = grid.cells[r - 1];
    for (let c = 1; c <= grid.columns; c++) {
      const selected = here.some((range) => contains(range, sheet, r, c));
      const td = line[c - 1];
      if (td.classList.contains('selected') !== selected) td.classList.toggle('selected', selected);
      const isActive = activeRange !== undefined && activeRange.sheet === sheet && activeRange.anchor.row === r && activeRange.anchor.column === c;
      if (td.classList.contains('active-cell') !== isActive) td.classList.toggle('active-cell', isActive);
    }
  }
  const between = (value: number, a: number, b: number): boolean => value >= Math.min(a, b) && value <= Math.max(a, b);
  grid.columnHeaders.forEach((th, i) =>
    th.classList.toggle('highlight', here.some((range) => range.kind === 'rows' || between(i + 1, range.anchor.column, range.focus.column))),
  );
  grid.rowHeaders.forEach((th, i) =>
    th.classList.toggle('highlight', here.some((range) => range.kind === 'columns' || between(i + 1, range.anchor.row, range.focus.row))),
  );
}

/** The cell under an event target: its row and column, or a header's. */
export function cellOfTarget(target: EventTarget | null): { kind: 'cell' | 'column' | 'row'; row: number; column: number } | undefined {
  if (!(target instanceof Element)) return undefined;
  const element = target.closest('td[data-cell], th[data-column], th[data-row]');
  if (!(element instanceof HTMLElement)) return undefined;
  if (element.dataset.cell !== undefined) return { kind: 'cell', row: Number(element.dataset.row), column: Number(element.dataset.index) };
  if (element.dataset.column !== undefined) return { kind: 'column', row: 1, column: Number(element.dataset.index) };
  return { kind: 'row', row: Number(element.dataset.row), column: 1 };
}
