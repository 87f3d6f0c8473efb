/**
 * Reading a date typed as text, the way the spreadsheet's locale writes it, as a local day number (days since
 * 1970-01-01, the convention of `dates.ts`), with ASCII, Persian (۰–۹) or Arabic-Indic (٠–٩) digits:
 *
 * - year first, in every locale: `2023-01-15`, `2023-1-5`, `2023/01/15`, `2023.01.15` (one separator, used twice);
 * - year and month, in every locale: `2023-01`, `2023/01` (the 1st of that month; not `2023.01`, which is a number);
 * - day first, `15.01.2023`, `15/01/2023`, `15-01-2023`, where the locale writes the day first (`dayFirst` below:
 *   Russian, German, French, Arabic, British English, …); month first, `01/15/2023`, in en_US and the locales that
 *   write the month first; nowhere else, since `05/01/2023` cannot be read one way without knowing the order
 *   (Persian, Chinese, Japanese, Swedish, en_CA … write the year first, and so read only that form).
 *
 * - Solar Hijri (Jalali) dates, year first with a year 1300–1499 (`۱۴۰۲/۰۱/۱۵`, `1402/1/15`, `1402-01-15`, `1402/01`), in a
 *   Persian spreadsheet (fa_IR) or when the call's calendar is Persian; elsewhere these years stay text.
 *
 * Not a date: a two-digit year, a Gregorian year outside 1583–2999 (the lunar Hijri years 14xx stay text), an impossible
 * day (`2023-02-30`, `13/13/2023`; `1402/13/01` and `1404/12/30` are IMPOSSIBLE_DATE where Jalali dates are read), a time part.
 * Bidirectional marks (U+200E, U+200F, U+061C) that Arabic and Persian text carries are ignored, and so are spaces around.
 */
import { daysFromJalali, isJalaliDate } from '../kpi/periods/jalali';
import { daysFromCivil, type Calendar } from '../kpi/periods/period';
import { calendarOf } from './locale';
import { digitOf, isBidiMark, isGroupSpace } from './number-text';

/** Text that is not a date in this locale. */
export const NOT_A_DATE = null;
/** Text written as a Solar Hijri date where those are read, naming a day the calendar does not have (`1402/13/01`, `1404/12/30`). */
export const IMPOSSIBLE_DATE = 'impossible';

/** The order of day, month and year in a locale's numeric dates, when it is not year first. */
export type DateOrder = 'day-first' | 'month-first' | 'year-first';

// Languages whose locales write numeric dates day first (CLDR short date patterns: dd.MM.y, dd/MM/y, d/M/y).
const DAY_FIRST = new Set(
  'ar az be bg bs ca cs cy da de el en es et eu fi fo fr ga gl he hi hr hy id is it iw ka kk ky lv mk ms mt nb nl nn no pl pt ro ru sk sl sq sr tr uk ur uz vi'.split(' '),
);
// Country locales that write the month first (M/d/y).
const MONTH_FIRST = new Set(['en', 'en_US', 'en_PH', 'fil_PH', 'en_PR', 'en_AS', 'en_GU', 'en_MP', 'en_UM', 'en_VI']);
// Country locales of day-first languages that write the year first (y-MM-dd, y/MM/dd) or where both other orders are common.
const YEAR_FIRST = new Set(['en_CA', 'fr_CA', 'en_ZA', 'es_US']);

const orders = new Map<string, DateOrder>();

/** How a spreadsheet locale (`ru_RU`, `en_US`, `fa_IR`) orders day and month in numeric dates. */
export function dateOrderOf(locale: string): DateOrder {
  let order = orders.get(locale);
  if (order === undefined) {
    const normalized = locale.replace('-', '_');
    if (MONTH_FIRST.has(normalized)) order = 'month-first';
    else if (YEAR_FIRST.has(normalized)) order = 'year-first';
    else order = DAY_FIRST.has(normalized.split('_')[0].toLowerCase()) ? 'day-first' : 'year-first';
    orders.set(locale, order);
  }
  return order;
}

const FIRST_YEAR = 1583;
const LAST_YEAR = 2999;
const isSpace = (code: number): boolean => code === 32 || code === 9 || isGroupSpace(code);

