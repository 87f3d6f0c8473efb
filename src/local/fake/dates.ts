/**
 * Spreadsheet date serials (days since 1899-12-30, the fraction is the time of day) and JS Dates,
 * interpreted in the spreadsheet's time zone as Apps Script does.
 */

import { timeZoneOffset } from '../../cells/dates';
import { isDate } from '../../cells/read';

export { isDate };

const MS_PER_DAY = 86_400_000;

/** An Error from any realm. */
export function isErrorLike(value: unknown): value is Error {
  return Object.prototype.toString.call(value) === '[object Error]' || (typeof value === 'object' && value !== null && value instanceof Error);
}

const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Wall-clock ms (as if UTC) → the instant it denotes in `timeZone`. */
export function wallClockToInstant(wallMs: number, timeZone: string): number {
  let instant = wallMs - timeZoneOffset(wallMs, timeZone);
  instant = wallMs - timeZoneOffset(instant, timeZone);
  return instant;
}

/** Serial (days since 1899-12-30 in the sheet's time zone) → Date. */
export function serialToDate(serial: number, timeZone: string, DateClass: DateConstructor = Date): Date {
  const wall = EPOCH_UTC + Math.round(serial * MS_PER_DAY);
  return new DateClass(wallClockToInstant(wall, timeZone));
}

/** Date → serial in the sheet's time zone. */
export function dateToSerial(date: Date, timeZone: string): number {
  const ms = date.getTime();
  const wall = ms + timeZoneOffset(ms, timeZone);
  return (wall - EPOCH_UTC) / MS_PER_DAY;
}

/** Serial of a calendar date/time given as wall-clock parts (month 1-12). */
export function partsToSerial(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number {
  return (Date.UTC(year, month - 1, day, hours, minutes, seconds) - EPOCH_UTC) / MS_PER_DAY;
}

/** Wall-clock parts of a serial (no time zone involved: a serial is already wall-clock). */
export function serialToParts(serial: number): {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  milliseconds: number;
  weekday: number;
} {
  const d = new Date(EPOCH_UTC + Math.round(serial * MS_PER_DAY));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hours: d.getUTCHours(),
    minutes: d.getUTCMinutes(),
    seconds: d.getUTCSeconds(),
    milliseconds: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** Serial from a Date that ExcelJS produced (it encodes serials as UTC instants). */
export function utcDateToSerial(date: Date): number {
  return (date.getTime() - EPOCH_UTC) / MS_PER_DAY;
}
