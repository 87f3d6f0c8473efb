/** Predictive lifetime value from raw transactions (BG/NBD, Pareto/NBD, Gamma-Gamma) and contractual retention (shifted-beta-geometric). */
import {
  checkRepeatSpend,
  clvForecast,
  fitGammaGamma,
  fitPurchaseModel,
  fitShiftedBetaGeometric,
  MODEL_NAMES,
  MODEL_PARAMETERS,
  rfmSummary,
  sbgSurvival,
  type ModelName,
  type RfmSummary,
  type RfmUnit,
} from './clv';
import { dates, kpi, labels, option, optionalValues, scalar, values } from './define';
import { checkRows } from './rows';
import type { Args, Kpi, Param, Table } from './types';

/** Days in each time unit of days the models can count in; the calendar units group purchases per calendar week or month. */
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 365.25 / 12, year: 365.25 };
const UNITS = [...Object.keys(UNIT_DAYS), 'calendar_week', 'calendar_month'];
export const unit = (): Param =>
  option(
    'unit',
    'Optional, default "week": the time unit of recency, age and the horizon: day, week (7 days), month (30.4375 days), year, or calendar_week / calendar_month (purchases counted per calendar week or month, as lifetimes\' freq "W" / "M").',
    UNITS,
    'week',
  );

/** The RfmUnit of a unit option. */
export const unitOf = (choice: string): RfmUnit => (choice === 'calendar_week' || choice === 'calendar_month' ? choice : UNIT_DAYS[choice]);

export const model = (): Param => option('model', 'Optional, default "bgnbd": the purchase model, bgnbd (BG/NBD) or pareto_nbd (Pareto/NBD).', MODEL_NAMES, 'bgnbd');

/** A yes/no option read from TRUE/FALSE cells or the words true/false. */
const flag = (name: string, description: string): Param => option(name, description, ['false', 'true'], 'false');
const standardErrorsFlag = (): Param => flag('standard_errors', 'Optional, default FALSE: TRUE adds a row of standard errors (from the Hessian of the log-likelihood) under the estimates.');

/** An optional column of numbers. */

/** The transaction columns of RFM_SUMMARY, CLV_FORECAST and CLV_TRACKING, checked row by row, blank rows dropped. */
export interface Transactions {
  readonly ids: string[];
  readonly days: Float64Array;
  readonly amounts: Float64Array | null;
}

/** Customer ids (argument 0), dates (1) and, when `amountsIndex` ≥ 0 and given, amounts; rows blank in every column are dropped. */
export function transactions(a: Args, amountsIndex: number): Transactions {
  const ids = a.labels(0) ?? [];
  const days = a.days(1);
  const amounts = amountsIndex >= 0 && a.given(amountsIndex) ? a.grid(amountsIndex).values : null;
  checkRows([
    { name: 'customer_ids', cells: ids, required: true },
    { name: 'dates', cells: days, required: true },
    ...(amounts ? [{ name: 'amounts', cells: amounts, required: true }] : []),
  ]);
  let kept = 0;
  for (let i = 0; i < days.length; i++) if (days[i] === days[i]) kept++;
  if (kept === days.length) return { ids: ids as string[], days, amounts };
  const keptIds: string[] = new Array(kept);
  const keptDays = new Float64Array(kept);
  const keptAmounts = amounts ? new Float64Array(kept) : null;
  for (let i = 0, j = 0; i < days.length; i++) {
    if (days[i] !== days[i]) continue;
    keptIds[j] = ids[i];
    keptDays[j] = days[i];
    if (keptAmounts && amounts) keptAmounts[j] = amounts[i];
    j++;
  }
  return { ids: keptIds, days: keptDays, amounts: keptAmounts };
}

/** A fit's table: parameter names and the log-likelihood over the estimates; with standard errors a third row and a label column. */
export function fitTable(names: readonly string[], estimates: readonly number[], logLikelihood: number, standardErrors?: readonly number[]): Table {
  const columns = [...names, 'log_likelihood'];
  if (!standardErrors) return { columns, rows: [[...estimates, logLikelihood]] };
  return {
    columns: [...columns, ''],
    rows: [
      [...estimates, logLikelihood, { label: 'estimate' }],
      [...standardErrors.map((e) => (Number.isFinite(e) ? e : null)), null, { label: 'standard_error' }],
    ],
  };
}

