/** Period labels in four languages and two calendars: the examples, and month names checked against ICU's CLDR data. */
import { describe, expect, it } from 'vitest';
import { daysFromJalali } from '../../../src/kpi/periods/jalali';
import { periodLabel } from '../../../src/kpi/periods/labels';
import { daysFromCivil } from '../../../src/kpi/periods/period';
import { LANGUAGES, type Language } from '../../../src/kpi/types';

const D = daysFromCivil;
const J = daysFromJalali;

/** ICU's name of the month holding a UTC day, in a locale and with format options, read from formatToParts. */
function icuMonth(locale: string, options: Intl.DateTimeFormatOptions, day: number): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).formatToParts(day * 86_400_000).find((part) => part.type === 'month')!.value;
}

describe('periodLabel', () => {
  it('writes the issue’s examples', () => {
    expect(periodLabel(J(1403, 2, 1), 'month', 'persian', 'fa')).toBe('اردیبهشت ۱۴۰۳');
    expect(periodLabel(J(1403, 1, 1), 'month', 'persian', 'fa')).toBe('فروردین ۱۴۰۳');
    expect(periodLabel(J(1403, 2, 1), 'month', 'persian', 'en')).toBe('Ordibehesht 1403');
    expect(periodLabel(D(2025, 1, 1), 'month', 'gregorian', 'ar')).toBe('يناير 2025');
    expect(periodLabel(D(2025, 1, 1), 'month', 'gregorian', 'ru')).toBe('янв. 2025');
    expect(periodLabel(D(2025, 1, 1), 'month', 'gregorian', 'en')).toBe('Jan 2025');
    expect(periodLabel(D(2025, 1, 1), 'month', 'gregorian', 'fa')).toBe('ژانویه ۲۰۲۵');
  });

  it('names Solar Hijri months in Arabic and Russian transliteration', () => {
    const month = (m: number, language: Language): string => periodLabel(J(1404, m, 1), 'month', 'persian', language);
    expect([1, 2, 6, 12].map((m) => month(m, 'ar'))).toEqual(['فروردين 1404', 'أرديبهشت 1404', 'شهريور 1404', 'إسفند 1404']);
    expect([1, 2, 6, 12].map((m) => month(m, 'ru'))).toEqual(['фарвардин 1404', 'ордибехешт 1404', 'шахривар 1404', 'эсфанд 1404']);
  });

  it('quarters, years, days and weeks', () => {
    expect(LANGUAGES.map((language) => periodLabel(J(1403, 4, 1), 'quarter', 'persian', language))).toEqual(['Q2 1403', 'سه‌ماههٔ دوم ۱۴۰۳', 'الربع الثاني 1403', '2-й кв. 1403']);
    expect(LANGUAGES.map((language) => periodLabel(D(2025, 10, 1), 'quarter', 'gregorian', language))).toEqual(['Q4 2025', 'سه‌ماههٔ چهارم ۲۰۲۵', 'الربع الرابع 2025', '4-й кв. 2025']);
    expect(LANGUAGES.map((language) => periodLabel(J(1404, 1, 1), 'year', 'persian', language))).toEqual(['1404', '۱۴۰۴', '1404', '1404']);
    expect(periodLabel(D(2025, 3, 21), 'year', 'gregorian', 'fa')).toBe('۲۰۲۵');
    expect(LANGUAGES.map((language) => periodLabel(J(1404, 1, 15), 'day', 'persian', language))).toEqual(['15 Farvardin 1404', '۱۵ فروردین ۱۴۰۴', '15 فروردين 1404', '15 фарвардина 1404']);
    expect(LANGUAGES.map((language) => periodLabel(D(2025, 5, 5), 'week', 'gregorian', language))).toEqual(['5 May 2025', '۵ مه ۲۰۲۵', '5 مايو 2025', '5 мая 2025']);
  });

  it('uses CLDR’s month names where CLDR has the ones people write', () => {
    for (let m = 1; m <= 12; m++) {
      const gregorian = D(2025, m, 5);
      const jalali = J(1404, m, 5);
      const name = (day: number, calendar: 'gregorian' | 'persian', language: Language): string => periodLabel(day, 'month', calendar, language).replace(/ \S+$/, '');
      expect(name(jalali, 'persian', 'en')).toBe(icuMonth('en-u-ca-persian', { month: 'long' }, jalali));
      expect(name(jalali, 'persian', 'fa')).toBe(icuMonth('fa-u-ca-persian', { month: 'long' }, jalali));
      expect(name(gregorian, 'gregorian', 'en')).toBe(icuMonth('en', { month: 'short' }, gregorian));
      expect(name(gregorian, 'gregorian', 'fa')).toBe(icuMonth('fa-u-ca-gregory', { month: 'long' }, gregorian));
      expect(name(gregorian, 'gregorian', 'ar')).toBe(icuMonth('ar', { month: 'long' }, gregorian));
      expect(name(gregorian, 'gregorian', 'ru')).toBe(icuMonth('ru', { month: 'short' }, gregorian));
      expect(periodLabel(gregorian, 'day', 'gregorian', 'ru')).toBe(`5 ${icuMonth('ru', { day: 'numeric', month: 'short' }, gregorian)} 2025`);
    }
  });

  it('labels the period a start opens, in both calendars', () => {
    // 2025-03-20 is 30 Esfand 1403 and the last day of Q1 2025's March; 2025-03-21 is Nowruz 1404.
    expect(periodLabel(D(2025, 3, 20), 'month', 'persian', 'en')).toBe('Esfand 1403');
    expect(periodLabel(D(2025, 3, 21), 'month', 'persian', 'en')).toBe('Farvardin 1404');
    expect(periodLabel(D(2025, 3, 21), 'month', 'gregorian', 'en')).toBe('Mar 2025');
    expect(periodLabel(D(2025, 3, 21), 'quarter', 'persian', 'en')).toBe('Q1 1404');
  });
});
