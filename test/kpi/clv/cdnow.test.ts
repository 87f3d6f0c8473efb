import { describe, expect, it } from 'vitest';
import {
  bgnbdConditionalExpectedPurchases,
  bgnbdExpectedPurchases,
  bgnbdProbabilityAlive,
  clvForecast,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaExpectedSpend,
  purchaseModel,
} from '../../../src/kpi/clv/index';
import { relative, rfm, summary, summaryText, transactions } from './cdnow-data';

/** Rounds half up to cents the way the summary file does (18.134999… written as 18.14). */
const cents = (v: number): string => (Math.round(v * 100 + 1e-6) / 100).toFixed(2);

describe('RFM summary of the raw CDNOW sample', () => {
  it('has the 2,357 customers of the summary file in its order', () => {
    expect(transactions).toHaveLength(6919);
    expect(rfm.ids).toEqual(summaryText.map((f) => f[0]));
  });

  it('reproduces x, t_x, T and zbar of every customer to the file’s 2 decimals', () => {
    const mismatches = rfm.ids.filter(
      (_, i) =>
        rfm.frequency[i] !== summary.x[i] ||
        rfm.recency[i].toFixed(2) !== summaryText[i][2] ||
        rfm.age[i].toFixed(2) !== summaryText[i][3] ||
        cents(rfm.monetary![i]) !== summaryText[i][4],
    );
    expect(mismatches).toEqual([]);
  });
});

