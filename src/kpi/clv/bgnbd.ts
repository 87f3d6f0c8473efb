/** BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): fit, likelihood and predictions. */

import { KpiFailure } from '../failure';
import { customerGroups, type CustomerGroups } from './groups';
import { minimizePositiveSmooth } from './quasi-newton';
import { digamma, hyp2f1, lnBeta, lnGamma } from './special';
import { standardErrors } from './standard-errors';

const { abs, exp, log, log1p, max, pow } = Math;

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
  /** Standard errors of r, α, a, b (when asked for); NaN where the likelihood has no curvature to read one from. */
  readonly standardErrors?: readonly number[];
}

export interface FitOptions {
  /** Also compute the standard errors from the Hessian of the log-likelihood at the optimum. */
  readonly standardErrors?: boolean;
}

/**
 * Maximum-likelihood BG/NBD, fitted on times divided by their mean age s (so the search does not depend on the unit;
 * α = s·α′ and LL = LL′ − Σx·ln s, since the likelihood carries λ^x): LL = Σ ln[Γ(r+x)αʳ/(Γ(r)(α+T)^(r+x)) · B(a,b+x)/B(a,b)
 * · (1 + δₓ₍>0₎ (a/(b+x−1)) ((α+T)/(α+tₓ))^(r+x))], by BFGS on ln(r, α, a, b) with the analytic gradient.
 */
export function fitBgNbd(frequency: ArrayLike<number>, recency: ArrayLike<number>, age: ArrayLike<number>, options: FitOptions = {}): BgNbdFit {
  const groups = customerGroups(frequency, recency, age);
  const objective = bgnbdObjective(groups);
  const result = minimizePositiveSmooth(objective, [1, 1, 1, 1]);
  if (!result.converged || result.atBound) {
    throw new KpiFailure('fit_did_not_converge', { model: 'BG/NBD', iterations: result.iterations });
  }
  const [r, alpha, a, b] = result.params;
  const s = groups.scale;
  const fit = { r, alpha: alpha * s, a, b, logLikelihood: -result.value - groups.repeatPurchases * log(s) };
  if (!options.standardErrors) return fit;
  const errors = standardErrors(result.params, (p) => objective(p, new Float64Array(4)), objective);
  return { ...fit, standardErrors: [errors[0], errors[1] * s, errors[2], errors[3]] };
}

