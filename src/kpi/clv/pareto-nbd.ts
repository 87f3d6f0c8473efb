/**
 * Pareto/NBD (Schmittlein, Morrison & Colombo 1987), in the forms of Fader, Hardie & Lee's notes (2005, "A note on
 * deriving the Pareto/NBD model"; 2006, "Deriving an expression for P(X(t) = x) under the Pareto/NBD model"):
 * fit, likelihood and predictions.
 */

import { KpiFailure } from '../failure';
import { customerGroups, type CustomerGroups } from './groups';
import { minimizePositiveSmooth } from './quasi-newton';
import { hyp2f1, hyp2f1AOne, lnBeta, lnGamma } from './special';
import { standardErrors } from './standard-errors';
import type { FitOptions } from './bgnbd';

const { abs, exp, expm1, log, log1p, max } = Math;

/** Most ₂F₁ terms per evaluation inside the fit: a point whose series needs more counts as infinitely unlikely, so the search never stalls there. */
const FIT_HYP_TERMS = 20_000;
/** Most Nelder–Mead iterations of the fallback search. */
const FALLBACK_ITERATIONS = 300;

export interface ParetoNbdParams {
  /** Shape and scale of the gamma-distributed purchase rate λ. */
  readonly r: number;
  readonly alpha: number;
  /** Shape and scale of the gamma-distributed dropout rate μ. */
  readonly s: number;
  readonly beta: number;
}

export interface ParetoNbdFit extends ParetoNbdParams {
  readonly logLikelihood: number;
  /** Standard errors of r, α, s, β (when asked for). */
  readonly standardErrors?: readonly number[];
}

/**
 * ln A₀ = ln[F(tₓ) − F(T)] with F(u) = ₂F₁(r+s+x, b′; r+s+x+1; |α−β|/(m+u)) / (m+u)^(r+s+x), m = max(α, β),
 * b′ = s+1 when α ≥ β, r+x otherwise (Fader, Hardie & Lee 2005, eqs. 19–20); −∞ when tₓ = T; NaN when the series fails.
 */
function lnA0(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const m = max(alpha, beta);
  const d = abs(alpha - beta);
  const second = alpha < beta ? r + x : s + 1;
  const rsx = r + s + x;
  const lnF1 = log(hyp2f1AOne(rsx, second, d / (m + tx))) - rsx * log(m + tx);
  const lnF2 = log(hyp2f1AOne(rsx, second, d / (m + T))) - rsx * log(m + T);
  return lnF1 + log1p(-exp(lnF2 - lnF1));
}

/**
 * One customer's ln L = ln Γ(r+x) − ln Γ(r) + r ln α + s ln β + ln[(α+T)^−(r+x) (β+T)^−s + (s/(r+s+x)) A₀]
 * (Fader, Hardie & Lee 2005, eq. 18).
 */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = params;
  const head = lnGamma(r + x) - lnGamma(r) + r * log(alpha) + s * log(beta);
  const first = -(r + x) * log(alpha + T) - s * log(beta + T);
  const second = log(s) - log(r + s + x) + lnA0(params, x, tx, T);
  return head + logAddExp(first, second);
}

/** ln(eᵘ + eᵛ), exact when one of them is −∞. */
function logAddExp(u: number, v: number): number {
  if (u === -Infinity) return v;
  if (v === -Infinity) return u;
  return u > v ? u + log1p(exp(v - u)) : v + log1p(exp(u - v));
}

/**
 * Maximum-likelihood Pareto/NBD on times divided by their mean age s₀ (α = s₀α′, β = s₀β′, LL = LL′ − Σx ln s₀), by
 * BFGS on ln(r, α, s, β) with central-difference gradients; ₂F₁ is evaluated once per distinct (x, tₓ) and (x, T).
 */
export function fitParetoNbd(frequency: ArrayLike<number>, recency: ArrayLike<number>, age: ArrayLike<number>, options: FitOptions = {}): ParetoNbdFit {
  const groups = customerGroups(frequency, recency, age);
  const f = paretoNbdObjective(groups);
  const result = minimizePositiveSmooth(centralDifferences(f), [1, 1, 1, 1], { fallbackIterations: FALLBACK_ITERATIONS });
  if (!result.converged || result.atBound) {
    throw new KpiFailure('fit_did_not_converge', { model: 'Pareto/NBD', iterations: result.iterations });
  }
  const [r, alpha, s, beta] = result.params;
  const scale = groups.scale;
  const fit = { r, alpha: alpha * scale, s, beta: beta * scale, logLikelihood: -result.value - groups.repeatPurchases * log(scale) };
  if (!options.standardErrors) return fit;
  const errors = standardErrors(result.params, f);
  return { ...fit, standardErrors: [errors[0], errors[1] * scale, errors[2], errors[3] * scale] };
}

