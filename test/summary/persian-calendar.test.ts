/** A Persian summary with Solar Hijri months: each period's value is the sum over the Gregorian days of that Jalali month, in every mode and in LibreOffice. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/kpi/catalog';
import { createFakeSpreadsheet } from '../../src/local/fake';
import { findSoffice, recalculatedValues } from '../../src/local/libreoffice';
import { toXlsxBuffer } from '../../src/local/xlsx';
import { run } from '../../src/server/custom-functions';
import { resetSettings } from '../../src/server/settings';
import { buildSummary, type BuildRequest } from '../../src/server/summary';
import { layoutFor } from '../../src/summary/layout';
import { readSummary } from '../helpers/summary';

const NOW = new Date(Date.UTC(2026, 11, 1));
const DAY = 86_400_000;
/** 120 days from 2025-02-01: across Esfand 1403, Nowruz and the first months of 1404. */
const days = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2025, 1, 1) + i * DAY));
const rows = days.map((date, i) => [date, 1_000_000 + 7_919 * i, 20 + (i % 9)]);

/** The Jalali year and month of a date, from Node's ICU (an implementation independent of ours). */
const jalaliMonth = (date: Date): string => new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric' }).format(date);

function persianWorkbook() {
  resetSettings();
  const fake = createFakeSpreadsheet({ locale: 'fa_IR', timeZone: 'UTC', sheets: [{ name: 'فروش', values: [['تاریخ', 'هزینه تبلیغات', 'سرنخ'], ...rows] }] });
  fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
  return fake;
}

const request = (mode: BuildRequest['mode']): BuildRequest => ({ ranges: ["'فروش'!A1:C121"], kpis: ['CPL', 'LEADS'], mode, period: 'month', language: 'fa' });

/** Expected per Jalali month, in order: leads and cost ÷ leads over the rows of that month. */
function expected(): { leads: number[]; cpl: number[] } {
  const months = new Map<string, { cost: number; leads: number }>();
  for (const [date, cost, leads] of rows as [Date, number, number][]) {
    const key = jalaliMonth(date);
    const sum = months.get(key) ?? { cost: 0, leads: 0 };
    months.set(key, { cost: sum.cost + cost, leads: sum.leads + leads });
  }
  const sums = [...months.values()];
  return { leads: sums.map((m) => m.leads), cpl: sums.map((m) => m.cost / m.leads) };
}

describe('a Persian summary in the Solar Hijri calendar', () => {
  for (const mode of ['portable', 'live', 'values'] as const) {
    it(`${mode}: Jalali months by default in fa_IR, headed "بهمن ۱۴۰۳", "اسفند ۱۴۰۳", "فروردین ۱۴۰۴" …, each the Gregorian-day sum of its rows`, () => {
      const fake = persianWorkbook();
      buildSummary(fake, request(mode), NOW);
      const { rows: kpiRows, periodStarts } = readSummary(fake, 'خلاصه شاخص‌ها', 'fa');
      const want = expected();
      expect(periodStarts.length).toBe(want.leads.length);
      // Each header is the Gregorian day on which its Jalali month starts.
      expect((periodStarts as Date[]).map((date) => new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', day: 'numeric' }).format(date))).toEqual(new Array(want.leads.length).fill('1'));
      // 2025-02-01 is 13 Bahman 1403: Bahman, Esfand (from 2025-02-19), then Nowruz, 1 Farvardin 1404 = 2025-03-21.
      expect((periodStarts as Date[]).slice(0, 3).map((date) => date.toISOString().slice(0, 10))).toEqual(['2025-01-20', '2025-02-19', '2025-03-21']);
      const names = fake.spreadsheet.getSheetByName('خلاصه شاخص‌ها')!.getRange(4, layoutFor(0, true).firstPeriod + 1, 1, 3).getValues()[0];
      expect(names).toEqual(['بهمن ۱۴۰۳', 'اسفند ۱۴۰۳', 'فروردین ۱۴۰۴']);
      const leads = kpiRows.find((row) => row.id === 'LEADS')!;
      const cpl = kpiRows.find((row) => row.id === 'CPL')!;
      expect(leads.periods).toEqual(want.leads);
      (cpl.periods as number[]).forEach((value, i) => expect(value).toBeCloseTo(want.cpl[i], 9));
      expect(fake.spreadsheet.getSheetByName('خلاصه شاخص‌ها')!.getRange('A2').getValues()[0][0]).toContain('تقویم هجری خورشیدی');
    });
  }

  it('the Gregorian calendar when asked: calendar months, the same total', () => {
    const fake = persianWorkbook();
    buildSummary(fake, { ...request('portable'), calendar: 'gregorian' }, NOW);
    const { rows: kpiRows, periodStarts } = readSummary(fake, 'خلاصه شاخص‌ها', 'fa');
    expect((periodStarts as Date[]).map((date) => date.toISOString().slice(0, 10))).toEqual(['2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01']);
    const leads = kpiRows.find((row) => row.id === 'LEADS')!;
    expect((leads.periods as number[]).reduce((a, b) => a + b, 0)).toBe(leads.value);
  });

  const soffice = findSoffice();
  const describeLibreOffice = soffice || process.env.CI ? describe : describe.skip;
  if (!soffice && !process.env.CI) console.warn('LibreOffice not found: skipping the Persian-calendar LibreOffice test');
  describeLibreOffice('after a LibreOffice recalculation of the portable file', () => {
    it('every Jalali month of LEADS and CPL is what the fake computed', async () => {
      expect(soffice, 'LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui').not.toBeNull();
      const fake = persianWorkbook();
      buildSummary(fake, request('portable'), NOW);
      const work = mkdtempSync(join(tmpdir(), 'kpi-jalali-'));
      try {
        const file = join(work, 'jalali.xlsx');
        writeFileSync(file, await toXlsxBuffer(fake, { cachedValues: false }));
        const [values] = await recalculatedValues([file]);
        const want = expected();
        const summary = values['خلاصه شاخص‌ها'];
        for (const row of readSummary(fake, 'خلاصه شاخص‌ها', 'fa').rows) {
          const got = summary[row.index].slice(layoutFor(0, true).firstPeriod, layoutFor(0, true).firstPeriod + want.leads.length) as number[];
          const wanted = row.id === 'LEADS' ? want.leads : want.cpl;
          got.forEach((value, i) => expect(value, `${row.id} ${i}`).toBeCloseTo(wanted[i], 9));
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
});
