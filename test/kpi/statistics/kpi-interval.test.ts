/** kpiInterval: a catalog KPI's interval from the arguments its function reads, for the summary's values mode. */
import { describe, expect, it } from 'vitest';
import { kpiById } from '../../../src/kpi/catalog';
import { KpiFailure } from '../../../src/kpi/failure';
import { kpiInterval } from '../../../src/kpi/statistics/kpi-interval';
import { npsInterval } from '../../../src/kpi/statistics/nps';
import { rateInterval } from '../../../src/kpi/statistics/rate';
import type { Args, Outcome } from '../../../src/kpi/types';

/** Arguments as the cell boundary would read them: sums per parameter, or one status column. */
function args(numbers: number[], status?: { labels: string[]; outcomes: (Outcome | null)[]; basis: string }, scores: number[] = []): Args {
  return {
    number: (i: number) => numbers[i],
    list: () => ({ values: Float64Array.from(scores), rows: new Int32Array(scores.length), columns: new Int32Array(scores.length) }),
    isText: (i: number) => i === 0 && status !== undefined,
    labels: () => status?.labels,
    statuses: () => status?.outcomes ?? [],
    option: () => status?.basis ?? 'all',
    given: () => true,
  } as unknown as Args;
}

describe('kpiInterval', () => {
  it('a proportion: Wilson over its part (less minus) among its whole', () => {
    expect(kpiInterval(kpiById('CONVERSION_RATE')!, args([40, 500]))).toEqual(rateInterval(40, 500));
    expect(kpiInterval(kpiById('RETENTION')!, args([110, 20, 100]), 0.9)).toEqual(rateInterval(90, 100, 0.9));
    expect(kpiInterval(kpiById('CHURN')!, args([15, 300]))!.estimate).toBe(0.05);
  });

  it('WIN_RATE over a status column: won among every deal, or among closed ones', () => {
    const labels = ['won', 'lost', 'open', 'won', ''];
    const outcomes: (Outcome | null)[] = ['won', 'lost', 'open', 'won', null];
    expect(kpiInterval(kpiById('WIN_RATE')!, args([], { labels, outcomes, basis: 'all' }))).toEqual(rateInterval(2, 4));
    expect(kpiInterval(kpiById('LOST_SALES_RATE')!, args([], { labels, outcomes, basis: 'closed' }))).toEqual(rateInterval(1, 3));
  });

  it('NPS: the adjusted-Wald interval over its scores; KPIs without sampling have none', () => {
    expect(kpiInterval(kpiById('NPS')!, args([], undefined, [10, 9, 3, 7]))).toEqual(npsInterval(2, 1, 4));
    expect(kpiInterval(kpiById('CAC')!, args([100, 4]))).toBeUndefined();
    expect(kpiInterval(kpiById('TRAFFIC_TO_LEAD')!, args([500, 20_000]))).toBeUndefined();
  });

  it('a part above its whole is refused naming the KPI\'s own arguments', () => {
    let failure: KpiFailure | undefined;
    try {
      kpiInterval(kpiById('RETENTION')!, args([500, 20, 100]));
    } catch (error) {
      failure = error as KpiFailure;
    }
    expect(failure?.reason).toBe('part_exceeds_whole');
    expect(failure?.detail).toEqual({ argument: 'customers_end − new_customers', value: 480, other: 'customers_start', whole: 100 });
  });
});
