/** A confidence interval for the net promoter score. */
import { KpiFailure } from '../failure';
import { zOf } from './normal';
import type { Interval } from './rate';

export type NpsMethod = 'adjusted' | 'wald';

/**
 * NPS with its interval from P promoters and D detractors among n answers. Adjusted Wald: p = (P + ¾)/(n + 3),
 * d = (D + ¾)/(n + 3) over m = n + 3; Wald: p = P/n, d = D/n over m = n. The interval is 100(p − d) ± 100 z √((p + d − (p − d)²)/m)
 * within −100…100; the estimate is always the plain 100(P − D)/n.
 */
export function npsInterval(promoters: number, detractors: number, n: number, confidence = 0.95, method: NpsMethod = 'adjusted'): Interval {
  if (!(n > 0)) throw new KpiFailure('no_data', { argument: 'scores' });
  const m = method === 'wald' ? n : n + 3;
  const difference = (promoters - detractors) / m;
  const sum = (promoters + detractors + (method === 'wald' ? 0 : 1.5)) / m;
  const margin = 100 * zOf(confidence) * Math.sqrt(Math.max(0, sum - difference * difference) / m);
  return { estimate: (100 * (promoters - detractors)) / n, low: Math.max(-100, 100 * difference - margin), high: Math.min(100, 100 * difference + margin), margin, n };
}