/** f with ∂f/∂pᵢ ≈ (f(p + hᵢeᵢ) − f(p − hᵢeᵢ)) / 2hᵢ, hᵢ = 10⁻⁶ pᵢ; no gradient where f is +∞. */
function centralDifferences(f: (p: Float64Array) => number): (p: Float64Array, gradient: Float64Array) => number {
  const q = new Float64Array(4);
  return (p, gradient) => {
    const value = f(p);
    // An impossible point needs no gradient: the line search only shrinks its step.
    if (!(value < Infinity)) return value;
    for (let i = 0; i < p.length; i++) {
      q.set(p);
      const h = 1e-6 * p[i];
      q[i] = p[i] + h;
      const up = f(q);
      q[i] = p[i] - h;
      gradient[i] = (up - f(q)) / (2 * h);
    }
    return value;
  };
}

/** −LL of the groups at (r, α, s, β), with the ₂F₁ terms computed per distinct (x, tₓ) and (x, T) pair. */
function paretoNbdObjective(g: CustomerGroups): (p: Float64Array) => number {
  const pairs = (timeIndex: Int32Array, times: number): { index: Int32Array; x: Int32Array; t: Int32Array } => {
    const seen = new Map<number, number>();
    const index = new Int32Array(g.size);
    const xs: number[] = [];
    const ts: number[] = [];
    for (let i = 0; i < g.size; i++) {
      const key = g.xIndex[i] * times + timeIndex[i];
      let k = seen.get(key);
      if (k === undefined) {
        k = xs.length;
        seen.set(key, k);
        xs.push(g.xIndex[i]);
        ts.push(timeIndex[i]);
      }
      index[i] = k;
    }
    return { index, x: Int32Array.from(xs), t: Int32Array.from(ts) };
  };
  const atTx = pairs(g.txIndex, g.tx.length);
  const atT = pairs(g.TIndex, g.T.length);
  const lnFTx = new Float64Array(atTx.x.length);
  const lnFT = new Float64Array(atT.x.length);
  const head = new Float64Array(g.x.length);
  const lnAlphaT = new Float64Array(g.T.length);
  const lnBetaT = new Float64Array(g.T.length);
  return (p) => {
    const r = p[0];
    const alpha = p[1];
    const s = p[2];
    const beta = p[3];
    const m = max(alpha, beta);
    const d = abs(alpha - beta);
    const lnF = (x: number, u: number): number => {
      const rsx = r + s + x;
      return log(hyp2f1AOne(rsx, alpha < beta ? r + x : s + 1, d / (m + u), FIT_HYP_TERMS)) - rsx * log(m + u);
    };
    for (let k = 0; k < atTx.x.length; k++) {
      lnFTx[k] = lnF(g.x[atTx.x[k]], g.tx[atTx.t[k]]);
      if (lnFTx[k] !== lnFTx[k]) return Infinity;
    }
    for (let k = 0; k < atT.x.length; k++) {
      lnFT[k] = lnF(g.x[atT.x[k]], g.T[atT.t[k]]);
      if (lnFT[k] !== lnFT[k]) return Infinity;
    }
    const lnGammaR = lnGamma(r);
    const constant = r * log(alpha) + s * log(beta) - lnGammaR;
    for (let k = 0; k < g.x.length; k++) head[k] = lnGamma(r + g.x[k]) + constant;
    for (let k = 0; k < g.T.length; k++) {
      lnAlphaT[k] = log(alpha + g.T[k]);
      lnBetaT[k] = log(beta + g.T[k]);
    }
    const lnS = log(s);
    let total = 0;
    for (let i = 0; i < g.size; i++) {
      const k = g.xIndex[i];
      const j = g.TIndex[i];
      const x = g.x[k];
      const first = -(r + x) * lnAlphaT[j] - s * lnBetaT[j];
      const f1 = lnFTx[atTx.index[i]];
      const lnA = f1 + log1p(-exp(lnFT[atT.index[i]] - f1));
      const second = lnS - log(r + s + x) + lnA;
      total += g.weight[i] * (head[k] + logAddExp(first, second));
    }
    return total === total ? -total : Infinity;
  };
}

/** E[X(t)] = rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)], with its limit (rβ/α) ln(1 + t/β) at s = 1; 0 for t ≤ 0. */
export function paretoNbdExpectedPurchases(params: ParetoNbdParams, t: number): number {
  return paretoNbdAliveExpectedPurchases(params, t, 0, 0);
}

/** [1 − e^(u·L)] / u, and −L at u = 0: (1 − (β/(β+t))^(s−1)) / (s−1) with L = ln(β/(β+t)), u = s − 1. */
function powerDifference(u: number, L: number): number {
  return u === 0 ? -L : -expm1(u * L) / u;
}

