/**
 * The columns of the summary's KPI block. Value and period columns sit side by side, so that a live row is one
 * custom-function call whose result spills from the value across the periods:
 *
 *     ID | KPI | Target | Target (high) | Status | ± (95%) | n | Value | period 1 … period n | Trend | Unit | Definition | Inputs
 *
 * ± and n are a proportion's or a survey score's confidence margin and sample size (blank for other KPIs).
 */

/** 0-based rows of the block: title, generated, sources, blank, then the header row and the first KPI row. */
export const HEADER_ROW = 4;
export const FIRST_KPI_ROW = 5;

export interface Layout {
  readonly id: number;
  readonly name: number;
  readonly target: number;
  readonly targetHigh: number;
  readonly status: number;
  /** The value's 95% margin and the observations it rests on. */
  readonly margin: number;
  readonly n: number;
  readonly value: number;
  /** The first period column, and how many there are (0 without periods). */
  readonly firstPeriod: number;
  readonly periods: number;
  /** The sparkline column, or −1 (no periods, or a file for other programs, which have no SPARKLINE). */
  readonly trend: number;
  readonly unit: number;
  readonly definition: number;
  readonly inputs: number;
  /** Columns of the KPI block. */
  readonly width: number;
}

/** The layout for `periods` period columns, with a trend column when the sheet can draw sparklines. */
export function layoutFor(periods: number, sparklines: boolean): Layout {
  const firstPeriod = 8;
  const trend = periods > 0 && sparklines ? firstPeriod + periods : -1;
  const unit = firstPeriod + periods + (trend >= 0 ? 1 : 0);
  return { id: 0, name: 1, target: 2, targetHigh: 3, status: 4, margin: 5, n: 6, value: 7, firstPeriod, periods, trend, unit, definition: unit + 1, inputs: unit + 2, width: unit + 3 };
}
