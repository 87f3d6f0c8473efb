/** The standard normal distribution in plain double arithmetic: erfc, the two-sided tail and the quantile. */

const SQRT_PI = Math.sqrt(Math.PI);

/**
 * erfc x = 2/√π ∫ₓ^∞ e^(−t²) dt. Below 1.5: 1 − erf x with erf x = 2x e^(−x²)/√π · Σₖ (2x²)ᵏ / (1·3·…·(2k+1)), a series of
 * positive terms; from 1.5 on: e^(−x²)/√π ÷ (x + ½/(x + 1/(x + (3/2)/(x + …)))), the continued fraction, 120 levels deep.
 */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < 1.5) {
    let term = x;
    let sum = x;
    for (let k = 1; term > 1e-17 * sum; k++) sum += term *= (2 * x * x) / (2 * k + 1);
    return 1 - ((2 / SQRT_PI) * Math.exp(-x * x)) * sum;
  }
  let fraction = x;
  for (let k = 120; k > 0; k--) fraction = x + k / 2 / fraction;
  return Math.exp(-x * x) / (SQRT_PI * fraction);
}

/** P(|Z| ≥ |z|) for a standard normal Z: erfc(|z|/√2), the two-sided p-value of a z statistic. */
export const normalTwoSided = (z: number): number => erfc(Math.abs(z) / Math.SQRT2);

/**
 * Φ⁻¹(p) for 0 < p < 1: Abramowitz and Stegun 26.2.23 (error below 4.5e-4) as the start, then three Halley steps on
 * Φ(x) = erfc(−x/√2)/2, each of which triples the correct digits; the lower half is solved, the upper one by symmetry.
 */
export function normalQuantile(p: number): number {
  if (p > 0.5) return -normalQuantile(1 - p);
  if (p === 0.5) return 0;
  const t = Math.sqrt(-2 * Math.log(p));
  let x = (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308))) - t;
  for (let i = 0; i < 3; i++) {
    const u = (erfc(-x / Math.SQRT2) / 2 - p) * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    x -= u / (1 + (x * u) / 2);
  }
  return x;
}

/** The two-sided normal quantile of a confidence level: z with P(|Z| ≤ z) = confidence (1.959963984540054 at 0.95). */
export const zOf = (confidence: number): number => -normalQuantile((1 - confidence) / 2);
