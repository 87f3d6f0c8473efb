/** The confidence interval of a catalog KPI's value, from the same arguments its function reads (values mode, tests). */
import { npsCounts } from '../survey';
import type { Args, Kpi } from '../types';
import { npsInterval } from './nps';
import { rateInterval, type Interval } from './rate';

/**
 * The interval of `entry`'s value at `confidence`: Wilson's over a proportion's successes and trials (`sampling.counts`),
 * adjusted Wald over NPS's scores; undefined for a KPI without `sampling`. A failure (a part above its whole) names the
 * KPI's own arguments.
 */
export function kpiInterval(entry: Kpi, args: Args, confidence = 0.95): Interval | undefined {
  const sampling = entry.sampling;
  if (sampling?.kind === 'nps') {
    const { promoters, detractors, n } = npsCounts(args.list(0).values);
    return npsInterval(promoters, detractors, n, confidence);
  }
  if (sampling?.kind !== 'proportion') return undefined;
  const [successes, trials] = sampling.counts(args);
  const bounded = entry.bounded;
  const part = bounded?.minus ? `${bounded.part} − ${bounded.minus}` : (bounded?.part ?? entry.params[0].name);
  return rateInterval(successes, trials, confidence, 'wilson', [part, bounded?.whole ?? entry.params[1].name]);
}
