/** BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): fit and expectations. */

import { KpiFailure } from '../failure';
import { minimizePositive } from './optimize';
import { hyp2f1, lnGamma } from './special';

export interface BgNbdParams {
  /** Shape and scale of the gamma-distributed purchase rate λ. */
  readonly r: number;
  readonly alpha: number;
  /** Beta-distributed dropout probability p ~ Beta(a, b). */
  readonly a: number;
  readonly b: number;
}

export interface BgNbdFit extends BgNbdParams {
  readonly logLikelihood: number;
}

/** Identical (x, tₓ, T) triples compressed to one with a weight; tₓ and T divided by `scale`. */
interface Groups {
  readonly scale: number;
  /** Σx over all customers. */
  readonly repeatPurchases: number;
  readonly weight: Float64Array;
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  /** Index of each group's x among the distinct x values. */
  readonly xIndex: Int32Array;
  readonly distinctX: Float64Array;
}

/**
 * Maximum-likelihood BG/NBD, fitted on times divided by their mean age s (so the search does not depend on the unit;
 * α = s·α′ and LL = LL′ − Σx·ln s, since the likelihood carries λ^x): LL = Σ ln[Γ(r+x)αʳ/(Γ(r)(α+T)^(r+x)) · B(a,b+x)/B(a,b)
 * · (1 + δₓ₍>0₎ (a/(b+x−1)) ((α+T)/(α+tₓ))^(r+x))], by Nelder–Mead on ln(r, α, a, b).
 */
export function fitBgNbd(frequency: ArrayLike<number>, recency: ArrayLike<number>, age: ArrayLike<number>): BgNbdFit {
  const groups = compress(frequency, recency, age);
  const nll = (p: readonly number[]): number => -bgnbdLogLikelihood(groups, p[0], p[1], p[2], p[3]);
  const result = minimizePositive(nll, [1, 1, 1, 1]);
  if (!result.converged || result.atBound) {
    throw new KpiFailure('fit_did_not_converge', { model: 'BG/NBD', iterations: result.iterations });
  }
  const [r, alpha, a, b] = result.params;
  return { r, alpha: alpha * groups.scale, a, b, logLikelihood: -result.value - groups.repeatPurchases * Math.log(groups.scale) };
}

/** Validates the summary and groups identical (x, tₓ, T) triples. */
function compress(frequency: ArrayLike<number>, recency: ArrayLike<number>, age: ArrayLike<number>): Groups {
  const n = frequency.length;
  if (recency.length !== n) throw new KpiFailure('lengths_differ', { argument: 'recency', other: 'frequency' });
  if (age.length !== n) throw new KpiFailure('lengths_differ', { argument: 'age', other: 'frequency' });
  if (n === 0) throw new KpiFailure('no_data', { argument: 'frequency' });
  const index = new Map<string, number>();
  const w: number[] = [];
  const xs: number[] = [];
  const txs: number[] = [];
  const Ts: number[] = [];
  let repeaters = 0;
  let repeatPurchases = 0;
  let totalAge = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const tx = recency[i];
    const T = age[i];
    if (!(x >= 0 && Number.isFinite(x))) throw new KpiFailure('invalid_value', { argument: 'frequency', position: i });
    if (!(tx >= 0 && tx <= T && Number.isFinite(T))) throw new KpiFailure('invalid_value', { argument: 'recency', position: i });
    if (x > 0) repeaters++;
    repeatPurchases += x;
    totalAge += T;
    const key = `${x} ${tx} ${T}`;
    const g = index.get(key);
    if (g !== undefined) {
      w[g]++;
      continue;
    }
    index.set(key, w.length);
    w.push(1);
    xs.push(x);
    txs.push(tx);
    Ts.push(T);
  }
  if (repeaters === 0) throw new KpiFailure('no_repeat_customers');
  if (w.length === 1) throw new KpiFailure('no_variation');
  const distinct = [...new Set(xs)].sort((p, q) => p - q);
  const position = new Map(distinct.map((x, i) => [x, i]));
  const scale = totalAge > 0 ? totalAge / n : 1;
  return {
    scale,
    repeatPurchases,
    weight: Float64Array.from(w),
    x: Float64Array.from(xs),
    tx: Float64Array.from(txs, (t) => t / scale),
    T: Float64Array.from(Ts, (t) => t / scale),
    xIndex: Int32Array.from(xs, (x) => position.get(x) ?? 0),
    distinctX: Float64Array.from(distinct),
  };
}

