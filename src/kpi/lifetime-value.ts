/** Predictive lifetime value from raw transactions (BG/NBD, Gamma-Gamma) and contractual retention (shifted-beta-geometric). */
import { clvForecast, fitBgNbd, fitGammaGamma, fitShiftedBetaGeometric, rfmSummary, sbgSurvival } from './clv';
import { dates, kpi, labels, option, scalar, values } from './define';
import { checkRows } from './rows';
import type { Args, Kpi, Table } from './types';

/** Days in each time unit the models can count in. */
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 365.25 / 12, year: 365.25 };
const unit = (): ReturnType<typeof option> =>
  option('unit', 'Optional, default "week": the time unit of recency, age and the horizon: day, week, month or year.', Object.keys(UNIT_DAYS), 'week');

/** The transactions of RFM_SUMMARY and CLV_FORECAST: customer ids, dates, amounts (checked row by row), and the calibration end. */
function transactions(a: Args, unitIndex: number) {
  const ids = a.labels(0) ?? [];
  const days = a.days(1);
  const amounts = a.grid(2).values;
  checkRows([
    { name: 'customer_ids', cells: ids, required: true },
    { name: 'dates', cells: days, required: true },
    { name: 'amounts', cells: amounts, required: true },
  ]);
  const keep = days.map((day) => (Number.isNaN(day) ? 0 : 1));
  const rowsKept = keep.reduce((n, k) => n + k, 0);
  const keptIds: string[] = new Array(rowsKept);
  const keptDays = new Float64Array(rowsKept);
  const keptAmounts = new Float64Array(rowsKept);
  for (let i = 0, j = 0; i < days.length; i++) {
    if (!keep[i]) continue;
    keptIds[j] = ids[i];
    keptDays[j] = days[i];
    keptAmounts[j++] = amounts[i];
  }
  return rfmSummary(keptIds, keptDays, keptAmounts, a.days(3)[0], UNIT_DAYS[a.option(unitIndex)]);
}

/** A one-row table of fitted parameters under their header. */
const fitTable = (columns: string[], row: number[]): Table => ({ columns, rows: [row] });

/** Aligned numeric columns with wholly blank rows dropped. */
function columnsOf(a: Args, names: readonly string[]): Float64Array[] {
  const cells = names.map((_, i) => a.grid(i).values);
  checkRows(names.map((name, i) => ({ name, cells: cells[i], required: true })));
  const keep = cells[0].map((value) => (Number.isNaN(value) ? 0 : 1));
  return cells.map((column) => column.filter((_, i) => keep[i] === 1));
}

const survival = () => values('survival', "One cohort's customers (or % or fraction) still active in each period, from period 0.", { min: 0 });

