/**
 * The Solar Hijri (Jalali, Persian) calendar on day numbers (days since 1970-01-01), with no Date objects.
 *
 * A year starts on 1 Farvardin (Nowruz); months 1–6 have 31 days, 7–11 have 30, Esfand (12) 29, or 30 in a leap year.
 * Leap years follow the 33-year arithmetic rule: year y is leap when (25y + 11) mod 33 < 8, eight leap years and
 * 12 053 days per 33 years, so 1 Farvardin of year y is day 365(y − 1) + ⌊(8y + 21) ÷ 33⌋ − 492 268. Over AP 1279–1479
 * (1900–2100) this is the calendar of ICU's `persian` (Node 20, ICU 78) and of Iran's official, astronomical, calendar;
 * test/kpi/periods/jalali.test.ts checks every day 1925–2075 against ICU and the Nowruz dates Iran published.
 */

/** The constant that puts 1 Farvardin 1403 on 2024-03-20 (day 19 802). */
const EPOCH = -492_268;
/** Days in 33 Solar Hijri years. */
const CYCLE_DAYS = 12_053;

/** The day number of 1 Farvardin (Nowruz) of `year`: 365(year − 1) + ⌊(8·year + 21) ÷ 33⌋ + EPOCH. */
export function jalaliYearStart(year: number): number {
  return 365 * (year - 1) + Math.floor((8 * year + 21) / 33) + EPOCH;
}

/** Whether `year` has 366 days (30 Esfand): (25·year + 11) mod 33 < 8. */
export function isJalaliLeapYear(year: number): boolean {
  return (((25 * year + 11) % 33) + 33) % 33 < 8;
}

/** The Solar Hijri year holding `day`: the year whose Nowruz is the last one on or before it. */
export function jalaliYearOf(day: number): number {
  let year = Math.floor(((day - EPOCH) * 33) / CYCLE_DAYS) + 1;
  // The estimate is within one year of the answer.
  if (day < jalaliYearStart(year)) year--;
  else if (day >= jalaliYearStart(year + 1)) year++;
  return year;
}

/** Days from Nowruz to the 1st of `month` (1–12): 31(month − 1) for Farvardin–Shahrivar, 30(month − 1) + 6 after. */
function monthOffset(month: number): number {
  return month <= 6 ? 31 * (month - 1) : 30 * (month - 1) + 6;
}

/** The month 1–12 of the day `dayOfYear` days after Nowruz (0-based). */
function monthOfDayOfYear(dayOfYear: number): number {
  return dayOfYear < 186 ? Math.floor(dayOfYear / 31) + 1 : Math.floor((dayOfYear - 6) / 30) + 1;
}

/** Days in a Solar Hijri month: 31, 30, or 29/30 for Esfand. */
export function jalaliMonthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isJalaliLeapYear(year) ? 30 : 29;
}

/** Day number of a Solar Hijri date, month 1…12 (not checked: `isJalaliDate` says whether the date exists). */
export function daysFromJalali(year: number, month: number, day: number): number {
  return jalaliYearStart(year) + monthOffset(month) + day - 1;
}

/** Whether year/month/day is a day of the Solar Hijri calendar (`1404/12/30` is not: 1404 is not leap). */
export function isJalaliDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= jalaliMonthLength(year, month);
}

/** Months since Farvardin of year 0: year × 12 + month − 1 (no allocation, one or two Nowruz computed: the hot loops' month ordinal). */
export function jalaliMonthOrdinal(day: number): number {
  let year = Math.floor(((day - EPOCH) * 33) / CYCLE_DAYS) + 1;
  let dayOfYear = day - jalaliYearStart(year);
  if (dayOfYear < 0) {
    year--;
    dayOfYear = day - jalaliYearStart(year);
  } else if (dayOfYear >= 365 && dayOfYear >= (isJalaliLeapYear(year) ? 366 : 365)) {
    year++;
    dayOfYear = day - jalaliYearStart(year);
  }
  return year * 12 + monthOfDayOfYear(dayOfYear) - 1;
}

/** The first day of the month with this ordinal (inverse of `jalaliMonthOrdinal`). */
export function jalaliMonthStart(monthOrdinal: number): number {
  const year = Math.floor(monthOrdinal / 12);
  return jalaliYearStart(year) + monthOffset(monthOrdinal - year * 12 + 1);
}

/** The Solar Hijri date of a day number: year, month 1…12, day of month 1…31 (allocates; not for hot loops). */
export function jalaliFromDays(day: number): { year: number; month: number; day: number } {
  const year = jalaliYearOf(day);
  const dayOfYear = day - jalaliYearStart(year);
  const month = monthOfDayOfYear(dayOfYear);
  return { year, month, day: dayOfYear - monthOffset(month) + 1 };
}