/** −LL of the groups at (r, α, a, b) with its gradient; the x-only terms once per distinct x, the logs once per distinct tₓ and T. */
function bgnbdObjective(g: CustomerGroups): (p: Float64Array, gradient: Float64Array) => number {
  const nx = g.x.length;
  const xTerm = new Float64Array(nx);
  const xR = new Float64Array(nx);
  const xA = new Float64Array(nx);
  const xB = new Float64Array(nx);
  const lnBx = new Float64Array(nx);
  const invBx = new Float64Array(nx);
  const lnT = new Float64Array(g.T.length);
  const invT = new Float64Array(g.T.length);
  const lnTx = new Float64Array(g.tx.length);
  const invTx = new Float64Array(g.tx.length);
  return (p, gradient) => {
    const r = p[0];
    const alpha = p[1];
    const a = p[2];
    const b = p[3];
    const lnGammaR = lnGamma(r);
    const psiR = digamma(r);
    const lnAlpha = log(alpha);
    const lnBetaAB = lnGamma(a + b) - lnGamma(b);
    const psiAB = digamma(a + b);
    const psiB = digamma(b);
    for (let k = 0; k < nx; k++) {
      const x = g.x[k];
      const psiABX = digamma(a + b + x);
      xTerm[k] = lnGamma(r + x) - lnGammaR + r * lnAlpha + lnBetaAB + lnGamma(b + x) - lnGamma(a + b + x);
      xR[k] = digamma(r + x) - psiR + lnAlpha;
      xA[k] = psiAB - psiABX;
      xB[k] = psiAB - psiB + digamma(b + x) - psiABX;
      if (x > 0) {
        lnBx[k] = log(b + x - 1);
        invBx[k] = 1 / (b + x - 1);
      }
    }
    for (let k = 0; k < g.T.length; k++) {
      lnT[k] = log(alpha + g.T[k]);
      invT[k] = 1 / (alpha + g.T[k]);
    }
    for (let k = 0; k < g.tx.length; k++) {
      lnTx[k] = log(alpha + g.tx[k]);
      invTx[k] = 1 / (alpha + g.tx[k]);
    }
    const lnA = log(a);
    const invA = 1 / a;
    let total = 0;
    let dr = 0;
    let dAlpha = 0;
    let da = 0;
    let db = 0;
    for (let i = 0; i < g.size; i++) {
      const k = g.xIndex[i];
      const j = g.TIndex[i];
      const w = g.weight[i];
      const x = g.x[k];
      const rx = r + x;
      const a3 = -rx * lnT[j];
      // Derivatives of the log-sum-exp of a3 and a4 are the a3 and a4 derivatives weighted by their shares.
      let ll: number;
      let share4 = 0;
      if (x > 0) {
        const m = g.txIndex[i];
        const a4 = lnA - lnBx[k] - rx * lnTx[m];
        const d = a4 - a3;
        if (d > 0) {
          const e = exp(-d);
          share4 = 1 / (1 + e);
          ll = a4 + log1p(e);
        } else {
          const e = exp(d);
          share4 = e / (1 + e);
          ll = a3 + log1p(e);
        }
        const share3 = 1 - share4;
        dr += w * (xR[k] - share3 * lnT[j] - share4 * lnTx[m]);
        dAlpha += w * (r / alpha - rx * (share3 * invT[j] + share4 * invTx[m]));
        da += w * (xA[k] + share4 * invA);
        db += w * (xB[k] - share4 * invBx[k]);
      } else {
        ll = a3;
        dr += w * (xR[k] - lnT[j]);
        dAlpha += w * (r / alpha - rx * invT[j]);
        da += w * xA[k];
        db += w * xB[k];
      }
      total += w * (xTerm[k] + ll);
    }
    gradient[0] = -dr;
    gradient[1] = -dAlpha;
    gradient[2] = -da;
    gradient[3] = -db;
    return -total;
  };
}

/** One customer's ln L(r, α, a, b | x, tₓ, T) = ln[Γ(r+x)αʳ/(Γ(r)(α+T)^(r+x)) · B(a,b+x)/B(a,b) · (1 + δₓ₍>0₎ (a/(b+x−1)) ((α+T)/(α+tₓ))^(r+x))]. */
export function bgnbdLogLikelihood(params: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const base = lnGamma(r + x) - lnGamma(r) + r * log(alpha) + lnBeta(a, b + x) - lnBeta(a, b);
  const a3 = -(r + x) * log(alpha + T);
  if (!(x > 0)) return base + a3;
  const a4 = log(a) - log(b + x - 1) - (r + x) * log(alpha + tx);
  const top = max(a3, a4);
  return base + top + log1p(exp(-abs(a3 - a4)));
}

/** E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))ʳ ₂F₁(r, b; a+b−1; t/(α+t))], 0 for t ≤ 0. */
export function bgnbdExpectedPurchases(params: BgNbdParams, t: number): number {
  return bgnbdAliveExpectedPurchases(params, t, 0, 0);
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
  const odds = deadOdds(params, x, tx, T);
  if (odds === Infinity) return 0;
  return bgnbdAliveExpectedPurchases(params, t, x, T) / (1 + odds);
}

/**
 * The expected purchases in (T, T + t] of a customer alive at T after x purchases: a new customer's E[X(t)] with the
 * updated parameters (r + x, α + T, a, b + x), which depends on x and T only (not on tₓ).
 */
export function bgnbdAliveExpectedPurchases(params: BgNbdParams, t: number, x: number, T: number): number {
  if (!(t > 0)) return 0;
  const { r, alpha } = params;
  const z = t / (alpha + T + t);
  const expected = awayFromPoles(params.a, params.b, x, (a, b) => {
    const bracket = 1 - pow((alpha + T) / (alpha + T + t), r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z);
    return ((a + b + x - 1) / (a - 1)) * bracket;
  });
  // Cancellation in 1 − (…) can leave −1e-16 for a tiny t: an expectation is never below 0.
  return max(0, expected);
}