/** Aligned numeric columns (arguments 0 … n−1) with wholly blank rows dropped. */
function columnsOf(a: Args, names: readonly string[], first = 0): Float64Array[] {
  const cells = names.map((_, i) => a.grid(first + i).values);
  checkRows(names.map((name, i) => ({ name, cells: cells[i], required: true })));
  const lead = cells[0];
  let kept = 0;
  for (let i = 0; i < lead.length; i++) if (lead[i] === lead[i]) kept++;
  if (kept === lead.length) return cells;
  return cells.map((column) => {
    const out = new Float64Array(kept);
    for (let i = 0, j = 0; i < lead.length; i++) if (lead[i] === lead[i]) out[j++] = column[i];
    return out;
  });
}

/** The RFM table of a summary: calibration columns, then the holdout columns when there is a holdout. */
function rfmTable(summary: RfmSummary): Table {
  const { ids, frequency, recency, age, monetary, holdout } = summary;
  const columns = ['customer_id', 'frequency', 'recency', 'age'];
  if (monetary) columns.push('monetary');
  if (holdout) columns.push('frequency_holdout', ...(holdout.monetary ? ['monetary_holdout'] : []), 'duration_holdout');
  const width = columns.length;
  const rows: (string | number)[][] = new Array(ids.length);
  for (let c = 0; c < ids.length; c++) {
    const row: (string | number)[] = new Array(width);
    row[0] = ids[c];
    row[1] = frequency[c];
    row[2] = recency[c];
    row[3] = age[c];
    let k = 4;
    if (monetary) row[k++] = monetary[c];
    if (holdout) {
      row[k++] = holdout.frequency[c];
      if (holdout.monetary) row[k++] = holdout.monetary[c];
      row[k] = holdout.duration;
    }
    rows[c] = row;
  }
  return { columns, rows };
}

const survival = () => values('survival', "One cohort's customers (or % or fraction) still active in each period, from period 0.", { min: 0 });

/** A purchase model's fit entry: BGNBD_FIT or PARETO_NBD_FIT. */
function purchaseFit(id: string, name: ModelName, names: Kpi['names'], description: string, reference: string): Kpi {
  const parameters = MODEL_PARAMETERS[name];
  return kpi({
    id,
    family: 'clv',
    names,
    unit: 'table',
    direction: 'maximize',
    description,
    formula: `maximum likelihood ${parameters.join(', ')}`,
    params: [
      values('frequency', 'Repeat purchases per customer.', { min: 0, whole: true }),
      values('recency', 'Time from first to last purchase.', { min: 0 }),
      values('age', 'Time from first purchase to the calibration end.', { min: 0 }),
      standardErrorsFlag(),
    ],
    compute: (a) => {
      const [frequency, recency, age] = columnsOf(a, ['frequency', 'recency', 'age']);
      const fit = fitPurchaseModel(name, frequency, recency, age, { standardErrors: a.option(3) === 'true' });
      return fitTable(parameters, fit.model.values, fit.logLikelihood, fit.standardErrors);
    },
    example: { call: `${id}(B2:B2358, C2:C2358, D2:D2358)`, result: reference },
  });
}