describe('BG/NBD on the CDNOW sample (Fader, Hardie & Lee 2005)', () => {
  const fit = fitBgNbd(summary.x, summary.tx, summary.T);

  it('fits r, α, a, b within 0.5% and the log-likelihood within 0.05 of the paper', () => {
    expect(relative(fit.r, 0.2425945)).toBeLessThan(0.005);
    expect(relative(fit.alpha, 4.4136019)).toBeLessThan(0.005);
    expect(relative(fit.a, 0.7929199)).toBeLessThan(0.005);
    expect(relative(fit.b, 2.4258881)).toBeLessThan(0.005);
    expect(Math.abs(fit.logLikelihood - -9582.429)).toBeLessThan(0.05);
  });

  it('matches the paper to 1e-4 when fitted on the unrounded RFM of the raw transactions', () => {
    const raw = fitBgNbd(rfm.frequency, rfm.recency, rfm.age);
    expect(relative(raw.r, 0.2425945)).toBeLessThan(1e-4);
    expect(relative(raw.alpha, 4.4136019)).toBeLessThan(1e-4);
    expect(relative(raw.a, 0.7929199)).toBeLessThan(1e-4);
    expect(relative(raw.b, 2.4258881)).toBeLessThan(1e-4);
    expect(Math.abs(raw.logLikelihood - -9582.429)).toBeLessThan(0.005);
  });

  it('gives E[X(t)] at 1, 3, 32, 78 weeks and the conditional expectation of the paper', () => {
    const expected = [0.0532, 0.1506, 1.0437, 1.8576];
    [1, 3, 32, 78].forEach((t, i) => expect(Math.abs(bgnbdExpectedPurchases(fit, t) - expected[i])).toBeLessThan(0.001));
    expect(Math.abs(bgnbdConditionalExpectedPurchases(fit, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThan(0.001);
  });

  it('is deterministic', () => {
    expect(fitBgNbd(summary.x, summary.tx, summary.T)).toEqual(fit);
  });

  it('does not depend on the time unit: days give α × 7 and LL shifted by Σx·ln 7', () => {
    const days = fitBgNbd(
      summary.x,
      summary.tx.map((t) => t * 7),
      summary.T.map((t) => t * 7),
    );
    const repeatPurchases = summary.x.reduce((s, x) => s + x, 0);
    expect(days.r).toBeCloseTo(fit.r, 5);
    expect(days.alpha / 7).toBeCloseTo(fit.alpha, 4);
    expect(days.logLikelihood + repeatPurchases * Math.log(7)).toBeCloseTo(fit.logLikelihood, 4);
  });

  it('gives P(alive) = 1 to non-repeaters and less to a customer silent since long', () => {
    expect(bgnbdProbabilityAlive(fit, 0, 0, 38.86)).toBe(1);
    expect(bgnbdProbabilityAlive(fit, 5, 5, 38.86)).toBeLessThan(bgnbdProbabilityAlive(fit, 5, 38, 38.86));
  });
});

describe('Gamma-Gamma on the 946 CDNOW repeat customers (Fader & Hardie 2013)', () => {
  const fit = fitGammaGamma(summary.x, summary.zbar);

  it('counts 946 repeat customers', () => {
    expect(summary.x.filter((x) => x > 0)).toHaveLength(946);
  });

  it('fits p, q, γ within 1% and the full-density log-likelihood within 0.05', () => {
    expect(relative(fit.p, 6.25)).toBeLessThan(0.01);
    expect(relative(fit.q, 3.74)).toBeLessThan(0.01);
    expect(relative(fit.gamma, 15.44)).toBeLessThan(0.01);
    expect(Math.abs(fit.logLikelihood - -4055.92)).toBeLessThan(0.05);
  });

  it('gives the conditional expected spend of the first ten customers', () => {
    const expected = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    expected.forEach((e, i) => expect(Math.abs(gammaGammaExpectedSpend(fit, summary.x[i], summary.zbar[i]) - e)).toBeLessThanOrEqual(0.01));
  });

  it('gives non-repeaters the population mean pγ/(q−1)', () => {
    expect(gammaGammaExpectedSpend(fit, 0, 0)).toBeCloseTo((fit.p * fit.gamma) / (fit.q - 1), 12);
  });

  it('is deterministic', () => {
    expect(fitGammaGamma(summary.x, summary.zbar)).toEqual(fit);
  });

  it('does not depend on the currency: amounts × 10,000 give γ × 10,000, same p and q', () => {
    const rials = fitGammaGamma(summary.x, summary.zbar.map((z) => z * 10_000));
    expect(rials.p).toBeCloseTo(fit.p, 4);
    expect(rials.q).toBeCloseTo(fit.q, 4);
    expect(rials.gamma / 10_000).toBeCloseTo(fit.gamma, 3);
  });
});

describe('CLV forecast on the CDNOW sample', () => {
  const bg = fitBgNbd(summary.x, summary.tx, summary.T);
  const gg = fitGammaGamma(summary.x, summary.zbar);
  const model = purchaseModel('bgnbd', [bg.r, bg.alpha, bg.a, bg.b]);
  /** The first n customers of the raw summary. */
  const first = (n: number) => ({
    ids: rfm.ids.slice(0, n),
    frequency: rfm.frequency.subarray(0, n),
    recency: rfm.recency.subarray(0, n),
    age: rfm.age.subarray(0, n),
    monetary: rfm.monetary!.subarray(0, n),
  });

  it('equals C(horizon) · spend without discounting and sums to the total', () => {
    const forecast = clvForecast(rfm, model, gg, { horizon: 39, discountRate: 0 });
    expect(forecast.ids).toHaveLength(2357);
    forecast.expectedValue!.forEach((value, c) => expect(value).toBeCloseTo(forecast.expectedPurchases[c] * forecast.expectedSpend![c], 9));
    const total = forecast.expectedValue!.reduce((s, v) => s + v, 0);
    expect(forecast.total.expectedValue).toBeCloseTo(total, 6);
    expect(forecast.expectedPurchases[0]).toBeCloseTo(bgnbdConditionalExpectedPurchases(bg, 39, rfm.frequency[0], rfm.recency[0], rfm.age[0]), 12);
    expect(forecast.expectedSpend![0]).toBeCloseTo(gammaGammaExpectedSpend(gg, rfm.frequency[0], rfm.monetary![0]), 12);
  });

  it('discounts: a positive rate lowers every value, a fractional horizon lies between its neighbours', () => {
    const plain = clvForecast(first(50), model, gg, { horizon: 52, discountRate: 0 });
    const discounted = clvForecast(first(50), model, gg, { horizon: 52, discountRate: 0.002 });
    discounted.expectedValue!.forEach((value, i) => {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeLessThanOrEqual(plain.expectedValue![i]);
      expect(value).toBeGreaterThan(plain.expectedValue![i] * 0.9);
    });
    const low = clvForecast(first(5), model, gg, { horizon: 10, discountRate: 0.01 }).total.expectedValue!;
    const mid = clvForecast(first(5), model, gg, { horizon: 10.5, discountRate: 0.01 }).total.expectedValue!;
    const high = clvForecast(first(5), model, gg, { horizon: 11, discountRate: 0.01 }).total.expectedValue!;
    expect(mid).toBeGreaterThan(low);
    expect(mid).toBeLessThan(high);
  });
});
