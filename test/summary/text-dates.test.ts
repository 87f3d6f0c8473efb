/** Selection facts over dates typed as text: a date column with its first and last date, unsafe for native period formulas. */
import { describe, expect, it } from 'vitest';
import { dateOfLocalDay } from '../../src/cells/dates';
import { kpiById } from '../../src/kpi/catalog';
import { daysFromCivil } from '../../src/kpi/periods/period';
import { describeRange, type ColumnDescription } from '../../src/summary/facts';
import { nativeUnsafeColumns, periodDatesProblem } from '../../src/summary/native-safety';

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const persian = (text: string): string => text.replace(/\d/g, (d) => PERSIAN[Number(d)]);
const arabic = (text: string): string => text.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]);
const NOON = 43_200_000;
const dayMs = (y: number, m: number, d: number): number => daysFromCivil(y, m, d) * 86_400_000;

/** A sheet per language: its locale, the date, revenue and lead headers, and four dates as its users type them. */
const SHEETS = [
  { locale: 'en_US', headers: ['Date', 'Revenue', 'Leads'], dates: ['2023-01', '2023-02', '2023-03-15', '4/30/2023'] },
  { locale: 'fa_IR', headers: ['تاریخ', 'درآمد', 'سرنخ'], dates: ['۲۰۲۳/۰۱/۰۱', '۲۰۲۳-۰۲', '۲۰۲۳/۰۳/۱۵', '۲۰۲۳/۰۴/۳۰'] },
  { locale: 'ar_EG', headers: ['التاريخ', 'الإيرادات', 'العملاء المحتملون'], dates: [arabic('1/1/2023'), arabic('2023-02'), arabic('15/03/2023'), arabic('30/4/2023')] },
  { locale: 'ru_RU', headers: ['Дата', 'Выручка', 'Лиды'], dates: ['01.01.2023', '2023-02', '15.03.2023', '30.04.2023'] },
] as const;

function sheetOf(locale: string, headers: readonly string[], dates: readonly string[]) {
  const values: unknown[][] = [[...headers], ...dates.map((date, i) => [date, 1000 * (i + 1), i % 2 === 0 ? 10 * (i + 1) : persian(String(10 * (i + 1)))])];
  return { sheetName: 'Data', row: 1, column: 1, values };
}

