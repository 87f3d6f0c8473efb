/**
 * Period arithmetic on calendar day numbers (days since 1970-01-01 in the spreadsheet's local calendar),
 * proleptic Gregorian, with no Date objects: a day maps to a period ordinal (consecutive periods differ by 1)
 * and an ordinal back to the period's first day.
 */

/** A reporting period: a day, an ISO week (Monday start), a calendar month, quarter or year. */
export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';
export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter', 'year'];

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

/** A period's ordinal: day → day; week → weeks since Monday 1969-12-29; month → y×12+m−1; quarter → y×4+q−1; year → y. */
export function periodOrdinal(day: number, period: Period): number {
  switch (period) {
    case 'day':
      return day;
    case 'week':
      return Math.floor((day + 3) / 7);
    case 'month':
      return monthOrdinal(day);
    case 'quarter':
      return Math.floor(monthOrdinal(day) / 3);
    case 'year':
      return Math.floor(monthOrdinal(day) / 12);
  }
}

/** The first day of the period with this ordinal (inverse of `periodOrdinal`). */
export function ordinalStart(ordinal: number, period: Period): number {
  switch (period) {
    case 'day':
      return ordinal;
    case 'week':
      return ordinal * 7 - 3;
    case 'month':
      return monthStart(ordinal);
    case 'quarter':
      return monthStart(ordinal * 3);
    case 'year':
      return daysFromCivil(ordinal, 1, 1);
  }
}

function monthStart(monthOrd: number): number {
  const year = Math.floor(monthOrd / 12);
  return daysFromCivil(year, monthOrd - year * 12 + 1, 1);
}

/** The first day of the period holding `day`. */
export function periodStart(day: number, period: Period): number {
  return ordinalStart(periodOrdinal(day, period), period);
}

/** The first day of the period after the one holding `start`. */
export function nextPeriodStart(start: number, period: Period): number {
  return ordinalStart(periodOrdinal(start, period) + 1, period);
}

/** The last day of the period holding `start`: next period's start − 1. */
export function periodEnd(start: number, period: Period): number {
  return nextPeriodStart(start, period) - 1;
}

/**
 * The ordinal of the same calendar period one year earlier: month − 12, quarter − 4, year − 1, week − 52
 * (ISO weeks: 52 weeks = 364 days earlier), day → the same calendar date a year earlier.
 * 29 February has no such date: null (no base).
 */
export function yearBeforeOrdinal(ordinal: number, period: Period): number | null {
  switch (period) {
    case 'day': {
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

/** The first day of the same calendar period a year before the one holding `start`; null for 29 February (day period). */
export function sameStartYearBefore(start: number, period: Period): number | null {
  const before = yearBeforeOrdinal(periodOrdinal(start, period), period);
  return before === null ? null : ordinalStart(before, period);
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
export function periodOrdinals(days: ArrayLike<number>, period: Period, out: Float64Array): PeriodSpan | null {
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
    const ord = periodOrdinal(day, period);
    out[i] = ord;
    if (ord < first) first = ord;
    if (ord > last) last = ord;
    if (day > lastDay) lastDay = day;
  }
  return first === Infinity ? null : { first, last, lastDay };
}

/** The period-start column and the partial flag of a table over ordinals first…last: partial where lastDay < the period's last day. */
export function periodFrame(span: PeriodSpan, period: Period): { starts: Float64Array; partial: boolean[] } {
  const count = span.last - span.first + 1;
  const starts = new Float64Array(count + 1);
  for (let k = 0; k <= count; k++) starts[k] = ordinalStart(span.first + k, period);
  const partial: boolean[] = new Array<boolean>(count);
  for (let k = 0; k < count; k++) partial[k] = span.lastDay < starts[k + 1] - 1;
  return { starts: starts.subarray(0, count), partial };
}
