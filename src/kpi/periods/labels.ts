/**
 * A period's label in the user's language, for period headers: `اردیبهشت ۱۴۰۳`, `Ordibehesht 1403`, `يناير 2025`,
 * `янв. 2025`. Persian writes Persian digits; Arabic, English and Russian write ASCII digits, as the examples do.
 *
 * Gregorian month names are CLDR's (abbreviated in English and Russian, wide in Persian and Arabic). Solar Hijri month
 * names: English as CLDR and Iran's romanisation write them; Persian as CLDR; Arabic as Arabic writers transcribe the
 * Persian names (فروردين، أرديبهشت … إسفند, not CLDR's `فرفردن، أذربيهشت`); Russian as the Russian Wikipedia's
 * «Иранский календарь» (фарвардин … эсфанд; genitive after a day number: 5 фарвардина).
 */
import type { Language } from '../types';
import { civilFromDays, type Calendar, type Period } from './period';
import { jalaliFromDays } from './jalali';

const words = (text: string): readonly string[] => text.split(' ');

const GREGORIAN_MONTHS: Readonly<Record<Language, readonly string[]>> = {
  en: /* @__PURE__ */ words('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'),
  fa: /* @__PURE__ */ words('ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر'),
  ar: /* @__PURE__ */ words('يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'),
  ru: /* @__PURE__ */ words('янв. февр. март апр. май июнь июль авг. сент. окт. нояб. дек.'),
};
/** Russian Gregorian months after a day number (CLDR's format context): 5 мая 2025. */
const RUSSIAN_GREGORIAN_AFTER_DAY = /* @__PURE__ */ words('янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.');

const JALALI_MONTHS: Readonly<Record<Language, readonly string[]>> = {
  en: /* @__PURE__ */ words('Farvardin Ordibehesht Khordad Tir Mordad Shahrivar Mehr Aban Azar Dey Bahman Esfand'),
  fa: /* @__PURE__ */ words('فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند'),
  ar: /* @__PURE__ */ words('فروردين أرديبهشت خرداد تير مرداد شهريور مهر آبان آذر دي بهمن إسفند'),
  ru: /* @__PURE__ */ words('фарвардин ордибехешт хордад тир мордад шахривар мехр абан азар дей бахман эсфанд'),
};
const RUSSIAN_JALALI_AFTER_DAY = /* @__PURE__ */ words('фарвардина ордибехешта хордада тира мордада шахривара мехра абана азара дея бахмана эсфанда');

/** A quarter 1–4 and its year: Q1 2025, سه‌ماههٔ اول ۱۴۰۳, الربع الأول 2025, 1-й кв. 2025 (CLDR's quarter names). */
const QUARTER: Readonly<Record<Language, (quarter: number, year: string) => string>> = {
  en: (q, year) => `Q${q} ${year}`,
  fa: (q, year) => `سه‌ماههٔ ${['اول', 'دوم', 'سوم', 'چهارم'][q - 1]} ${year}`,
  ar: (q, year) => `الربع ${['الأول', 'الثاني', 'الثالث', 'الرابع'][q - 1]} ${year}`,
  ru: (q, year) => `${q}-й кв. ${year}`,
};

/** A whole number in the language's digits: Persian digits (۰–۹) for Persian, ASCII otherwise. */
function digits(value: number, language: Language): string {
  const text = String(value);
  return language === 'fa' ? text.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))) : text;
}

/**
 * The label of the period of `calendar` starting on day `startDay` (days since 1970-01-01), in `language`:
 * month → `month-name year`; quarter → `Q1 2025` and its translations; year → the year; day and week → `day month-name
 * year` of the (first) day. A week's label is its first day's, in any week start.
 */
export function periodLabel(startDay: number, period: Period, calendar: Calendar, language: Language): string {
  const date = calendar === 'persian' ? jalaliFromDays(startDay) : civilFromDays(startDay);
  const year = digits(date.year, language);
  const month = date.month - 1;
  const names = (calendar === 'persian' ? JALALI_MONTHS : GREGORIAN_MONTHS)[language];
  switch (period) {
    case 'year':
      return year;
    case 'quarter':
      return QUARTER[language](Math.floor(month / 3) + 1, year);
    case 'month':
      return `${names[month]} ${year}`;
    case 'day':
    case 'week': {
      const afterDay = language === 'ru' ? (calendar === 'persian' ? RUSSIAN_JALALI_AFTER_DAY : RUSSIAN_GREGORIAN_AFTER_DAY) : names;
      return `${digits(date.day, language)} ${afterDay[month]} ${year}`;
    }
  }
}
