/** The summary's period columns: their starts, the native formula of one period cell, and their header format (pure). */
import { dateOfLocalDay, localDay } from '../cells/dates';
import { nextPeriodStart, periodStart, type Period } from '../kpi/periods';
import type { ColumnDescription, RangeFacts } from './facts';

/** The date column of a table: the first column whose role is date and whose cells are dates. */
export const dateColumnOf = (range: RangeFacts): ColumnDescription | undefined => range.columns.find((c) => c.role === 'date' && c.type === 'date');

/** Every period start from the first to the last date of the tables' date columns, in the spreadsheet's calendar. */
export function periodStarts(ranges: readonly RangeFacts[], period: Period, timeZone: string): Date[] {
  const dated = ranges.map(dateColumnOf).filter((c): c is ColumnDescription => c?.firstDate !== undefined && c.lastDate !== undefined);
  if (dated.length === 0) return [];
  const first = Math.min(...dated.map((c) => localDay(new Date(c.firstDate!), timeZone)));
  const last = Math.max(...dated.map((c) => localDay(new Date(c.lastDate!), timeZone)));
  const starts: Date[] = [];
  for (let day = periodStart(first, period); day <= last; day = nextPeriodStart(day, period)) starts.push(dateOfLocalDay(day, timeZone));
  return starts;
}

/** The start of the period after the one starting at cell `start`, as a formula. */
export function periodEndFormula(period: Period, start: string): string {
  switch (period) {
    case 'day':
      return `${start}+1`;
    case 'week':
      return `${start}+7`;
    case 'month':
      return `EDATE(${start},1)`;
    case 'quarter':
      return `EDATE(${start},3)`;
    case 'year':
      return `EDATE(${start},12)`;
  }
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

/** The number format of a period header: a day, a month or a year. */
export function periodHeaderFormat(period: Period): string {
  return period === 'day' || period === 'week' ? 'yyyy-mm-dd' : period === 'year' ? 'yyyy' : 'mmm yyyy';
}
