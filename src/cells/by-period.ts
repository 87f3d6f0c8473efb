/** KPI_BY_PERIOD at the cell boundary: a KPI over all rows of a table and over the rows of each period, as one row that spills. */
import { BY_PERIOD_INPUTS } from '../kpi/by-period';
import { kpiById } from '../kpi/catalog';
import { nextPeriodStart, periodStart, type Calendar, type Period } from '../kpi/periods';
import type { Kpi } from '../kpi/types';
import { calendarOf } from './locale';
import { ArgumentReader, blockOf, showValue, type Block, type CallContext, type Cell } from './read';

/** Where KPI_BY_PERIOD's calendar argument sits: after the KPI, dates, period, period starts and the inputs. */
const CALENDAR_INDEX = 4 + BY_PERIOD_INPUTS;

/** One KPI evaluated on raw arguments (the cell boundary's `evaluate`, passed in to keep the modules acyclic). */
export type EvaluateOne = (entry: Kpi, raw: readonly Cell[], context: CallContext) => unknown;

/** A KPI KPI_BY_PERIOD may compute: a function of summed or listed columns that returns one number. */
function rowKpi(id: string): Kpi | undefined {
  const entry = kpiById(id.trim().toUpperCase());
  return entry?.compute && entry.unit !== 'table' && entry.params.every((param) => ['money', 'count', 'number', 'fraction', 'list', 'option'].includes(param.kind)) ? entry : undefined;
}

/** The same call context for another function name (its locale and time zone are still read lazily). */
function contextFor(fn: string, context: CallContext): CallContext {
  return {
    fn,
    get locale() {
      return context.locale;
    },
    get timeZone() {
      return context.timeZone;
    },
  };
}

/** Index of the period holding `day` among ascending period starts, or −1 (before the first, after the last, or a blank day). */
function periodIndex(day: number, starts: Float64Array, ends: Float64Array): number {
  if (Number.isNaN(day)) return -1;
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle] <= day) low = middle + 1;
    else high = middle - 1;
  }
  return high >= 0 && day < ends[high] ? high : -1;
}

/**
 * The calendar of the periods when the argument is blank: the one in which every start opens a month, quarter or year
 * (a Gregorian month starts on the 1st, a Solar Hijri one between the 19th and the 23rd, so the starts tell them
 * apart); the locale's when both or neither do, and for days and weeks, which no calendar changes.
 */
function calendarOfStarts(starts: Float64Array, period: Period, locale: string): Calendar {
  if (period === 'day' || period === 'week' || starts.length === 0) return calendarOf(locale);
  const opens = (calendar: Calendar): boolean => starts.every((start) => periodStart(start, period, { calendar, weekStart: 1 }) === start);
  const gregorian = opens('gregorian');
  return gregorian === opens('persian') ? calendarOf(locale) : gregorian ? 'gregorian' : 'persian';
}

/**
 * [value over all rows, value over each period's rows …]; a period without rows, or whose value cannot be computed, is ''.
 * A period runs from its start to the next period's start in the calendar argument (blank: `calendarOfStarts`); a week
 * is the seven days from its start, whatever the weekday.
 */
export function evaluateByPeriod(self: Kpi, raw: readonly Cell[], context: CallContext, evaluateOne: EvaluateOne): (number | string)[][] {
  const reader = (index: number): ArgumentReader => new ArgumentReader(context, self.params[index], raw[index]);
  const idCell = blockOf(raw[0])[0]?.[0];
  const inner = typeof idCell === 'string' ? rowKpi(idCell) : undefined;
  if (!inner) reader(0).fail('bad_option', { value: showValue(idCell ?? ''), choices: ['CAC', 'CPL', 'CONVERSION_RATE', 'NPS', '…'] });
  const calendarCell = raw[CALENDAR_INDEX];
  const chosen = calendarCell === undefined || calendarCell === '' || calendarCell === null ? undefined : (reader(CALENDAR_INDEX).option() as Calendar);
  const days = reader(1).days(chosen);
  const period = reader(2).option() as Period;
  const starts = reader(3).days(chosen).filter((day) => !Number.isNaN(day));
  for (let i = 1; i < starts.length; i++) if (starts[i] <= starts[i - 1]) reader(3).fail('not_ascending', {}, 0, i);
  const calendar = { calendar: chosen ?? calendarOfStarts(starts, period, context.locale), weekStart: 1 } as const;
  const ends = starts.map((start) => (period === 'week' ? start + 7 : nextPeriodStart(start, period, calendar)));

  const inputs = raw.slice(4, 4 + BY_PERIOD_INPUTS);
  const rowsOf: number[][] = Array.from({ length: starts.length }, () => []);
  for (let r = 0; r < days.length; r++) {
    const i = periodIndex(days[r], starts, ends);
    if (i >= 0) rowsOf[i].push(r);
  }
  inputs.forEach((input, j) => {
    if (Array.isArray(input) && input.length !== days.length) reader(4 + j).fail('lengths_differ', { other: 'dates' });
  });

  const innerContext = contextFor(inner!.id, context);
  const total = evaluateOne(inner!, inputs, innerContext) as number;
  const values = rowsOf.map((rows): number | string => {
    if (rows.length === 0) return '';
    const narrowed = inputs.map((input) => (Array.isArray(input) ? rows.map((r) => (input as Block)[r]) : input));
    try {
      return evaluateOne(inner!, narrowed, innerContext) as number;
    } catch {
      return '';
    }
  });
  return [[total, ...values]];
}
