/** BG/NBD probabilities, likelihood and standard errors against BTYD's reference manual and lifetimes' documentation. */
import { describe, expect, it } from 'vitest';
import {
  bgnbdConditionalExpectedPurchases,
  bgnbdConditionalProbabilityOfPurchases,
  bgnbdExpectedPurchases,
  bgnbdLogLikelihood,
  bgnbdProbabilityOfPurchases,
  fitBgNbd,
  fitGammaGamma,
  fitShiftedBetaGeometric,
} from '../../../src/kpi/clv/index';
import { relative, summary } from './cdnow-data';

/** The parameters of BTYD's bgnbd.pmf examples (the CDNOW fit rounded to 3 decimals). */
const BTYD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('BG/NBD P(X(t) = n) (Fader, Hardie & Lee 2005, eq. 8) against BTYD\'s reference manual', () => {
  it('P(X(2) = 10) = 1.07869e-07 and P(X(39) = 0) = 0.5737864', () => {
    expect(relative(bgnbdProbabilityOfPurchases(BTYD, 2, 10), 1.07869e-7)).toBeLessThan(1e-5);
    expect(bgnbdProbabilityOfPurchases(BTYD, 39, 0)).toBeCloseTo(0.5737864, 7);
  });

  it('P(X(30) = n) for n = 11 … 20 to 10 decimals', () => {
    const expected = [0.0019995214, 0.0015170236, 0.001163315, 0.0009003148, 0.0007023638, 0.0005517902, 0.0004361913, 0.0003467171, 0.0002769613, 0.000222226];
    expected.forEach((p, i) => expect(Math.abs(bgnbdProbabilityOfPurchases(BTYD, 30, 11 + i) - p)).toBeLessThan(1e-10));
  });

  it('sums to 1 with mean E[X(t)]; conditional on a history, mean E[Y(t) | x, tₓ, T]', () => {
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 2000; n++) {
      const p = bgnbdProbabilityOfPurchases(BTYD, 52, n);
      total += p;
      mean += n * p;
    }
    expect(total).toBeCloseTo(1, 9);
    expect(mean).toBeCloseTo(bgnbdExpectedPurchases(BTYD, 52), 6);
    total = 0;
    mean = 0;
    for (let n = 0; n < 2000; n++) {
      const p = bgnbdConditionalProbabilityOfPurchases(BTYD, 39, n, 2, 30.43, 38.86);
      total += p;
      mean += n * p;
    }
    expect(total).toBeCloseTo(1, 9);
    expect(mean).toBeCloseTo(bgnbdConditionalExpectedPurchases(BTYD, 39, 2, 30.43, 38.86), 6);
    expect(mean).toBeCloseTo(1.226, 2);
  });

  it('the conditional probability of no purchase includes the customers who have left', () => {
    const silent = bgnbdConditionalProbabilityOfPurchases(BTYD, 39, 0, 10, 5, 38.86);
    const active = bgnbdConditionalProbabilityOfPurchases(BTYD, 39, 0, 10, 38, 38.86);
    expect(silent).toBeGreaterThan(0.9);
    expect(active).toBeLessThan(0.2);
  });
});

describe('BG/NBD log-likelihood and standard errors on the CDNOW summary', () => {
  const fit = fitBgNbd(summary.x, summary.tx, summary.T, { standardErrors: true });

  it('the customers\' log-likelihoods at the estimate add up to the fit\'s −9582.43', () => {
    const total = summary.x.reduce((sum, x, i) => sum + bgnbdLogLikelihood(fit, x, summary.tx[i], summary.T[i]), 0);
    expect(total).toBeCloseTo(fit.logLikelihood, 6);
    expect(total).toBeCloseTo(-9582.43, 1);
  });

  it('gives lifetimes\' documented standard errors 0.012557, 0.378221, 0.185719, 0.705345', () => {
    // lifetimes' Quickstart, BetaGeoFitter.summary on this file: se(coef) of r, alpha, a, b.
    [0.012557, 0.378221, 0.185719, 0.705345].forEach((se, i) => expect(relative(fit.standardErrors![i], se)).toBeLessThan(1e-4));
  });

  it('no standard errors unless asked for', () => {
    expect(fitBgNbd(summary.x, summary.tx, summary.T).standardErrors).toBeUndefined();
  });

  it('Gamma-Gamma and sBG standard errors shrink by √2 when the data are counted twice', () => {
    const spend = fitGammaGamma(summary.x, summary.zbar, { standardErrors: true }).standardErrors!;
    const twice = fitGammaGamma([...summary.x, ...summary.x], [...summary.zbar, ...summary.zbar], { standardErrors: true }).standardErrors!;
    spend.forEach((e, i) => expect(relative(twice[i] * Math.SQRT2, e)).toBeLessThan(1e-3));
    const counts = [1000, 631, 468, 382, 326, 289, 262, 241];
    const retention = fitShiftedBetaGeometric(counts, { standardErrors: true }).standardErrors!;
    const doubled = fitShiftedBetaGeometric(counts.map((c) => 2 * c), { standardErrors: true }).standardErrors!;
    retention.forEach((e, i) => expect(relative(doubled[i] * Math.SQRT2, e)).toBeLessThan(1e-3));
  });
});
