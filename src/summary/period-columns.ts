/** The summary's period columns: their starts, the native formula of one period cell, and their header format (pure). */
import { dateOfLocalDay, localDay } from '../cells/dates';
import { civilFromDays, nextPeriodStart, periodStart, type Period, type PeriodCalendar } from '../kpi/periods';
import { periodLabel } from '../kpi/periods/labels';
import type { Language } from '../kpi/types';
import type { ColumnDescription, RangeFacts } from './facts';

/** The date column of a table: the first column whose role is date and whose cells are dates. */
export const dateColumnOf = (range: RangeFacts): ColumnDescription | undefined => range.columns.find((c) => c.role === 'date' && c.type === 'date');

/** The first and last local day of some dates. */
export interface DaySpan {
  readonly first: number;
  readonly last: number;
}

/** The first and last local day over these date columns, or undefined when none holds a date. */
export function daySpan(columns: readonly (ColumnDescription | undefined)[], timeZone: string): DaySpan | undefined {
  const dated = columns.filter((c): c is ColumnDescription => c?.firstDate !== undefined && c.lastDate !== undefined);
  if (dated.length === 0) return undefined;
  return { first: localDay(new Date(Math.min(...dated.map((c) => c.firstDate!))), timeZone), last: localDay(new Date(Math.max(...dated.map((c) => c.lastDate!))), timeZone) };
}

/** Every period start (a local day) from the span's first day to its last, in the calendar: a period table runs over all of them without gaps. */
export function startsBetween(span: DaySpan, period: Period, calendar: PeriodCalendar): number[] {
  const starts: number[] = [];
  for (let day = periodStart(span.first, period, calendar); day <= span.last; day = nextPeriodStart(day, period, calendar)) starts.push(day);
  return starts;
}

/** Every period start from the first to the last date of the tables' date columns, in the calendar. */
export function periodStarts(ranges: readonly RangeFacts[], period: Period, timeZone: string, calendar: PeriodCalendar): number[] {
  const span = daySpan(ranges.map(dateColumnOf), timeZone);
  return span ? startsBetween(span, period, calendar) : [];
}

/** A day as a formula every program computes alike: DATE(year, month, day). */
export function dateFormula(day: number): string {
  const date = civilFromDays(day);
  return `DATE(${date.year},${date.month},${date.day})`;
}

/** The first day after a period, as a formula: DATE(…) of the next start. */
export const periodEndFormula = (start: number, period: Period, calendar: PeriodCalendar): string => dateFormula(nextPeriodStart(start, period, calendar));

/** A period's rows of a date column, as SUMIFS/COUNTIFS criteria: dates ≥ start and < end. */
export interface PeriodFilter {
  readonly dates: string;
  readonly start: string;
  readonly end: string;
}

/** Criteria pairs that keep the rows of one period. */
export const periodCriteria = (filter: PeriodFilter): string => `${filter.dates},">="&${filter.start},${filter.dates},"<"&${filter.end}`;

/** One native period cell: blank when the period has no rows, and blank rather than an error (a sparkline over it must not fail). */
export function nativePeriodCell(formula: string, filter: PeriodFilter): string {
  return `=IF(COUNTIFS(${periodCriteria(filter)})=0,"",IFERROR(${formula},""))`;
}

/** A period's name in the user's language and calendar ("اردیبهشت ۱۴۰۳", "янв. 2025"), written above its date. */
export function periodName(start: number, period: Period, calendar: PeriodCalendar, language: Language): string {
  return periodLabel(start, period, calendar.calendar, language);
}

/** The header cell under the name holds the period's first day as a date (it feeds the period formulas). */
export const PERIOD_DATE_FORMAT = 'yyyy-mm-dd';

/** A header cell's date: the local day's midnight in the spreadsheet's time zone. */
export const periodStartDate = (day: number, timeZone: string): Date => dateOfLocalDay(day, timeZone);
