/**
 * The CLV tables of the summary over the CDNOW sample (6,919 transactions of 2,357 customers, 1997-01-01 … 1998-06-30):
 * the Pareto/NBD forecast and the tracking table with its chart, live and as values, against direct calls.
 */
import { describe, expect, it } from 'vitest';
import { chartSeries } from '../../src/local/fake';
import { buildSummary, type BuildRequest } from '../../src/server/summary';
import { REQUEST_MESSAGES } from '../../src/server/request-messages';
import { STRINGS } from '../../src/sidebar/strings';
import { dayOfIso, isoOfDay } from '../../src/kpi/periods/period';
import { defaultCalibrationEnd } from '../../src/summary/calibration';
import { LABELS } from '../../src/summary/labels';
import { latinWords } from '../helpers/latin-words';
import { call } from '../helpers/call';
import { sampleWorkbook } from '../helpers/sample-workbook';
import { cdnowOrders } from '../helpers/cdnow-orders';

const NOW = new Date(Date.UTC(2026, 11, 1));
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const ORDERS = cdnowOrders();
const RANGE = `'Orders'!A1:C${ORDERS.length}`;
const columnOf = (i: number): unknown[][] => ORDERS.slice(1).map((row) => [row[i]]);
const [IDS, DATES, AMOUNTS] = [columnOf(0), columnOf(1), columnOf(2)];
const CALIBRATION_END = utc(1997, 9, 30);
const PARETO: Partial<BuildRequest> = { variants: { 'CLV_FORECAST.model': 'pareto_nbd', CLV_TRACKING: 'pareto_nbd' }, calibrationEnd: '1997-09-30' };

/** Builds the two CLV tables over the orders; returns the fake. */
function build(mode: BuildRequest['mode'], extra: Partial<BuildRequest> = PARETO) {
  const fake = sampleWorkbook([{ name: 'Orders', values: ORDERS }]);
  buildSummary(fake, { ranges: [RANGE], kpis: ['CLV_FORECAST', 'CLV_TRACKING'], mode, period: 'none', language: 'en', ...extra }, NOW);
  const range = fake.spreadsheet.getSheetByName('KPI Summary')!.getDataRange();
  return { fake, values: range.getValues(), formulas: range.getFormulas() };
}

/** A section's table: from the row under its title (and caption) while the first cell is not blank, `width` columns. */
function section(values: unknown[][], title: string, width: number): { top: number; caption: unknown; rows: unknown[][] } {
  const start = values.findIndex((row) => row[0] === title);
  const end = values.findIndex((row, i) => i > start + 2 && row[0] === '');
  return { top: start + 2, caption: values[start + 1][0], rows: values.slice(start + 2, end < 0 ? undefined : end).map((row) => row.slice(0, width)) };
}

/** A direct call's table as the sheet shows it: null cells blank. */
const shown = (table: unknown): unknown[][] => (table as unknown[][]).map((row) => row.map((cell) => cell ?? ''));

