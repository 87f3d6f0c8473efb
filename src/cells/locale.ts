/** What a spreadsheet locale (`ru_RU`, `fa_IR`, `en_US`) decides for the add-on: its language, decimal mark, calendar and first day of the week. */
import type { Calendar, PeriodCalendar, Weekday } from '../kpi/periods/period';
import type { Language } from '../kpi/types';

/** The product language for a locale (`fa_IR`, `ru`, `fa_IR.UTF-8`): fa, ar, ru, or English for every other, three-letter codes (`arn_CL`) included. */
export function languageOf(locale: string): Language {
  const code = /^([a-z]{2,3})(?=$|[_.@-])/i.exec(locale)?.[1].toLowerCase();
  return code === 'fa' || code === 'ar' || code === 'ru' ? code : 'en';
}

// Languages whose locales write 1,5 for one and a half (CLDR); the rest write 1.5.
const DECIMAL_COMMA = new Set(
  'az be bg bs ca cs da de el es et eu fi fo fr gl hr hu hy id is it ka kk ky lt lv mk mn nb nl nn no pl pt ro ru sk sl sq sr sv tr uk uz vi'.split(' '),
);
// Country locales that differ from their language's rule.
const DECIMAL_DOT_EXCEPTIONS = new Set(['es_MX', 'es_US', 'es_PR', 'de_CH', 'it_CH', 'fr_CH', 'pt_MO']);
const DECIMAL_COMMA_EXCEPTIONS = new Set(['en_ZA', 'en_BE', 'en_DK', 'en_SE', 'en_FI', 'en_NL', 'en_SI', 'en_AT', 'en_DE', 'en_CH']);

/** The decimal mark a spreadsheet locale uses when numbers are typed with ASCII digits. */
export function decimalMarkOf(locale: string): '.' | ',' {
  const normalized = locale.replace('-', '_');
  if (DECIMAL_DOT_EXCEPTIONS.has(normalized)) return '.';
  if (DECIMAL_COMMA_EXCEPTIONS.has(normalized)) return ',';
  return DECIMAL_COMMA.has(normalized.slice(0, 2).toLowerCase()) ? ',' : '.';
}

/** The calendar a spreadsheet locale reports periods in by default: Solar Hijri for Persian (fa_IR, fa_AF, fa), else Gregorian. */
export function calendarOf(locale: string): Calendar {
  return locale.slice(0, 2).toLowerCase() === 'fa' ? 'persian' : 'gregorian';
}

// The first day of the week by region, from CLDR's supplemental weekData (`firstDay`, CLDR 47 as ICU 78 ships it); every
// region not listed starts on Monday. Deprecated region codes are left out.
const SATURDAY_FIRST = new Set('AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));
const SUNDAY_FIRST = new Set(
  'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(' '),
);
const FRIDAY_FIRST = new Set(['MV']);
// The region a locale without one stands for (CLDR likely subtags) for the product's languages.
const LIKELY_REGION: Readonly<Record<string, string>> = { en: 'US', fa: 'IR', ar: 'EG', ru: 'RU' };

/** The ISO weekday (Monday = 1 … Sunday = 7) weeks start on in a locale's region: Saturday in fa_IR, Sunday in en_US and ar_SA, Monday in ru_RU and by default. */
export function firstDayOfWeek(locale: string): Weekday {
  const parts = locale.split(/[_-]/);
  const region = parts.slice(1).find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase() ?? LIKELY_REGION[parts[0].toLowerCase()] ?? '';
  if (SATURDAY_FIRST.has(region)) return 6;
  if (SUNDAY_FIRST.has(region)) return 7;
  if (FRIDAY_FIRST.has(region)) return 5;
  return 1;
}

/** How a locale counts periods: its default calendar (or `calendar` when given) and its first day of the week. */
export function periodCalendarOf(locale: string, calendar?: Calendar): PeriodCalendar {
  return { calendar: calendar ?? calendarOf(locale), weekStart: firstDayOfWeek(locale) };
}
