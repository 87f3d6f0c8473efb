/** The tracking table against BTYD's walkthrough, and the PREDICT functions reading a fit's spilled output. */
import { describe, expect, it } from 'vitest';
import { clvTracking, fitParetoNbd, purchaseModel } from '../../../src/kpi/clv/index';
import { call, callIn, column, errorOf } from '../../helpers/call';
import { CALIBRATION_END, day, rfm, sampleDays, sampleIds, summary, transactions } from './cdnow-data';

describe('tracking: expected against actual repeat purchases per week (BTYD walkthrough, Pareto/NBD, weeks 20–25)', () => {
  const actualCumulative = [1359, 1414, 1484, 1517, 1573, 1672];
  const expectedCumulative = [1309, 1385, 1460, 1533, 1604, 1674];
  const actual = [73, 55, 70, 33, 56, 99];
  const expected = [78.31, 76.42, 74.65, 72.98, 71.41, 69.93];
  const fit = fitParetoNbd(rfm.frequency, rfm.recency, rfm.age);

  it('with our fit: actual exactly, expected cumulative to the unit and per week within 0.01', () => {
    const table = clvTracking(sampleIds, sampleDays, CALIBRATION_END, day(1998, 6, 30), 7, purchaseModel('pareto_nbd', [fit.r, fit.alpha, fit.s, fit.beta]));
    expect(table.starts).toHaveLength(78);
    expect(Array.from(table.actualCumulative.slice(19, 25))).toEqual(actualCumulative);
    expect(Array.from(table.actual.slice(19, 25))).toEqual(actual);
    expect(Array.from(table.expectedCumulative.slice(19, 25), Math.round)).toEqual(expectedCumulative);
    Array.from(table.expected.slice(19, 25)).forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(0.01));
  });

  it('at the ridge point that gives BTYD\'s other figures, every printed value to its digits', () => {
    const table = clvTracking(sampleIds, sampleDays, CALIBRATION_END, day(1998, 6, 30), 7, purchaseModel('pareto_nbd', [0.553371, 10.579519, 0.605907, 11.658092]));
    expect(Array.from(table.expectedCumulative.slice(19, 25), Math.round)).toEqual(expectedCumulative);
    expect(Array.from(table.expected.slice(19, 25), (v) => Math.round(v * 100) / 100)).toEqual(expected);
  });

  it('weeks start on 1997-01-01 and run 7 days; the holdout starts with the first week after 1997-09-30', () => {
    const table = clvTracking(sampleIds, sampleDays, CALIBRATION_END, day(1998, 6, 30), 7, purchaseModel('pareto_nbd', [fit.r, fit.alpha, fit.s, fit.beta]));
    expect(table.starts[0]).toBe(day(1997, 1, 1));
    expect(table.starts[1]).toBe(day(1997, 1, 8));
    expect(table.holdout.indexOf(true)).toBe(39);
    expect(table.actualCumulative[77]).toBe(table.actual.reduce((s, v) => s + v, 0));
  });

  it('CLV_TRACKING spills the table with dates; parameters given skip the fit', () => {
    const ids = column(...transactions.map((f) => String(Number(f[1]))));
    const dates = column(...transactions.map((f) => new Date(Date.UTC(Number(f[2].slice(0, 4)), Number(f[2].slice(4, 6)) - 1, Number(f[2].slice(6, 8))))));
    const end = new Date(Date.UTC(1997, 8, 30));
    const parameters = [['r', 'alpha', 's', 'beta', 'Log-likelihood'], [0.553371, 10.579519, 0.605907, 11.658092, -9594.976]];
    const table = call('CLV_TRACKING', ids, dates, end, 'pareto_nbd', 'week', '', parameters) as unknown[][];
    expect(table[0]).toEqual(['Period', 'Period start', 'Actual repeat purchases', 'Expected repeat purchases', 'Actual, cumulative', 'Expected, cumulative', 'Holdout']);
    expect(table).toHaveLength(79);
    expect(table[20][0]).toBe(20);
    expect(table[20][1]).toEqual(new Date(Date.UTC(1997, 4, 14)));
    expect(table[20][2]).toBe(73);
    expect(Math.round((table[20][3] as number) * 100) / 100).toBe(78.31);
    expect(table[39][6]).toBe(false);
    expect(table[40][6]).toBe(true);
    const fitted = call('CLV_TRACKING', ids, dates, end) as unknown[][];
    expect(fitted).toHaveLength(79);
    expect(Math.abs((fitted[20][3] as number) - 78)).toBeLessThan(5);
  });

  it('calendar months: one row per month from January 1997 to June 1998', () => {
    const table = clvTracking(sampleIds, sampleDays, CALIBRATION_END, day(1998, 6, 30), 'calendar_month', purchaseModel('bgnbd', [0.24, 1, 0.79, 2.43]));
    expect(table.starts).toHaveLength(18);
    expect(table.starts[17]).toBe(day(1998, 6, 1));
    expect(table.holdout.indexOf(true)).toBe(9);
  });
});