/**
 * P(X(t) = n) for a new customer (Fader, Hardie & Lee 2005, eq. 8): B(a, b+n)/B(a, b) · NBD(n) + δₙ₍>0₎
 * B(a+1, b+n−1)/B(a, b) · P(NBD ≥ n), NBD(j) = Γ(r+j)/(Γ(r) j!) (α/(α+t))ʳ (t/(α+t))ʲ; the tail P(NBD ≥ n) summed
 * directly when the head is most of the mass, so neither form loses digits to cancellation.
 */
export function bgnbdProbabilityOfPurchases(params: BgNbdParams, t: number, n: number): number {
  const { r, alpha, a, b } = params;
  if (!(t > 0)) return n === 0 ? 1 : 0;
  const lnBetaAB = lnBeta(a, b);
  const lnP = log(alpha / (alpha + t));
  const lnQ = log(t / (alpha + t));
  const nbd = (j: number): number => exp(lnGamma(r + j) - lnGamma(r) - lnGamma(j + 1) + r * lnP + j * lnQ);
  const first = exp(lnBeta(a, b + n) - lnBetaAB) * nbd(n);
  if (n === 0) return first;
  return first + exp(lnBeta(a + 1, b + n - 1) - lnBetaAB) * tailFrom(n, nbd(0), (j) => ((r + j) / (j + 1)) * (t / (alpha + t)));
}

/** P(N ≥ n) of a count whose P(0) = p0 and P(j+1)/P(j) = ratio(j): 1 − head when the head is small, else the tail summed. */
function tailFrom(n: number, p0: number, ratio: (j: number) => number): number {
  let term = p0;
  let head = 0;
  for (let j = 0; j < n; j++) {
    head += term;
    term *= ratio(j);
  }
  if (head < 0.5) return 1 - head;
  let tail = 0;
  for (let j = n; j < n + 10_000_000; j++) {
    tail += term;
    if (term <= 1e-17 * tail) break;
    term *= ratio(j);
  }
  return tail;
}

/**
 * P(X(T, T+t) = n | x, tₓ, T): a customer alive at T (probability P(alive)) buys like a new customer with parameters
 * (r + x, α + T, a, b + x); one who has dropped out buys nothing: (1 − P(alive)) δₙ₀ + P(alive) P(X(t) = n | updated).
 */
export function bgnbdConditionalProbabilityOfPurchases(params: BgNbdParams, t: number, n: number, x: number, tx: number, T: number): number {
  const alive = bgnbdProbabilityAlive(params, x, tx, T);
  const updated = { r: params.r + x, alpha: params.alpha + T, a: params.a, b: params.b + x };
  return (n === 0 ? 1 - alive : 0) + alive * bgnbdProbabilityOfPurchases(updated, t, n);
}

/** δₓ₍>0₎ (a/(b+x−1)) ((α+T)/(α+tₓ))^(r+x), the odds of having dropped out after the last purchase, in logs until the end. */
function deadOdds(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (!(x > 0)) return 0;
  const { r, alpha, a, b } = params;
  return exp(log(a) - log(b + x - 1) + (r + x) * (log(alpha + T) - log(alpha + tx)));
}

/** Step of the symmetric average that replaces f at its removable singularities. */
const POLE_STEP = 1e-5;

/**
 * f(a, b), or the mean of f on both sides (±1e-5) where the formula is 0/0 in the limit only:
 * a = 1 (the (a−1) denominator; a = 1 ± 2e-5) and a + b + x − 1 = 0 (the ₂F₁ pole at c = 0, cancelled by its c prefactor).
 */
function awayFromPoles(a: number, b: number, x: number, f: (a: number, b: number) => number): number {
  if (abs(a - 1) < POLE_STEP) return (awayFromCPole(1 - 2 * POLE_STEP, b, x, f) + awayFromCPole(1 + 2 * POLE_STEP, b, x, f)) / 2;
  return awayFromCPole(a, b, x, f);
}

/** f(a, b), or the mean of f at c = a + b + x − 1 = ±1e-5 (b moved) when |c| < 1e-5. */
function awayFromCPole(a: number, b: number, x: number, f: (a: number, b: number) => number): number {
  const c = a + b + x - 1;
  if (abs(c) >= POLE_STEP) return f(a, b);
  const below = b - c - POLE_STEP;
  return below > 0 ? (f(a, below) + f(a, b - c + POLE_STEP)) / 2 : f(a, b - c + POLE_STEP);
}
