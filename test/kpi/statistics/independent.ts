/**
 * Independent implementations for the tests, written from the definitions rather than from src/kpi/statistics: bisection
 * on the score equation for Wilson, on binomial tail sums for Clopper–Pearson, on the finite series of Student's
 * distribution function for t, and Simpson's rule for the normal tail. Slow and plain on purpose.
 */

/** Two-sided normal quantiles of confidence levels, as the published table gives them (12 decimals). */
export const Z_TABLE: Readonly<Record<string, number>> = {
  0.8: 1.281551565545,
  0.9: 1.644853626951,
  0.95: 1.95996398454,
  0.98: 2.326347874041,
  0.99: 2.575829303549,
  0.995: 2.807033768344,
  0.998: 3.090232306168,
  0.999: 3.290526731492,
  0.9999: 3.890591886413,
};

/** One-sided normal quantiles for power: Φ⁻¹(0.8), Φ⁻¹(0.9) (the table's 0.6 and 0.8 two-sided rows). */
export const Z_POWER: Readonly<Record<string, number>> = { 0.8: 0.841621233573, 0.9: 1.281551565545 };

/** The root of an increasing `f` on [low, high] by bisection, to the last bit. */
export function bisect(f: (x: number) => number, low: number, high: number): number {
  for (let i = 0; i < 2000; i++) {
    const middle = (low + high) / 2;
    if (middle <= low || middle >= high) return middle;
    if (f(middle) < 0) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** Wilson's interval as the two roots of (p̂ − p)² = z² p(1 − p)/n, found by bisection on each side of p̂. */
export function wilsonByBisection(s: number, n: number, z: number): [number, number] {
  const rate = s / n;
  const score = (p: number): number => (rate - p) ** 2 - (z * z * p * (1 - p)) / n;
  const low = s === 0 ? 0 : bisect((p) => -score(p), 0, rate);
  const high = s === n ? 1 : bisect(score, rate, 1);
  return [low, high];
}

/** P(X ≥ s) for X ~ Binomial(n, p), summing the probabilities outward from the mode by their ratios (no factorials). */
export function binomialUpperTail(n: number, s: number, p: number): number {
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const odds = p / (1 - p);
  let total = 1;
  let tail = mode >= s ? 1 : 0;
  let r = 1;
  for (let k = mode; k < n; k++) {
    r *= ((n - k) / (k + 1)) * odds;
    total += r;
    if (k + 1 >= s) tail += r;
    if (r < 1e-22 * total) break;
  }
  r = 1;
  for (let k = mode; k > 0; k--) {
    r *= k / (n - k + 1) / odds;
    total += r;
    if (k - 1 >= s) tail += r;
    if (r < 1e-22 * total) break;
  }
  return tail / total;
}

/** Clopper–Pearson by its definition: P(X ≥ s | low) = α/2 and P(X ≤ s | high) = α/2, each by bisection on p. */
export function clopperPearsonBySums(s: number, n: number, confidence: number): [number, number] {
  const tail = (1 - confidence) / 2;
  const low = s === 0 ? 0 : bisect((p) => binomialUpperTail(n, s, p) - tail, 0, s / n);
  const high = s === n ? 1 : bisect((p) => tail - (1 - binomialUpperTail(n, s + 1, p)), s / n, 1);
  return [low, high];
}

/** P(T ≤ t) for Student's T with integer ν by the finite series (Abramowitz and Stegun 26.7.3–4) in θ = atan(t/√ν). */
export function studentCdf(t: number, nu: number): number {
  const theta = Math.atan(Math.abs(t) / Math.sqrt(nu));
  const c2 = Math.cos(theta) ** 2;
  let a: number;
  if (nu % 2 === 1) {
    let term = Math.cos(theta);
    let sum = nu > 1 ? term : 0;
    for (let k = 3; k <= nu - 2; k += 2) sum += term *= (c2 * (k - 1)) / k;
    a = (2 / Math.PI) * (theta + Math.sin(theta) * sum);
  } else {
    let term = 1;
    let sum = 1;
    for (let k = 2; k <= nu - 2; k += 2) sum += term *= (c2 * (k - 1)) / k;
    a = Math.sin(theta) * sum;
  }
  return t >= 0 ? (1 + a) / 2 : (1 - a) / 2;
}

/** Student's t quantile by bisection on `studentCdf`. */
export const studentQuantileByBisection = (p: number, nu: number): number => bisect((t) => studentCdf(t, nu) - p, -1e7, 1e7);

/** P(|Z| ≥ z) as 2 ∫_z^(z+12) φ by Simpson's rule on 24 000 panels. */
export function normalTwoSidedBySimpson(z: number): number {
  const a = Math.abs(z);
  const panels = 24_000;
  const h = 12 / panels;
  const phi = (x: number): number => Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  let sum = phi(a) + phi(a + 12);
  for (let i = 1; i < panels; i++) sum += (i % 2 === 1 ? 4 : 2) * phi(a + i * h);
  return (2 * sum * h) / 3;
}