describe('the Pareto/NBD forecast and the tracking table of the CDNOW sample', () => {
  const values = build('values');
  const live = build('live');
  const forecast = shown(call('CLV_FORECAST', IDS, DATES, AMOUNTS, CALIBRATION_END, '', '', 'week', 'pareto_nbd'));
  const tracking = shown(call('CLV_TRACKING', IDS, DATES, CALIBRATION_END, 'pareto_nbd', 'week'));

  it('the forecast: a live call with "pareto_nbd" and the calibration end, whose values equal CLV_FORECAST called directly', () => {
    const formula = live.formulas.flat().find((f) => f.startsWith('=CLV_FORECAST('));
    expect(formula).toBe('=CLV_FORECAST(kpi_customer_id,kpi_date,kpi_amount,DATE(1997,9,30),52,0,"week","pareto_nbd")');
    const snapshot = section(values.values, 'Customer lifetime value forecast', 5);
    expect(snapshot.caption).toBe('The model is fitted on the transactions up to 1997-09-30.');
    // 2,357 customers, a header and a total.
    expect(snapshot.rows).toHaveLength(2359);
    expect(snapshot.rows).toEqual(forecast);
    expect(section(live.values, 'Customer lifetime value forecast', 5).rows).toEqual(forecast);
    // Customer 1 and the total over 52 weeks under Pareto/NBD; BG/NBD gives other numbers.
    expect(snapshot.rows[1][0]).toBe('C0001');
    expect(snapshot.rows[1][1]).toBeCloseTo(0.86913, 5);
    expect(snapshot.rows[1][2]).toBeCloseTo(1.85089, 5);
    expect(snapshot.rows[2358][0]).toBe('Total');
    expect(snapshot.rows[2358][2]).toBeCloseTo(2109.959, 3);
    expect(snapshot.rows[2358][4]).toBeCloseTo(76580.74, 2);
    const bgnbd = shown(call('CLV_FORECAST', IDS, DATES, AMOUNTS, CALIBRATION_END, '', '', 'week', 'bgnbd'));
    expect(Math.abs((bgnbd[2358][2] as number) - 2109.959)).toBeGreaterThan(1);
  });

  it('the tracking table equals CLV_TRACKING called directly: 78 weeks, the holdout from week 40 (1997-10-01)', () => {
    expect(live.formulas.flat().find((f) => f.startsWith('=CLV_TRACKING('))).toBe('=CLV_TRACKING(kpi_customer_id,kpi_date,DATE(1997,9,30),"pareto_nbd")');
    const snapshot = section(values.values, 'Repeat purchases: expected vs actual', 7);
    expect(snapshot.caption).toBe('The model is fitted on the transactions up to 1997-09-30.');
    expect(snapshot.rows).toEqual(tracking);
    expect(section(live.values, 'Repeat purchases: expected vs actual', 7).rows).toEqual(tracking);
    expect(snapshot.rows).toHaveLength(79);
    expect(snapshot.rows[0]).toEqual(['Period', 'Period start', 'Actual repeat purchases', 'Expected repeat purchases', 'Actual, cumulative', 'Expected, cumulative', 'Holdout']);
    expect(snapshot.rows[39].slice(0, 2)).toEqual([39, utc(1997, 9, 24)]);
    expect(snapshot.rows[39][6]).toBe(false);
    expect(snapshot.rows[40].slice(0, 2)).toEqual([40, utc(1997, 10, 1)]);
    expect(snapshot.rows[40][6]).toBe(true);
    expect(snapshot.rows[6].slice(2, 5)).toEqual([73, expect.any(Number), 192]);
    expect(snapshot.rows[78][4]).toBe(tracking.slice(1).reduce((sum, row) => sum + (row[2] as number), 0));
  });

  it('its line chart: actual and expected cumulative repeat purchases, two series over the same 78 week starts', () => {
    for (const { fake, values: cells } of [values, live]) {
      const charts = fake.charts('KPI Summary');
      expect(charts).toHaveLength(1);
      expect(charts[0].type).toBe('LINE');
      const data = chartSeries(charts[0], (a1) => fake.readValues(a1));
      const table = section(cells, 'Repeat purchases: expected vs actual', 7).rows.slice(1);
      expect(data.domain).toEqual(table.map((row) => row[1]));
      expect(data.domain).toHaveLength(78);
      expect(data.series.map((s) => s.label)).toEqual(['Actual, cumulative', 'Expected, cumulative']);
      expect(data.series[0].values).toEqual(table.map((row) => row[4]));
      expect(data.series[1].values).toEqual(table.map((row) => row[5]));
    }
  });

  it('without a calibration end the tracking table splits at 1997-12-31 and the forecast is fitted on every date', () => {
    const { formulas, values: cells } = build('live', {});
    expect(formulas.flat().find((f) => f.startsWith('=CLV_FORECAST('))).toBe('=CLV_FORECAST(kpi_customer_id,kpi_date,kpi_amount,MAX(kpi_date))');
    expect(formulas.flat().find((f) => f.startsWith('=CLV_TRACKING('))).toBe('=CLV_TRACKING(kpi_customer_id,kpi_date,DATE(1997,12,31))');
    const table = section(cells, 'Repeat purchases: expected vs actual', 7);
    expect(table.caption).toBe('The model is fitted on the transactions up to 1997-12-31.');
    expect(table.rows).toEqual(shown(call('CLV_TRACKING', IDS, DATES, utc(1997, 12, 31))));
    // Week 53 starts 1997-12-31, the last in the calibration; week 54 is the first of the holdout.
    expect(table.rows.findIndex((row) => row[6] === true)).toBe(54);
  });

  it('a calibration end on or outside the dates is refused, naming the field, in the request\'s language', () => {
    const refused = (calibrationEnd: string, language: BuildRequest['language'] = 'en') => {
      const fake = sampleWorkbook([{ name: 'Orders', values: ORDERS }]);
      try {
        buildSummary(fake, { ranges: [RANGE], kpis: ['CLV_TRACKING'], mode: 'values', period: 'none', language, calibrationEnd }, NOW);
      } catch (error) {
        expect(fake.spreadsheet.getSheetByName('KPI Summary')).toBeNull();
        return (error as Error).message;
      }
      expect(fake.spreadsheet.getSheetByName('KPI Summary')).not.toBeNull();
      return undefined;
    };
    expect(refused('1998-06-30')).toBe('calibrationEnd: "1998-06-30" is not strictly between the first date 1997-01-01 and the last date 1998-06-30 of the transactions');
    expect(refused('1996-12-31')).toMatch(/^calibrationEnd: "1996-12-31" is not strictly between/);
    expect(refused('1997-01-01', 'fa')).toBe('calibrationEnd: "1997-01-01" پس از نخستین تاریخ 1997-01-01 و پیش از آخرین تاریخ 1998-06-30 تراکنش‌ها نیست');
    expect(refused('1997-01-02')).toBeUndefined();
  });
});

