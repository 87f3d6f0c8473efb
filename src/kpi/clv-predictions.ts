/** Predictions from a fitted parameter row (BGNBD_PREDICT, PARETO_NBD_PREDICT) and the tracking table (CLV_TRACKING). */
import { clvTracking, conditionalExpected, fitPurchaseModel, MODEL_PARAMETERS, purchaseModel, rfmSummary, type ModelName, type PurchaseModel } from './clv';
import { KpiFailure } from './failure';
import { model, transactions, unit, unitOf } from './lifetime-value';
import { dates, kpi, labels, option, optionalValues } from './define';
import type { Args, Kpi, Table } from './types';

const FIT_OF: Record<ModelName, string> = { bgnbd: 'BGNBD_FIT', pareto_nbd: 'PARETO_NBD_FIT' };

/**
 * The fitted parameters of `name` from argument `index`: the fit function's output as Sheets passes it (header, values,
 * and the optional standard-error row), or the values alone in a row or a column. The values are the first row whose
 * first k cells are positive numbers; a text header above them must name the model's parameters.
 */
function parameterRow(a: Args, index: number, name: ModelName): number[] {
  const names = MODEL_PARAMETERS[name];
  const k = names.length;
  const fail = (): never => {
    throw new KpiFailure('not_parameter_row', { argument: 'parameters', value: names, other: FIT_OF[name] });
  };
  const { values: cells, rowCount, columnCount } = a.grid(index);
  const positive = (v: number): boolean => v > 0 && v < Infinity;
  let found = -1;
  for (let r = 0; r < rowCount && found < 0; r++) {
    let ok = columnCount >= k;
    for (let c = 0; ok && c < k; c++) ok = positive(cells[r * columnCount + c]);
    if (ok) found = r;
  }
  if (found < 0) {
    // The values as a column: k positive numbers under one another.
    if (columnCount === 1 && rowCount >= k) {
      const column = Array.from(cells.subarray(0, rowCount)).filter((v) => v === v);
      if (column.length >= k && column.slice(0, k).every(positive)) return column.slice(0, k);
    }
    return fail();
  }
  if (found > 0) {
    const text = a.labels(index) ?? [];
    const header = text.slice((found - 1) * columnCount, (found - 1) * columnCount + k).map((t) => t.trim().toLowerCase());
    if (header.every((t) => t !== '' && Number.isNaN(Number(t))) && header.some((t, i) => t !== names[i])) fail();
  }
  return Array.from(cells.subarray(found * columnCount, found * columnCount + k));
}

/** A column of numbers (a number, a row or a column), or null when the argument is not given. */
function optionalColumn(a: Args, index: number): Float64Array | null {
  return a.given(index) ? a.grid(index).values : null;
}

const MEASURES = ['expected_purchases', 'probability_alive', 'probability_n', 'log_likelihood'] as const;
const CUSTOMER_COLUMNS = ['frequency', 'recency', 'age'];
/** The broadcast arguments of a prediction, by position in its columns. */
const ARGUMENTS = [...CUSTOMER_COLUMNS, 't', 'n'];
type Measure = (typeof MEASURES)[number];

/**
 * One prediction per customer row (or per value of t or n): frequency, recency, age, t and n each hold one value or as
 * many as the longest, and broadcast. Without customer columns the customer is a new one (x = tₓ = T = 0). A row whose
 * longest columns are all blank is a blank result; a row blank in some of them only is an error at that cell.
 */
