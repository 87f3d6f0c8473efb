/** A deterministic BFGS minimiser on log-parameters with an analytic gradient, for maximum-likelihood fits of positive parameters. */

import { LOG_BOUND, LOG_RUNAWAY, minimizePositive, type MinimizeResult } from './optimize';

const { abs, exp, log, max, min, round, sqrt } = Math;
const isFinite = Number.isFinite;

/** f(p) with ∂f/∂pᵢ written into `gradient`; p are the positive parameters themselves. */
export type ValueAndGradient = (params: Float64Array, gradient: Float64Array) => number;

export interface SmoothOptions {
  /** Most BFGS iterations before the Nelder–Mead fallback takes over. */
  readonly maxIterations?: number;
  /** Converged when every |∂f/∂ln pᵢ| ≤ gradientTolerance · (1 + |f|). */
  readonly gradientTolerance?: number;
  /** Most iterations of the Nelder–Mead fallback. */
  readonly fallbackIterations?: number;
}

/** Largest move of any log-parameter in one line search (a factor e² per step at most). */
const MAX_STEP = 2;
/** Armijo sufficient-decrease constant. */
const ARMIJO = 1e-4;
/** A Newton step this small in every log-parameter (a relative change of 1e-10) is convergence. */
const NEWTON_STEP_TOLERANCE = 1e-10;
/** How far above the gradient tolerance a point at the rounding floor of f may still count as converged. */
const LOOSE = 1e3;

/**
 * Minimises f(exp θ) by BFGS on θ = ln p (inverse-Hessian update, Armijo backtracking, restart along −∇ when the update
 * stops descending), from p = start; ∂f/∂θᵢ = pᵢ ∂f/∂pᵢ. When BFGS cannot meet the gradient tolerance it hands its best
 * point to the Nelder–Mead `minimizePositive` on f alone, so a fit never ends worse than the derivative-free search.
 */
export function minimizePositiveSmooth(fg: ValueAndGradient, start: readonly number[], options: SmoothOptions = {}): MinimizeResult {
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.gradientTolerance ?? 1e-9;
  const n = start.length;
  const p = new Float64Array(n);
  const gp = new Float64Array(n);
  /** f and ∇θ f at θ, into g; +∞ outside the box or where f is not finite. */
  const evaluate = (theta: Float64Array, g: Float64Array): number => {
    for (let i = 0; i < n; i++) {
      if (!(abs(theta[i]) <= LOG_BOUND)) return Infinity;
      p[i] = exp(theta[i]);
    }
    const value = fg(p, gp);
    for (let i = 0; i < n; i++) g[i] = p[i] * gp[i];
    return isFinite(value) && g.every(isFinite) ? value : Infinity;
  };
  const theta = Float64Array.from(start, (s) => min(LOG_BOUND, max(-LOG_BOUND, log(s))));
  let g = new Float64Array(n);
  let f = evaluate(theta, g);
  const H = identity(n);
  let scaled = false;
  let iterations = 0;
  let converged = false;
  const d = new Float64Array(n);
  const trial = new Float64Array(n);
  let gTrial = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  while (isFinite(f) && iterations < maxIterations) {
    if (normInf(g) <= tolerance * (1 + abs(f))) {
      converged = true;
      break;
    }
    iterations++;
    multiply(H, g, d, -1);
    // With a curvature model built from a few steps, a Newton step below 1e-10 in every ln pᵢ is convergence: the
    // likelihood cannot tell such parameters apart (the decrease is below the rounding of f).
    if (scaled && normInf(d) <= NEWTON_STEP_TOLERANCE && normInf(g) <= LOOSE * tolerance * (1 + abs(f))) {
      converged = true;
      break;
    }
    let slope = dot(g, d);
    if (!(slope < 0)) {
      reset(H);
      scaled = false;
      for (let i = 0; i < n; i++) d[i] = -g[i];
      slope = -dot(g, g);
    }
    let step = min(1, MAX_STEP / normInf(d));
    let fTrial = Infinity;
    for (let k = 0; k < 60; k++) {
      for (let i = 0; i < n; i++) trial[i] = theta[i] + step * d[i];
      fTrial = evaluate(trial, gTrial);
      if (fTrial <= f + ARMIJO * step * slope) break;
      step *= 0.5;
      fTrial = Infinity;
    }
    if (!isFinite(fTrial)) {
      // No decrease along d: at the optimum to rounding, or a poor curvature model (start again from −∇).
      if (scaled) {
        reset(H);
        scaled = false;
        continue;
      }
      converged = normInf(g) <= LOOSE * tolerance * (1 + abs(f));
      break;
    }
    if (!(fTrial < f) && normInf(d) * step <= NEWTON_STEP_TOLERANCE) {
      // An accepted step that changes nothing: at the optimum to rounding, or stuck.
      converged = normInf(gTrial) <= LOOSE * tolerance * (1 + abs(f));
      break;
    }
    for (let i = 0; i < n; i++) {
      s[i] = trial[i] - theta[i];
      y[i] = gTrial[i] - g[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * sqrt(dot(s, s) * dot(y, y))) {
      if (!scaled) {
        const gamma = sy / dot(y, y);
        for (let i = 0; i < n * n; i++) H[i] *= gamma;
        scaled = true;
      }
      bfgsUpdate(H, s, y, sy);
    }
    theta.set(trial);
    const swap = g;
    g = gTrial;
    gTrial = swap;
    f = fTrial;
  }
  const params = Array.from(theta, exp);
  if (converged) return { params, value: f, iterations, converged, atBound: theta.some((t) => abs(t) > LOG_RUNAWAY) };
  const fallback = minimizePositive((q) => fg(Float64Array.from(q), gTrial), isFinite(f) ? params : start, { maxIterations: options.fallbackIterations });
  return { ...fallback, iterations: iterations + fallback.iterations };
}

function identity(n: number): Float64Array {
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
  return m;
}

function reset(m: Float64Array): void {
  const n = round(sqrt(m.length));
  m.fill(0);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
}

/** out = sign · M v for a square row-major M. */
function multiply(m: Float64Array, v: Float64Array, out: Float64Array, sign: number): void {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let j = 0; j < n; j++) total += m[i * n + j] * v[j];
    out[i] = sign * total;
  }
}

function dot(u: Float64Array, v: Float64Array): number {
  let total = 0;
  for (let i = 0; i < u.length; i++) total += u[i] * v[i];
  return total;
}

function normInf(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = max(m, abs(v[i]));
  return m;
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1/(yᵀs): the BFGS inverse-Hessian update. */
function bfgsUpdate(H: Float64Array, s: Float64Array, y: Float64Array, sy: number): void {
  const n = s.length;
  const rho = 1 / sy;
  const Hy = new Float64Array(n);
  multiply(H, y, Hy, 1);
  const yHy = dot(y, Hy);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      H[i * n + j] += -rho * (Hy[i] * s[j] + s[i] * Hy[j]) + (rho * rho * yHy + rho) * s[i] * s[j];
    }
  }
}
