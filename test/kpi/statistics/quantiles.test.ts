/** The project's own normal and Student-t quantiles against published values and an independent implementation. */
import { describe, expect, it } from 'vitest';
import { betaQuantile, betaRegularized } from '../../../src/kpi/statistics/beta';
import { erfc, normalQuantile, normalTwoSided, zOf } from '../../../src/kpi/statistics/normal';
import { studentQuantile } from '../../../src/kpi/statistics/student';
import { normalTwoSidedBySimpson, studentQuantileByBisection, Z_TABLE } from './independent';

/** |actual − expected| ≤ tolerance, with both numbers in the failure message. */
function near(actual: number, expected: number, tolerance: number, label: string): void {
  expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

describe('normal distribution', () => {
  it('two-sided quantiles equal the published table of z for each confidence level (12 decimals)', () => {
    for (const [confidence, z] of Object.entries(Z_TABLE)) near(zOf(Number(confidence)), z, 1e-12, confidence);
    expect(zOf(0.95)).toBeCloseTo(1.959963984540054, 14);
  });

  it("Wichura's check values for AS 241 (1988): Φ⁻¹(0.25), Φ⁻¹(0.001), Φ⁻¹(1e-20)", () => {
    near(normalQuantile(0.25), -0.6744897501960817, 1e-14, '0.25');
    near(normalQuantile(0.001), -3.090232306167814, 1e-13, '0.001');
    near(normalQuantile(1e-20), -9.262340089798408, 1e-12, '1e-20');
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('is antisymmetric and inverts its own distribution function over (0, 1)', () => {
    for (let k = 1; k < 200; k++) {
      const p = k / 200;
      near(normalQuantile(p), -normalQuantile(1 - p), 1e-14, `${p}`);
      near(erfc(-normalQuantile(p) / Math.SQRT2) / 2, p, 1e-15, `Φ(Φ⁻¹(${p}))`);
    }
  });

  it('erfc: published values, and the two-sided tail against Simpson integration of the density', () => {
    near(erfc(0.5), 0.4795001221869535, 2e-16, 'erfc 0.5');
    near(erfc(1), 0.1572992070502851, 2e-16, 'erfc 1');
    near(erfc(2) / 0.004677734981047266, 1, 1e-14, 'erfc 2');
    near(erfc(3) / 2.209049699858544e-5, 1, 1e-14, 'erfc 3');
    near(erfc(-1), 2 - 0.1572992070502851, 1e-15, 'erfc −1');
    for (const z of [0.1, 0.7, 1.2, 1.5, 1.96, 2.65, 3.3, 5, 7]) near(normalTwoSided(z) / normalTwoSidedBySimpson(z), 1, 1e-11, `tail ${z}`);
  });
});

describe("Student's t distribution", () => {
  it('textbook table values (3 decimals)', () => {
    const table: [number, number, number][] = [
      [1, 0.975, 12.706], [2, 0.975, 4.303], [3, 0.975, 3.182], [4, 0.975, 2.776], [5, 0.975, 2.571], [10, 0.975, 2.228],
      [20, 0.975, 2.086], [30, 0.975, 2.042], [100, 0.975, 1.984], [10, 0.95, 1.812], [10, 0.995, 3.169], [30, 0.995, 2.75],
    ];
    for (const [df, p, t] of table) near(studentQuantile(p, df), t, 5e-4, `t(${p}, ${df})`);
  });

  it('the closed forms for 1, 2 and 4 degrees of freedom, to 1e-12', () => {
    for (const p of [0.55, 0.8, 0.9, 0.95, 0.975, 0.99, 0.995, 0.9995]) {
      near(studentQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)), 1e-12 * Math.tan(Math.PI * (p - 0.5)), `df 1, ${p}`);
      near(studentQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-12, `df 2, ${p}`);
      // df 4: with α = 4p(1 − p) and q = cos(⅓ arccos √α)/√α, t = 2√(q − 1).
      const alpha = 4 * p * (1 - p);
      const q = Math.cos(Math.acos(Math.sqrt(alpha)) / 3) / Math.sqrt(alpha);
      near(studentQuantile(p, 4), 2 * Math.sqrt(q - 1), 1e-12, `df 4, ${p}`);
    }
  });

  it('high-precision values (R qt, mpmath) to 1e-9', () => {
    const values: [number, number, number][] = [
      [3, 0.975, 3.182446305284263], [5, 0.975, 2.570581835636314], [10, 0.975, 2.228138851986274], [30, 0.975, 2.042272456301238],
      [100, 0.975, 1.983971518523552], [10, 0.95, 1.812461122811676], [10, 0.995, 3.16927267261695], [10, 0.9995, 4.586893858702708],
      [1000, 0.975, 1.962339080826408], [1e5, 0.975, 1.959987707534610], [1e7, 0.975, 1.959964221767205], [1e7, 0.9995, 3.290527704465253],
      [3, 0.999999, 103.2994677794290], [4, 0.999999, 41.5778541501515],
    ];
    for (const [df, p, t] of values) near(studentQuantile(p, df), t, 1e-9, `t(${p}, ${df})`);
  });

  it('equals an independent implementation (finite series of the distribution function, bisection) to 1e-9', () => {
    for (const df of [3, 5, 7, 12, 29, 60, 250, 999, 2999, 3000, 20_000]) {
      for (const p of [0.6, 0.9, 0.95, 0.975, 0.99, 0.995, 0.9995]) near(studentQuantile(p, df), studentQuantileByBisection(p, df), 1e-9, `t(${p}, ${df})`);
    }
  });

  it('is antisymmetric and tends to the normal quantile', () => {
    for (const df of [1, 2, 3, 8, 40]) near(studentQuantile(0.1, df), -studentQuantile(0.9, df), 1e-12, `df ${df}`);
    // The first term of the expansion in 1/df: t − z ≈ (z³ + z)/(4 df).
    near(studentQuantile(0.975, 1e9) - zOf(0.95), (zOf(0.95) ** 3 + zOf(0.95)) / 4e9, 1e-15, 'df 1e9');
  });
});

describe('incomplete beta function', () => {
  it('closed forms: I_x(1, b) = 1 − (1 − x)^b, I_x(a, 1) = xᵃ, I_x(2, 3) = 6x² − 8x³ + 3x⁴; the quantile inverts it', () => {
    for (const x of [1e-6, 0.01, 0.3, 0.5, 0.9, 0.999]) {
      near(betaRegularized(x, 1, 7), 1 - (1 - x) ** 7, 1e-14, `I(${x}; 1, 7)`);
      near(betaRegularized(x, 3.5, 1), x ** 3.5, 1e-14, `I(${x}; 3.5, 1)`);
      near(betaRegularized(x, 2, 3), 6 * x ** 2 - 8 * x ** 3 + 3 * x ** 4, 1e-14, `I(${x}; 2, 3)`);
    }
    for (const [p, a, b] of [[0.025, 81, 183], [0.975, 0.5, 40], [0.5, 2e8, 3e8], [1e-6, 3, 4]]) near(betaRegularized(betaQuantile(p, a, b), a, b), p, 1e-11 * Math.max(p, 1e-5), `${p} ${a} ${b}`);
    // Beta(1, 1e9): the 0.025 quantile is 1 − 0.975^(1e-9), to full relative precision.
    near(betaQuantile(0.025, 1, 1e9) / -Math.expm1(Math.log(0.975) / 1e9), 1, 1e-12, 'Beta(1, 1e9)');
  });
});
