import { describe, expect, it } from 'vitest';
import { digamma, hyp2f1, lnBeta, lnGamma, minimizePositive } from '../../../src/kpi/clv/index';
import { hyp2f1AOne } from '../../../src/kpi/clv/special';

describe('special functions', () => {
  it('lnGamma matches factorials and Γ(½) = √π', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 13);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 11);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(lnGamma(171)).toBeCloseTo(706.5730622457874, 8);
    expect(lnGamma(1e-8)).toBeCloseTo(-Math.log(1e-8) - 0.5772156649e-8, 8);
    expect(lnBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 13);
  });

  it('hyp2f1 matches closed forms, also close to z = 1', () => {
    for (const z of [0, 0.1, 0.5, 0.9, 0.99, 0.999]) {
      const log = z === 0 ? 1 : -Math.log(1 - z) / z;
      expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(log, 10);
      expect(hyp2f1(0.7, 2.3, 2.3, z)).toBeCloseTo(Math.pow(1 - z, -0.7), 9);
    }
    expect(hyp2f1(0.5, 1, 1.5, 0.25)).toBeCloseTo(Math.atanh(0.5) / 0.5, 13);
  });

  it('digamma matches ψ(1) = −γ, ψ(½) = −γ − 2 ln 2 and the recurrence ψ(x+1) = ψ(x) + 1/x', () => {
    const euler = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-euler, 13);
    expect(digamma(0.5)).toBeCloseTo(-euler - 2 * Math.LN2, 13);
    for (const x of [1e-3, 0.3, 2.5, 17, 400]) expect(digamma(x + 1)).toBeCloseTo(digamma(x) + 1 / x, 10);
    expect(digamma(0)).toBeNaN();
  });

  it('₂F₁(a, b; a+1; z) near z = 1, by the expansion around 1, agrees with the power series (integer b too)', () => {
    for (const [a, b] of [
      [0.6, 0.3],
      [1.2, 1.6],
      [27.5, 3],
      [5.3, 2],
      [80, 4.5],
      [0.8, 1.0000004],
    ]) {
      for (const z of [0.91, 0.97, 0.995, 0.9995]) {
        const series = hyp2f1(a, b, a + 1, z);
        expect(Math.abs(hyp2f1AOne(a, b, z) / series - 1), `${a} ${b} ${z}`).toBeLessThan(1e-6);
      }
    }
    // Below 0.9 it is the series itself.
    expect(hyp2f1AOne(2.5, 1.5, 0.5)).toBe(hyp2f1(2.5, 1.5, 3.5, 0.5));
  });

  it('minimizePositive finds the minimum of a curved valley in positive parameters', () => {
    const f = ([x, y]: readonly number[]): number => (1 - x) ** 2 + 100 * (y - x * x) ** 2;
    const result = minimizePositive(f, [3, 0.2]);
    expect(result.converged).toBe(true);
    expect(result.atBound).toBe(false);
    expect(result.params[0]).toBeCloseTo(1, 5);
    expect(result.params[1]).toBeCloseTo(1, 5);
    expect(minimizePositive(f, [3, 0.2])).toEqual(result);
  });
});
