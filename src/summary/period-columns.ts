/** The summary's period columns: their starts, the native formula of one period cell, and their header format (pure). */
import { dateOfLocalDay, localDay } from '../cells/dates';
import { civilFromDays, nextPeriodStart, periodStart, type Period, type PeriodCalendar } from '../kpi/periods';
import { periodLabel } from '../kpi/periods/labels';
import type { Language } from '../kpi/types';
import type { ColumnDescription, RangeFacts } from './facts';

/** The date column of a table: the first column whose role is date and whose cells are dates. */
export const dateColumnOf = (range: RangeFacts): ColumnDescription | undefined => range.columns.find((c) => c.role === 'date' && c.type === 'date');

/** Every period start (a local day) from the first to the last date of the tables' date columns, in the calendar. */
export function periodStarts(ranges: readonly RangeFacts[], period: Period, timeZone: string, calendar: PeriodCalendar): number[] {
  const dated = ranges.map(dateColumnOf).filter((c): c is ColumnDescription => c?.firstDate !== undefined && c.lastDate !== undefined);
  if (dated.length === 0) return [];
  const first = Math.min(...dated.map((c) => localDay(new Date(c.firstDate!), timeZone)));
  const last = Math.max(...dated.map((c) => localDay(new Date(c.lastDate!), timeZone)));
  const starts: number[] = [];
  for (let day = periodStart(first, period, calendar); day <= last; day = nextPeriodStart(day, period, calendar)) starts.push(day);
  return starts;
}

/** The first day after a period, as a formula every program computes alike: DATE(year, month, day) of the next start. */
export function periodEndFormula(start: number, period: Period, calendar: PeriodCalendar): string {
  const next = civilFromDays(nextPeriodStart(start, period, calendar));
  return `DATE(${next.year},${next.month},${next.day})`;
}

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
