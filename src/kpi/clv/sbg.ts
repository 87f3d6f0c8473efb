/** Shifted-beta-geometric retention (Fader & Hardie 2007, "How to project customer retention"): fit and survival. */

import { KpiFailure } from '../failure';
import { minimizePositive } from './optimize';
import { lnBeta } from './special';
import { standardErrors } from './standard-errors';
import type { FitOptions } from './bgnbd';

const { exp, log } = Math;

export interface SbgParams {
  /** Beta(α, β) distribution of the per-period churn probability θ across customers. */
  readonly alpha: number;
  readonly beta: number;
}

export interface SbgFit extends SbgParams {
  readonly logLikelihood: number;
  /** Standard errors of α and β (when asked for), for the cohort size the likelihood was weighed with. */
  readonly standardErrors?: readonly number[];
}

/** Cohort size fractions and percentages are read as (survivors of 1,000 customers, like the paper). */
const NOTIONAL_COHORT = 1000;

/**
 * Maximum-likelihood sBG: LL = Σₜ₌₁ⁿ (nₜ₋₁ − nₜ) ln P(T = t) + nₙ ln S(n), P(T = t) = B(α+1, β+t−1)/B(α, β),
 * S(t) = B(α, β+t)/B(α, β). `survival` runs from period 0 as counts, percentages or fractions; each is divided by the
 * first. Counts (all integers, first value neither 1 nor 100) weigh the likelihood with the cohort's own customers;
 * otherwise the fractions are read as survivors of a cohort of 1,000. The log-likelihood is linear in the counts, so
 * scaling every count by one factor scales LL by that factor and leaves the maximiser (α, β) unchanged: the cohort
 * size only changes the reported log-likelihood.
 */
export function fitShiftedBetaGeometric(survival: readonly number[], options: FitOptions = {}): SbgFit {
  if (survival.length < 3) throw new KpiFailure('too_few_periods', { argument: 'survival', count: 3 });
  const first = survival[0];
  if (!(first > 0 && Number.isFinite(first))) throw new KpiFailure('invalid_value', { argument: 'survival', position: 0 });
  for (let t = 1; t < survival.length; t++) {
    if (!(survival[t] >= 0 && survival[t] <= survival[t - 1])) throw new KpiFailure('survival_not_decreasing', { argument: 'survival', position: t });
  }
  const last = survival.length - 1;
  if (survival[last] === first) throw new KpiFailure('survival_not_decreasing', { argument: 'survival', position: last });
  const isCounts = first !== 1 && first !== 100 && survival.every((s) => Number.isInteger(s));
  const scale = isCounts ? 1 : NOTIONAL_COHORT / first;
  const counts = survival.map((s) => s * scale);
  const nll = ([alpha, beta]: readonly number[]): number => -sbgLogLikelihood(counts, alpha, beta);
  const result = minimizePositive(nll, [1, 1]);
  if (!result.converged || result.atBound) {
    throw new KpiFailure('fit_did_not_converge', { model: 'sBG', iterations: result.iterations });
  }
  const [alpha, beta] = result.params;
  const fit = { alpha, beta, logLikelihood: -result.value };
  if (!options.standardErrors) return fit;
  return { ...fit, standardErrors: standardErrors(result.params, (p) => -sbgLogLikelihood(counts, p[0], p[1])) };
}

/** Σₜ (nₜ₋₁ − nₜ) ln P(T = t) + nₙ ln S(n), by the recursions P(1) = α/(α+β), P(t) = P(t−1)(β+t−2)/(α+β+t−1), S(t) = S(t−1)(β+t−1)/(α+β+t−1). */
function sbgLogLikelihood(counts: readonly number[], alpha: number, beta: number): number {
  let p = alpha / (alpha + beta);
  let s = beta / (alpha + beta);
  let total = 0;
  for (let t = 1; t < counts.length; t++) {
    if (t > 1) {
      p *= (beta + t - 2) / (alpha + beta + t - 1);
      s *= (beta + t - 1) / (alpha + beta + t - 1);
    }
    const churned = counts[t - 1] - counts[t];
    if (churned > 0) total += churned * log(p);
  }
  const survivors = counts[counts.length - 1];
  if (survivors > 0) total += survivors * log(s);
  return total;
}

/** S(t) = B(α, β + t) / B(α, β), the share of the cohort still active after t periods. */
export function sbgSurvival(params: SbgParams, t: number): number {
  if (!(t > 0)) return 1;
  return exp(lnBeta(params.alpha, params.beta + t) - lnBeta(params.alpha, params.beta));
}