describe('BGNBD_PREDICT and PARETO_NBD_PREDICT read the fit\'s spilled output', () => {
  const x = column(...summary.x);
  const tx = column(...summary.tx);
  const T = column(...summary.T);
  const fitOutput = call('BGNBD_FIT', x, tx, T) as unknown[][];

  it('=BGNBD_PREDICT(BGNBD_FIT(…), …): the paper\'s E[X(t)] at 1, 3, 32, 78 weeks and customer 1\'s 1.226', () => {
    const newCustomer = call('BGNBD_PREDICT', fitOutput, '', '', '', column(1, 3, 32, 78)) as unknown[][];
    expect(newCustomer[0]).toEqual(['Expected purchases']);
    [0.0532, 0.1506, 1.0437, 1.8576].forEach((e, i) => expect(Math.abs((newCustomer[i + 1][0] as number) - e)).toBeLessThan(0.001));
    expect(call('BGNBD_PREDICT', fitOutput, 2, 30.43, 38.86, 39) as number).toBeCloseTo(1.226, 3);
  });

  it('accepts the output with its standard-error row, and the values alone in a row or a column', () => {
    const withErrors = call('BGNBD_FIT', x, tx, T, true) as unknown[][];
    expect(withErrors[0]).toEqual(['r', 'alpha', 'a', 'b', 'Log-likelihood', '']);
    expect(withErrors[1][5]).toBe('Estimate');
    expect(withErrors[2][5]).toBe('Standard error');
    expect(withErrors[2][4]).toBe('');
    expect(withErrors[2][0] as number).toBeCloseTo(0.012557, 4);
    const one = call('BGNBD_PREDICT', withErrors, 2, 30.43, 38.86, 39);
    expect(one).toBe(call('BGNBD_PREDICT', fitOutput, 2, 30.43, 38.86, 39));
    expect(call('BGNBD_PREDICT', [fitOutput[1].slice(0, 4)], 2, 30.43, 38.86, 39)).toBe(one);
    expect(call('BGNBD_PREDICT', column(...fitOutput[1].slice(0, 4)), 2, 30.43, 38.86, 39)).toBe(one);
  });

  it('one column per customer row: probability alive, P(n purchases), log-likelihood', () => {
    const alive = call('BGNBD_PREDICT', fitOutput, x, tx, T, '', 'probability_alive') as unknown[][];
    expect(alive).toHaveLength(2358);
    expect(alive[0]).toEqual(['Probability active']);
    expect(alive[3][0]).toBe(1);
    const pn = call('BGNBD_PREDICT', fitOutput, '', '', '', 39, 'probability_n', column(0, 1, 2)) as unknown[][];
    expect(pn[0]).toEqual(['Probability of n purchases']);
    expect(pn[1][0] as number).toBeCloseTo(0.5737864, 2);
    const ll = call('BGNBD_PREDICT', fitOutput, x, tx, T, '', 'log_likelihood') as number;
    expect(ll).toBeCloseTo(fitOutput[1][4] as number, 6);
  });

  it('the paradox as one call: recency and age one value each, frequency a column', () => {
    const ridge = [[0.553371, 10.579519, 0.605907, 11.658092]];
    const result = call('PARETO_NBD_PREDICT', ridge, column(10, 15, 20, 25), 20, 39, 52) as unknown[][];
    [0.7062289, 0.1442396, 0.02250658, 0.00309267].forEach((e, i) => expect(Math.abs((result[i + 1][0] as number) / e - 1)).toBeLessThan(2e-6));
  });

  it('refuses another model\'s output, a row that is no fit, mismatched columns and recency beyond age, in four languages', () => {
    const pareto = [['r', 'alpha', 's', 'beta', 'Log-likelihood'], [0.55, 10.6, 0.61, 11.7, -9595]];
    expect(errorOf(() => call('BGNBD_PREDICT', pareto, 1, 1, 2, 3))).toBe('BGNBD_PREDICT: parameters is not a fitted parameter row: expected r, alpha, a, b (the output of BGNBD_FIT)');
    expect(errorOf(() => callIn('ru_RU', 'BGNBD_PREDICT', pareto, 1, 1, 2, 3))).toBe('BGNBD_PREDICT: parameters — не строка подобранных параметров: ожидались r, alpha, a, b (результат BGNBD_FIT)');
    expect(errorOf(() => callIn('fa_IR', 'BGNBD_PREDICT', pareto, 1, 1, 2, 3))).toContain('ردیف پارامترهای برازش‌شده نیست');
    expect(errorOf(() => callIn('ar_EG', 'BGNBD_PREDICT', pareto, 1, 1, 2, 3))).toContain('ليس صف معلمات مقدرة');
    expect(errorOf(() => call('PARETO_NBD_PREDICT', [[0.5, -1, 0.6, 11]], 1, 1, 2, 3))).toContain('is not a fitted parameter row');
    expect(errorOf(() => call('BGNBD_PREDICT', fitOutput, column(1, 2), column(1, 2, 3), 5, 3))).toBe('BGNBD_PREDICT: frequency and recency must have the same number of cells');
    expect(errorOf(() => call('BGNBD_PREDICT', fitOutput, column(1, 2), column(1, 9), 5, 3))).toBe('BGNBD_PREDICT: recency row 2 is not a value this model accepts');
    expect(errorOf(() => call('BGNBD_PREDICT', fitOutput, 1, 1, 5))).toBe('BGNBD_PREDICT: t has no value to compute from');
  });
});
