/** A deterministic Nelder–Mead minimiser on log-parameters, for maximum-likelihood fits of positive parameters. */

const { abs, exp, log, max, min, sqrt } = Math;
const isFinite = Number.isFinite;

/** Log-parameters stay inside ±LOG_BOUND (parameters between about 2e-9 and 5e8). */
export const LOG_BOUND = 20;
/** A log-parameter beyond ±LOG_RUNAWAY at the optimum (parameter above 3.3e6 or below 3e-7) means the likelihood runs off to a boundary. */
export const LOG_RUNAWAY = 15;

export interface MinimizeOptions {
  /** Most simplex iterations over all restarts. */
  readonly maxIterations?: number;
  /** Stop when the simplex's values lie within tolerance · (1 + |best|) and its vertices within sqrt(tolerance) of the best. */
  readonly tolerance?: number;
  /** Size of the starting simplex's steps in log space. */
  readonly step?: number;
  /** Most fresh simplices built around the best point after the first converges. */
  readonly maxRestarts?: number;
}

export interface MinimizeResult {
  /** The minimiser's parameters (exp of the log-parameters). */
  readonly params: readonly number[];
  /** The objective at params. */
  readonly value: number;
  readonly iterations: number;
  /** Whether the last simplex met the tolerance before the iteration cap. */
  readonly converged: boolean;
  /** Whether a log-parameter ended beyond ±LOG_RUNAWAY: no interior maximum, the data cannot pin the parameters down. */
  readonly atBound: boolean;
}

type Objective = (params: readonly number[]) => number;

/** Minimises f(exp θ) over θ ∈ [−LOG_BOUND, LOG_BOUND]ⁿ from exp θ₀ = start; non-finite values count as +∞. */
export function minimizePositive(f: Objective, start: readonly number[], options: MinimizeOptions = {}): MinimizeResult {
  const maxIterations = options.maxIterations ?? 20_000;
  const tolerance = options.tolerance ?? 1e-12;
  const step = options.step ?? 0.5;
  const maxRestarts = options.maxRestarts ?? 8;
  const n = start.length;
  const scratch = new Array<number>(n);
  const objective = (theta: readonly number[]): number => {
    for (let i = 0; i < n; i++) {
      if (!(abs(theta[i]) <= LOG_BOUND)) return Infinity;
      scratch[i] = exp(theta[i]);
    }
    const value = f(scratch);
    return isFinite(value) ? value : Infinity;
  };
  let best = start.map((s) => min(LOG_BOUND, max(-LOG_BOUND, log(s))));
  let bestValue = objective(best);
  let iterations = 0;
  let converged = false;
  for (let restart = 0; restart <= maxRestarts && iterations < maxIterations; restart++) {
    const run = nelderMead(objective, best, bestValue, restart === 0 ? step : step / 4, tolerance, maxIterations - iterations);
    iterations += run.iterations;
    const improvement = bestValue - run.value;
    if (run.value <= bestValue) {
      best = run.theta;
      bestValue = run.value;
    }
    converged = run.converged;
    if (restart > 0 && converged && improvement <= tolerance * (1 + abs(bestValue))) break;
  }
  return {
    params: best.map(exp),
    value: bestValue,
    iterations,
    converged: converged && isFinite(bestValue),
    atBound: best.some((t) => abs(t) > LOG_RUNAWAY),
  };
}

interface RunResult {
  readonly theta: number[];
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** One Nelder–Mead run (reflection 1, expansion 2, contraction ½, shrink ½) from a right-angled simplex of side `step`. */
function nelderMead(
  f: (theta: readonly number[]) => number,
  x0: readonly number[],
  f0: number,
  step: number,
  tolerance: number,
  maxIterations: number,
): RunResult {
  const n = x0.length;
  const simplex: number[][] = [x0.slice()];
  const values: number[] = [f0];
  for (let i = 0; i < n; i++) {
    const vertex = x0.slice();
    vertex[i] += vertex[i] + step > LOG_BOUND ? -step : step;
    simplex.push(vertex);
    values.push(f(vertex));
  }
  const order = Array.from({ length: n + 1 }, (_, i) => i);
  const centroid = new Array<number>(n);
  const along = (coefficient: number, worst: readonly number[]): number[] =>
    centroid.map((c, j) => c + coefficient * (worst[j] - c));
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    order.sort((i, j) => values[i] - values[j] || i - j);
    const bestIndex = order[0];
    const worstIndex = order[n];
    const spreadValue = values[worstIndex] - values[bestIndex];
    let spreadTheta = 0;
    for (const v of simplex) for (let j = 0; j < n; j++) spreadTheta = max(spreadTheta, abs(v[j] - simplex[bestIndex][j]));
    if (spreadValue <= tolerance * (1 + abs(values[bestIndex])) && spreadTheta <= sqrt(tolerance)) {
      converged = true;
      break;
    }
    iterations++;
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += simplex[order[k]][j];
      centroid[j] = s / n;
    }
    const worst = simplex[worstIndex];
    const reflected = along(-1, worst);
    const fr = f(reflected);
    if (fr < values[bestIndex]) {
      const expanded = along(-2, worst);
      const fe = f(expanded);
      if (fe < fr) replace(worstIndex, expanded, fe);
      else replace(worstIndex, reflected, fr);
    } else if (fr < values[order[n - 1]]) {
      replace(worstIndex, reflected, fr);
    } else {
      const outside = fr < values[worstIndex];
      const contracted = along(outside ? -0.5 : 0.5, worst);
      const fc = f(contracted);
      if (fc < (outside ? fr : values[worstIndex])) {
        replace(worstIndex, contracted, fc);
      } else {
        const b = simplex[bestIndex];
        for (const i of order.slice(1)) {
          const shrunk = simplex[i].map((x, j) => b[j] + 0.5 * (x - b[j]));
          replace(i, shrunk, f(shrunk));
        }
      }
    }
  }
  order.sort((i, j) => values[i] - values[j] || i - j);
  return { theta: simplex[order[0]], value: values[order[0]], iterations, converged };

  function replace(index: number, vertex: number[], value: number): void {
    simplex[index] = vertex;
    values[index] = value;
  }
}
