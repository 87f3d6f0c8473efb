import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOrderOf, IMPOSSIBLE_DATE, NOT_A_DATE, parseDateText, readDateText } from '../../src/cells/date-text';
import { daysFromJalali } from '../../src/kpi/periods/jalali';
import { civilFromDays, daysFromCivil } from '../../src/kpi/periods/period';

const D = daysFromCivil;
const FIRST = D(1900, 1, 1);
const LAST = D(2100, 12, 31);
const anyDay = fc.integer({ min: FIRST, max: LAST });

const pad = (n: number): string => String(n).padStart(2, '0');
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const DIGIT_SETS: readonly [string, (text: string) => string][] = [
  ['ASCII', (text) => text],
  ['Persian', (text) => text.replace(/\d/g, (d) => PERSIAN[Number(d)])],
  ['Arabic-Indic', (text) => text.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)])],
];

type Civil = { year: number; month: number; day: number };
/** The forms every locale reads: year first. */
const YEAR_FIRST_FORMS: readonly ((c: Civil) => string)[] = [
  (c) => `${c.year}-${pad(c.month)}-${pad(c.day)}`,
  (c) => `${c.year}-${c.month}-${c.day}`,
  (c) => `${c.year}/${pad(c.month)}/${pad(c.day)}`,
  (c) => `${c.year}/${c.month}/${c.day}`,
  (c) => `${c.year}.${pad(c.month)}.${pad(c.day)}`,
];
const DAY_FIRST_FORMS: readonly ((c: Civil) => string)[] = [
  (c) => `${pad(c.day)}.${pad(c.month)}.${c.year}`,
  (c) => `${c.day}.${c.month}.${c.year}`,
  (c) => `${pad(c.day)}/${pad(c.month)}/${c.year}`,
  (c) => `${c.day}-${c.month}-${c.year}`,
];
const MONTH_FIRST_FORMS: readonly ((c: Civil) => string)[] = [(c) => `${pad(c.month)}/${pad(c.day)}/${c.year}`, (c) => `${c.month}/${c.day}/${c.year}`, (c) => `${c.month}-${c.day}-${c.year}`];

const DAY_FIRST_LOCALES = ['ru_RU', 'de_DE', 'fr_FR', 'en_GB', 'ar_EG', 'ar_SA', 'tr_TR', 'es_ES'];
const MONTH_FIRST_LOCALES = ['en_US'];
const YEAR_FIRST_LOCALES = ['fa_IR', 'ja_JP', 'zh_CN', 'en_CA', 'sv_SE'];
const ALL = [...DAY_FIRST_LOCALES, ...MONTH_FIRST_LOCALES, ...YEAR_FIRST_LOCALES];

