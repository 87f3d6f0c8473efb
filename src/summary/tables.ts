/** Table sections of the summary: a spilled formula (FUNNEL, PERIOD_SERIES, COHORT_RETENTION, …) with room reserved under it, or its values. */
import { evaluate } from '../cells/evaluate';
import { localDay } from '../cells/dates';
import { periodCalendarOf } from '../cells/locale';
import { nextPeriodStart, periodStart, type Calendar, type Period, type PeriodCalendar } from '../kpi/periods';
import type { Kpi } from '../kpi/types';
import { variantParam, type BoundColumn } from './bindings';

/** A table section: what goes at its top-left cell (a formula, or the values in values mode), and the block it may fill. */
export interface TableSection {
  readonly id: string;
  readonly formula: string | null;
  readonly values: readonly (readonly unknown[])[] | null;
  readonly rows: number;
  readonly columns: number;
  /** Number formats by column of the table (the header row stays General). */
  readonly columnFormats: readonly string[];
  readonly error?: string;
  /** The section's title (default: its function's name) and a line under it. */
  readonly title?: string;
  readonly caption?: string;
  /** Per column of the table, a text the column must show whole (the A/B test's verdict), or undefined. */
  readonly fit?: readonly (string | undefined)[];
}

const PERCENT = '0.0%';
const DATE = 'yyyy-mm-dd';
const NUMBER = '#,##0.00';

/** Periods of `calendar` from the first to the last date over these date columns (a period table runs over all of them without gaps). */
function periodCount(columns: readonly (BoundColumn['column'] | undefined)[], period: Period, timeZone: string, calendar: PeriodCalendar): number {
  const dated = columns.filter((c): c is BoundColumn['column'] => c?.firstDate !== undefined && c.lastDate !== undefined);
  if (dated.length === 0) return 1;
  const first = localDay(new Date(Math.min(...dated.map((c) => c.firstDate!))), timeZone);
  const last = localDay(new Date(Math.max(...dated.map((c) => c.lastDate!))), timeZone);
  let count = 0;
  for (let day = periodStart(first, period, calendar); day <= last; day = nextPeriodStart(day, period, calendar)) count++;
  return count;
}

/** The funnel's stages: one per count, or from a stage column (one label per deal) one per distinct label. */
function funnelStages(b: BoundColumn, cellsOf: (b: BoundColumn) => unknown[][]): number {
  if (b.column.type !== 'text') return b.column.nonBlank;
  return new Set(cellsOf(b).map((row) => String(row[0] ?? '').trim()).filter((label) => label !== '')).size;
}

/** Rows and column formats of each table, from the bound columns: periods for period tables, customers for the forecast, stages for the funnel. */
function shapeOf(
  entry: Kpi,
  bound: readonly (BoundColumn | undefined)[],
  period: Period,
  options: { timeZone: string; calendar: PeriodCalendar; cellsOf: (b: BoundColumn) => unknown[][] },
): { rows: number; columnFormats: string[] } {
  const periods = periodCount(bound.filter((b) => b?.column.type === 'date').map((b) => b!.column), period, options.timeZone, options.calendar);
  switch (entry.id) {
    case 'FUNNEL':
      return { rows: funnelStages(bound[0]!, options.cellsOf) + 1, columnFormats: ['General', '#,##0', PERCENT, PERCENT, PERCENT] };
    case 'PERIOD_SERIES':
      return { rows: periods + 1, columnFormats: [DATE, NUMBER, PERCENT, PERCENT, 'General'] };
    case 'NEW_CUSTOMERS':
      return { rows: periods + 1, columnFormats: [DATE, '#,##0', 'General'] };
    case 'CHURN_BY_PERIOD':
      return { rows: periods + 1, columnFormats: [DATE, '#,##0', '#,##0', '#,##0', '#,##0', PERCENT, PERCENT, 'General'] };
    case 'COHORT_RETENTION':
      return { rows: periods + 1, columnFormats: [DATE, '#,##0', ...new Array<string>(periods).fill(PERCENT)] };
    default:
      // CLV_FORECAST: one row per customer at most, a header and a total.
      return { rows: (bound[0]?.column.nonBlank ?? 0) + 2, columnFormats: ['General', PERCENT, NUMBER, NUMBER, NUMBER] };
  }
}

/** The arguments of a table function: bound columns by name, the period as text, a single date as the last date of the data. */
function argumentsOf(entry: Kpi, names: readonly (string | undefined)[], period: Period, variant: string | undefined, calendar: Calendar | undefined): string[] {
  const dates = entry.params.findIndex((param) => param.kind === 'dates' && param.vector);
  const args = entry.params.map((param, i) => {
    if (names[i]) return names[i]!;
    if (param.name === 'period') return `"${period}"`;
    if (param === variantParam(entry) && variant !== undefined) return `"${variant}"`;
    if (param.name === 'calendar' && calendar !== undefined) return `"${calendar}"`;
    if (param.kind === 'dates' && !param.vector && names[dates]) return `MAX(${names[dates]})`;
    return '';
  });
  while (args.length > 0 && args[args.length - 1] === '') args.pop();
  // An option left out before a later argument is written as its default, so that no argument is empty.
  return args.map((arg, i) => (arg === '' && entry.params[i].kind === 'option' && entry.params[i].optional ? `"${entry.params[i].optional!.default}"` : arg));
}

/** A table section for `entry` over its bound columns: a live formula, or in values mode the computed table (errors reported, not thrown). */
export function tableSection(
  entry: Kpi,
  bound: readonly (BoundColumn | undefined)[],
  names: readonly (string | undefined)[],
  period: Period,
  variant: string | undefined,
  options: { values: boolean; locale: string; timeZone: string; cellsOf: (b: BoundColumn) => unknown[][]; calendar?: Calendar },
): TableSection {
  const chosen = variant !== undefined && variantParam(entry)?.choices?.includes(variant) ? variant : undefined;
  // Without a calendar argument the table counts periods as the locale does (Solar Hijri months in fa_IR, its weeks).
  const { rows, columnFormats } = shapeOf(entry, bound, period, { timeZone: options.timeZone, calendar: periodCalendarOf(options.locale, options.calendar), cellsOf: options.cellsOf });
  const base = { id: entry.id, rows, columns: columnFormats.length, columnFormats };
  if (!options.values) return { ...base, formula: `=${entry.id}(${argumentsOf(entry, names, period, chosen, options.calendar).join(',')})`, values: null };
  const dateIndex = entry.params.findIndex((param) => param.kind === 'dates' && param.vector);
  const raw = entry.params.map((param, i) => {
    const b = bound[i];
    if (b) return options.cellsOf(b);
    if (param.name === 'period') return period;
    if (param === variantParam(entry) && chosen !== undefined) return chosen;
    if (param.name === 'calendar') return options.calendar;
    if (param.kind === 'dates' && !param.vector && bound[dateIndex]) {
      const cells = options.cellsOf(bound[dateIndex]!).flat().filter((cell): cell is Date => cell instanceof Date);
      return cells.reduce((latest, cell) => (cell > latest ? cell : latest), cells[0]);
    }
    return undefined;
  });
  try {
    const table = evaluate(entry, raw, { fn: entry.id, locale: options.locale, timeZone: options.timeZone }) as unknown[][];
    return { ...base, rows: table.length, columns: Math.max(base.columns, table[0]?.length ?? 0), formula: null, values: table };
  } catch (error) {
    return { ...base, formula: null, values: null, error: (error as Error).message };
  }
}
