/** Standard errors of maximum-likelihood estimates: the square roots of the diagonal of the inverse observed information. */

const { abs, max, sqrt } = Math;

/** f(p) = −ln L at the parameters p. */
export type NegativeLogLikelihood = (params: Float64Array) => number;
/** −ln L at p, with its gradient written into `gradient`. */
export type NegativeLogLikelihoodWithGradient = (params: Float64Array, gradient: Float64Array) => number;

/**
 * SEᵢ = √[(H⁻¹)ᵢᵢ] with H the Hessian of −ln L at the estimate p̂ (the observed information), taken by central
 * differences with steps hⱼ = 10⁻⁵ · p̂ⱼ: of the analytic gradient when given, Hᵢⱼ = (gᵢ(p̂ + hⱼeⱼ) − gᵢ(p̂ − hⱼeⱼ)) / 2hⱼ
 * symmetrised, else of f itself (step 10⁻⁴ · p̂ⱼ). NaN for every parameter when H is not positive definite (no curvature
 * to read an error from).
 */
export function standardErrors(estimate: readonly number[], f: NegativeLogLikelihood, fg?: NegativeLogLikelihoodWithGradient): number[] {
  const H = fg ? hessianFromGradient(estimate, fg) : hessianFromValues(estimate, f);
  const inverse = invertPositiveDefinite(H, estimate.length);
  return estimate.map((_, i) => (inverse ? sqrt(inverse[i * estimate.length + i]) : NaN));
}

/** Central differences of the gradient, symmetrised. */
function hessianFromGradient(estimate: readonly number[], fg: NegativeLogLikelihoodWithGradient): Float64Array {
  const n = estimate.length;
  const H = new Float64Array(n * n);
  const p = Float64Array.from(estimate);
  const up = new Float64Array(n);
  const down = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const h = 1e-5 * max(abs(estimate[j]), 1e-8);
    p[j] = estimate[j] + h;
    fg(p, up);
    p[j] = estimate[j] - h;
    fg(p, down);
    p[j] = estimate[j];
    for (let i = 0; i < n; i++) H[i * n + j] = (up[i] - down[i]) / (2 * h);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) H[i * n + j] = H[j * n + i] = (H[i * n + j] + H[j * n + i]) / 2;
  }
  return H;
}

/** Second central differences of f: Hᵢᵢ = (f₊ − 2f₀ + f₋)/h², Hᵢⱼ = (f₊₊ − f₊₋ − f₋₊ + f₋₋)/(4hᵢhⱼ). */
function hessianFromValues(estimate: readonly number[], f: NegativeLogLikelihood): Float64Array {
  const n = estimate.length;
  const H = new Float64Array(n * n);
  const p = Float64Array.from(estimate);
  const h = estimate.map((v) => 1e-4 * max(abs(v), 1e-8));
  const at = (i: number, si: number, j: number, sj: number): number => {
    p.set(estimate);
    p[i] += si * h[i];
    p[j] += sj * h[j];
    return f(p);
  };
  p.set(estimate);
  const center = f(p);
  for (let i = 0; i < n; i++) {
    H[i * n + i] = (at(i, 1, i, 0) - 2 * center + at(i, -1, i, 0)) / (h[i] * h[i]);
    for (let j = 0; j < i; j++) {
      H[i * n + j] = H[j * n + i] = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * h[i] * h[j]);
    }
  }
  return H;
}

/** The inverse of a symmetric positive-definite n×n matrix by Cholesky, or null when it is not positive definite. */
function invertPositiveDefinite(A: Float64Array, n: number): Float64Array | null {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = A[i * n + j];
      for (let k = 0; k < j; k++) sum -= L[i * n + k] * L[j * n + k];
      if (i === j) {
        if (!(sum > 0)) return null;
        L[i * n + i] = sqrt(sum);
      } else L[i * n + j] = sum / L[j * n + j];
    }
  }
  // Columns of L⁻¹ by forward substitution, then A⁻¹ = L⁻ᵀ L⁻¹.
  const Linv = new Float64Array(n * n);
  for (let c = 0; c < n; c++) {
    for (let i = c; i < n; i++) {
      let sum = i === c ? 1 : 0;
      for (let k = c; k < i; k++) sum -= L[i * n + k] * Linv[k * n + c];
      Linv[i * n + c] = sum / L[i * n + i];
    }
  }
  const inverse = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = 0;
      for (let k = i; k < n; k++) sum += Linv[k * n + i] * Linv[k * n + j];
      inverse[i * n + j] = inverse[j * n + i] = sum;
    }
  }
  return inverse;
}
