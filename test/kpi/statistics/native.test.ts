/**
 * The portable (native-formula) intervals compute what the TypeScript computes, to 1e-9: in HyperFormula through the
 * fake spreadsheet, and in LibreOffice headless on an .xlsx file.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../../src/kpi/catalog';
import { kpiInterval } from '../../../src/kpi/statistics/kpi-interval';
import { nativeIntervalOf, npsNative, wilsonNative } from '../../../src/kpi/statistics/native';
import { npsInterval } from '../../../src/kpi/statistics/nps';
import { rateInterval, type Interval } from '../../../src/kpi/statistics/rate';
import { npsCounts } from '../../../src/kpi/survey';
import type { Args, NativeTerms, NumberCells } from '../../../src/kpi/types';
import { createFakeSpreadsheet } from '../../../src/local/fake';
import { findSoffice, recalculatedValues } from '../../../src/local/libreoffice';

const PROPORTIONS: [number, number][] = [[0, 1], [1, 1], [0, 20], [20, 20], [1, 29], [81, 263], [15, 148], [7, 1000], [123_456_789, 1e9]];
const LEVELS = [0.9, 0.95, 0.99];
const SCORES: number[][] = [[10], [0], [7], [1, 2, 3, 5, 7, 8, 9, 9, 9, 10], [10, 10, 9, 9, 10], Array.from({ length: 300 }, (_, i) => (i * 7) % 11)];
const SAMPLED = CATALOG.filter((entry) => entry.sampling);

/** Column letters A, B, …, Z, AA, … of a 0-based index. */
const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26));

/** One formula to check: where it goes, its text without '=', and what the TypeScript says. */
interface Check {
  readonly label: string;
  readonly formula: string;
  readonly expected: number;
}

/** The data sheets and the checks: Wilson and NPS over literal cells, and every sampled catalog KPI over one cell per parameter. */
function workbook(): { sheets: { name: string; values: unknown[][] }[]; checks: Check[] } {
  const checks: Check[] = [];
  const add = (label: string, native: { low: string; high: string; margin: string }, interval: Interval): void => {
    checks.push({ label: `${label} low`, formula: native.low, expected: interval.low });
    checks.push({ label: `${label} high`, formula: native.high, expected: interval.high });
    checks.push({ label: `${label} margin`, formula: native.margin, expected: interval.margin });
  };
  // Rates: row r holds successes, trials and the confidence level.
  const rates: unknown[][] = [];
  PROPORTIONS.forEach(([s, n]) =>
    LEVELS.forEach((level) => {
      rates.push([s, n, level]);
      const r = rates.length;
      const interval = rateInterval(s, n, level);
      add(`Wilson ${s}/${n} at ${level}`, wilsonNative(`SUM(Rates!A${r})`, `SUM(Rates!B${r})`, `Rates!C${r}`), interval);
    }),
  );
  // NPS: one column of scores per case.
  const height = Math.max(...SCORES.map((column) => column.length));
  const scores = Array.from({ length: height }, (_, r) => SCORES.map((column) => column[r] ?? ''));
  SCORES.forEach((column, c) => {
    const range = `Scores!${letter(c)}1:${letter(c)}${height}`;
    const { promoters, detractors, n } = npsCounts(column);
    for (const level of LEVELS) {
      const native = npsNative(`COUNTIF(${range},">=9")`, `COUNTIF(${range},"<=6")`, `COUNT(${range})`, String(level));
      add(`NPS ${column.length} answers at ${level}`, native, npsInterval(promoters, detractors, n, level));
    }
  });
  // The catalog: each sampled KPI over row r of the Kpis sheet, one cell per parameter (whole 1000, others a part of it).
  const kpis: unknown[][] = [];
  for (const entry of SAMPLED) {
    const cells = entry.params.map((param) => (param.name === entry.bounded?.whole ? 1000 : param.name === entry.bounded?.minus ? 30 : 95));
    kpis.push(cells);
    const r = kpis.length;
    const cell = (i: number): string => `Kpis!${letter(i)}${r}`;
    const terms: NativeTerms = { sum: (i) => `SUM(${cell(i)})`, count: () => `COUNT(${scoresColumn})`, countIf: (_, criterion) => `COUNTIF(${scoresColumn},${criterion})` };
    const args: Args = {
      number: (i: number) => cells[i],
      list: (): NumberCells => ({ values: Float64Array.from(SCORES[3]), rows: new Int32Array(0), columns: new Int32Array(0) }),
      isText: () => false,
      given: () => true,
    } as unknown as Args;
    add(`${entry.id}`, nativeIntervalOf(entry, terms)!, kpiInterval(entry, args)!);
  }
  return { sheets: [{ name: 'Rates', values: rates }, { name: 'Scores', values: scores }, { name: 'Kpis', values: kpis }], checks };
}
const scoresColumn = `Scores!D1:D300`;

