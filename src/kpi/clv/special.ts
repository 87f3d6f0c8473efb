/** Special functions for the CLV models: ln Γ, ψ (digamma), ln B and the Gauss hypergeometric series ₂F₁. */

import { KpiFailure } from '../failure';

// Module-scope aliases: a runtime whose global lookups are slow (a vm context, Apps Script) pays for `Math` once, not per call.
const { abs, exp, log, max, round, sin, PI } = Math;
const isInteger = Number.isInteger;

const LANCZOS_G = 7;
const LANCZOS = new Float64Array([
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
]);

/** ln √(2π). */
export const LN_SQRT_2PI = 0.9189385332046728;

/** ln Γ(x) by Lanczos (g = 7, n = 9), reflection ln π − ln|sin πx| − ln Γ(1 − x) below ½; ln|Γ| for negative non-integers. */
export function lnGamma(x: number): number {
  if (x < 0.5) return log(PI / abs(sin(PI * x))) - lnGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < 9; i++) sum += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * log(t) - t + log(sum);
}

/**
 * ψ(x) = d ln Γ(x)/dx for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the asymptotic series
 * ln x − 1/(2x) − Σ B₂ₖ/(2k x²ᵏ) to x⁻¹²; NaN for x ≤ 0.
 */
export function digamma(x: number): number {
  if (!(x > 0)) return NaN;
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  const series = f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f * (1 / 132)))));
  return shift + log(x) - 0.5 / x - series;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

/** Relative accuracy the ₂F₁ series stops at. */
const HYP_TOLERANCE = 1e-15;
/** Most terms the ₂F₁ series sums (enough for z up to about 0.9999 at full accuracy). */
const HYP_MAX_TERMS = 1_000_000;

/**
 * ₂F₁(a, b; c; z) = Σₙ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ for 0 ≤ z < 1 by its power series.
 * Convergence rule: term n+1 = term n · ρₙ with ρₙ = z(a+n)(b+n)/((c+n)(n+1)) → z. Once n is past every
 * sign change (n > −a, −b, −c) and ρₙ < 1, the later ratios stay below ρ = max(ρₙ, z) (they approach z
 * monotonically), so the tail is at most |termₙ₊₁|·ρ/(1−ρ); summing stops when that bound is below
 * 1e-15 · |sum|. Throws KpiFailure('fit_did_not_converge') if c is a non-positive integer or z is outside [0, 1).
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  const value = hyp2f1OrNaN(a, b, c, z);
  if (value !== value) throw new KpiFailure('fit_did_not_converge', { function: 'hyp2f1', c, z });
  return value;
}

/**
 * `hyp2f1`, or NaN where it would throw or needs more than `maxTerms` terms: for objectives that treat a failed
 * evaluation as an infinitely bad point (z within about 20/maxTerms of 1 is then out of reach).
 */
function hyp2f1OrNaN(a: number, b: number, c: number, z: number, maxTerms = HYP_MAX_TERMS): number {
  if (!(z >= 0 && z < 1) || (c <= 0 && isInteger(c))) return NaN;
  if (z === 0) return 1;
  const settled = max(0, -a, -b, -c) + 1;
  if (settled > maxTerms || growsPast(a, b, c, z) > maxTerms || growsPast(b, a, c, z) > maxTerms) return NaN;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    const ratio = (z * (a + n) * (b + n)) / ((c + n) * (n + 1));
    term *= ratio;
    sum += term;
    if (term === 0) return sum;
    const rho = max(abs(ratio), z);
    if (n >= settled && rho < 1 && (abs(term) * rho) / (1 - rho) <= HYP_TOLERANCE * abs(sum)) return sum;
  }
  return NaN;
}

/**
 * How long the terms of ₂F₁(a, b; c; z) keep growing, at least, for a, b, c > 0: (a+n)/(c+n) ≥ q/z with q = z·min(1, a/c),
 * so term n+1 / term n ≥ q(b+n)/(n+1) > 1 while n < (qb − 1)/(1 − q). A sum that cannot end within its terms is refused
 * at once instead of after them. 0 when a parameter is not positive.
 */
function growsPast(a: number, b: number, c: number, z: number): number {
  if (!(a > 0 && b > 0 && c > 0)) return 0;
  const q = z * (a < c ? a / c : 1);
  return (q * b - 1) / (1 - q);
}

/** Where ₂F₁(a, b; a+1; z) switches from its power series to the expansion around z = 1. */
const NEAR_ONE = 0.9;
/** Distance from an integer b inside which the expansion around 1 (a 0/0 there) is averaged over b ± this. */
const INTEGER_STEP = 1e-4;
/** The expansion's two terms may cancel to at most this fraction of their size (1e-5 keeps 11 of 16 digits). */
const CANCELLATION = 1e-5;

/**
 * ₂F₁(a, b; a+1; z) for a > 0, 0 ≤ z < 1, a + 1 − b > 0 (the form in the Pareto/NBD likelihood): the power series up
 * to z = 0.9 (and for b below 1e-4), beyond it the expansion around z = 1 (Abramowitz & Stegun 15.3.6 with c = a + 1), whose series converge in
 * powers of 1 − z: ₂F₁ = Γ(a+1)Γ(1−b)/Γ(a+1−b) · z^−a + a/(b−1) · (1−z)^(1−b) ₂F₁(1, a+1−b; 2−b; 1−z), with
 * Γ(1−b) = π/(sin(πb) Γ(b)); within 1e-4 of an integer b (a removable 0/0 at it) interpolated between b = n ± 1e-4. Where the two terms cancel to
 * less than 1e-5 of their size (large a), the power series after all. NaN where the series fail.
 */
export function hyp2f1AOne(a: number, b: number, z: number, maxTerms = HYP_MAX_TERMS): number {
  if (!(z > NEAR_ONE && z < 1) || !(a + 1 - b > 0) || !(b >= INTEGER_STEP)) return hyp2f1OrNaN(a, b, a + 1, z, maxTerms);
  const nearest = round(b);
  let value: number;
  if (abs(b - nearest) < INTEGER_STEP) {
    // Linear interpolation between b = n ± 1e-4, where the expansion is well defined.
    const below = nearOne(a, nearest - INTEGER_STEP, z, maxTerms);
    const above = nearOne(a, nearest + INTEGER_STEP, z, maxTerms);
    value = below + ((b - nearest + INTEGER_STEP) / (2 * INTEGER_STEP)) * (above - below);
  } else value = nearOne(a, b, z, maxTerms);
  return value === value ? value : hyp2f1OrNaN(a, b, a + 1, z, maxTerms);
}

/** The expansion of ₂F₁(a, b; a+1; z) around z = 1 for a non-integer b; NaN when its terms cancel too far. */
function nearOne(a: number, b: number, z: number, maxTerms: number): number {
  const w = 1 - z;
  const first = exp(lnGamma(a + 1) - lnGamma(a + 1 - b) - lnGamma(b) - a * log(z)) * (PI / sin(PI * b));
  const second = (a / (b - 1)) * exp((1 - b) * log(w)) * hyp2f1OrNaN(1, a + 1 - b, 2 - b, w, maxTerms);
  const sum = first + second;
  return abs(sum) >= CANCELLATION * abs(first) ? sum : NaN;
}
