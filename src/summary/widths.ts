/**
 * How wide the summary's columns are, from what they hold (pure): each column of the KPI block fits its widest cell of
 * the header and KPI rows, within bounds; the definition and inputs columns have a fixed width and wrap.
 */
import type { Layout } from './layout';

/** Pixels per character of the sheet's default font (Arial 10), and the padding of a cell. */
const CHARACTER = 7;
const PADDING = 16;
const MIN = 48;
const MAX = 320;
/** The definition and inputs columns wrap at these widths. */
export const WRAPPED_WIDTH = { definition: 320, inputs: 260 };
const TREND = 120;

/** What one column holds, for its width: the header text, and per KPI row the text or the longest value its format shows. */
export interface ColumnContent {
  readonly header: string;
  readonly cells: readonly string[];
}

/** Characters a number in this format shows at most, when only the format is known (a formula's value). */
export function shownLength(format: string): number {
  if (/y/.test(format)) return format.includes('mmm') ? 9 : 10;
  if (/%/.test(format)) return 7;
  if (/\[\$|[$€£¥₽﷼]/.test(format)) return 16 + (format.match(/\[\$([^\]]*)\]/)?.[1].length ?? 1);
  if (/"/.test(format)) return 12;
  return 11;
}

/** The width a column needs for its widest line of text, within bounds. */
export function fitWidth(column: ColumnContent): number {
  const longest = Math.max(column.header.length, ...column.cells.map((text) => text.length));
  return Math.min(MAX, Math.max(MIN, Math.ceil(longest * CHARACTER + PADDING)));
}

/** Width runs to set, 1-based: each fixed column on its own, the period columns as one run. */
export interface WidthRun {
  readonly column: number;
  readonly columns: number;
  readonly width: number;
}

/** The KPI block's column widths as runs: one per fixed column, one for all the period columns, the trend's. */
export function widthRuns(layout: Layout, contents: readonly ColumnContent[]): WidthRun[] {
  const run = (column: number, width: number, columns = 1): WidthRun => ({ column: column + 1, columns, width });
  const fixed = [layout.id, layout.name, layout.target, layout.targetHigh, layout.status, layout.margin, layout.n, layout.value, layout.unit];
  const runs = fixed.map((column) => run(column, fitWidth(contents[column])));
  if (layout.periods > 0) {
    const periods = contents.slice(layout.firstPeriod, layout.firstPeriod + layout.periods);
    runs.push(run(layout.firstPeriod, Math.max(...periods.map(fitWidth)), layout.periods));
  }
  if (layout.trend >= 0) runs.push(run(layout.trend, TREND));
  runs.push(run(layout.definition, WRAPPED_WIDTH.definition), run(layout.inputs, WRAPPED_WIDTH.inputs));
  return runs;
}