export const LIFETIME_VALUE: readonly Kpi[] = [
  kpi({
    id: 'RFM_SUMMARY',
    family: 'clv',
    names: { en: 'RFM summary', fa: 'خلاصه تازگی، تکرار و ارزش خرید', ar: 'ملخص الحداثة والتكرار والقيمة', ru: 'RFM-сводка' },
    unit: 'table',
    direction: 'maximize',
    description: 'Per customer up to the calibration end: repeat purchases, recency, age and mean repeat amount, the input of the CLV models; with a holdout end, the holdout purchases too.',
    formula: 'frequency = purchase periods − 1; recency = last − first; age = calibration end − first; monetary = mean amount of the repeat purchases',
    definitionNote: 'A purchase period is a day (units of days) or a calendar week or month: rows of one customer in one period are one purchase with their amounts added. With include_first_purchase, frequency counts the first purchase and monetary averages over every purchase. With holdout_end, as lifetimes\' calibration_and_holdout_data: frequency_holdout = purchase periods after the calibration end up to holdout_end, monetary_holdout = their mean amount (amounts of one period added, as in the calibration columns; lifetimes averages the holdout rows), duration_holdout = holdout_end − calibration_end in units.',
    params: [
      labels('customer_ids', 'The customer of each transaction.'),
      dates('dates', 'The date of each transaction.'),
      optionalValues('amounts', 'Optional: the amount of each transaction (adds the mean repeat amount).'),
      { name: 'calibration_end', kind: 'dates', description: 'The last day of the calibration period (inclusive).' },
      unit(),
      flag('include_first_purchase', 'Optional, default FALSE: TRUE counts the first purchase in frequency and monetary (not for the fit functions).'),
      { name: 'holdout_end', kind: 'dates', description: 'Optional: the last day of a holdout period after calibration_end; adds holdout frequency, amount and duration.', optional: { default: '' } },
    ],
    compute: (a) => {
      const { ids, days, amounts } = transactions(a, 2);
      const summary = rfmSummary(ids, days, amounts, a.days(3)[0], unitOf(a.option(4)), {
        includeFirstPurchase: a.option(5) === 'true',
        holdoutEndDay: a.given(6) ? a.days(6)[0] : undefined,
      });
      return rfmTable(summary);
    },
    example: { call: 'RFM_SUMMARY(A2:A7000, B2:B7000, C2:C7000, DATE(1997,9,30))', result: 'a table: customer id, frequency, recency, age, monetary' },
  }),
  purchaseFit(
    'BGNBD_FIT',
    'bgnbd',
    { en: 'BG/NBD purchase model', fa: 'مدل خرید BG/NBD', ar: 'نموذج الشراء BG/NBD', ru: 'Модель покупок BG/NBD' },
    'Fits the BG/NBD model (Fader, Hardie & Lee 2005) to frequency, recency and age by maximum likelihood; optionally with standard errors.',
    'r, alpha, a, b, log-likelihood',
  ),
  purchaseFit(
    'PARETO_NBD_FIT',
    'pareto_nbd',
    { en: 'Pareto/NBD purchase model', fa: 'مدل خرید پارتو/NBD', ar: 'نموذج الشراء باريتو/NBD', ru: 'Модель покупок Парето/NBD' },
    'Fits the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987) to frequency, recency and age by maximum likelihood; optionally with standard errors.',
    'r, alpha, s, beta, log-likelihood',
  ),
  kpi({
    id: 'GAMMA_GAMMA_FIT',
    family: 'clv',
    names: { en: 'Gamma-Gamma spend model', fa: 'مدل هزینه گاما-گاما', ar: 'نموذج الإنفاق جاما-جاما', ru: 'Модель трат гамма-гамма' },
    unit: 'table',
    direction: 'maximize',
    description: 'Fits the Gamma-Gamma spend model (Fader & Hardie 2013) to repeat customers by maximum likelihood; optionally with standard errors.',
    formula: 'maximum likelihood p, q, γ over customers with frequency > 0',
    definitionNote: 'A repeat customer whose mean amount is 0 or less is an error naming its row, unless min_spend is given: then repeat customers below min_spend (or not above 0) are left out.',
    params: [
      values('frequency', 'Repeat purchases per customer.', { min: 0, whole: true }),
      values('monetary', 'Mean amount of the repeat purchases.'),
      standardErrorsFlag(),
      { ...scalar('min_spend', 'Optional: leave out repeat customers whose mean amount is below this (or not above 0) instead of an error.', 0, { min: 0 }), optional: { default: '' } },
    ],
    compute: (a) => {
      const [frequency, monetary] = columnsOf(a, ['frequency', 'monetary']);
      const fit = fitGammaGamma(frequency, monetary, { standardErrors: a.option(2) === 'true', minSpend: a.given(3) ? a.number(3) : undefined });
      return fitTable(['p', 'q', 'gamma'], [fit.p, fit.q, fit.gamma], fit.logLikelihood, fit.standardErrors);
    },
    example: { call: 'GAMMA_GAMMA_FIT(B2:B2358, E2:E2358)', result: 'p, q, gamma, log-likelihood' },
  }),
  kpi({
    id: 'CLV_FORECAST',
    family: 'clv',
    names: { en: 'Customer lifetime value forecast', fa: 'پیش‌بینی ارزش طول عمر مشتری', ar: 'توقع قيمة بقاء العميل', ru: 'Прогноз пожизненной ценности клиента' },
    unit: 'table',
    direction: 'maximize',
    description: 'Per customer: probability alive, expected purchases and, with amounts, spend over the horizon and expected value (BG/NBD or Pareto/NBD × Gamma-Gamma).',
    formula: 'Σ over periods of expected purchases × expected spend ÷ (1 + discount rate)^period',
    definitionNote: 'The predictive form of LTV; both models are fitted on the rows up to the calibration end. With month_length (30 or 30.4375 days, 4.345 weeks: the length of a month in the unit) the horizon counts months and the discount rate is per month, as lifetimes\' customer_lifetime_value. Without amounts: probability alive and expected purchases only. A repeat customer whose mean amount is 0 or less is an error naming the customer, unless min_spend is given: then such customers (and those below min_spend) get no spend or value and are counted in a last row.',
    params: [
      labels('customer_ids', 'The customer of each transaction.'),
      dates('dates', 'The date of each transaction.'),
      optionalValues('amounts', 'Optional: the amount of each transaction; without it, purchases and probability alive only.'),
      { name: 'calibration_end', kind: 'dates', description: 'The last day of the data used to fit (inclusive).' },
      scalar('horizon', 'Optional, default 52: how many units (or months, with month_length) ahead to forecast.', 52, { min: 0 }),
      scalar('discount_rate', 'Optional, default 0: discount rate per unit, or per month with month_length (0.01 = 1%).', 0, { min: 0, max: 1 }),
      unit(),
      model(),
      { ...scalar('month_length', 'Optional: the length of a month in the unit (30 or 30.4375 days, 4.345 weeks); then horizon and discount_rate are per month.', 0, { min: 0 }), optional: { default: '' } },
      { ...scalar('min_spend', 'Optional: leave repeat customers whose mean amount is below this (or not above 0) out of the spend model, with a count, instead of an error.', 0, { min: 0 }), optional: { default: '' } },
    ],
    compute: (a) => {
      const { ids, days, amounts } = transactions(a, 2);
      const summary = rfmSummary(ids, days, amounts, a.days(3)[0], unitOf(a.option(6)));
      const minSpend = a.given(9) ? a.number(9) : undefined;
      const purchases = fitPurchaseModel(a.option(7) as ModelName, summary.frequency, summary.recency, summary.age).model;
      let spend = null;
      if (summary.monetary) {
        checkRepeatSpend(summary, minSpend);
        spend = fitGammaGamma(summary.frequency, summary.monetary, { minSpend });
      }
      const forecast = clvForecast(summary, purchases, spend, {
        horizon: a.number(4),
        discountRate: a.number(5),
        periodLength: a.given(8) ? a.number(8) : 1,
        minSpend,
      });
      const value = (v: number): number | null => (v === v ? v : null);
      const { probabilityAlive, expectedPurchases, expectedSpend, expectedValue, total } = forecast;
      const rows: Table['rows'][number][] = new Array(forecast.ids.length);
      for (let c = 0; c < forecast.ids.length; c++) {
        rows[c] = expectedSpend && expectedValue
          ? [forecast.ids[c], probabilityAlive[c], expectedPurchases[c], value(expectedSpend[c]), value(expectedValue[c])]
          : [forecast.ids[c], probabilityAlive[c], expectedPurchases[c]];
      }
      if (!spend) {
        rows.push([{ label: 'total' }, null, total.expectedPurchases]);
        return { columns: ['customer_id', 'probability_alive', 'expected_purchases'], rows };
      }
      rows.push([{ label: 'total' }, null, total.expectedPurchases, null, total.expectedValue]);
      if (minSpend !== undefined) rows.push([{ label: 'excluded_min_spend' }, null, null, null, forecast.excluded]);
      return { columns: ['customer_id', 'probability_alive', 'expected_purchases', 'expected_spend', 'expected_value'], rows };
    },
    example: { call: 'CLV_FORECAST(A2:A7000, B2:B7000, C2:C7000, DATE(1997,9,30), 52)', result: 'a table per customer with a total row' },
  }),
  kpi({
    id: 'SBG_FIT',
    family: 'clv',
    names: { en: 'Shifted-beta-geometric retention model', fa: 'مدل نگهداری بتا-هندسی انتقال‌یافته', ar: 'نموذج الاحتفاظ بيتا الهندسي المزاح', ru: 'Модель удержания sBG' },
    unit: 'table',
    direction: 'maximize',
    description: "Fits the shifted-beta-geometric model (Fader & Hardie 2007) to one cohort's survival by maximum likelihood; optionally with standard errors.",
    formula: 'maximum likelihood α, β of the per-period churn probability',
    params: [survival(), standardErrorsFlag()],
    compute: (a) => {
      const fit = fitShiftedBetaGeometric(Array.from(columnsOf(a, ['survival'])[0]), { standardErrors: a.option(1) === 'true' });
      return fitTable(['alpha', 'beta'], [fit.alpha, fit.beta], fit.logLikelihood, fit.standardErrors);
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
