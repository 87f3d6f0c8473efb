/**
 * Period arithmetic on calendar day numbers (days since 1970-01-01 in the spreadsheet's local calendar), with no Date
 * objects: a day maps to a period ordinal (consecutive periods differ by 1) and an ordinal back to the period's first
 * day. Months, quarters and years are Gregorian (proleptic) or Solar Hijri (`jalali.ts`); weeks start on a given weekday.
 */
import { jalaliFromDays, daysFromJalali, jalaliMonthOrdinal, jalaliMonthStart, jalaliYearStart } from './jalali';

/** A reporting period: a day, a week, a calendar month, quarter or year. */
export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';
export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter', 'year'];

/** The calendar months, quarters and years are counted in: Gregorian, or Solar Hijri (Persian, from Nowruz). */
export type Calendar = 'gregorian' | 'persian';
export const CALENDARS: readonly Calendar[] = ['gregorian', 'persian'];

/** A day of the week, ISO numbering: Monday = 1 … Saturday = 6, Sunday = 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** How periods are counted: the calendar of months, quarters and years, and the weekday a week starts on. */
export interface PeriodCalendar {
  readonly calendar: Calendar;
  readonly weekStart: Weekday;
}

/** Gregorian months and ISO weeks (Monday start): the default of every function here. */
export const ISO_CALENDAR: PeriodCalendar = { calendar: 'gregorian', weekStart: 1 };

/** A table of results: stable English column keys and rows of cells; `null` is a blank cell. */
export interface PeriodTable {
  readonly columns: readonly string[];
  readonly rows: (number | boolean | null)[][];
}

