import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bgnbdConditionalExpectedPurchases,
  bgnbdExpectedPurchases,
  bgnbdProbabilityAlive,
  clvForecast,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaExpectedSpend,
  rfmSummary,
} from '../../../src/kpi/clv/index';

const data = (file: string): string => readFileSync(new URL(`../../fixtures/cdnow/${file}`, import.meta.url), 'utf8');
const DAY_MS = 86_400_000;
const dayOf = (s: string): number => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(4, 6)) - 1, Number(s.slice(6, 8))) / DAY_MS;
const CALIBRATION_END = Date.UTC(1997, 8, 30) / DAY_MS;

/** The published summary: ID, x, t_x, T, zbar as the file's text. */
const summaryText = data('cdnow_customers_summary_with_transactions.csv')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(','));
const summary = {
  x: summaryText.map((f) => Number(f[1])),
  tx: summaryText.map((f) => Number(f[2])),
  T: summaryText.map((f) => Number(f[3])),
  zbar: summaryText.map((f) => Number(f[4])),
};

/** The raw sample transactions: sample id (without leading zeros), day, dollars. */
const transactions = data('CDNOW_sample.txt')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line !== '')
  .map((line) => line.split(/\s+/));
const rfm = rfmSummary(
  transactions.map((f) => String(Number(f[1]))),
  Int32Array.from(transactions, (f) => dayOf(f[2])),
  Float64Array.from(transactions, (f) => Number(f[4])),
  CALIBRATION_END,
  7,
);

const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);
/** Rounds half up to cents the way the summary file does (18.134999… written as 18.14). */
const cents = (v: number): string => (Math.round(v * 100 + 1e-6) / 100).toFixed(2);

describe('RFM summary of the raw CDNOW sample', () => {
  it('has the 2,357 customers of the summary file in its order', () => {
    expect(transactions).toHaveLength(6919);
    expect(rfm.map((r) => r.id)).toEqual(summaryText.map((f) => f[0]));
  });

  it('reproduces x, t_x, T and zbar of every customer to the file’s 2 decimals', () => {
    const mismatches = rfm.filter(
      (r, i) =>
        r.frequency !== summary.x[i] ||
        r.recency.toFixed(2) !== summaryText[i][2] ||
        r.age.toFixed(2) !== summaryText[i][3] ||
        cents(r.monetary) !== summaryText[i][4],
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
    const raw = fitBgNbd(
      rfm.map((r) => r.frequency),
      rfm.map((r) => r.recency),
      rfm.map((r) => r.age),
    );
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

  it('equals C(horizon) · spend without discounting and sums to the total', () => {
    const forecast = clvForecast(rfm, bg, gg, 39, 0);
    expect(forecast.customers).toHaveLength(2357);
    for (const c of forecast.customers) expect(c.expectedValue).toBeCloseTo(c.expectedPurchases * c.expectedSpend, 9);
    const total = forecast.customers.reduce((s, c) => s + c.expectedValue, 0);
    expect(forecast.total.expectedValue).toBeCloseTo(total, 6);
    const first = forecast.customers[0];
    expect(first.expectedPurchases).toBeCloseTo(bgnbdConditionalExpectedPurchases(bg, 39, rfm[0].frequency, rfm[0].recency, rfm[0].age), 12);
  });

  it('discounts: a positive rate lowers every value, a fractional horizon lies between its neighbours', () => {
    const plain = clvForecast(rfm.slice(0, 50), bg, gg, 52, 0);
    const discounted = clvForecast(rfm.slice(0, 50), bg, gg, 52, 0.002);
    discounted.customers.forEach((c, i) => {
      expect(Number.isFinite(c.expectedValue)).toBe(true);
      expect(c.expectedValue).toBeLessThanOrEqual(plain.customers[i].expectedValue);
      expect(c.expectedValue).toBeGreaterThan(plain.customers[i].expectedValue * 0.9);
    });
    const low = clvForecast(rfm.slice(0, 5), bg, gg, 10, 0.01).total.expectedValue;
    const mid = clvForecast(rfm.slice(0, 5), bg, gg, 10.5, 0.01).total.expectedValue;
    const high = clvForecast(rfm.slice(0, 5), bg, gg, 11, 0.01).total.expectedValue;
    expect(mid).toBeGreaterThan(low);
    expect(mid).toBeLessThan(high);
  });
});