export const LIFETIME_VALUE: readonly Kpi[] = [
  kpi({
    id: 'RFM_SUMMARY',
    family: 'clv',
    names: { en: 'RFM summary', fa: 'خلاصه تازگی، تکرار و ارزش خرید', ar: 'ملخص الحداثة والتكرار والقيمة', ru: 'RFM-сводка' },
    unit: 'table',
    direction: 'maximize',
    description: 'Per customer up to the calibration end: repeat purchases, recency, age and mean repeat amount, the input of the CLV models.',
    formula: 'frequency = purchase days − 1; recency = last − first; age = calibration end − first; monetary = mean repeat amount',
    params: [
      labels('customer_ids', 'The customer of each transaction.'),
      dates('dates', 'The date of each transaction.'),
      values('amounts', 'The amount of each transaction.'),
      { name: 'calibration_end', kind: 'dates', description: 'The last day of the calibration period (inclusive).' },
      unit(),
    ],
    compute: (a) => ({
      columns: ['customer_id', 'frequency', 'recency', 'age', 'monetary'],
      rows: transactions(a, 4).map((row) => [row.id, row.frequency, row.recency, row.age, row.monetary]),
    }),
    example: { call: 'RFM_SUMMARY(A2:A7000, B2:B7000, C2:C7000, DATE(1997,9,30))', result: 'a table: customer id, frequency, recency, age, monetary' },
  }),
  kpi({
    id: 'BGNBD_FIT',
    family: 'clv',
    names: { en: 'BG/NBD purchase model', fa: 'مدل خرید BG/NBD', ar: 'نموذج الشراء BG/NBD', ru: 'Модель покупок BG/NBD' },
    unit: 'table',
    direction: 'maximize',
    description: 'Fits the BG/NBD model (Fader, Hardie & Lee 2005) to frequency, recency and age by maximum likelihood.',
    formula: 'maximum likelihood r, α, a, b',
    params: [
      values('frequency', 'Repeat purchases per customer.', { min: 0, whole: true }),
      values('recency', 'Time from first to last purchase.', { min: 0 }),
      values('age', 'Time from first purchase to the calibration end.', { min: 0 }),
    ],
    compute: (a) => {
      const [frequency, recency, age] = columnsOf(a, ['frequency', 'recency', 'age']);
      const fit = fitBgNbd(frequency, recency, age);
      return fitTable(['r', 'alpha', 'a', 'b', 'log_likelihood'], [fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood]);
    },
    example: { call: 'BGNBD_FIT(B2:B2358, C2:C2358, D2:D2358)', result: 'r, alpha, a, b, log-likelihood' },
  }),
  kpi({
    id: 'GAMMA_GAMMA_FIT',
    family: 'clv',
    names: { en: 'Gamma-Gamma spend model', fa: 'مدل هزینه گاما-گاما', ar: 'نموذج الإنفاق جاما-جاما', ru: 'Модель трат гамма-гамма' },
    unit: 'table',
    direction: 'maximize',
    description: 'Fits the Gamma-Gamma spend model (Fader & Hardie 2013) to repeat customers by maximum likelihood.',
    formula: 'maximum likelihood p, q, γ over customers with frequency > 0',
    params: [values('frequency', 'Repeat purchases per customer.', { min: 0, whole: true }), values('monetary', 'Mean amount of the repeat purchases.')],
    compute: (a) => {
      const [frequency, monetary] = columnsOf(a, ['frequency', 'monetary']);
      const fit = fitGammaGamma(frequency, monetary);
      return fitTable(['p', 'q', 'gamma', 'log_likelihood'], [fit.p, fit.q, fit.gamma, fit.logLikelihood]);
    },
    example: { call: 'GAMMA_GAMMA_FIT(B2:B2358, E2:E2358)', result: 'p, q, gamma, log-likelihood' },
  }),
  kpi({
    id: 'CLV_FORECAST',
    family: 'clv',
    names: { en: 'Customer lifetime value forecast', fa: 'پیش‌بینی ارزش طول عمر مشتری', ar: 'توقع قيمة بقاء العميل', ru: 'Прогноз пожизненной ценности клиента' },
    unit: 'table',
    direction: 'maximize',
    description: 'Per customer: probability alive, expected purchases and spend over the horizon, and expected value (BG/NBD × Gamma-Gamma).',
    formula: 'Σ over periods of expected purchases × expected spend ÷ (1 + discount rate)^period',
    definitionNote: 'The predictive form of LTV; both models are fitted on the rows up to the calibration end.',
    params: [
      labels('customer_ids', 'The customer of each transaction.'),
      dates('dates', 'The date of each transaction.'),
      values('amounts', 'The amount of each transaction.'),
      { name: 'calibration_end', kind: 'dates', description: 'The last day of the data used to fit (inclusive).' },
      scalar('horizon', 'Optional, default 52: how many units ahead to forecast.', 52, { min: 0 }),
      scalar('discount_rate', 'Optional, default 0: discount rate per unit (0.01 = 1%).', 0, { min: 0, max: 1 }),
      unit(),
    ],
    compute: (a) => {
      const rows = transactions(a, 6);
      const bg = fitBgNbd(rows.map((r) => r.frequency), rows.map((r) => r.recency), rows.map((r) => r.age));
      const gg = fitGammaGamma(rows.map((r) => r.frequency), rows.map((r) => r.monetary));
      const forecast = clvForecast(rows, bg, gg, a.number(4), a.number(5));
      return {
        columns: ['customer_id', 'probability_alive', 'expected_purchases', 'expected_spend', 'expected_value'],
        rows: [
          ...forecast.customers.map((c) => [c.id, c.probabilityAlive, c.expectedPurchases, c.expectedSpend, c.expectedValue]),
          [{ label: 'total' }, null, forecast.total.expectedPurchases, null, forecast.total.expectedValue],
        ],
      };
    },
    example: { call: 'CLV_FORECAST(A2:A7000, B2:B7000, C2:C7000, DATE(1997,9,30), 52)', result: 'a table per customer with a total row' },
  }),
  kpi({
    id: 'SBG_FIT',
    family: 'clv',
    names: { en: 'Shifted-beta-geometric retention model', fa: 'مدل نگهداری بتا-هندسی انتقال‌یافته', ar: 'نموذج الاحتفاظ بيتا الهندسي المزاح', ru: 'Модель удержания sBG' },
    unit: 'table',
    direction: 'maximize',
    description: "Fits the shifted-beta-geometric model (Fader & Hardie 2007) to one cohort's survival by maximum likelihood.",
    formula: 'maximum likelihood α, β of the per-period churn probability',
    params: [survival()],
    compute: (a) => {
      const fit = fitShiftedBetaGeometric(Array.from(columnsOf(a, ['survival'])[0]));
      return fitTable(['alpha', 'beta', 'log_likelihood'], [fit.alpha, fit.beta, fit.logLikelihood]);
    },
    example: { call: 'SBG_FIT({100;86.9;74.3;65.3;59.3;55.1;51.7;49.1})', result: 'alpha 0.668, beta 3.806, log-likelihood' },
  }),
  kpi({
    id: 'RETENTION_FORECAST',
    family: 'clv',
    names: { en: 'Retention forecast', fa: 'پیش‌بینی نگهداری مشتری', ar: 'توقع الاحتفاظ بالعملاء', ru: 'Прогноз удержания' },
    unit: 'table',
    direction: 'maximize',
    description: 'Observed and fitted survival per period, projected periods_ahead beyond the data by the shifted-beta-geometric model.',
    formula: 'S(t) = B(α, β + t) ÷ B(α, β)',
    params: [survival(), scalar('periods_ahead', 'Optional, default 5: how many periods to project.', 5, { min: 0, max: 1000, whole: true })],
    compute: (a) => {
      const observed = Array.from(columnsOf(a, ['survival'])[0]);
      const fit = fitShiftedBetaGeometric(observed);
      const total = observed.length + a.number(1);
      const rows = Array.from({ length: total }, (_, t) => [t, t < observed.length ? observed[t] / observed[0] : null, sbgSurvival(fit, t)]);
      return { columns: ['period', 'observed', 'fitted'], rows };
    },
    example: { call: 'RETENTION_FORECAST({100;63.1;46.8;38.2;32.6;28.9;26.2;24.1}, 5)', result: 'periods 0–12: observed and fitted survival' },
  }),
];
