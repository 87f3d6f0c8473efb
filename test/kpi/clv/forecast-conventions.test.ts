/** CLV_FORECAST's conventions: month length, the purchase model, optional amounts, zero-spend repeat customers. */
import { describe, expect, it } from 'vitest';
import { clvForecast, fitBgNbd, fitGammaGamma, purchaseModel } from '../../../src/kpi/clv/index';
import { call, callIn, column, errorOf } from '../../helpers/call';
import { summary, summaryText, transactions } from './cdnow-data';

const customers = { ids: summaryText.map((f) => f[0]), frequency: summary.x, recency: summary.tx, age: summary.T, monetary: summary.zbar };
const bg = fitBgNbd(summary.x, summary.tx, summary.T);
const gg = fitGammaGamma(summary.x, summary.zbar);
const model = purchaseModel('bgnbd', [bg.r, bg.alpha, bg.a, bg.b]);

describe('month length: the horizon in months, the rate per month (lifetimes customer_lifetime_value)', () => {
  it('reproduces lifetimes\' documented CLV of the first ten CDNOW customers (12 months of 30 units, 1% a month)', () => {
    // lifetimes' Quickstart: ggf.customer_lifetime_value(bgf, …, time=12, discount_rate=0.01) on this weekly summary, with
    // its default month of 30 units.
    const documented = [140.096211, 18.943467, 38.180574, 38.180574, 38.180574, 1003.868107, 28.109683, 38.180574, 167.418216, 38.180574];
    const forecast = clvForecast(customers, model, gg, { horizon: 12, discountRate: 0.01, periodLength: 30 });
    documented.forEach((value, c) => expect(Math.abs(forecast.expectedValue![c] / value - 1)).toBeLessThan(1e-7));
  });

  it('is the sum over months of each month\'s purchases, discounted once per month', () => {
    const forecast = clvForecast(customers, model, gg, { horizon: 3, discountRate: 0.02, periodLength: 4.345 });
    const c = 5;
    const C = (t: number): number => model.probabilityAlive(summary.x[c], summary.tx[c], summary.T[c]) * model.aliveExpected(t, summary.x[c], summary.T[c]);
    let expected = 0;
    for (let i = 1; i <= 3; i++) expected += (C(i * 4.345) - C((i - 1) * 4.345)) / 1.02 ** i;
    expect(forecast.expectedValue![c]).toBeCloseTo(expected * forecast.expectedSpend![c], 10);
    expect(forecast.expectedPurchases[c]).toBeCloseTo(C(3 * 4.345), 12);
  });

  it('a 30.4375-day month and a 4.345-week month differ by their lengths only (30.4375 vs 30.415 days)', () => {
    const days = { ...customers, recency: summary.tx.map((t) => t * 7), age: summary.T.map((t) => t * 7) };
    const daily = purchaseModel('bgnbd', [bg.r, bg.alpha * 7, bg.a, bg.b]);
    const byDays = clvForecast(days, daily, gg, { horizon: 12, discountRate: 0.01, periodLength: 30.4375 }).total.expectedValue!;
    const byWeeks = clvForecast(customers, model, gg, { horizon: 12, discountRate: 0.01, periodLength: 4.345 }).total.expectedValue!;
    expect(byDays).toBeGreaterThan(byWeeks);
    expect(byDays / byWeeks - 1).toBeLessThan(1e-3);
  });
});

