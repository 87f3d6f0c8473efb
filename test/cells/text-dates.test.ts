/** Dates typed as text through the custom functions: the same tables as Date cells, in the locale's order and digits. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/cells/evaluate';
import { dayOfCell } from '../../src/cells/read';
import { kpiById } from '../../src/kpi/catalog';
import { daysFromCivil } from '../../src/kpi/periods/period';
import { callIn, column, errorOf } from '../helpers/call';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const persian = (text: string): string => text.replace(/\d/g, (d) => PERSIAN[Number(d)]);
const arabic = (text: string): string => text.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]);
const pad = (n: number): string => String(n).padStart(2, '0');

/** Dates over 14 months, some days repeated, as [year, month, day]. */
const DAYS: readonly (readonly [number, number, number])[] = [
  [2023, 1, 15], [2023, 1, 31], [2023, 2, 1], [2023, 3, 9], [2023, 3, 9], [2023, 5, 20], [2023, 8, 2], [2023, 12, 31], [2024, 1, 1], [2024, 2, 29], [2024, 2, 3],
];
const IDS = ['a', 'b', 'a', 'c', 'b', 'd', 'a', 'e', 'c', 'f', 'd'];
const AMOUNTS = [100, 50, 25, 10, 5, 70, 30, 12, 8, 40, 60];

/** Each locale and how its users type a date. */
const TYPED: readonly [locale: string, write: (y: number, m: number, d: number) => string][] = [
  ['en_US', (y, m, d) => `${m}/${d}/${y}`],
  ['en_GB', (y, m, d) => `${pad(d)}/${pad(m)}/${y}`],
  ['ru_RU', (y, m, d) => `${pad(d)}.${pad(m)}.${y}`],
  ['de_DE', (y, m, d) => `${d}.${m}.${y}`],
  ['fa_IR', (y, m, d) => persian(`${y}/${pad(m)}/${pad(d)}`)],
  ['ar_EG', (y, m, d) => arabic(`${d}/${m}/${y}`)],
  ['ar_SA', (y, m, d) => `${pad(d)}/${pad(m)}/${y}`],
  ['ja_JP', (y, m, d) => `${y}-${pad(m)}-${pad(d)}`],
];

const asDates = column(...DAYS.map(([y, m, d]) => utc(y, m, d)));

describe('a dates parameter reads dates typed as text', () => {
  for (const [locale, write] of TYPED) {
    const asText = column(...DAYS.map(([y, m, d]) => write(y, m, d)));
    it(`${locale}: ${String(asText[0][0])} gives the tables Date cells give`, () => {
      for (const period of ['day', 'week', 'month', 'quarter']) {
        expect(callIn(locale, 'PERIOD_SERIES', column(...AMOUNTS), asText, period)).toEqual(callIn(locale, 'PERIOD_SERIES', column(...AMOUNTS), asDates, period));
        expect(callIn(locale, 'NEW_CUSTOMERS', column(...IDS), asText, period)).toEqual(callIn(locale, 'NEW_CUSTOMERS', column(...IDS), asDates, period));
      }
      expect(callIn(locale, 'COHORT_RETENTION', column(...IDS), asText)).toEqual(callIn(locale, 'COHORT_RETENTION', column(...IDS), asDates));
      const ends = column(...DAYS.map(([y, m, d], i) => (i % 3 === 0 ? '' : write(y + 1, m, Math.min(d, 28)))));
      const endDates = column(...DAYS.map(([y, m, d], i) => (i % 3 === 0 ? '' : utc(y + 1, m, Math.min(d, 28)))));
      expect(callIn(locale, 'CHURN_BY_PERIOD', asText, ends)).toEqual(callIn(locale, 'CHURN_BY_PERIOD', asDates, endDates));
      expect(callIn(locale, 'SALES_CYCLE', asText, ends)).toBe(callIn(locale, 'SALES_CYCLE', asDates, endDates));
    });
  }

  it('the worked table: two months from ISO text, year-month text and a Date', () => {
    const table = callIn('en_US', 'PERIOD_SERIES', column(1, 2, 3), column('2023-01-15', utc(2023, 2, 1), '2023-02')) as unknown[][];
    expect(table.slice(1)).toEqual([
      [utc(2023, 1, 1), 1, '', '', false],
      [utc(2023, 2, 1), 5, 4, '', true],
    ]);
  });

  it('a text date is the local day in the spreadsheet’s time zone, as a Date at local midnight is', () => {
    const entry = kpiById('NEW_CUSTOMERS')!;
    for (const timeZone of ['Asia/Tehran', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      const context = { fn: 'NEW_CUSTOMERS', locale: 'fa_IR', timeZone };
      const text = evaluate(entry, [column('a', 'b'), column('۲۰۲۳-۰۳-۲۱', '۲۰۲۳/۰۴/۰۱'), 'day'], context) as unknown[][];
      expect(text[1][0], timeZone).toEqual(new Date(`2023-03-21T00:00:00${timeZone === 'Asia/Tehran' ? '+03:30' : timeZone === 'Pacific/Kiritimati' ? '+14:00' : '-07:00'}`));
      expect(dayOfCell('۲۰۲۳-۰۳-۲۱', 'fa_IR', timeZone)).toBe(daysFromCivil(2023, 3, 21));
    }
  });

  it('RESPONSE_TIME reads a text date as its local midnight', () => {
    const hours = callIn('ru_RU', 'RESPONSE_TIME', column(new Date(Date.UTC(2024, 0, 14, 18))), column('15.01.2024'));
    expect(hours).toBe(6);
  });

  it('text that is not a date in the locale stays an error naming the cell', () => {
    expect(errorOf(() => callIn('en_US', 'PERIOD_SERIES', column(1, 2), column('2023-01-15', '2023-02-30')))).toBe('PERIOD_SERIES: dates row 2 is the text "2023-02-30", expected a date');
    expect(errorOf(() => callIn('en_US', 'PERIOD_SERIES', column(1, 2), column('01/15/2023', '15/01/2023')))).toBe('PERIOD_SERIES: dates row 2 is the text "15/01/2023", expected a date');
    expect(errorOf(() => callIn('ru_RU', 'NEW_CUSTOMERS', column('a'), column('01/15/2023')))).toBe('NEW_CUSTOMERS: dates строка 1 — текст «01/15/2023», ожидалась дата');
    // Solar Hijri years are read only in a Persian locale or calendar (persian-calendar.test.ts): elsewhere they stay text.
    expect(errorOf(() => callIn('en_US', 'NEW_CUSTOMERS', column('a'), column('1402/01/15')))).toBe('NEW_CUSTOMERS: dates row 1 is the text "1402/01/15", expected a date');
    expect(errorOf(() => callIn('ar_EG', 'NEW_CUSTOMERS', column('a'), column('يناير ٢٠٢٣')))).toBe('NEW_CUSTOMERS: dates الصف 1 هو النص "يناير ٢٠٢٣"، والمتوقع تاريخ');
  });

  it('a date typed as text where a number belongs is an error, as a Date cell is', () => {
    expect(errorOf(() => callIn('en_US', 'CAC', column(100, '2023-01-05'), 4))).toBe('CAC: costs row 2 is a date (2023-01-05), expected a number');
    expect(errorOf(() => callIn('ru_RU', 'CAC', column(100, '15.01.2023'), 4))).toBe('CAC: costs строка 2 — дата (15.01.2023), ожидалось число');
    // Text that is neither a number nor a date is still skipped, as SUM skips it.
    expect(callIn('en_US', 'CAC', column(100, 'n/a', '15/01/2023'), 4)).toBe(25);
  });
});