function predict(a: Args, name: ModelName): number | Table {
  const m: PurchaseModel = purchaseModel(name, parameterRow(a, 0, name));
  const measure = a.option(5) as Measure;
  const given = [1, 2, 3].map((i) => a.given(i));
  if (given.some((g) => g) && !given.every((g) => g)) {
    throw new KpiFailure('no_data', { argument: CUSTOMER_COLUMNS[given.indexOf(false)] });
  }
  if (!given[0] && measure === 'log_likelihood') throw new KpiFailure('no_data', { argument: 'frequency' });
  const zero = Float64Array.of(0);
  const t = optionalColumn(a, 4);
  if (!t && (measure === 'expected_purchases' || measure === 'probability_n')) throw new KpiFailure('no_data', { argument: 't' });
  const columns = [
    ...(given[0] ? [1, 2, 3].map((i) => a.grid(i).values) : [zero, zero, zero]),
    t ?? zero,
    measure === 'probability_n' ? (optionalColumn(a, 6) ?? zero) : zero,
  ];
  const length = Math.max(...columns.map((c) => c.length));
  const longest = ARGUMENTS[columns.findIndex((c) => c.length === length)];
  columns.forEach((c, k) => {
    if (c.length !== 1 && c.length !== length) throw new KpiFailure('lengths_differ', { argument: ARGUMENTS[k], other: longest });
  });
  const value = new Float64Array(5);
  const results: (number | null)[] = new Array(length);
  let total = 0;
  for (let i = 0; i < length; i++) {
    let blanks = 0;
    let vectors = 0;
    let firstBlank = -1;
    for (let k = 0; k < 5; k++) {
      const c = columns[k];
      value[k] = c[c.length === 1 ? 0 : i];
      if (c.length === 1 && length > 1) continue;
      vectors++;
      if (value[k] !== value[k]) {
        blanks++;
        if (firstBlank < 0) firstBlank = k;
      }
    }
    if (blanks > 0) {
      if (blanks < vectors) throw new KpiFailure('blank_cell', { argument: ARGUMENTS[firstBlank], position: i });
      results[i] = null;
      continue;
    }
    const [x, tx, T, ti, n] = value;
    if (!(tx <= T)) throw new KpiFailure('invalid_value', { argument: 'recency', position: i });
    if (measure === 'log_likelihood') total += m.logLikelihood(x, tx, T);
    else if (measure === 'probability_alive') results[i] = m.probabilityAlive(x, tx, T);
    else if (measure === 'probability_n') results[i] = m.probabilityOfPurchases(ti, n, x, tx, T);
    else results[i] = conditionalExpected(m, ti, x, tx, T);
  }
  if (measure === 'log_likelihood') return total;
  if (length === 1 && results[0] !== null) return results[0];
  return { columns: [measure], rows: results.map((v) => [v]) };
}


/** BGNBD_PREDICT or PARETO_NBD_PREDICT. */
function predictEntry(id: string, name: ModelName, names: Kpi['names'], example: { call: string; result: string }): Kpi {
  return kpi({
    id,
    family: 'clv',
    names,
    unit: 'table',
    direction: 'maximize',
    description: `Predictions from the output of ${FIT_OF[name]}: per customer, expected purchases in the next t, probability alive, or the probability of exactly n purchases in t; without customers, for a new customer (E[X(t)]); or the log-likelihood of the customers.`,
    formula: 'measure "expected_purchases": E[Y(t) | x, tₓ, T]; "probability_alive": P(alive | x, tₓ, T); "probability_n": P(Y(t) = n | x, tₓ, T); "log_likelihood": Σ ln L(x, tₓ, T)',
    definitionNote: 'A customer with x = tₓ = T = 0 (or no customer columns) is a new customer: E[X(t)] and P(X(t) = n). The customer columns, t and n each hold one value or one per row; several values spill a column under a header.',
    params: [
      { name: 'parameters', kind: 'grid', description: `The output of ${FIT_OF[name]} (its header and values rows), or the values ${MODEL_PARAMETERS[name].join(', ')} alone.` },
      optionalValues('frequency', 'Optional: repeat purchases per customer.', { min: 0 }),
      optionalValues('recency', 'Optional: time from first to last purchase.', { min: 0 }),
      optionalValues('age', 'Optional: time from first purchase to the calibration end.', { min: 0 }),
      optionalValues('t', 'The time ahead to predict over (one value or one per row), in the unit of recency and age.', { min: 0 }),
      option('measure', 'Optional, default "expected_purchases": expected_purchases, probability_alive, probability_n or log_likelihood.', MEASURES, 'expected_purchases'),
      optionalValues('n', 'Optional, default 0: the number of purchases for probability_n (one value or one per row).', { min: 0, whole: true }),
    ],
    compute: (a) => predict(a, name),
    example,
  });
}

