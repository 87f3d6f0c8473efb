/** Student's t distribution: the quantile, for intervals around a mean. */
import { betaQuantile } from './beta';
import { normalQuantile } from './normal';

/**
 * t with P(T ≤ t) = p for Student's T with `df` degrees of freedom. df 1: 1/tan(π(1 − p)); df 2: (2p − 1)/√(2p(1 − p));
 * from 3000 on, the Cornish–Fisher expansion in the normal z to 1/df⁴ (Abramowitz and Stegun 26.7.5; the next term is
 * below 1e-14); else from y = T²/(df + T²) ~ Beta(½, df/2): I_y(½, df/2) = 2p − 1 and t = √(df·y/(1 − y)), or in the
 * far tail (t² > df), x = 1 − y with I_x(df/2, ½) = 2(1 − p) and t = √(df(1 − x)/x), so that the smaller of the two is solved.
 */
export function studentQuantile(p: number, df: number): number {
  if (p < 0.5) return -studentQuantile(1 - p, df);
  if (df === 1) return 1 / Math.tan(Math.PI * (1 - p));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const z = normalQuantile(p);
  const z2 = z * z;
  const g = [
    (z2 + 1) / 4,
    (5 * z2 * z2 + 16 * z2 + 3) / 96,
    (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384,
    ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / 92160,
  ].map((coefficient, k) => (coefficient * z) / df ** (k + 1));
  const t = z + g[0] + g[1] + g[2] + g[3];
  if (df >= 3000) return t;
  if (t * t < df) {
    const y = betaQuantile(2 * p - 1, 0.5, df / 2, (t * t) / (df + t * t));
    return Math.sqrt((df * y) / (1 - y));
  }
  const x = betaQuantile(2 * (1 - p), df / 2, 0.5, df / (df + t * t));
  return Math.sqrt((df * (1 - x)) / x);
}