/** Day number of a proleptic Gregorian date, month 1…12 (Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Months since January of year 0: year × 12 + month − 1 (Hinnant's civil_from_days). */
export function monthOrdinal(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** The calendar date of a day number: year, month 1…12, day of month 1…31 (allocates; not for hot loops). */
export function civilFromDays(day: number): { year: number; month: number; day: number } {
  const m = monthOrdinal(day);
  const year = Math.floor(m / 12);
  const month = m - year * 12 + 1;
  return { year, month, day: day - daysFromCivil(year, month, 1) + 1 };
}

/** A day number as its ISO date, 2024-01-31. */
export function isoOfDay(day: number): string {
  const { year, month, day: date } = civilFromDays(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The day number of an ISO date, 2024-01-31; NaN when the text is not a real day written so. */
export function dayOfIso(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return NaN;
  const day = daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
  return isoOfDay(day) === text ? day : NaN;
}

/** Day of the week, ISO: Monday = 1 … Sunday = 7 (day 0, 1970-01-01, was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The ISO week-numbering year: the calendar year of the week's Thursday. */
export function isoWeekYear(day: number): number {
  return Math.floor(monthOrdinal(day - isoWeekday(day) + 4) / 12);
}

/** The ISO week number 1…53: weeks since the week holding 4 January, plus one. */
export function isoWeekNumber(day: number): number {
  const thursday = day - isoWeekday(day) + 4;
  return Math.floor((thursday - daysFromCivil(isoWeekYear(day), 1, 1)) / 7) + 1;
}

/** A day on which weeks starting on `weekStart` begin: weekStart − 4 (1970-01-01, day 0, was a Thursday; Monday 1969-12-29 is −3). */
const weekAnchor = (weekStart: Weekday): number => weekStart - 4;

/** The month ordinal of a day in the calendar: Gregorian or Solar Hijri year × 12 + month − 1. */
const monthIn = (day: number, calendar: PeriodCalendar): number => (calendar.calendar === 'persian' ? jalaliMonthOrdinal(day) : monthOrdinal(day));

/**
 * A period's ordinal: day → day; week → weeks since the anchor week (Monday weeks: since Monday 1969-12-29);
 * month → year × 12 + month − 1; quarter → year × 4 + quarter − 1; year → year (Gregorian or Solar Hijri year).
 */
export function periodOrdinal(day: number, period: Period, calendar: PeriodCalendar = ISO_CALENDAR): number {
  switch (period) {
    case 'day':
      return day;
    case 'week':
      return Math.floor((day - weekAnchor(calendar.weekStart)) / 7);
    case 'month':
      return monthIn(day, calendar);
    case 'quarter':
      return Math.floor(monthIn(day, calendar) / 3);
    case 'year':
      return Math.floor(monthIn(day, calendar) / 12);
  }
}

/** The first day of the period with this ordinal (inverse of `periodOrdinal`). */
export function ordinalStart(ordinal: number, period: Period, calendar: PeriodCalendar = ISO_CALENDAR): number {
  const persian = calendar.calendar === 'persian';
  switch (period) {
    case 'day':
      return ordinal;
    case 'week':
      return ordinal * 7 + weekAnchor(calendar.weekStart);
    case 'month':
      return persian ? jalaliMonthStart(ordinal) : monthStart(ordinal);
    case 'quarter':
      return persian ? jalaliMonthStart(ordinal * 3) : monthStart(ordinal * 3);
    case 'year':
      return persian ? jalaliYearStart(ordinal) : daysFromCivil(ordinal, 1, 1);
  }
}

function monthStart(monthOrd: number): number {
  const year = Math.floor(monthOrd / 12);
  return daysFromCivil(year, monthOrd - year * 12 + 1, 1);
}

/** The first day of the period holding `day`. */
export function periodStart(day: number, period: Period, calendar: PeriodCalendar = ISO_CALENDAR): number {
  return ordinalStart(periodOrdinal(day, period, calendar), period, calendar);
}

/** The first day of the period after the one holding `start`. */
export function nextPeriodStart(start: number, period: Period, calendar: PeriodCalendar = ISO_CALENDAR): number {
  return ordinalStart(periodOrdinal(start, period, calendar) + 1, period, calendar);
}

/** The last day of the period holding `start`: next period's start − 1. */
export function periodEnd(start: number, period: Period, calendar: PeriodCalendar = ISO_CALENDAR): number {
  return nextPeriodStart(start, period, calendar) - 1;
}

/**
 * The ordinal of the same calendar period one year earlier: month − 12, quarter − 4, year − 1, week − 52
 * (52 weeks = 364 days earlier), day → the same date a year earlier in the calendar.
 * 29 February (Gregorian) and 30 Esfand (Solar Hijri) have no such date: null (no base).
 */
export function yearBeforeOrdinal(ordinal: number, period: Period, calendar: PeriodCalendar = ISO_CALENDAR): number | null {
  switch (period) {
    case 'day': {
      if (calendar.calendar === 'persian') {
        const { year, month, day } = jalaliFromDays(ordinal);
        return month === 12 && day === 30 ? null : daysFromJalali(year - 1, month, day);
      }
      const { year, month, day } = civilFromDays(ordinal);
      return month === 2 && day === 29 ? null : daysFromCivil(year - 1, month, day);
    }
    case 'week':
      return ordinal - 52;
    case 'month':
      return ordinal - 12;
    case 'quarter':
      return ordinal - 4;
    case 'year':
      return ordinal - 1;
  }
}

/** The first day of the same calendar period a year before the one holding `start`; null for 29 February or 30 Esfand (day period). */
export function sameStartYearBefore(start: number, period: Period, calendar: PeriodCalendar = ISO_CALENDAR): number | null {
  const before = yearBeforeOrdinal(periodOrdinal(start, period, calendar), period, calendar);
  return before === null ? null : ordinalStart(before, period, calendar);
}

/** The periods a set of rows covers: first and last ordinal, the last data day; null when no day is finite. */
export interface PeriodSpan {
  readonly first: number;
  readonly last: number;
  readonly lastDay: number;
}

/**
 * Writes each row's period ordinal into `out` (NaN where the day is not a finite number: the row is skipped)
 * and returns the span; fractional days are floored to their calendar day.
 */
export function periodOrdinals(days: ArrayLike<number>, period: Period, out: Float64Array, calendar: PeriodCalendar = ISO_CALENDAR): PeriodSpan | null {
  let first = Infinity;
  let last = -Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const raw = days[i];
    if (!Number.isFinite(raw)) {
      out[i] = NaN;
      continue;
    }
    const day = Math.floor(raw);
    const ord = periodOrdinal(day, period, calendar);
    out[i] = ord;
    if (ord < first) first = ord;
    if (ord > last) last = ord;
    if (day > lastDay) lastDay = day;
  }
  return first === Infinity ? null : { first, last, lastDay };
}

/** The period-start column and the partial flag of a table over ordinals first…last: partial where lastDay < the period's last day. */
export function periodFrame(span: PeriodSpan, period: Period, calendar: PeriodCalendar = ISO_CALENDAR): { starts: Float64Array; partial: boolean[] } {
  const count = span.last - span.first + 1;
  const starts = new Float64Array(count + 1);
  for (let k = 0; k <= count; k++) starts[k] = ordinalStart(span.first + k, period, calendar);
  const partial: boolean[] = new Array<boolean>(count);
  for (let k = 0; k < count; k++) partial[k] = span.lastDay < starts[k + 1] - 1;
  return { starts: starts.subarray(0, count), partial };
}
