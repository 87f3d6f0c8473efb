/** Pareto/NBD on the CDNOW sample against the BTYD walkthrough and Fader, Hardie & Lee's figures. */
import { describe, expect, it } from 'vitest';
import {
  fitParetoNbd,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdConditionalProbabilityOfPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
  type ParetoNbdParams,
} from '../../../src/kpi/clv/index';
import { relative, rfm } from './cdnow-data';

const fit = fitParetoNbd(rfm.frequency, rfm.recency, rfm.age, { standardErrors: true });
const totalLogLikelihood = (p: ParetoNbdParams): number => rfm.ids.reduce((sum, _, c) => sum + paretoNbdLogLikelihood(p, rfm.frequency[c], rfm.recency[c], rfm.age[c]), 0);

/** The BTYD walkthrough's printed predictions (its final, re-estimated parameters): E[X(52)], customer 1516, the paradox. */
const BTYD = { expected52: 1.473434, conditional1516: 25.45647, alive1516: 0.997874, paradox: [0.7062289, 0.1442396, 0.02250658, 0.00309267] };
/** Customer 1516 of the sample: x 26, tₓ 30.85714, T 31 weeks. */
const C1516 = [26, 30.85714, 31] as const;

describe('Pareto/NBD fit on the raw CDNOW sample (39 weeks, weeks)', () => {
  it('gives customer 1516 the walkthrough\'s x 26, t_x 30.85714, T 31', () => {
    const c = rfm.ids.indexOf('1516');
    expect([rfm.frequency[c], rfm.recency[c], rfm.age[c]]).toEqual([26, 216 / 7, 31]);
    expect(rfm.recency[c]).toBeCloseTo(30.85714, 5);
  });

  it('reaches the log-likelihood −9594.976 and Fader, Hardie & Lee\'s r 0.553, α 10.578, s 0.606, β 11.669', () => {
    expect(fit.logLikelihood).toBeCloseTo(-9594.976, 3);
    expect(fit.r).toBeCloseTo(0.553, 3);
    expect(fit.alpha).toBeCloseTo(10.578, 3);
    expect(fit.s).toBeCloseTo(0.606, 3);
    expect(fit.beta).toBeCloseTo(11.669, 3);
  });

  it('lies on the same flat ridge as BTYD\'s r 0.553, α 10.580, s 0.606, β 11.656 (β within 0.15%, no lower likelihood)', () => {
    expect(fit.r).toBeCloseTo(0.553, 3);
    expect(relative(fit.alpha, 10.58)).toBeLessThan(5e-4);
    expect(fit.s).toBeCloseTo(0.606, 3);
    expect(relative(fit.beta, 11.656)).toBeLessThan(1.5e-3);
    // BTYD's first estimate, printed to 7 digits in the walkthrough's source.
    const btyd = totalLogLikelihood({ r: 0.5533971, alpha: 10.5801985, s: 0.6060625, beta: 11.6562237 });
    expect(btyd).toBeCloseTo(-9594.976, 3);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(btyd - 1e-6);
    expect(totalLogLikelihood(fit)).toBeCloseTo(fit.logLikelihood, 6);
  });

  it('predicts the walkthrough\'s E[X(52)] = 1.473434 and P(alive) of customer 1516 = 0.997874 to 6 digits', () => {
    expect(paretoNbdExpectedPurchases(fit, 52)).toBeCloseTo(BTYD.expected52, 6);
    expect(Math.abs(paretoNbdProbabilityAlive(fit, ...C1516) - BTYD.alive1516)).toBeLessThan(1e-6);
  });

  it('predicts customer 1516\'s 25.45647 purchases in 52 weeks to 1e-4 and the paradox figures to 1e-3 (the ridge\'s spread)', () => {
    expect(relative(paretoNbdConditionalExpectedPurchases(fit, 52, ...C1516), BTYD.conditional1516)).toBeLessThan(1e-4);
    [10, 15, 20, 25].forEach((x, i) => expect(relative(paretoNbdConditionalExpectedPurchases(fit, 52, x, 20, 39), BTYD.paradox[i])).toBeLessThan(1e-3));
  });

  it('reproduces all seven walkthrough figures to their printed digits at a point of the ridge with the same log-likelihood', () => {
    // BTYD prints its final parameters rounded (0.553 10.580 0.606 11.656); this point rounds to them, has the maximum's
    // log-likelihood to 1e-5, and gives every printed prediction: the formulas agree, only the ridge point differs.
    const ridge = { r: 0.553371, alpha: 10.579519, s: 0.605907, beta: 11.658092 };
    expect(totalLogLikelihood(ridge)).toBeCloseTo(fit.logLikelihood, 4);
    expect(relative(paretoNbdExpectedPurchases(ridge, 52), BTYD.expected52)).toBeLessThan(1e-6);
    expect(relative(paretoNbdConditionalExpectedPurchases(ridge, 52, ...C1516), BTYD.conditional1516)).toBeLessThan(1e-6);
    expect(relative(paretoNbdProbabilityAlive(ridge, ...C1516), BTYD.alive1516)).toBeLessThan(1e-6);
    [10, 15, 20, 25].forEach((x, i) => expect(relative(paretoNbdConditionalExpectedPurchases(ridge, 52, x, 20, 39), BTYD.paradox[i])).toBeLessThan(2e-6));
  });

  it('reports standard errors that shrink by √2 when every customer is counted twice', () => {
    const errors = fit.standardErrors!;
    expect(errors.every((e) => e > 0 && Number.isFinite(e))).toBe(true);
    const twice = (a: Float64Array): Float64Array => Float64Array.from([...a, ...a]);
    const doubled = fitParetoNbd(twice(rfm.frequency), twice(rfm.recency), twice(rfm.age), { standardErrors: true });
    doubled.standardErrors!.forEach((e, i) => expect(relative(e * Math.SQRT2, errors[i])).toBeLessThan(2e-3));
  });
});

