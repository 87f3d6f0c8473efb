/** Table sections of the summary: a spilled formula (FUNNEL, PERIOD_SERIES, COHORT_RETENTION, …) with room reserved under it, or its values. */
import { evaluate } from '../cells/evaluate';
import { dateOfLocalDay } from '../cells/dates';
import { periodCalendarOf } from '../cells/locale';
import type { Calendar, Period, PeriodCalendar } from '../kpi/periods';
import { unitOf } from '../kpi/lifetime-value';
import { LANGUAGE_PARAM } from '../kpi/define';
import type { Kpi, Language } from '../kpi/types';
import { chosenVariants, type BoundColumn } from './bindings';
import { defaultCalibrationEnd } from './calibration';
import { dateFormula, daySpan, startsBetween, type DaySpan } from './period-columns';

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
  /** A CLV table's calibration end (a local day), when it is not the last date. */
  readonly calibrationEnd?: number;
}

const PERCENT = '0.0%';
const DATE = 'yyyy-mm-dd';
const NUMBER = '#,##0.00';


/** CLV_TRACKING's periods of `unit` from the first day to the last: exact for units of days, at most one more for calendar weeks and months. */
function trackingPeriods(span: DaySpan | undefined, unit: string): number {
  if (!span) return 1;
  const days = span.last - span.first + 1;
  const length = unitOf(unit);
  return typeof length === 'number' ? Math.ceil(days / length) : Math.ceil(days / (length === 'calendar_week' ? 7 : 28)) + 1;
}

/** The distinct non-blank labels of a column (a stage column's stages, the forecast's customers). */
const distinct = (b: BoundColumn, cellsOf: (b: BoundColumn) => unknown[][]): number => new Set(cellsOf(b).map((row) => String(row[0] ?? '').trim()).filter((label) => label !== '')).size;

/** Rows and column formats of each table, from the bound columns: periods for period tables, customers for the forecast, stages for the funnel. */
function shapeOf(
  entry: Kpi,
  bound: readonly (BoundColumn | undefined)[],
  period: Period,
  options: { timeZone: string; calendar: PeriodCalendar; cellsOf: (b: BoundColumn) => unknown[][]; unit: string },
): { rows: number; columnFormats: string[] } {
  const span = daySpan(bound.filter((b) => b?.column.type === 'date').map((b) => b!.column), options.timeZone);
  const periods = span ? startsBetween(span, period, options.calendar).length : 1;
  switch (entry.id) {
    case 'FUNNEL':
      // One stage per count, or per distinct label of a stage column (one label per deal).
      return { rows: (bound[0]!.column.type === 'text' ? distinct(bound[0]!, options.cellsOf) : bound[0]!.column.nonBlank) + 1, columnFormats: ['General', '#,##0', PERCENT, PERCENT, PERCENT] };
    case 'PERIOD_SERIES':
      return { rows: periods + 1, columnFormats: [DATE, NUMBER, PERCENT, PERCENT, 'General'] };
    case 'NEW_CUSTOMERS':
      return { rows: periods + 1, columnFormats: [DATE, '#,##0', 'General'] };
    case 'CHURN_BY_PERIOD':
      return { rows: periods + 1, columnFormats: [DATE, '#,##0', '#,##0', '#,##0', '#,##0', PERCENT, PERCENT, 'General'] };
    case 'COHORT_RETENTION':
      return { rows: periods + 1, columnFormats: [DATE, '#,##0', ...new Array<string>(periods).fill(PERCENT)] };
    case 'CLV_TRACKING':
      // Period, start, actual and expected repeat purchases (per period, cumulative), holdout.
      return { rows: trackingPeriods(span, options.unit) + 1, columnFormats: ['0', DATE, '#,##0', NUMBER, '#,##0', NUMBER, 'General'] };
    default:
      // CLV_FORECAST: one row per customer at most, a header and a total.
      return { rows: (bound[0] ? distinct(bound[0], options.cellsOf) : 0) + 2, columnFormats: ['General', PERCENT, NUMBER, NUMBER, NUMBER] };
  }
}