describe('the default calibration end', () => {
  it('is the month end two thirds of the way through the dates, else that day, else none', () => {
    expect(isoOfDay(defaultCalibrationEnd(dayOfIso('1997-01-01'), dayOfIso('1998-06-30'))!)).toBe('1997-12-31');
    // 2025-01-01 … 2025-01-20: day 12 after the first is the 13th; January's end is after the last date.
    expect(isoOfDay(defaultCalibrationEnd(dayOfIso('2025-01-01'), dayOfIso('2025-01-20'))!)).toBe('2025-01-13');
    expect(isoOfDay(defaultCalibrationEnd(dayOfIso('2025-01-01'), dayOfIso('2025-01-03'))!)).toBe('2025-01-02');
    expect(defaultCalibrationEnd(dayOfIso('2025-01-01'), dayOfIso('2025-01-02'))).toBeUndefined();
  });

  it('reads only real dates written yyyy-mm-dd', () => {
    expect(dayOfIso('1997-09-30')).toBe(Date.UTC(1997, 8, 30) / 86_400_000);
    expect(dayOfIso('1997-02-30')).toBeNaN();
    expect(dayOfIso('1997-9-30')).toBeNaN();
    expect(dayOfIso('30/09/1997')).toBeNaN();
  });
});

describe('the words of the CLV choices', () => {
  it.each(['fa', 'ar', 'ru'] as const)('%s: the model and unit names, the calibration field and its messages have no Latin word', (language) => {
    const l = LABELS[language];
    const m = REQUEST_MESSAGES[language];
    const s = STRINGS[language];
    const texts = [
      ...['bgnbd', 'pareto_nbd', 'calendar_week', 'calendar_month'].map((choice) => l.choices[choice]),
      l.fittedTo('1997-09-30'),
      m.notDate('"1997-02-30"'),
      m.outsideDates('"1998-06-30"', '1997-01-01', '1998-06-30'),
      s.variantNames.unit,
      s.variantNames.model,
      s.calibrationLabel,
      s.calibrationHint('1997-12-31'),
    ];
    for (const text of texts) {
      expect(text, language).toBeTruthy();
      expect(latinWords(text), text).toEqual([]);
    }
  });
});