describe('Pareto/NBD probabilities of n purchases', () => {
  const p = { r: 0.5533971, alpha: 10.5801985, s: 0.6060625, beta: 11.6562237 };

  it('a new customer\'s P(X(t) = n) sums to 1 with mean E[X(t)]', () => {
    for (const t of [1, 13, 52, 200]) {
      let total = 0;
      let mean = 0;
      for (let n = 0; n < 400; n++) {
        const probability = paretoNbdProbabilityOfPurchases(p, t, n);
        expect(probability).toBeGreaterThanOrEqual(0);
        total += probability;
        mean += n * probability;
      }
      expect(total).toBeCloseTo(1, 9);
      expect(mean).toBeCloseTo(paretoNbdExpectedPurchases(p, t), 6);
    }
  });

  it('P(X(t) = 0), computed by its own branch (no tail), is 1 minus the probabilities of every n ≥ 1', () => {
    const t = 10;
    const direct = paretoNbdProbabilityOfPurchases(p, t, 0);
    let tail = 0;
    for (let n = 1; n < 400; n++) tail += paretoNbdProbabilityOfPurchases(p, t, n);
    expect(direct).toBeCloseTo(1 - tail, 12);
  });

  it('conditional on a history: sums to 1, has mean E[Y(t) | x, tₓ, T], and equals the new customer\'s at x = tₓ = T = 0', () => {
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 300; n++) {
      const probability = paretoNbdConditionalProbabilityOfPurchases(p, 52, n, ...C1516);
      total += probability;
      mean += n * probability;
    }
    expect(total).toBeCloseTo(1, 9);
    expect(mean).toBeCloseTo(paretoNbdConditionalExpectedPurchases(p, 52, ...C1516), 6);
    for (const n of [0, 1, 5]) expect(paretoNbdConditionalProbabilityOfPurchases(p, 20, n, 0, 0, 0)).toBeCloseTo(paretoNbdProbabilityOfPurchases(p, 20, n), 12);
  });

  it('E[X(t)] at s = 1 is its limit (rβ/α) ln(1 + t/β)', () => {
    const q = { r: 0.5, alpha: 10, s: 1, beta: 12 };
    expect(paretoNbdExpectedPurchases(q, 52)).toBeCloseTo((0.5 * 12 / 10) * Math.log(1 + 52 / 12), 12);
    expect(paretoNbdExpectedPurchases({ ...q, s: 1 + 1e-9 }, 52)).toBeCloseTo(paretoNbdExpectedPurchases(q, 52), 7);
  });
});
