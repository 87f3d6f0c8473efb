/** A confidence interval for a mean (order value, response time) with Student's t. */
import { KpiFailure } from '../failure';
import { studentQuantile } from './student';
import type { Interval } from './rate';

/** The mean x̄ with x̄ ± t(1 − α/2; n − 1) · s/√n, s the sample standard deviation (n − 1 in its denominator); at least 2 values. */
export function meanInterval(values: ArrayLike<number>, confidence = 0.95): Interval {
  const n = values.length;
  if (n < 2) throw new KpiFailure('too_few_values', { argument: 'values', count: 2 });
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  const margin = studentQuantile((1 + confidence) / 2, n - 1) * Math.sqrt(squares / (n - 1) / n);
  // Values near the largest double overflow the sum of squares.
  if (!Number.isFinite(mean + margin)) throw new KpiFailure('invalid_value', { argument: 'values' });
  return { estimate: mean, low: mean - margin, high: mean + margin, margin, n };
}