/** The weighted BG/NBD log-likelihood of the groups; the x-only terms are computed once per distinct x. */
function bgnbdLogLikelihood(g: Groups, r: number, alpha: number, a: number, b: number): number {
  const dx = g.distinctX;
  const xTerm = new Float64Array(dx.length);
  const lnGammaR = lnGamma(r);
  const lnBetaAB = lnGamma(a + b) - lnGamma(b);
  const rLnAlpha = r * Math.log(alpha);
  for (let k = 0; k < dx.length; k++) {
    const x = dx[k];
    xTerm[k] = lnGamma(r + x) - lnGammaR + rLnAlpha + lnBetaAB + lnGamma(b + x) - lnGamma(a + b + x);
  }
  const lnA = Math.log(a);
  let total = 0;
  for (let i = 0; i < g.weight.length; i++) {
    const x = g.x[i];
    const a3 = -(r + x) * Math.log(alpha + g.T[i]);
    let ll = xTerm[g.xIndex[i]] + a3;
    if (x > 0) {
      const a4 = lnA - Math.log(b + x - 1) - (r + x) * Math.log(alpha + g.tx[i]);
      ll = xTerm[g.xIndex[i]] + (a4 > a3 ? a4 + Math.log1p(Math.exp(a3 - a4)) : a3 + Math.log1p(Math.exp(a4 - a3)));
    }
    total += g.weight[i] * ll;
  }
  return total;
}

/** E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))ʳ ₂F₁(r, b; a+b−1; t/(α+t))], 0 for t ≤ 0. */
export function bgnbdExpectedPurchases(params: BgNbdParams, t: number): number {
  if (!(t > 0)) return 0;
  const { r, alpha } = params;
  // Cancellation in 1 − (…) can leave −1e-16 for a tiny t: an expectation is never below 0.
  return Math.max(0, awayFromPoles(params.a, params.b, 0, (a, b) => {
    const bracket = 1 - Math.pow(alpha / (alpha + t), r) * hyp2f1(r, b, a + b - 1, t / (alpha + t));
    return ((a + b - 1) / (a - 1)) * bracket;
  }));
}

/** P(alive | x, tₓ, T) = 1 / (1 + δₓ₍>0₎ (a/(b+x−1)) ((α+T)/(α+tₓ))^(r+x)). */
export function bgnbdProbabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  return 1 / (1 + deadOdds(params, x, tx, T));
}

/**
 * E[Y(t) | x, tₓ, T] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
 * · P(alive | x, tₓ, T); 0 for t ≤ 0.
 */
export function bgnbdConditionalExpectedPurchases(params: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  if (!(t > 0)) return 0;
  const { r, alpha } = params;
  const odds = deadOdds(params, x, tx, T);
  if (odds === Infinity) return 0;
  const z = t / (alpha + T + t);
  const expected = awayFromPoles(params.a, params.b, x, (a, b) => {
    const bracket = 1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z);
    return ((a + b + x - 1) / (a - 1)) * bracket;
  });
  return Math.max(0, expected) / (1 + odds);
}

/** δₓ₍>0₎ (a/(b+x−1)) ((α+T)/(α+tₓ))^(r+x), the odds of having dropped out after the last purchase, in logs until the end. */
function deadOdds(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (!(x > 0)) return 0;
  const { r, alpha, a, b } = params;
  return Math.exp(Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx)));
}

/** Step of the symmetric average that replaces f at its removable singularities. */
const POLE_STEP = 1e-5;

/**
 * f(a, b), or the mean of f on both sides (±1e-5) where the formula is 0/0 in the limit only:
 * a = 1 (the (a−1) denominator; a = 1 ± 2e-5) and a + b + x − 1 = 0 (the ₂F₁ pole at c = 0, cancelled by its c prefactor).
 */
function awayFromPoles(a: number, b: number, x: number, f: (a: number, b: number) => number): number {
  if (Math.abs(a - 1) < POLE_STEP) return (awayFromCPole(1 - 2 * POLE_STEP, b, x, f) + awayFromCPole(1 + 2 * POLE_STEP, b, x, f)) / 2;
  return awayFromCPole(a, b, x, f);
}

/** f(a, b), or the mean of f at c = a + b + x − 1 = ±1e-5 (b moved) when |c| < 1e-5. */
function awayFromCPole(a: number, b: number, x: number, f: (a: number, b: number) => number): number {
  const c = a + b + x - 1;
  if (Math.abs(c) >= POLE_STEP) return f(a, b);
  const below = b - c - POLE_STEP;
  return below > 0 ? (f(a, below) + f(a, b - c + POLE_STEP)) / 2 : f(a, b - c + POLE_STEP);
}
