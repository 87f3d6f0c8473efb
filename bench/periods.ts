/**
 * Benchmarks of the period and cohort tables on random realistic data (~3 years, month period; Gregorian and Solar Hijri) at 10^4…10^6 rows:
 * the median of 3 runs, its ratio to a baseline loop summing a Float64Array of the same length measured in the same
 * run, and the growth factor per 10× rows (10 = linear). Also localDay over 10^6 Dates.
 * Run alone with `npx tsx bench/periods.ts`.
 */
import { dateOfLocalDay, localDay, resetZoneCaches } from '../src/cells/dates';
import { churnByPeriod } from '../src/kpi/cohorts/churn-by-period';
import { cohortRetention } from '../src/kpi/cohorts/cohort-retention';
import { daysFromCivil } from '../src/kpi/periods/period';
import { periodSeries } from '../src/kpi/periods/series';

/** The header the rows of `benchPeriods` fit under. */
export const BENCH_PERIODS_HEADER = '| function | rows | median ms | × baseline | growth per 10× rows |\n|---|---:|---:|---:|---:|';

const SIZES = [10_000, 100_000, 1_000_000];
const FIRST = daysFromCivil(2022, 1, 1);
const SPAN = 1096; // three years

/** A small deterministic generator (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Data {
  values: Float64Array;
  days: Float64Array;
  ids: string[];
  starts: Float64Array;
  ends: Float64Array;
}

/** Transactions of n/5 customers, each from an acquisition day on, skewed towards early repeat purchases; and n subscriptions. */
function makeData(n: number): Data {
  const rnd = random(n);
  const customers = Math.max(1, Math.floor(n / 5));
  const acquired = new Float64Array(customers);
  for (let c = 0; c < customers; c++) acquired[c] = FIRST + Math.floor(rnd() * SPAN);
  const values = new Float64Array(n);
  const days = new Float64Array(n);
  const ids: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(rnd() * customers);
    const room = FIRST + SPAN - 1 - acquired[c];
    days[i] = acquired[c] + Math.floor(rnd() * rnd() * room);
    values[i] = Math.round(Math.exp(3 + rnd() * 2) * 100) / 100;
    ids[i] = `C${c}`;
  }
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = FIRST + Math.floor(rnd() * SPAN);
    const end = starts[i] + Math.floor(-Math.log(1 - rnd()) * 300);
    ends[i] = end < FIRST + SPAN ? end : NaN;
  }
  return { values, days, ids, starts, ends };
}

function median3(run: () => void): number {
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[1];
}

let sink = 0;

function baseline(values: Float64Array): number {
  return median3(() => {
    let s = 0;
    for (let i = 0; i < values.length; i++) s += values[i];
    sink += s;
  });
}

const fmt = (x: number, digits = 2): string => x.toFixed(digits);

export async function benchPeriods(): Promise<string> {
  const cases: { name: string; run: (d: Data) => void }[] = [
    { name: 'PERIOD_SERIES', run: (d) => void periodSeries(d.values, d.days, 'month', 'sum') },
    { name: 'PERIOD_SERIES persian', run: (d) => void periodSeries(d.values, d.days, 'month', 'sum', { calendar: 'persian', weekStart: 6 }) },
    { name: 'COHORT_RETENTION', run: (d) => void cohortRetention(d.ids, d.days, 'month', 'percent') },
    { name: 'CHURN_BY_PERIOD', run: (d) => void churnByPeriod(d.starts, d.ends, 'month', 'average') },
    { name: 'CHURN_BY_PERIOD persian', run: (d) => void churnByPeriod(d.starts, d.ends, 'month', 'average', { calendar: 'persian', weekStart: 6 }) },
  ];
  const data = SIZES.map(makeData);
  for (const c of cases) c.run(data[0]); // warm up
  for (const d of data) baseline(d.values);
  const rows: string[] = [];
  for (const c of cases) {
    let previous = NaN;
    SIZES.forEach((n, k) => {
      const base = baseline(data[k].values);
      const ms = median3(() => c.run(data[k]));
      const growth = Number.isNaN(previous) ? '—' : fmt(ms / previous, 1);
      rows.push(`| ${c.name} | ${n.toExponential(0)} | ${fmt(ms)} | ${fmt(ms / base, 0)} | ${growth} |`);
      previous = ms;
    });
    await Promise.resolve();
  }

  const rnd = random(42);
  const start = dateOfLocalDay(FIRST, 'UTC').getTime();
  const dates = Array.from({ length: 1_000_000 }, () => new Date(start + Math.floor(rnd() * SPAN * 86_400_000)));
  const stamps = Float64Array.from(dates, (d) => d.getTime());
  const base = baseline(stamps);
  for (const zone of ['Europe/Moscow', 'America/New_York']) {
    resetZoneCaches();
    const t0 = performance.now();
    for (const d of dates) sink += localDay(d, zone);
    const cold = performance.now() - t0;
    const warm = median3(() => {
      for (const d of dates) sink += localDay(d, zone);
    });
    rows.push(`| localDay ${zone} (cold ${fmt(cold)} ms) | 1e+6 | ${fmt(warm)} | ${fmt(warm / base, 0)} | — |`);
  }
  if (sink === 0.5) rows.push(''); // keep the work observable
  return rows.join('\n');
}

if (typeof process !== 'undefined' && process.argv[1]?.endsWith('periods.ts')) {
  void benchPeriods().then((rows) => console.log(`${BENCH_PERIODS_HEADER}\n${rows}`));
}
