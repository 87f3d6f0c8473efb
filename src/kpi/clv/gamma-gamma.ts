/** Gamma-Gamma spend model (Fader & Hardie 2013, "The Gamma-Gamma model of monetary value"): fit and conditional spend. */

import { KpiFailure } from '../failure';
import { minimizePositive } from './optimize';
import { lnGamma } from './special';

export interface GammaGammaParams {
  /** Shape of each transaction's gamma-distributed value. */
  readonly p: number;
  /** Shape and scale of the gamma-distributed rate ν across customers. */
  readonly q: number;
  readonly gamma: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  readonly logLikelihood: number;
}

/**
 * Maximum-likelihood Gamma-Gamma on repeat customers (x > 0, z̄ > 0; others are skipped), fitted on z̄ divided by its
 * mean s so the currency does not matter (γ = s·γ′, LL = LL′ − n·ln s), with the full density of z̄:
 * LL = Σ ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄).
 */
export function fitGammaGamma(frequency: ArrayLike<number>, monetary: ArrayLike<number>): GammaGammaFit {
  const n = frequency.length;
  if (monetary.length !== n) throw new KpiFailure('lengths_differ', { argument: 'monetary', other: 'frequency' });
  const index = new Map<string, number>();
  const w: number[] = [];
  const xs: number[] = [];
  const ms: number[] = [];
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const m = monetary[i];
    if (!(x > 0 && m > 0 && Number.isFinite(x) && Number.isFinite(m))) continue;
    sum += m;
    count++;
    const key = `${x} ${m}`;
    const g = index.get(key);
    if (g !== undefined) {
      w[g]++;
      continue;
    }
    index.set(key, w.length);
    w.push(1);
    xs.push(x);
    ms.push(m);
  }
  if (count === 0) throw new KpiFailure('no_repeat_customers');
  if (new Set(ms).size === 1) throw new KpiFailure('no_variation');
  const scale = sum / count;
  const weight = Float64Array.from(w);
  const x = Float64Array.from(xs);
  const m = Float64Array.from(ms, (v) => v / scale);
  const lnM = Float64Array.from(m, Math.log);
  const lnX = Float64Array.from(xs, Math.log);
  const nll = ([p, q, gamma]: readonly number[]): number => {
    const constant = q * Math.log(gamma) - lnGamma(q);
    let total = 0;
    for (let i = 0; i < weight.length; i++) {
      const px = p * x[i];
      const ll = lnGamma(px + q) - lnGamma(px) + constant + (px - 1) * lnM[i] + px * lnX[i] - (px + q) * Math.log(gamma + x[i] * m[i]);
      total += weight[i] * ll;
    }
    return -total;
  };
  const result = minimizePositive(nll, [1, 1, 1]);
  if (!result.converged || result.atBound) {
    throw new KpiFailure('fit_did_not_converge', { model: 'Gamma-Gamma', iterations: result.iterations });
  }
  const [p, q, gamma] = result.params;
  return { p, q, gamma: gamma * scale, logLikelihood: -result.value - count * Math.log(scale) };
}

/**
 * E[Z | x, z̄] = p(γ + x z̄)/(px + q − 1), a weighted mean of the population mean pγ/(q−1) and z̄;
 * for x = 0 the population mean. Throws fit_did_not_converge when px + q ≤ 1 (no finite mean).
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, frequency: number, monetary: number): number {
  const { p, q, gamma } = params;
  const x = frequency > 0 ? frequency : 0;
  if (x > 0 && !Number.isFinite(monetary)) throw new KpiFailure('no_data', { argument: 'monetary' });
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) throw new KpiFailure('fit_did_not_converge', { model: 'Gamma-Gamma', q });
  return (p * (gamma + x * (x > 0 ? monetary : 0))) / denominator;
}