describe('readDateText: worked examples', () => {
  it('reads ISO dates, year-month and the locale order, with any digit set', () => {
    expect(readDateText('2023-01-15', 'en_US')).toBe(19372);
    expect(readDateText('2023-1-5', 'en_US')).toBe(D(2023, 1, 5));
    expect(readDateText('2023/01/15', 'fa_IR')).toBe(19372);
    expect(readDateText('۲۰۲۳/۰۱/۱۵', 'fa_IR')).toBe(19372);
    expect(readDateText('٢٠٢٣-٠١-١٥', 'ar_EG')).toBe(19372);
    expect(readDateText('2023-01', 'en_US')).toBe(19358);
    expect(readDateText('۲۰۲۳/۰۲', 'fa_IR')).toBe(D(2023, 2, 1));
    expect(readDateText('15.01.2023', 'ru_RU')).toBe(19372);
    expect(readDateText('05/01/2023', 'en_GB')).toBe(D(2023, 1, 5));
    expect(readDateText('05/01/2023', 'en_US')).toBe(D(2023, 5, 1));
    expect(readDateText('01/15/2023', 'en_US')).toBe(19372);
    expect(readDateText('١٥/١/٢٠٢٣', 'ar_SA')).toBe(19372);
    expect(readDateText('  2023-01-15 ', 'en_US')).toBe(19372);
    // Arabic text carries right-to-left marks around the separators.
    expect(readDateText('١٥\u200f/١\u200f/٢٠٢٣', 'ar_EG')).toBe(19372);
    expect(readDateText('2024-02-29', 'en_US')).toBe(D(2024, 2, 29));
  });

  it('leaves impossible, ambiguous and other calendars’ dates as text', () => {
    for (const text of ['2023-02-30', '2023-13-01', '2023-00-10', '2023-01-00', '1900-02-29', '2023-01-32', '2023-1-5-1']) expect(readDateText(text, 'en_US'), text).toBe(NOT_A_DATE);
    expect(readDateText('13/13/2023', 'en_GB')).toBe(NOT_A_DATE);
    expect(readDateText('13/13/2023', 'en_US')).toBe(NOT_A_DATE);
    expect(readDateText('15/01/2023', 'en_US')).toBe(NOT_A_DATE);
    expect(readDateText('01/15/2023', 'ru_RU')).toBe(NOT_A_DATE);
    // Day or month first cannot be told apart where the locale writes the year first.
    expect(readDateText('05/01/2023', 'fa_IR')).toBe(NOT_A_DATE);
    expect(readDateText('15/01/2023', 'en_CA')).toBe(NOT_A_DATE);
    // Solar Hijri (Jalali) years are not read as Gregorian ones outside a Persian locale or calendar; lunar Hijri ones nowhere.
    expect(readDateText('۱۴۰۲/۰۱/۱۵', 'en_US')).toBe(NOT_A_DATE);
    expect(readDateText('1402-01-15', 'ru_RU')).toBe(NOT_A_DATE);
    expect(readDateText('١٥/٠٩/١٤٤٤', 'ar_SA')).toBe(NOT_A_DATE);
    expect(readDateText('١٤٤٤/٠٩/١٥', 'ar_SA')).toBe(NOT_A_DATE);
    for (const text of ['2023.01', '2023-2024', '2023/24', '15.01.23', '1/15/23', '2023', '20230115', '2023-01-15 10:30', '2023-01-15T10:30', '2023-01/15', '2023--01', '-2023-01-15', 'Jan 2023', 'C-2023-01', '', '   ', '555-1234', '01-02-5678']) {
      expect(readDateText(text, 'en_US'), text).toBe(NOT_A_DATE);
      expect(readDateText(text, 'ru_RU'), text).toBe(NOT_A_DATE);
    }
  });

  it('orders day and month per locale', () => {
    expect(DAY_FIRST_LOCALES.map(dateOrderOf)).toEqual(DAY_FIRST_LOCALES.map(() => 'day-first'));
    expect(dateOrderOf('en_US')).toBe('month-first');
    expect(dateOrderOf('en-US')).toBe('month-first');
    expect(YEAR_FIRST_LOCALES.map(dateOrderOf)).toEqual(YEAR_FIRST_LOCALES.map(() => 'year-first'));
  });
});

describe('readDateText: Solar Hijri dates in a Persian locale or calendar', () => {
  it('reads the forms Persian users type, in any digits, years 1300–1499', () => {
    const day = D(2023, 4, 4); // 15 Farvardin 1402
    for (const text of ['۱۴۰۲/۰۱/۱۵', '1402/1/15', '1402-01-15', '1402.01.15', '١٤٠٢/١/١٥', ' ۱۴۰۲/۰۱/۱۵\u200f ']) {
      expect(readDateText(text, 'fa_IR'), text).toBe(day);
      expect(readDateText(text, 'fa'), text).toBe(day);
      expect(readDateText(text, 'en_US', 'persian'), text).toBe(day);
      expect(readDateText(text, 'ru_RU', 'persian'), text).toBe(day);
      expect(readDateText(text, 'en_US'), text).toBe(NOT_A_DATE);
      expect(readDateText(text, 'en_US', 'gregorian'), text).toBe(NOT_A_DATE);
    }
    expect(readDateText('1402/01', 'fa_IR')).toBe(D(2023, 3, 21)); // a year and month: 1 Farvardin
    expect(readDateText('۱۴۰۳/۱۲/۳۰', 'fa_IR')).toBe(D(2025, 3, 20));
    expect(readDateText('1300/01/01', 'fa_IR')).toBe(daysFromJalali(1300, 1, 1));
    expect(readDateText('1499/12/29', 'fa_IR')).toBe(daysFromJalali(1499, 12, 29));
    // Gregorian dates still read in a Persian sheet; other years are neither calendar's.
    expect(readDateText('۲۰۲۳/۰۴/۰۴', 'fa_IR')).toBe(day);
    expect(readDateText('1299/12/29', 'fa_IR')).toBe(NOT_A_DATE);
    expect(readDateText('1500/01/01', 'fa_IR')).toBe(NOT_A_DATE);
    // Year first only: the day-first order is not a Persian way to write a date.
    expect(readDateText('15/01/1402', 'fa_IR')).toBe(NOT_A_DATE);
    expect(readDateText('15.01.1402', 'ru_RU', 'persian')).toBe(NOT_A_DATE);
  });

  it('tells an impossible Solar Hijri date from text that is not a date', () => {
    for (const text of ['1402/13/01', '۱۴۰۴/۱۲/۳۰', '1402/07/31', '1402/00/10', '1402/01/00', '1402/13']) {
      expect(parseDateText(text, 'fa_IR'), text).toBe(IMPOSSIBLE_DATE);
      expect(parseDateText(text, 'en_US', 'persian'), text).toBe(IMPOSSIBLE_DATE);
      expect(readDateText(text, 'fa_IR'), text).toBe(NOT_A_DATE);
      expect(parseDateText(text, 'en_US'), text).toBe(NOT_A_DATE);
    }
    expect(parseDateText('1402/06/31', 'fa_IR')).toBe(daysFromJalali(1402, 6, 31));
    expect(parseDateText('2023-02-30', 'fa_IR')).toBe(NOT_A_DATE);
  });
});