export const CLV_PREDICTIONS: readonly Kpi[] = [
  predictEntry('BGNBD_PREDICT', 'bgnbd', { en: 'BG/NBD predictions', fa: 'پیش‌بینی‌های مدل BG/NBD', ar: 'تنبؤات نموذج BG/NBD', ru: 'Прогнозы модели BG/NBD' }, {
    call: 'BGNBD_PREDICT({0.2425945,4.4136019,0.7929199,2.4258881}, 2, 30.43, 38.86, 39)',
    result: '1.2259057',
  }),
  predictEntry('PARETO_NBD_PREDICT', 'pareto_nbd', { en: 'Pareto/NBD predictions', fa: 'پیش‌بینی‌های مدل پارتو/NBD', ar: 'تنبؤات نموذج باريتو/NBD', ru: 'Прогнозы модели Парето/NBD' }, {
    call: 'PARETO_NBD_PREDICT({0.553371,10.579519,0.605907,11.658092}, 26, 30.85714, 31, 52)',
    result: '25.4564688',
  }),
  kpi({
    id: 'CLV_TRACKING',
    family: 'clv',
    names: { en: 'Repeat purchases: expected vs actual', fa: 'خریدهای تکراری: مورد انتظار در برابر واقعی', ar: 'المشتريات المتكررة: المتوقعة مقابل الفعلية', ru: 'Повторные покупки: ожидаемые и фактические' },
    unit: 'table',
    direction: 'maximize',
    description: 'Per period over the calibration and holdout periods: actual and expected repeat purchases of the calibration customers, per period and cumulative (the tracking chart).',
    formula: 'expected cumulative at the end of period k = Σ over customers of E[X(k − first purchase)]; actual = repeat purchases per period',
    definitionNote: 'Periods run from the first purchase (units of days from it, or calendar weeks or months) to end_date (default: the last date). The model is fitted on the rows up to calibration_end, unless parameters (a fit function\'s output) are given. The holdout column is TRUE for the periods that start after calibration_end.',
    params: [
      labels('customer_ids', 'The customer of each transaction.'),
      dates('dates', 'The date of each transaction.'),
      { name: 'calibration_end', kind: 'dates', description: 'The last day of the calibration period (inclusive).' },
      model(),
      unit(),
      { name: 'end_date', kind: 'dates', description: 'Optional: the last day to track (default: the last date).', optional: { default: '' } },
      { name: 'parameters', kind: 'grid', description: "Optional: the model's fitted parameters (the output of BGNBD_FIT or PARETO_NBD_FIT) instead of fitting here.", optional: { default: '' } },
    ],
    compute: (a) => {
      const { ids, days } = transactions(a, -1);
      const name = a.option(3) as ModelName;
      const rfmUnit = unitOf(a.option(4));
      const calibrationEnd = a.days(2)[0];
      let end = -Infinity;
      for (let i = 0; i < days.length; i++) if (days[i] > end) end = days[i];
      if (a.given(5)) end = a.days(5)[0];
      let purchases: PurchaseModel;
      if (a.given(6)) purchases = purchaseModel(name, parameterRow(a, 6, name));
      else {
        const summary = rfmSummary(ids, days, null, calibrationEnd, rfmUnit);
        purchases = fitPurchaseModel(name, summary.frequency, summary.recency, summary.age).model;
      }
      const table = clvTracking(ids, days, calibrationEnd, end, rfmUnit, purchases);
      const rows = Array.from(table.starts, (start, j) => [j + 1, start, table.actual[j], table.expected[j], table.actualCumulative[j], table.expectedCumulative[j], table.holdout[j]]);
      return { columns: ['period', 'period_start', 'actual_repeat', 'expected_repeat', 'actual_cumulative', 'expected_cumulative', 'holdout'], rows, dateColumns: [1] };
    },
    example: { call: 'CLV_TRACKING(A2:A7000, B2:B7000, DATE(1997,9,30))', result: 'a table per week: period, start, actual, expected, cumulative actual, cumulative expected, holdout' },
  }),
];
