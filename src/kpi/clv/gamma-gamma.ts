/** Gamma-Gamma spend model (Fader & Hardie 2013, "The Gamma-Gamma model of monetary value"): fit and conditional spend. */

import { KpiFailure } from '../failure';
import type { FitOptions } from './bgnbd';
import { minimizePositiveSmooth } from './quasi-newton';
import { distinct } from './groups';
import { digamma, lnGamma } from './special';
import { standardErrors } from './standard-errors';

const { log } = Math;
const isFinite = Number.isFinite;

export interface GammaGammaParams {
  /** Shape of each transaction's gamma-distributed value. */
  readonly p: number;
  /** Shape and scale of the gamma-distributed rate ν across customers. */
  readonly q: number;
  readonly gamma: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  readonly logLikelihood: number;
  /** Standard errors of p, q, γ (when asked for). */
  readonly standardErrors?: readonly number[];
  /** Repeat customers left out because their mean spend was not above 0 or below minSpend. */
  readonly excluded: number;
}

export interface SpendOptions extends FitOptions {
  /**
   * Leave out repeat customers whose mean spend is 0 or less, or below this amount. Without it such a customer is an
   * error (the model's spend is positive), never dropped silently.
   */
  readonly minSpend?: number;
}

/** Whether a repeat customer's mean spend m stays in the spend model: m > 0 and m ≥ minSpend (when given). */
export function spendIncluded(monetary: number, minSpend: number | undefined): boolean {
  return monetary > 0 && (minSpend === undefined || monetary >= minSpend);
}

/**
 * Maximum-likelihood Gamma-Gamma on repeat customers (x > 0; non-repeaters have no repeat spend and do not enter), fitted
 * on z̄ divided by its mean s so the currency does not matter (γ = s·γ′, LL = LL′ − n·ln s), with the full density of z̄:
 * LL = Σ ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄), by BFGS with its gradient.
 * A repeat customer whose z̄ is 0 or less throws zero_spend (naming the first, with the count) unless minSpend is given.
 */
export function fitGammaGamma(frequency: ArrayLike<number>, monetary: ArrayLike<number>, options: SpendOptions = {}): GammaGammaFit {
  const n = frequency.length;
  if (monetary.length !== n) throw new KpiFailure('lengths_differ', { argument: 'monetary', other: 'frequency' });
  const { minSpend } = options;
  let firstZero = -1;
  let zeros = 0;
  let excluded = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const m = monetary[i];
    if (!(x > 0 && isFinite(x))) continue;
    if (!isFinite(m)) throw new KpiFailure('invalid_value', { argument: 'monetary', position: i });
    if (m <= 0 && minSpend === undefined) {
      if (firstZero < 0) firstZero = i;
      zeros++;
    }
    if (!spendIncluded(m, minSpend)) excluded++;
  }
  if (zeros > 0) throw new KpiFailure('zero_spend', { argument: 'monetary', position: firstZero, value: monetary[firstZero], count: zeros });
  let count = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (frequency[i] > 0 && isFinite(frequency[i]) && spendIncluded(monetary[i], minSpend)) {
      count++;
      sum += monetary[i];
    }
  }
  const kept = new Int32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (frequency[i] > 0 && isFinite(frequency[i]) && spendIncluded(monetary[i], minSpend)) kept[k++] = i;
  // Groups of equal (x, z̄): indices into the distinct x and z̄ values, numbered as one key.
  const xs = distinct(Float64Array.from(kept, (i) => frequency[i]));
  const ms = distinct(Float64Array.from(kept, (i) => monetary[i]));
  const nm = ms.values.length;
  const groups = distinct(Float64Array.from(kept, (_, k) => xs.index[k] * nm + ms.index[k]));
  const size = groups.values.length;
  const weights = new Float64Array(size);
  for (let k = 0; k < count; k++) weights[groups.index[k]]++;
  const groupX = new Float64Array(size);
  const groupM = new Float64Array(size);
  for (let g = 0; g < size; g++) {
    const mIndex = groups.values[g] % nm;
    groupM[g] = ms.values[mIndex];
    groupX[g] = xs.values[(groups.values[g] - mIndex) / nm];
  }
  if (count === 0) throw new KpiFailure('no_repeat_customers');
  if (nm === 1) throw new KpiFailure('no_variation');
  const scale = sum / count;
  const objective = gammaGammaObjective(weights, groupX, groupM.map((v) => v / scale));
  const result = minimizePositiveSmooth(objective, [1, 1, 1]);
  if (!result.converged || result.atBound) {
    throw new KpiFailure('fit_did_not_converge', { model: 'Gamma-Gamma', iterations: result.iterations });
  }
  const [p, q, gamma] = result.params;
  const fit = { p, q, gamma: gamma * scale, logLikelihood: -result.value - count * log(scale), excluded };
  if (!options.standardErrors) return fit;
  const errors = standardErrors(result.params, (v) => objective(v, new Float64Array(3)), objective);
  return { ...fit, standardErrors: [errors[0], errors[1], errors[2] * scale] };
}

/** −LL and its gradient over weighted (x, z̄) groups; the ln Γ and ψ terms of px once per distinct x. */
function gammaGammaObjective(weight: Float64Array, x: Float64Array, m: Float64Array): (v: Float64Array, gradient: Float64Array) => number {
  const lnM = m.map(log);
  const lnX = x.map(log);
  const { values: distinctX, index: xIndex } = distinct(x);
  const lnGammaTerm = new Float64Array(distinctX.length);
  const psiPx = new Float64Array(distinctX.length);
  const psiPxq = new Float64Array(distinctX.length);
  return (v, gradient) => {
    const p = v[0];
    const q = v[1];
    const gamma = v[2];
    for (let k = 0; k < distinctX.length; k++) {
      const px = p * distinctX[k];
      lnGammaTerm[k] = lnGamma(px + q) - lnGamma(px);
      psiPx[k] = digamma(px);
      psiPxq[k] = digamma(px + q);
    }
    const lnG = log(gamma);
    const constant = q * lnG - lnGamma(q);
    const psiQ = digamma(q);
    let total = 0;
    let dp = 0;
    let dq = 0;
    let dGamma = 0;
    for (let i = 0; i < weight.length; i++) {
      const k = xIndex[i];
      const xi = x[i];
      const px = p * xi;
      const w = weight[i];
      const denominator = gamma + xi * m[i];
      const lnDen = log(denominator);
      total += w * (lnGammaTerm[k] + constant + (px - 1) * lnM[i] + px * lnX[i] - (px + q) * lnDen);
      dp += w * xi * (psiPxq[k] - psiPx[k] + lnM[i] + lnX[i] - lnDen);
      dq += w * (psiPxq[k] - psiQ + lnG - lnDen);
      dGamma += w * (q / gamma - (px + q) / denominator);
    }
    gradient[0] = -dp;
    gradient[1] = -dq;
    gradient[2] = -dGamma;
    return -total;
  };
}

/**
 * E[Z | x, z̄] = p(γ + x z̄)/(px + q − 1), a weighted mean of the population mean pγ/(q−1) and z̄;
 * for x = 0 the population mean. Throws fit_did_not_converge when px + q ≤ 1 (no finite mean).
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, frequency: number, monetary: number): number {
  const { p, q, gamma } = params;
  const x = frequency > 0 ? frequency : 0;
  if (x > 0 && !isFinite(monetary)) throw new KpiFailure('no_data', { argument: 'monetary' });
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) throw new KpiFailure('fit_did_not_converge', { model: 'Gamma-Gamma', q });
  return (p * (gamma + x * (x > 0 ? monetary : 0))) / denominator;
}