/** P(alive | x, tₓ, T) = 1 / (1 + (s/(r+s+x)) (α+T)^(r+x) (β+T)^s A₀) (Fader, Hardie & Lee 2005, eq. 37). */
export function paretoNbdProbabilityAlive(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = params;
  const lnA = lnA0(params, x, tx, T);
  if (lnA === -Infinity) return 1;
  return 1 / (1 + exp(log(s) - log(r + s + x) + (r + x) * log(alpha + T) + s * log(beta + T) + lnA));
}

/**
 * The expected purchases in (T, T + t] of a customer alive at T after x purchases: a new customer's E[X(t)] with
 * parameters (r + x, α + T, s, β + T) = (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)]; 0 for t ≤ 0.
 */
export function paretoNbdAliveExpectedPurchases(params: ParetoNbdParams, t: number, x: number, T: number): number {
  if (!(t > 0)) return 0;
  const { r, alpha, s, beta } = params;
  return (((r + x) * (beta + T)) / (alpha + T)) * powerDifference(s - 1, log((beta + T) / (beta + T + t)));
}

/** E[Y(t) | x, tₓ, T] = P(alive | x, tₓ, T) · the alive customer's expectation (Fader, Hardie & Lee 2005, eq. 41). */
export function paretoNbdConditionalExpectedPurchases(params: ParetoNbdParams, t: number, x: number, tx: number, T: number): number {
  return paretoNbdProbabilityAlive(params, x, tx, T) * paretoNbdAliveExpectedPurchases(params, t, x, T);
}

/**
 * P(X(t) = n) for a new customer: Γ(r+n)/(Γ(r) n!) (α/(α+t))ʳ (t/(α+t))ⁿ (β/(β+t))ˢ + αʳβˢ B(r+n, s+1)/B(r, s)
 * · [G(r+s, 0) − Σᵢ₌₀ⁿ (r+s)ᵢ tⁱ/i! G(r+s+i, t)], with G(m, u) = ₂F₁(m, b′; r+s+n+1; |α−β|/(M+u)) / (M+u)ᵐ, M = max(α, β),
 * b′ = s+1 when α ≥ β, r+n otherwise. The bracket is the tail Σᵢ₌ₙ₊₁^∞ of the same series, summed directly when the
 * head is most of G(r+s, 0).
 */
export function paretoNbdProbabilityOfPurchases(params: ParetoNbdParams, t: number, n: number): number {
  const { r, alpha, s, beta } = params;
  if (!(t > 0)) return n === 0 ? 1 : 0;
  const first = exp(lnGamma(r + n) - lnGamma(r) - lnGamma(n + 1) + r * log(alpha / (alpha + t)) + n * log(t / (alpha + t)) + s * log(beta / (beta + t)));
  const M = max(alpha, beta);
  const d = abs(alpha - beta);
  const second = alpha < beta ? r + n : s + 1;
  const c = r + s + n + 1;
  const lnG = (m: number, u: number): number => log(hyp2f1(m, second, c, d / (M + u))) - m * log(M + u);
  const lnG0 = lnG(r + s, 0);
  // Terms relative to G(r+s, 0): cᵢ = exp(ln (r+s)ᵢ + i ln t − ln i! + ln G(r+s+i, t) − ln G(r+s, 0)).
  const lnT = log(t);
  const term = (i: number): number => exp(lnGamma(r + s + i) - lnGamma(r + s) + i * lnT - lnGamma(i + 1) + lnG(r + s + i, t) - lnG0);
  let head = 0;
  for (let i = 0; i <= n; i++) head += term(i);
  let bracket: number;
  if (head < 0.5) bracket = 1 - head;
  else {
    bracket = 0;
    for (let i = n + 1; i < n + 1_000_000; i++) {
      const next = term(i);
      bracket += next;
      if (next <= 1e-17 * bracket) break;
    }
  }
  const scale = exp(r * log(alpha) + s * log(beta) + lnBeta(r + n, s + 1) - lnBeta(r, s) + lnG0);
  return first + scale * max(0, bracket);
}

/**
 * P(X(T, T+t) = n | x, tₓ, T): a customer alive at T (probability P(alive)) buys like a new customer with parameters
 * (r + x, α + T, s, β + T); one who has dropped out buys nothing: (1 − P(alive)) δₙ₀ + P(alive) P(X(t) = n | updated).
 */
export function paretoNbdConditionalProbabilityOfPurchases(params: ParetoNbdParams, t: number, n: number, x: number, tx: number, T: number): number {
  const alive = paretoNbdProbabilityAlive(params, x, tx, T);
  const updated = { r: params.r + x, alpha: params.alpha + T, s: params.s, beta: params.beta + T };
  return (n === 0 ? 1 - alive : 0) + alive * paretoNbdProbabilityOfPurchases(updated, t, n);
}