/**
 * The arguments of a table function: bound columns by name, the period and the chosen variants as text, the calibration
 * end as DATE(…) when one is set, else the last date of the data; other single dates are left out.
 */
function argumentsOf(entry: Kpi, names: readonly (string | undefined)[], period: Period, variants: Readonly<Record<string, string>>, fixed: { calendar?: Calendar; language?: Language }, calibrationEnd: number | undefined): string[] {
  const dates = entry.params.findIndex((param) => param.kind === 'dates' && param.vector);
  const args = entry.params.map((param, i) => {
    if (names[i]) return names[i]!;
    if (param.name === 'period') return `"${period}"`;
    if (variants[param.name] !== undefined) return `"${variants[param.name]}"`;
    if (param.name === 'calendar' && fixed.calendar !== undefined) return `"${fixed.calendar}"`;
    if (param.name === LANGUAGE_PARAM && fixed.language !== undefined) return `"${fixed.language}"`;
    if (param.name === 'calibration_end') return calibrationEnd !== undefined ? dateFormula(calibrationEnd) : names[dates] ? `MAX(${names[dates]})` : '';
    return '';
  });
  while (args.length > 0 && args[args.length - 1] === '') args.pop();
  // An optional argument left out before a later one is written as its default ("" for a blank), so that no argument is empty.
  return args.map((arg, i) => {
    const fallback = entry.params[i].optional?.default;
    return arg !== '' || fallback === undefined ? arg : typeof fallback === 'number' ? String(fallback) : `"${fallback}"`;
  });
}

/**
 * A table section for `entry` over its bound columns: a live formula, or in values mode the computed table (errors
 * reported, not thrown). `variants` are the request's (keyed as variantKey). CLV_TRACKING without a calibration end
 * splits its dates by defaultCalibrationEnd.
 */
export function tableSection(
  entry: Kpi,
  bound: readonly (BoundColumn | undefined)[],
  names: readonly (string | undefined)[],
  period: Period,
  variants: Readonly<Record<string, string>> | undefined,
  options: { values: boolean; locale: string; timeZone: string; cellsOf: (b: BoundColumn) => unknown[][]; calendar?: Calendar; language?: Language; calibrationEnd?: number },
): TableSection {
  const chosen = chosenVariants(entry, variants);
  const dateIndex = entry.params.findIndex((param) => param.kind === 'dates' && param.vector);
  const span = entry.id === 'CLV_TRACKING' ? daySpan([bound[dateIndex]?.column], options.timeZone) : undefined;
  const calibrationEnd = options.calibrationEnd ?? (span && defaultCalibrationEnd(span.first, span.last));
  // Without a calendar argument the table counts periods as the locale does (Solar Hijri months in fa_IR, its weeks).
  const shapeOptions = { timeZone: options.timeZone, calendar: periodCalendarOf(options.locale, options.calendar), cellsOf: options.cellsOf, unit: chosen.unit ?? 'week' };
  const { rows, columnFormats } = shapeOf(entry, bound, period, shapeOptions);
  const base = { id: entry.id, rows, columns: columnFormats.length, columnFormats, ...(calibrationEnd !== undefined ? { calibrationEnd } : {}) };
  if (!options.values) return { ...base, formula: `=${entry.id}(${argumentsOf(entry, names, period, chosen, options, calibrationEnd).join(',')})`, values: null };
  const raw = entry.params.map((param, i) => {
    const b = bound[i];
    if (b) return options.cellsOf(b);
    if (param.name === 'period') return period;
    if (chosen[param.name] !== undefined) return chosen[param.name];
    if (param.name === 'calendar') return options.calendar;
    if (param.name === LANGUAGE_PARAM) return options.language;
    if (param.name === 'calibration_end' && calibrationEnd !== undefined) return dateOfLocalDay(calibrationEnd, options.timeZone);
    if (param.name === 'calibration_end' && bound[dateIndex]) {
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
