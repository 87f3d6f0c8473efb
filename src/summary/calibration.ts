/** The calibration end of the CLV tables (CLV_FORECAST, CLV_TRACKING): the user's date, or a default split of their dates (pure). */
import { kpiById } from '../kpi/catalog';
import { civilFromDays, daysFromCivil } from '../kpi/periods/period';
import { bind } from './bindings';
import type { RangeFacts } from './facts';
import { daySpan } from './period-columns';

/**
 * The default split of dates from day `first` to day `last`: the last day of the (Gregorian) month holding the day two
 * thirds of the way from first to last, or that day itself when the month's end is not before `last`; undefined when no
 * day lies strictly between them.
 */
export function defaultCalibrationEnd(first: number, last: number): number | undefined {
  if (!(last - first >= 2)) return undefined;
  const split = first + Math.floor((2 * (last - first)) / 3);
  const { year, month } = civilFromDays(split);
  const monthEnd = (month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1)) - 1;
  return monthEnd < last ? monthEnd : split;
}

/** The days the CLV tables read: the first and last date (local days in `timeZone`) of the date column of the first table that feeds CLV_FORECAST. */
export function clvDays(ranges: readonly RangeFacts[], timeZone: string): { first: number; last: number; split?: number } | undefined {
  const binding = bind(kpiById('CLV_FORECAST')!, ranges);
  const span = daySpan([Array.isArray(binding) ? binding[1]?.column : undefined], timeZone);
  return span && { ...span, split: defaultCalibrationEnd(span.first, span.last) };
}