describe('a column of dates typed as text is a date column', () => {
  for (const { locale, headers, dates } of SHEETS) {
    it(`${locale}: "${headers[0]}" over ${dates[0]} …`, () => {
      const facts = describeRange(sheetOf(locale, headers, dates), locale);
      expect(facts.hasHeader).toBe(true);
      const [date, revenue, leads] = facts.columns;
      expect(date).toMatchObject({ header: headers[0], type: 'date', role: 'date', nonBlank: 4, textDates: 4, nativeUnsafe: 4 });
      expect(date.firstDate).toBe(dayMs(2023, 1, 1) + NOON);
      expect(date.lastDate).toBe(dayMs(2023, 4, 30) + NOON);
      expect(periodDatesProblem(date)).toBe('text_dates');
      expect(revenue).toMatchObject({ type: 'number', role: 'revenue', textDates: 0, nativeUnsafe: 0 });
      expect(revenue.firstDate).toBeUndefined();
      // Numbers typed as text (here with Persian digits) keep counting as they did.
      expect(leads).toMatchObject({ type: 'number', role: 'leads', textDates: 0, nativeUnsafe: 2 });
    });
  }

  it('in the spreadsheet’s time zone, the first and last dates are their local midnights', () => {
    const { locale, headers, dates } = SHEETS[3];
    for (const timeZone of ['Europe/Moscow', 'Pacific/Auckland', 'America/Los_Angeles']) {
      const [date] = describeRange(sheetOf(locale, headers, dates), locale, {}, timeZone).columns;
      expect(date.firstDate).toBe(dateOfLocalDay(daysFromCivil(2023, 1, 1), timeZone).getTime());
      expect(date.lastDate).toBe(dateOfLocalDay(daysFromCivil(2023, 4, 30), timeZone).getTime());
    }
  });

  it('Date cells stay safe for native period formulas; a mix with text dates does not', () => {
    const values = [['Date', 'Revenue'], [new Date(Date.UTC(2023, 0, 5)), 10], [new Date(Date.UTC(2023, 1, 5)), 20], ['2023-03-05', 30]];
    const [mixed] = describeRange({ sheetName: 'Data', row: 1, column: 1, values }, 'en_US').columns;
    expect(mixed).toMatchObject({ type: 'date', textDates: 1, nativeUnsafe: 1, firstDate: Date.UTC(2023, 0, 5), lastDate: dayMs(2023, 3, 5) + NOON });
    expect(periodDatesProblem(mixed)).toBe('text_dates');
    const [real] = describeRange({ sheetName: 'Data', row: 1, column: 1, values: values.slice(0, 3) }, 'en_US').columns;
    expect(real).toMatchObject({ type: 'date', textDates: 0, nativeUnsafe: 0 });
    expect(periodDatesProblem(real)).toBeNull();
    expect(periodDatesProblem(undefined)).toBe('no_date_column');
  });

  it('dates of another order or calendar stay text (Solar Hijri ones outside a Persian sheet)', () => {
    const values = [['Date', 'Revenue'], ['15/01/2023', 1], ['۱۴۰۲/۰۱/۱۵', 2], ['2023-02-30', 3]];
    const [date] = describeRange({ sheetName: 'Data', row: 1, column: 1, values }, 'en_US').columns;
    expect(date).toMatchObject({ type: 'text', textDates: 0, nativeUnsafe: 3 });
    expect(date.firstDate).toBeUndefined();
    expect(periodDatesProblem(date)).toBe('no_dates');
  });

  it('Solar Hijri dates typed as text make a date column in a Persian sheet or with the Persian calendar', () => {
    const values = [['تاریخ', 'درآمد'], ['۱۴۰۲/۰۱/۱۵', 1], ['1402/1/16', 2], ['1403-12-30', 3], ['۲۰۲۳/۰۴/۰۱', 4]];
    const first = dayMs(2023, 4, 1) + NOON; // 12 Farvardin 1402, typed the Gregorian way
    const last = dayMs(2025, 3, 20) + NOON; // 30 Esfand 1403
    for (const [locale, calendar] of [['fa_IR', undefined], ['en_US', 'persian']] as const) {
      const [date] = describeRange({ sheetName: 'Data', row: 1, column: 1, values }, locale, {}, undefined, calendar).columns;
      expect(date, locale).toMatchObject({ type: 'date', role: 'date', nonBlank: 4, textDates: 4, nativeUnsafe: 4, firstDate: first, lastDate: last });
    }
    const [english] = describeRange({ sheetName: 'Data', row: 1, column: 1, values }, 'en_US').columns;
    expect(english).toMatchObject({ type: 'text', textDates: 1 });
    // An impossible Jalali date is not a date: text among the dates.
    const [impossible] = describeRange({ sheetName: 'Data', row: 1, column: 1, values: [...values, ['۱۴۰۴/۱۲/۳۰', 5]] }, 'fa_IR').columns;
    expect(impossible).toMatchObject({ type: 'date', nonBlank: 5, textDates: 4, lastDate: last });
  });

  it('a text date among numbers is unsafe once, as a Date cell among numbers is', () => {
    const values = [['Revenue'], [10], [20], [30], ['2023-03-05'], [new Date(Date.UTC(2023, 0, 5))]];
    const [revenue] = describeRange({ sheetName: 'Data', row: 1, column: 1, values }, 'en_US').columns;
    expect(revenue).toMatchObject({ type: 'number', textDates: 1, nativeUnsafe: 2 });
  });

  it('a header row of text dates is data, not a header', () => {
    const values = [['2023-01', '2023-02'], [10, 20], [30, 40]];
    expect(describeRange({ sheetName: 'Data', row: 1, column: 1, values }, 'en_US').hasHeader).toBe(false);
  });
});

describe('nativeUnsafeColumns', () => {
  const column = (overrides: Partial<ColumnDescription>): ColumnDescription =>
    ({ index: 0, header: 'x', a1: 'Data!$A$2:$A$9', type: 'number', nonBlank: 8, role: null, confidence: 1, matched: '', nativeUnsafe: 0, textDates: 0, negatives: 0, wholeNumbers0to10: false, wholeNumbers1to6: false, ...overrides }) as ColumnDescription;

  it('lists the bound columns native formulas read differently', () => {
    const cac = kpiById('CAC')!;
    const clean = column({ header: 'clean' });
    expect(nativeUnsafeColumns(cac, [{ column: clean }, { column: clean }])).toEqual([]);
    const textual = column({ header: 'text', nativeUnsafe: 1 });
    const negative = column({ header: 'negative', negatives: 1 });
    expect(nativeUnsafeColumns(cac, [{ column: textual }, { column: negative }]).map((c) => c.header)).toEqual(['text', 'negative']);
    // Money may be negative; counts may not.
    expect(nativeUnsafeColumns(cac, [{ column: negative }, { column: clean }])).toEqual([]);
    expect(nativeUnsafeColumns(kpiById('NPS')!, [{ column: column({ header: 'scores', wholeNumbers0to10: false }) }]).map((c) => c.header)).toEqual(['scores']);
    expect(nativeUnsafeColumns(kpiById('NPS')!, [{ column: column({ wholeNumbers0to10: true }) }])).toEqual([]);
    expect(nativeUnsafeColumns(kpiById('LTV')!, [{ column: clean }, { column: column({ header: 'churn' }) }, undefined]).map((c) => c.header)).toEqual(['churn']);
  });
});
