/**
 * The calendar argument through the cell boundary: Solar Hijri months, quarters and years checked against sums computed
 * here from ICU's Persian calendar (not from src/), the locale's default calendar and week start, Jalali text dates, and
 * the error for an impossible one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarOf, firstDayOfWeek } from '../../src/cells/locale';
import { CATALOG, kpiById } from '../../src/kpi/catalog';
import { callIn, column, errorOf } from '../helpers/call';

const MS_PER_DAY = 86_400_000;
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const dayOf = (date: Date): number => Math.floor(date.getTime() / MS_PER_DAY);
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const persianDigits = (text: string): string => text.replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]);

/** ICU's Solar Hijri [year, month, day] of a UTC day. */
const icuFormat = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
function icuJalali(day: number): [number, number, number] {
  const out: [number, number, number] = [0, 0, 0];
  for (const part of icuFormat.formatToParts(day * MS_PER_DAY)) {
    if (part.type === 'year') out[0] = Number(part.value);
    else if (part.type === 'month') out[1] = Number(part.value);
    else if (part.type === 'day') out[2] = Number(part.value);
  }
  return out;
}

type Grouping = 'month' | 'quarter' | 'year';
/** A Jalali period's key from ICU's date: year × 12 + month − 1, its quarter, or its year. */
const keyOf = (day: number, grouping: Grouping): number => {
  const [y, m] = icuJalali(day);
  const months = y * 12 + m - 1;
  return grouping === 'month' ? months : grouping === 'quarter' ? Math.floor(months / 3) : y;
};

/**
 * The expected PERIOD_SERIES rows [start, total]: every Jalali period from the first row's to the last row's, its start
 * the first Gregorian day ICU puts in it (found by walking days), its total the sum of the values of its days.
 */
function expectedTotals(days: readonly number[], values: readonly number[], grouping: Grouping): [Date, number][] {
  const first = Math.min(...days);
  const last = Math.max(...days);
  let day = first;
  while (keyOf(day - 1, grouping) === keyOf(first, grouping)) day--;
  const rows: [Date, number][] = [];
  for (; day <= last; day++) {
    if (rows.length > 0 && keyOf(day - 1, grouping) === keyOf(day, grouping)) continue;
    const key = keyOf(day, grouping);
    const total = values.reduce((sum, value, i) => sum + (keyOf(days[i], grouping) === key ? value : 0), 0);
    rows.push([new Date(day * MS_PER_DAY), total]);
  }
  return rows;
}

const series = (table: unknown): [Date, number][] => (table as unknown[][]).slice(1).map((row) => [row[0] as Date, row[1] as number]);