describe('CLV_FORECAST through the cell boundary', () => {
  const ids = column(...transactions.map((f) => String(Number(f[1]))));
  const dates = column(...transactions.map((f) => new Date(Date.UTC(Number(f[2].slice(0, 4)), Number(f[2].slice(4, 6)) - 1, Number(f[2].slice(6, 8))))));
  const amounts = column(...transactions.map((f) => Number(f[4])));
  const end = new Date(Date.UTC(1997, 8, 30));

  it('without amounts: probability alive and expected purchases only, the same as with amounts', () => {
    const withAmounts = call('CLV_FORECAST', ids, dates, amounts, end, 39) as unknown[][];
    const without = call('CLV_FORECAST', ids, dates, '', end, 39) as unknown[][];
    expect(without[0]).toEqual(['Customer', 'Probability active', 'Expected purchases']);
    expect(without).toHaveLength(withAmounts.length);
    without.slice(1).forEach((row, i) => expect(row).toEqual(withAmounts[i + 1].slice(0, 3)));
  });

  it('month_length 30.4375 with unit "day" equals the model in weeks with month_length 4.348… (one length, two units)', () => {
    const byDay = call('CLV_FORECAST', ids, dates, amounts, end, 12, 0.01, 'day', 'bgnbd', 30.4375) as number[][];
    const byWeek = call('CLV_FORECAST', ids, dates, amounts, end, 12, 0.01, 'week', 'bgnbd', 30.4375 / 7) as number[][];
    const total = (table: number[][]): number => table[table.length - 1][4];
    expect(total(byDay) / total(byWeek)).toBeCloseTo(1, 6);
  });

  it('the Pareto/NBD model', () => {
    const table = call('CLV_FORECAST', ids, dates, amounts, end, 52, 0, 'week', 'pareto_nbd') as unknown[][];
    const byId = new Map(table.slice(1).map((row) => [row[0], row as number[]]));
    expect(Math.abs(byId.get('1516')![1] - 0.997874)).toBeLessThan(2e-6);
    expect(Math.abs(byId.get('1516')![2] / 25.45647 - 1)).toBeLessThan(1e-4);
  });

  it('a repeat customer who spent nothing: an error naming them, or left out with min_spend and counted', () => {
    // Customer 1 bought on three days; their repeat purchases now cost nothing.
    const first = ids.findIndex((row) => row[0] === '1');
    const zero = amounts.map((row, i) => [ids[i][0] === '1' && i !== first ? 0 : row[0]]);
    expect(errorOf(() => call('CLV_FORECAST', ids, dates, zero, end, 52))).toBe(
      'CLV_FORECAST: customer 1 bought again but spent 0 on average (1 such customers); amounts must be above 0, or give min_spend to leave them out',
    );
    expect(errorOf(() => callIn('ru_RU', 'CLV_FORECAST', ids, dates, zero, end, 52))).toContain('клиент 1 покупал повторно');
    expect(errorOf(() => callIn('fa_IR', 'CLV_FORECAST', ids, dates, zero, end, 52))).toContain('مشتری 1');
    expect(errorOf(() => callIn('ar_EG', 'CLV_FORECAST', ids, dates, zero, end, 52))).toContain('العميل 1');
    const table = call('CLV_FORECAST', ids, dates, zero, end, 52, 0, 'week', 'bgnbd', '', 0) as unknown[][];
    const one = table.find((row) => row[0] === '1')!;
    expect(one[3]).toBe('');
    expect(one[4]).toBe('');
    expect(one[2] as number).toBeGreaterThan(0);
    expect(table[table.length - 1]).toEqual(['Left out (below min_spend)', '', '', '', 1]);
    const total = table[table.length - 2] as (string | number)[];
    expect(total[0]).toBe('Total');
    const values = table.slice(1, -2).map((row) => row[4]).filter((v): v is number => typeof v === 'number');
    expect(values).toHaveLength(2356);
    expect(total[4] as number).toBeCloseTo(values.reduce((s, v) => s + v, 0), 6);
  });

  it('GAMMA_GAMMA_FIT names the row of a zero-spend repeat customer, or leaves them out with min_spend', () => {
    const x = column(...summary.x);
    const z = column(...summary.zbar.map((v, i) => (i === 1 ? 0 : v)));
    expect(errorOf(() => call('GAMMA_GAMMA_FIT', x, z))).toBe(
      "GAMMA_GAMMA_FIT: monetary row 2 is 0, but a repeat customer's mean amount must be above 0 (1 such customers); give min_spend to leave them out",
    );
    expect(errorOf(() => callIn('ru_RU', 'GAMMA_GAMMA_FIT', x, z))).toBe('GAMMA_GAMMA_FIT: monetary строка 2 равно 0, но средняя сумма повторного покупателя должна быть больше 0 (таких клиентов: 1); укажите min_spend, чтобы исключить их');
    expect(errorOf(() => callIn('fa_IR', 'GAMMA_GAMMA_FIT', x, z))).toContain('min_spend');
    expect(errorOf(() => callIn('ar_EG', 'GAMMA_GAMMA_FIT', x, z))).toContain('min_spend');
    const [, fit] = call('GAMMA_GAMMA_FIT', x, z, false, 0) as [string[], number[]];
    expect(Math.abs(fit[0] / 6.25 - 1)).toBeLessThan(0.01);
    // min_spend 5 leaves out the 3 repeat customers who spent less than $5 on average: a different fit.
    const [, above5] = call('GAMMA_GAMMA_FIT', x, column(...summary.zbar), false, 5) as [string[], number[]];
    expect(above5[0]).toBeCloseTo(8.193, 2);
  });
});
