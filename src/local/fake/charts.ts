/**
 * What an embedded chart shows, as the fake can tell: the options a chart was built with
 * (ChartView) and a model of how Sheets turns its ranges into a data table and series
 * (chartSeries). The model, step by step, with where each step comes from:
 *
 * 1. Merge the ranges into one table (EmbeddedChartBuilder.setMergeStrategy, "If MERGE_ROWS,
 *    rows are merged; if MERGE_COLUMNS, columns are merged. Defaults to MERGE_COLUMNS",
 *    https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setMergeStrategy(ChartMergeStrategy)).
 *    MERGE_COLUMNS sets the ranges side by side (their columns become the table's columns, row i
 *    of each range on row i); MERGE_ROWS stacks them (their rows become the table's rows). A
 *    shorter or narrower range is padded with blanks ('').
 * 2. Transpose when asked ("If set to true, the rows and columns are switched. Defaults to
 *    false", …#setTransposeRowsAndColumns(Boolean)).
 * 3. Read the table as Google Charts reads a DataTable for line, bar and column charts: the first
 *    column is the domain (the labels of the x axis, or of the bars), every further column is one
 *    series (https://developers.google.com/chart/interactive/docs/gallery/linechart#data-format).
 * 4. The first `numHeaders` rows are headers: the last header row labels the series
 *    (…#setNumHeaders(Integer), "Negative values cause headers to be auto-detected"). Google does
 *    not document its detection; the model takes one header row when the table has at least two
 *    rows, the first row's series cells are all text (at least one non-blank) and no cell below
 *    it in a series column is text, else none.
 *
 * Hidden rows and columns, aggregation and the "use row 1 as headers / column A as labels"
 * switches of the chart editor are left out: the add-on sets none of them.
 */
import { formatA1, quoteSheetName } from './a1';
import type { ChartMergeStrategyName, ChartModel } from './workbook';

/** A chart as built: its type, ranges ('Sheet'!A1 notation), data options, advanced options and anchor. */
export interface ChartView {
  id: number | null;
  type: string;
  ranges: string[];
  transposeRowsAndColumns: boolean;
  mergeStrategy: ChartMergeStrategyName;
  numHeaders: number;
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

/** The data a chart plots: the domain (x labels) and one entry per series, labelled by the header row when there is one. */
export interface ChartSeriesData {
  /** Header rows taken (numHeaders, or the detected count). */
  headerRows: number;
  /** The domain column's header, when there is a header row. */
  domainLabel?: unknown;
  domain: unknown[];
  series: Array<{ label?: unknown; values: unknown[] }>;
}

/** The view of a chart model (copies, so that callers cannot change the chart). */
export function chartView(model: ChartModel): ChartView {
  return {
    id: model.id,
    type: model.type,
    ranges: model.ranges.map((r) => `${quoteSheetName(r.sheet.name)}!${formatA1(r.rect)}`),
    transposeRowsAndColumns: model.transposeRowsAndColumns,
    mergeStrategy: model.mergeStrategy,
    numHeaders: model.numHeaders,
    options: structuredClone(model.options),
    position: { ...model.position },
  };
}

/** A grid padded with '' to `rows` × `columns`. */
function padded(grid: unknown[][], rows: number, columns: number): unknown[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => grid[i]?.[j] ?? ''));
}

/** Step 1: the ranges' values merged side by side (MERGE_COLUMNS) or stacked (MERGE_ROWS). */
export function mergeRanges(grids: unknown[][][], strategy: ChartMergeStrategyName): unknown[][] {
  const height = (g: unknown[][]): number => g.length;
  const width = (g: unknown[][]): number => Math.max(0, ...g.map((row) => row.length));
  if (strategy === 'MERGE_ROWS') {
    const columns = Math.max(0, ...grids.map(width));
    return grids.flatMap((g) => padded(g, height(g), columns));
  }
  const rows = Math.max(0, ...grids.map(height));
  const parts = grids.map((g) => padded(g, rows, width(g)));
  return Array.from({ length: rows }, (_, i) => parts.flatMap((part) => part[i]));
}

/** Step 2: rows and columns switched. */
export function transpose(table: unknown[][]): unknown[][] {
  const columns = Math.max(0, ...table.map((row) => row.length));
  return Array.from({ length: columns }, (_, j) => table.map((row) => row[j] ?? ''));
}

const isText = (value: unknown): boolean => typeof value === 'string' && value !== '';

/** Step 4's detection: 1 when the first row labels the series (text over non-text), else 0. */
export function detectHeaderRows(table: unknown[][]): number {
  if (table.length < 2) return 0;
  const seriesCells = (row: unknown[]): unknown[] => row.slice(1);
  const first = seriesCells(table[0]);
  if (!first.some(isText) || !first.every((v) => v === '' || isText(v))) return 0;
  return table.slice(1).some((row) => seriesCells(row).some(isText)) ? 0 : 1;
}

/** The table a chart plots (steps 1 and 2), reading each range's values with `readValues`. */
export function chartTable(view: ChartView, readValues: (a1: string) => unknown[][]): unknown[][] {
  const merged = mergeRanges(view.ranges.map((a1) => readValues(a1)), view.mergeStrategy);
  return view.transposeRowsAndColumns ? transpose(merged) : merged;
}

/** The domain and series a chart plots (steps 1–4): first column = domain, every further column = one series. */
export function chartSeries(view: ChartView, readValues: (a1: string) => unknown[][]): ChartSeriesData {
  const table = chartTable(view, readValues);
  const headerRows = Math.min(table.length, view.numHeaders < 0 ? detectHeaderRows(table) : view.numHeaders);
  const header = headerRows > 0 ? table[headerRows - 1] : undefined;
  const body = table.slice(headerRows);
  const columns = Math.max(0, ...table.map((row) => row.length));
  const data: ChartSeriesData = { headerRows, domain: body.map((row) => row[0] ?? ''), series: [] };
  if (header) data.domainLabel = header[0];
  for (let j = 1; j < columns; j++) {
    const values = body.map((row) => row[j] ?? '');
    data.series.push(header ? { label: header[j], values } : { values });
  }
  return data;
}