describe('PERIOD_SERIES in the Persian calendar', () => {
  const rowsArb = fc.array(fc.record({ day: fc.integer({ min: dayOf(utc(2023, 1, 1)), max: dayOf(utc(2026, 6, 30)) }), value: fc.integer({ min: -50, max: 500 }) }), {
    minLength: 1,
    maxLength: 30,
  });

  it('monthly, quarterly and yearly totals are the sums over the Gregorian days of each Solar Hijri period', () => {
    fc.assert(
      fc.property(rowsArb, fc.constantFrom<Grouping>('month', 'quarter', 'year'), (rows, grouping) => {
        const days = rows.map((r) => r.day);
        const values = rows.map((r) => r.value);
        const dates = column(...days.map((d) => new Date(d * MS_PER_DAY)));
        const expected = expectedTotals(days, values, grouping);
        expect(series(callIn('en_US', 'PERIOD_SERIES', column(...values), dates, grouping, 'sum', 'persian'))).toEqual(expected);
        // A Persian spreadsheet counts in the Persian calendar by default.
        expect(series(callIn('fa_IR', 'PERIOD_SERIES', column(...values), dates, grouping))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('the worked months around Nowruz 1404, with growth on Esfand and on the same month a year before', () => {
    const dates = column(utc(2024, 3, 19), utc(2024, 3, 20), utc(2025, 3, 20), utc(2025, 3, 21), utc(2025, 4, 20), utc(2025, 4, 21));
    const table = callIn('en_US', 'PERIOD_SERIES', column(1, 2, 4, 8, 16, 32), dates, 'month', 'sum', 'persian') as unknown[][];
    expect(table[1]).toEqual([utc(2024, 2, 20), 1, '', '', false]); // Esfand 1402
    expect(table[2]).toEqual([utc(2024, 3, 20), 2, 1, '', false]); // Farvardin 1403 (2024 is a leap year: Nowruz on 20 March)
    expect(table[13]).toEqual([utc(2025, 2, 19), 4, '', 3, false]); // Esfand 1403 holds 2025-03-20, its 30th day; vs Esfand 1402
    expect(table[14]).toEqual([utc(2025, 3, 21), 24, 5, 11, false]); // Farvardin 1404: 8 + 16, vs 4 and vs 2
    expect(table[15]).toEqual([utc(2025, 4, 21), 32, 1 / 3, '', true]); // Ordibehesht 1404, partial
    expect(table).toHaveLength(16);
  });

  it('a Persian spreadsheet can still ask for Gregorian months', () => {
    const table = callIn('fa_IR', 'PERIOD_SERIES', column(5, 7), column(utc(2025, 3, 20), utc(2025, 3, 21)), 'month', 'sum', 'gregorian') as unknown[][];
    expect(table.slice(1)).toEqual([[utc(2025, 3, 1), 12, '', '', true]]);
  });
});

describe('the other period functions in the Persian calendar', () => {
  const ids = column('a', 'b', 'a', 'c');
  const dates = column(utc(2025, 3, 1), utc(2025, 3, 20), utc(2025, 3, 21), utc(2025, 4, 25));

  it('NEW_CUSTOMERS and COHORT_RETENTION by Solar Hijri month', () => {
    expect((callIn('fa_IR', 'NEW_CUSTOMERS', ids, dates) as unknown[][]).slice(1)).toEqual([
      [utc(2025, 2, 19), 2, false], // Esfand 1403: a, b
      [utc(2025, 3, 21), 0, false], // Farvardin 1404
      [utc(2025, 4, 21), 1, true], // Ordibehesht 1404: c
    ]);
    expect(callIn('en_US', 'COHORT_RETENTION', ids, dates, 'month', 'count', 'persian')).toEqual([
      ['Cohort', 'Size', '0', '1', '2'],
      [utc(2025, 2, 19), 2, 2, 1, 0],
      [utc(2025, 3, 21), 0, '', '', ''],
      [utc(2025, 4, 21), 1, 1, '', ''],
    ]);
  });

  it('CHURN_BY_PERIOD by Solar Hijri quarter: spring starts at Nowruz', () => {
    const table = callIn('en_US', 'CHURN_BY_PERIOD', column(utc(2025, 1, 5), utc(2025, 3, 25)), column(utc(2025, 3, 20), ''), 'quarter', 'start', 'persian') as unknown[][];
    expect(table.slice(1)).toEqual([
      [utc(2024, 12, 21), 0, 1, 1, 0, '', '', false], // winter 1403: 1 Dey – 30 Esfand
      [utc(2025, 3, 21), 0, 1, 0, 1, '', '', true], // spring 1404
    ]);
  });

  it('KPI_BY_PERIOD: a Solar Hijri month runs to the next one’s start', () => {
    const starts = [[utc(2025, 2, 19), utc(2025, 3, 21)]];
    const costs = column(100, 50, 30, 70);
    const customers = column(1, 1, 2, 0);
    const row = callIn('en_US', 'KPI_BY_PERIOD', 'CAC', dates, 'month', starts, costs, customers, '', 'persian');
    expect(row).toEqual([[250 / 4, 150 / 2, 30 / 2]]);
    // Without the argument, the starts tell the calendar: 19 February and 21 March open Solar Hijri months, the 1st a Gregorian one.
    expect(callIn('fa_IR', 'KPI_BY_PERIOD', 'CAC', dates, 'month', starts, costs, customers)).toEqual(row);
    expect(callIn('en_US', 'KPI_BY_PERIOD', 'CAC', dates, 'month', starts, costs, customers)).toEqual(row);
    const march = [250 / 4, 180 / 4]; // 1–31 March 2025: the first three rows
    expect(callIn('fa_IR', 'KPI_BY_PERIOD', 'CAC', dates, 'month', [[utc(2025, 3, 1)]], costs, customers, '', 'gregorian')).toEqual([march]);
    expect(callIn('fa_IR', 'KPI_BY_PERIOD', 'CAC', dates, 'month', [[utc(2025, 3, 1)]], costs, customers)).toEqual([march]);
    // Starts that open no period of either calendar run to the next period of the locale's calendar.
    expect(callIn('fa_IR', 'KPI_BY_PERIOD', 'CAC', dates, 'month', [[utc(2025, 3, 5)]], costs, customers)).toEqual([[250 / 4, 50 / 1]]); // 5–20 March: Esfand ends
    expect(callIn('en_US', 'KPI_BY_PERIOD', 'CAC', dates, 'month', [[utc(2025, 3, 5)]], costs, customers)).toEqual([[250 / 4, 80 / 3]]); // 5–31 March
  });
});

describe('weeks start on the locale’s first day unless the period names one', () => {
  const days = column(utc(2025, 3, 21), utc(2025, 3, 22), utc(2025, 3, 23), utc(2025, 3, 24)); // Friday … Monday
  const starts = (locale: string, period = 'week'): Date[] => (callIn(locale, 'PERIOD_SERIES', column(1, 2, 4, 8), days, period) as unknown[][]).slice(1).map((row) => row[0] as Date);

  it('Saturday in fa_IR, Sunday in en_US and ar_SA, Monday in ru_RU and elsewhere', () => {
    expect(starts('fa_IR')).toEqual([utc(2025, 3, 15), utc(2025, 3, 22)]);
    expect(starts('en_US')).toEqual([utc(2025, 3, 16), utc(2025, 3, 23)]);
    expect(starts('ar_SA')).toEqual([utc(2025, 3, 16), utc(2025, 3, 23)]);
    expect(starts('ru_RU')).toEqual([utc(2025, 3, 17), utc(2025, 3, 24)]);
    expect(starts('de_DE')).toEqual([utc(2025, 3, 17), utc(2025, 3, 24)]);
    expect(starts('fa_IR', 'week_monday')).toEqual([utc(2025, 3, 17), utc(2025, 3, 24)]);
    expect(starts('ru_RU', 'week_saturday')).toEqual([utc(2025, 3, 15), utc(2025, 3, 22)]);
    expect(starts('ru_RU', 'Week_Sunday')).toEqual([utc(2025, 3, 16), utc(2025, 3, 23)]);
  });

  it('the table of first days agrees with ICU’s CLDR week data for every region', () => {
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const region = String.fromCharCode(a, b);
        const locale = new Intl.Locale(`und-${region}`);
        if (locale.maximize().region !== region) continue; // a deprecated or unknown code
        const info = (locale as unknown as { weekInfo?: { firstDay: number }; getWeekInfo?: () => { firstDay: number } }).weekInfo ?? (locale as unknown as { getWeekInfo: () => { firstDay: number } }).getWeekInfo();
        expect(firstDayOfWeek(`xx_${region}`), region).toBe(info.firstDay);
      }
    }
    expect(firstDayOfWeek('fa')).toBe(6);
    expect(firstDayOfWeek('en')).toBe(7);
    expect(firstDayOfWeek('xx')).toBe(1);
    expect(firstDayOfWeek('es-419')).toBe(1);
  });

  it('the default calendar is Persian in a Persian spreadsheet only', () => {
    expect(['fa_IR', 'fa_AF', 'fa', 'en_US', 'ar_SA', 'ru_RU'].map(calendarOf)).toEqual(['persian', 'persian', 'persian', 'gregorian', 'gregorian', 'gregorian']);
  });
});

describe('Jalali dates typed as text', () => {
  /** Rows over a year and a half of Solar Hijri dates, written as a Persian user types them. */
  const DAYS = [dayOf(utc(2023, 3, 20)), dayOf(utc(2023, 3, 21)), dayOf(utc(2023, 4, 4)), dayOf(utc(2023, 9, 23)), dayOf(utc(2024, 3, 19)), dayOf(utc(2024, 3, 20)), dayOf(utc(2025, 3, 20))];
  const pad = (n: number): string => String(n).padStart(2, '0');
  const FORMS: readonly ((y: number, m: number, d: number) => string)[] = [
    (y, m, d) => persianDigits(`${y}/${pad(m)}/${pad(d)}`),
    (y, m, d) => `${y}/${m}/${d}`,
    (y, m, d) => `${y}-${pad(m)}-${pad(d)}`,
  ];
  const asDates = column(...DAYS.map((d) => new Date(d * MS_PER_DAY)));
  const ids = column('a', 'b', 'a', 'c', 'b', 'd', 'a');
  const amounts = column(1, 2, 4, 8, 16, 32, 64);

  it('in fa_IR, or in any locale with the Persian calendar, they give the tables Date cells give', () => {
    for (const form of FORMS) {
      const asText = column(...DAYS.map((d) => form(...icuJalali(d))));
      for (const period of ['day', 'week', 'month', 'quarter', 'year']) {
        expect(callIn('fa_IR', 'PERIOD_SERIES', amounts, asText, period)).toEqual(callIn('fa_IR', 'PERIOD_SERIES', amounts, asDates, period));
        expect(callIn('fa_IR', 'NEW_CUSTOMERS', ids, asText, period, 'gregorian')).toEqual(callIn('fa_IR', 'NEW_CUSTOMERS', ids, asDates, period, 'gregorian'));
        expect(callIn('en_US', 'PERIOD_SERIES', amounts, asText, period, 'sum', 'persian')).toEqual(callIn('en_US', 'PERIOD_SERIES', amounts, asDates, period, 'sum', 'persian'));
      }
      expect(callIn('fa_IR', 'COHORT_RETENTION', ids, asText)).toEqual(callIn('fa_IR', 'COHORT_RETENTION', ids, asDates));
      expect(callIn('fa_IR', 'SALES_CYCLE', asText, column(...DAYS.map((d) => form(...icuJalali(d + 10)))))).toBe(10);
      expect(callIn('en_US', 'KPI_BY_PERIOD', 'TOTAL_SALES', asText, 'year', [[form(1402, 1, 1), form(1403, 1, 1)]], amounts, '', '', 'persian')).toEqual([[127, 2 + 4 + 8 + 16, 32 + 64]]); // 2023-03-20 is in 1401
    }
  });

  it('where a number belongs, a Jalali date is a date (an error) in fa_IR, and text SUM skips elsewhere', () => {
    expect(errorOf(() => callIn('fa_IR', 'CAC', column(100, '۱۴۰۲/۰۱/۱۵'), 4))).toBe('CAC: costs ردیف 2 یک تاریخ است (۱۴۰۲/۰۱/۱۵)، باید عدد باشد');
    expect(callIn('en_US', 'CAC', column(100, '1402/01/15'), 4)).toBe(25);
  });

  it('an impossible Jalali date is an error naming the cell, in the spreadsheet’s language', () => {
    expect(errorOf(() => callIn('fa_IR', 'PERIOD_SERIES', column(1, 2), column('۱۴۰۳/۱۲/۳۰', '۱۴۰۴/۱۲/۳۰')))).toBe('PERIOD_SERIES: dates ردیف 2 «۱۴۰۴/۱۲/۳۰» است که چنین روزی در تقویم هجری شمسی وجود ندارد');
    expect(errorOf(() => callIn('en_US', 'NEW_CUSTOMERS', column('a'), column('1402/13/01'), 'month', 'persian'))).toBe(
      'NEW_CUSTOMERS: dates row 1 is "1402/13/01", which is not a day of the Solar Hijri calendar',
    );
    expect(errorOf(() => callIn('en_US', 'KPI_BY_PERIOD', 'TOTAL_SALES', column('1402/01/01'), 'year', [['1402/01/01', '1402/07/31']], column(1), '', '', 'persian'))).toBe(
      'KPI_BY_PERIOD: period_starts column 2 is "1402/07/31", which is not a day of the Solar Hijri calendar',
    );
    expect(errorOf(() => callIn('ar_SA', 'CHURN_BY_PERIOD', column('1402/01/01'), column('1402/00/05'), 'month', 'start', 'persian'))).toBe(
      'CHURN_BY_PERIOD: end_dates الصف 1 هو "1402/00/05"، ولا يوجد هذا اليوم في التقويم الهجري الشمسي',
    );
    expect(errorOf(() => callIn('ru_RU', 'SALES_CYCLE', column(utc(2023, 3, 21)), column('1402/07/31')))).toBe('SALES_CYCLE: closed_dates строка 1 — текст «1402/07/31», ожидалась дата');
    expect(errorOf(() => callIn('en_US', 'PERIOD_SERIES', column(1), column(utc(2025, 1, 1)), 'month', 'sum', 'hijri'))).toBe('PERIOD_SERIES: calendar is "hijri", expected one of gregorian, persian');
  });
});

describe('the catalog', () => {
  it('every function that groups by period takes the calendar as its last, optional argument (before a table\'s language)', () => {
    const grouped = CATALOG.filter((entry) => entry.params.some((param) => param.name === 'period'));
    expect(grouped.map((entry) => entry.id).sort()).toEqual(['CHURN_BY_PERIOD', 'COHORT_RETENTION', 'KPI_BY_PERIOD', 'NEW_CUSTOMERS', 'PERIOD_SERIES']);
    for (const entry of grouped) {
      const last = entry.params.filter((param) => param.name !== 'language').at(-1)!;
      expect([entry.id, last.name, last.choices, last.optional]).toEqual([entry.id, 'calendar', ['gregorian', 'persian'], { default: '' }]);
    }
    expect(kpiById('PERIOD_SERIES')!.params.map((param) => param.name)).toEqual(['values', 'dates', 'period', 'aggregate', 'calendar', 'language']);
  });
});