describe('readDateText: every day 1900–2100 reads back', () => {
  it('in the year-first forms and as a year-month, in every locale and digit set', () => {
    fc.assert(
      fc.property(anyDay, fc.constantFrom(...ALL), fc.constantFrom(...DIGIT_SETS), (day, locale, [, digits]) => {
        const civil = civilFromDays(day);
        for (const form of YEAR_FIRST_FORMS) expect(readDateText(digits(form(civil)), locale)).toBe(day);
        expect(readDateText(digits(`${civil.year}-${pad(civil.month)}`), locale)).toBe(D(civil.year, civil.month, 1));
        expect(readDateText(digits(`${civil.year}/${civil.month}`), locale)).toBe(D(civil.year, civil.month, 1));
      }),
      { numRuns: 1000 },
    );
  });

  it('day first where the locale writes the day first, month first in en_US, neither where it writes the year first', () => {
    fc.assert(
      fc.property(anyDay, fc.constantFrom(...DIGIT_SETS), (day, [, digits]) => {
        const civil = civilFromDays(day);
        const ambiguous = civil.day <= 12 && civil.day !== civil.month;
        for (const locale of DAY_FIRST_LOCALES) {
          for (const form of DAY_FIRST_FORMS) expect(readDateText(digits(form(civil)), locale)).toBe(day);
          for (const form of MONTH_FIRST_FORMS) expect(readDateText(digits(form(civil)), locale)).toBe(ambiguous ? D(civil.year, civil.day, civil.month) : civil.day > 12 ? NOT_A_DATE : day);
        }
        for (const locale of MONTH_FIRST_LOCALES) {
          for (const form of MONTH_FIRST_FORMS) expect(readDateText(digits(form(civil)), locale)).toBe(day);
          for (const form of DAY_FIRST_FORMS) expect(readDateText(digits(form(civil)), locale)).toBe(ambiguous ? D(civil.year, civil.day, civil.month) : civil.day > 12 ? NOT_A_DATE : day);
        }
        for (const locale of YEAR_FIRST_LOCALES) {
          for (const form of [...DAY_FIRST_FORMS, ...MONTH_FIRST_FORMS]) expect(readDateText(digits(form(civil)), locale)).toBe(NOT_A_DATE);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('as Intl prints it in the locale (Gregorian locales, the Solar Hijri calendar of fa_IR for years 1300–1499), and not at all in the lunar Hijri one', () => {
    const numeric = { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' } as const;
    const gregorian = [['ru-RU', 'ru_RU'], ['de-DE', 'de_DE'], ['fr-FR', 'fr_FR'], ['en-GB', 'en_GB'], ['en-US', 'en_US'], ['ar-EG', 'ar_EG'], ['ar-SA-u-ca-gregory', 'ar_SA'], ['ja-JP', 'ja_JP'], ['sv-SE', 'sv_SE']].map(
      ([tag, locale]) => [new Intl.DateTimeFormat(tag, numeric), locale] as const,
    );
    const hijri = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura', numeric);
    const jalali = new Intl.DateTimeFormat('fa-IR-u-ca-persian', numeric);
    const jalaliYear = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', year: 'numeric' });
    fc.assert(
      fc.property(anyDay, (day) => {
        const instant = day * 86_400_000;
        for (const [format, locale] of gregorian) expect(readDateText(format.format(instant), locale), `${locale} ${format.format(instant)}`).toBe(day);
        expect(readDateText(hijri.format(instant), 'ar_SA'), hijri.format(instant)).toBe(NOT_A_DATE);
        const year = parseInt(jalaliYear.format(instant), 10);
        expect(readDateText(jalali.format(instant), 'fa_IR'), jalali.format(instant)).toBe(year >= 1300 && year <= 1499 ? day : NOT_A_DATE);
        expect(readDateText(jalali.format(instant), 'en_US'), jalali.format(instant)).toBe(NOT_A_DATE);
        expect(readDateText(jalali.format(instant), 'en_US', 'persian'), jalali.format(instant)).toBe(year >= 1300 && year <= 1499 ? day : NOT_A_DATE);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, and reads a whole day number or nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789-/. ۰۱۲٣٤x\u200f'.split('')) }), fc.constantFrom(...ALL), (text, locale) => {
        const day = readDateText(text, locale);
        expect(day === NOT_A_DATE || (Number.isInteger(day) && day >= D(1583, 1, 1) && day <= D(2999, 12, 31))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
