/** The A/B test of two conversion rates: Newcombe's interval for the difference and the pooled two-proportion z-test. */
import { normalTwoSided, zOf } from './normal';
import { checkProportion, wilsonInterval } from './rate';

/** Which variant converts better, or neither at the confidence level. */
export type Verdict = 'b_better' | 'a_better' | 'not_significant';

export interface AbTest {
  readonly rateA: number;
  readonly rateB: number;
  /** rate B − rate A. */
  readonly difference: number;
  /** (B − A) ÷ A; null when rate A is 0. */
  readonly lift: number | null;
  readonly low: number;
  readonly high: number;
  readonly z: number;
  readonly pValue: number;
  readonly verdict: Verdict;
}

/**
 * A = cA/vA, B = cB/vB, d = B − A. Interval (Newcombe 1998, method 10, from the Wilson intervals lA–uA and lB–uB):
 * d − √((B − lB)² + (uA − A)²) to d + √((uB − B)² + (A − lA)²). Test: z = d ÷ √(p̄(1 − p̄)(1/vA + 1/vB)), p̄ = (cA + cB)/(vA + vB),
 * p = P(|Z| ≥ |z|) (z = 0, p = 1 when p̄ is 0 or 1); the verdict is B or A better when p < 1 − confidence, else not significant.
 */
export function abTest(conversionsA: number, visitorsA: number, conversionsB: number, visitorsB: number, confidence = 0.95): AbTest {
  checkProportion(conversionsA, visitorsA, ['conversions_a', 'visitors_a']);
  checkProportion(conversionsB, visitorsB, ['conversions_b', 'visitors_b']);
  const zLevel = zOf(confidence);
  const rateA = conversionsA / visitorsA;
  const rateB = conversionsB / visitorsB;
  const [lowA, highA] = wilsonInterval(conversionsA, visitorsA, zLevel);
  const [lowB, highB] = wilsonInterval(conversionsB, visitorsB, zLevel);
  const difference = rateB - rateA;
  const pooled = (conversionsA + conversionsB) / (visitorsA + visitorsB);
  const error = Math.sqrt(pooled * (1 - pooled) * (1 / visitorsA + 1 / visitorsB));
  const z = error > 0 ? difference / error : 0;
  const pValue = normalTwoSided(z);
  return {
    rateA,
    rateB,
    difference,
    lift: rateA === 0 ? null : difference / rateA,
    low: difference - Math.hypot(rateB - lowB, highA - rateA),
    high: difference + Math.hypot(highB - rateB, rateA - lowA),
    z,
    pValue,
    verdict: pValue < 1 - confidence ? (difference > 0 ? 'b_better' : 'a_better') : 'not_significant',
  };
}
