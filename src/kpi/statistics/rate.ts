/** Confidence intervals for a rate of successes among trials: Wilson's score interval and Clopper–Pearson's exact one. */
import { KpiFailure } from '../failure';
import { betaQuantile } from './beta';
import { zOf } from './normal';

/** An estimate with the ends of its confidence interval and the number of observations it rests on. */
export interface Interval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  /** Half the interval's width before any clipping to the scale: the "±" a summary shows. */
  readonly margin: number;
  readonly n: number;
}

export type RateMethod = 'wilson' | 'exact';

/** Refuses counts that are not a proportion: successes below 0 or not a number, no trials, successes above the trials; `names` are the arguments' names. */
export function checkProportion(successes: number, trials: number, [part, whole]: readonly [string, string]): void {
  if (!(successes >= 0)) throw new KpiFailure('invalid_value', { argument: part });
  if (!(trials > 0)) throw new KpiFailure('divide_by_zero', { argument: whole });
  if (successes > trials) throw new KpiFailure('part_exceeds_whole', { argument: part, value: successes, other: whole, whole: trials });
}

/** Wilson's score interval for s successes in n trials: (s + z²/2 ± z√(s(n − s)/n + z²/4)) ÷ (n + z²); exactly 0 at s = 0 and 1 at s = n. */
export function wilsonInterval(s: number, n: number, z: number): [number, number] {
  const z2 = z * z;
  const center = (s + z2 / 2) / (n + z2);
  const half = (z * Math.sqrt((s * (n - s)) / n + z2 / 4)) / (n + z2);
  return [s === 0 ? 0 : center - half, s === n ? 1 : center + half];
}

/** Clopper–Pearson's exact interval: the α/2 quantile of Beta(s, n − s + 1) and the 1 − α/2 quantile of Beta(s + 1, n − s), α = 1 − confidence; 0 at s = 0, 1 at s = n. */
function exactInterval(s: number, n: number, confidence: number): [number, number] {
  const tail = (1 - confidence) / 2;
  return [s === 0 ? 0 : betaQuantile(tail, s, n - s + 1), s === n ? 1 : betaQuantile(1 - tail, s + 1, n - s)];
}

/** The rate successes ÷ trials with its interval at `confidence` (Wilson by default, or exact); failures name the arguments `names`. */
export function rateInterval(successes: number, trials: number, confidence = 0.95, method: RateMethod = 'wilson', names: readonly [string, string] = ['successes', 'trials']): Interval {
  checkProportion(successes, trials, names);
  const [low, high] = method === 'exact' ? exactInterval(successes, trials, confidence) : wilsonInterval(successes, trials, zOf(confidence));
  return { estimate: successes / trials, low, high, margin: (high - low) / 2, n: trials };
}