/** Days in a month of a Gregorian year. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of year-month-day when it is a real date in the years read; NOT_A_DATE otherwise. */
function dayOf(year: number, month: number, day: number): number | typeof NOT_A_DATE {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NOT_A_DATE;
  return daysFromCivil(year, month, day);
}

const FIRST_JALALI_YEAR = 1300;
const LAST_JALALI_YEAR = 1499;

/** The day number of a Solar Hijri year-month-day, or IMPOSSIBLE_DATE when the calendar has no such day. */
function jalaliDayOf(year: number, month: number, day: number): number | typeof IMPOSSIBLE_DATE {
  return isJalaliDate(year, month, day) ? daysFromJalali(year, month, day) : IMPOSSIBLE_DATE;
}

/** Whether a year-first date with this year is read as a Solar Hijri one: years 1300–1499 in a Persian locale or calendar. */
function isJalaliYear(year: number, locale: string, calendar: Calendar | undefined): boolean {
  return year >= FIRST_JALALI_YEAR && year <= LAST_JALALI_YEAR && (calendar === 'persian' || calendarOf(locale) === 'persian');
}

/**
 * The local day number of text that is plainly a date in `locale` (see the module comment for the forms read):
 * `2023-01-15` → 19372, `۲۰۲۳/۰۱/۱۵` → 19372, `15.01.2023` in ru_RU → 19372, `2023-01` → 19358; NOT_A_DATE otherwise,
 * and for an impossible Solar Hijri date. `calendar` is the call's calendar argument: 'persian' reads Jalali dates in any locale.
 */
export function readDateText(text: string, locale: string, calendar?: Calendar): number | typeof NOT_A_DATE {
  const day = parseDateText(text, locale, calendar);
  return day === IMPOSSIBLE_DATE ? NOT_A_DATE : day;
}

/** `readDateText`, telling an impossible Solar Hijri date (IMPOSSIBLE_DATE) from text that is not a date (NOT_A_DATE). */
export function parseDateText(text: string, locale: string, calendar?: Calendar): number | typeof NOT_A_DATE | typeof IMPOSSIBLE_DATE {
  const n = text.length;
  let i = 0;
  while (i < n && (isSpace(text.charCodeAt(i)) || isBidiMark(text.charCodeAt(i)))) i++;
  // The common case of a label or an id: not starting with a digit, so not a date.
  if (i === n || digitOf(text.charCodeAt(i)) < 0) return NOT_A_DATE;
  const values = [0, 0, 0];
  const lengths = [0, 0, 0];
  let groups = 1;
  let separator = '';
  let end = n;
  while (end > i && (isSpace(text.charCodeAt(end - 1)) || isBidiMark(text.charCodeAt(end - 1)))) end--;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isBidiMark(code)) continue;
    const digit = digitOf(code);
    if (digit >= 0) {
      const g = groups - 1;
      if (++lengths[g] > 4) return NOT_A_DATE;
      values[g] = values[g] * 10 + digit;
      continue;
    }
    const mark = text[i];
    if ((mark !== '-' && mark !== '/' && mark !== '.') || (separator !== '' && mark !== separator) || groups === 3 || lengths[groups - 1] === 0) return NOT_A_DATE;
    separator = mark;
    groups++;
  }
  if (groups < 2 || lengths[groups - 1] === 0) return NOT_A_DATE;
  const [a, b, c] = values;
  const [lengthA, lengthB, lengthC] = lengths;
  if (groups === 2) {
    // Year and month: 2023-01, 2023/1; 2023.01 is a number.
    if (separator === '.' || lengthA !== 4 || lengthB > 2) return NOT_A_DATE;
    return isJalaliYear(a, locale, calendar) ? jalaliDayOf(a, b, 1) : dayOf(a, b, 1);
  }
  if (lengthA === 4) {
    if (lengthB > 2 || lengthC > 2) return NOT_A_DATE;
    return isJalaliYear(a, locale, calendar) ? jalaliDayOf(a, b, c) : dayOf(a, b, c);
  }
  if (lengthC !== 4 || lengthA > 2 || lengthB > 2) return NOT_A_DATE;
  const order = dateOrderOf(locale);
  if (order === 'day-first') return dayOf(c, b, a);
  if (order === 'month-first') return dayOf(c, a, b);
  return NOT_A_DATE;
}