describe('native interval formulas', () => {
  const { sheets, checks } = workbook();

  it('the catalog marks the proportions of counts and the survey score, with their parts and wholes', () => {
    const marked = Object.fromEntries(SAMPLED.map((entry) => [entry.id, entry.sampling!.kind === 'nps' ? 'nps' : `${entry.bounded!.minus ? `${entry.bounded!.part} − ${entry.bounded!.minus}` : entry.bounded!.part} of ${entry.bounded!.whole}`]));
    expect(marked).toEqual({
      CONVERSION_RATE: 'conversions of total', WIN_RATE: 'won of opportunities', LOST_SALES_RATE: 'lost of deals', FORM_CONVERSION: 'submissions of views',
      TRIAL_CONVERSION: 'converted of trials', SOCIAL_LEAD_SHARE: 'social_leads of all_leads', LEAD_TO_MQL: 'mql of leads', MQL_TO_SQL: 'sql of mql',
      CHURN: 'lost of customers_at_start', RETENTION: 'customers_end − new_customers of customers_start', NPS: 'nps', DELIVERY_RATE: 'delivered of sent',
      BOUNCE_RATE: 'bounced of sent', UNSUBSCRIBE_RATE: 'unsubscribed of delivered',
    });
    expect(checks.length).toBe(3 * (PROPORTIONS.length * LEVELS.length + SCORES.length * LEVELS.length + SAMPLED.length));
  });

  it('use only functions Sheets, Excel and LibreOffice share', () => {
    for (const { formula } of checks) expect(formula.match(/[A-Z][A-Z0-9.]*(?=\()/g)!.filter((name) => !['NORMSINV', 'SQRT', 'MIN', 'MAX', 'SUM', 'COUNT', 'COUNTIF'].includes(name))).toEqual([]);
  });

  it('equal the TypeScript in HyperFormula (the fake spreadsheet) to 1e-9', () => {
    const fake = createFakeSpreadsheet({ sheets: [...sheets, { name: 'Calc', values: checks.map((check) => [`=${check.formula}`]) }] });
    const computed = fake.spreadsheet.getSheetByName('Calc')!.getRange(`A1:A${checks.length}`).getValues();
    checks.forEach((check, i) => expect(Math.abs((computed[i][0] as number) - check.expected), `${check.label}: ${computed[i][0]}`).toBeLessThan(1e-9));
  });

  const soffice = findSoffice();
  describe.skipIf(!soffice)('in LibreOffice', () => {
    let dir = '';
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('equal the TypeScript to 1e-9; NORMSINV and _xlfn.NORM.S.INV agree there', async () => {
      dir = await mkdtemp(join(tmpdir(), 'intervals-'));
      const book = new ExcelJS.Workbook();
      for (const sheet of sheets) book.addWorksheet(sheet.name).addRows(sheet.values);
      const calc = book.addWorksheet('Calc');
      checks.forEach((check, i) => (calc.getCell(i + 1, 1).value = { formula: check.formula } as ExcelJS.CellFormulaValue));
      calc.getCell(1, 2).value = { formula: 'NORMSINV(0.975)' } as ExcelJS.CellFormulaValue;
      calc.getCell(2, 2).value = { formula: '_xlfn.NORM.S.INV(0.975)' } as ExcelJS.CellFormulaValue;
      const path = join(dir, 'intervals.xlsx');
      await book.xlsx.writeFile(path);
      const [values] = await recalculatedValues([path]);
      checks.forEach((check, i) => expect(Math.abs((values.Calc[i][0] as number) - check.expected), `${check.label}: ${values.Calc[i][0]}`).toBeLessThan(1e-9));
      expect(values.Calc[0][1]).toBeCloseTo(1.959963984540054, 12);
      expect(values.Calc[1][1]).toBeCloseTo(1.959963984540054, 12);
    }, 120_000);
  });
});
