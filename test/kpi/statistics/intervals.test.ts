/** RATE_CI, NPS_CI, AB_TEST, SAMPLE_SIZE and MEAN_CI: published figures, and a table of cases against independent implementations. */
import { describe, expect, it } from 'vitest';
import { abTest } from '../../../src/kpi/statistics/ab-test';
import { meanInterval } from '../../../src/kpi/statistics/mean';
import { npsInterval } from '../../../src/kpi/statistics/nps';
import { rateInterval } from '../../../src/kpi/statistics/rate';
import { sampleSize } from '../../../src/kpi/statistics/sample-size';
import { call, column } from '../../helpers/call';
import { clopperPearsonBySums, normalTwoSidedBySimpson, studentQuantileByBisection, wilsonByBisection, Z_POWER, Z_TABLE } from './independent';

/** The value row of a spilled one-row table. */
const values = (result: unknown): unknown[] => (result as unknown[][])[1];
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

describe('published figures (Newcombe 1998, Statistics in Medicine 17)', () => {
  it('Table I, Wilson score interval (method 3): 81/263, 15/148, 0/20, 1/29', () => {
    const cases: [number, number, number, number][] = [[81, 263, 0.2553, 0.3662], [15, 148, 0.0624, 0.1605], [0, 20, 0, 0.1611], [1, 29, 0.0061, 0.1718]];
    for (const [s, n, low, high] of cases) {
      const [rate, l, h, count] = values(call('RATE_CI', s, n)) as number[];
      expect([round4(l), round4(h)], `${s}/${n}`).toEqual([low, high]);
      expect(rate).toBe(s / n);
      expect(count).toBe(n);
    }
  });

  it('Table I, Clopper–Pearson exact interval (method 5), the same four examples', () => {
    const cases: [number, number, number, number][] = [[81, 263, 0.2527, 0.3676], [15, 148, 0.0578, 0.1617], [0, 20, 0, 0.1684], [1, 29, 0.0009, 0.1776]];
    for (const [s, n, low, high] of cases) {
      const [, l, h] = values(call('RATE_CI', s, n, 0.95, 'exact')) as number[];
      expect([round4(l), round4(h)], `${s}/${n}`).toEqual([low, high]);
    }
  });

  it('Table II, hybrid score interval (method 10): 56/70 − 48/80 = 0.2, 0.0524 to 0.3339', () => {
    // The check: A − B with A = 56/70; AB_TEST gives B − A, so 56/70 goes in as variant B.
    const row = values(call('AB_TEST', 48, 80, 56, 70));
    expect(row[2] as number).toBeCloseTo(0.2, 12);
    expect([round4(row[4] as number), round4(row[5] as number)]).toEqual([0.0524, 0.3339]);
    const reversed = abTest(56, 70, 48, 80);
    expect([round4(reversed.low), round4(reversed.high)]).toEqual([-0.3339, -0.0524]);
  });

  it('Table II, further examples of method 10: 9/10 − 3/10, 5/56 − 0/29, 0/10 − 0/20, 10/10 − 0/20', () => {
    const cases: [number, number, number, number, number, number][] = [
      [9, 10, 3, 10, 0.1705, 0.809], [5, 56, 0, 29, -0.0381, 0.1926], [0, 10, 0, 20, -0.1611, 0.2775], [10, 10, 0, 20, 0.6791, 1],
    ];
    for (const [a, m, b, n, low, high] of cases) {
      const test = abTest(b, n, a, m); // B − A = a/m − b/n
      expect([round4(test.low), round4(test.high)], `${a}/${m} − ${b}/${n}`).toEqual([low, high]);
    }
  });
});

describe('against independent implementations', () => {
  const counts: [number, number][] = [
    [0, 1], [1, 1], [0, 2], [1, 2], [0, 20], [20, 20], [1, 29], [81, 263], [15, 148], [3, 7], [999, 1000], [1, 1000], [0, 1e9], [1, 1e9], [5e8, 1e9], [123_456_789, 1e9], [1e9, 1e9],
  ];
  const levels = ['0.8', '0.9', '0.95', '0.99', '0.999'];

  it('Wilson: roots of the score equation by bisection, every count at five confidence levels (1e-9)', () => {
    for (const [s, n] of counts) {
      for (const level of levels) {
        const { estimate, low, high, n: count } = rateInterval(s, n, Number(level));
        const [l, h] = wilsonByBisection(s, n, Z_TABLE[level]);
        expect(Math.abs(low - l), `${s}/${n} at ${level}`).toBeLessThan(1e-9);
        expect(Math.abs(high - h), `${s}/${n} at ${level}`).toBeLessThan(1e-9);
        expect([estimate, count]).toEqual([s / n, n]);
      }
    }
  });

  it('Clopper–Pearson: binomial tail sums by bisection (1e-9), and the closed forms at 0 and all successes', () => {
    for (const [s, n] of counts) {
      for (const level of ['0.9', '0.95', '0.99']) {
        const { low, high } = rateInterval(s, n, Number(level), 'exact');
        const [l, h] = clopperPearsonBySums(s, n, Number(level));
        expect(Math.abs(low - l), `${s}/${n} at ${level}`).toBeLessThan(1e-9);
        expect(Math.abs(high - h), `${s}/${n} at ${level}`).toBeLessThan(1e-9);
      }
    }
    // 0 of n: high = 1 − (α/2)^(1/n); n of n: low = (α/2)^(1/n).
    for (const n of [1, 2, 20, 1e9]) {
      expect(rateInterval(0, n, 0.95, 'exact').high).toBeCloseTo(-Math.expm1(Math.log(0.025) / n), 14);
      expect(rateInterval(n, n, 0.95, 'exact').low).toBeCloseTo(Math.exp(Math.log(0.025) / n), 14);
    }
  });

  it('n = 1, no successes, all successes: exact ends at 0 and 1 and the interval inside 0…1', () => {
    // One trial: Wilson's interval is 0 to z²/(1 + z²) for a failure and 1/(1 + z²) to 1 for a success.
    const z2 = Z_TABLE['0.95'] ** 2;
    expect(rateInterval(0, 1)).toEqual({ estimate: 0, low: 0, high: expect.closeTo(z2 / (1 + z2), 11), margin: expect.closeTo(z2 / (1 + z2) / 2, 11), n: 1 });
    expect(rateInterval(1, 1)).toEqual({ estimate: 1, low: expect.closeTo(1 / (1 + z2), 11), high: 1, margin: expect.closeTo(z2 / (1 + z2) / 2, 11), n: 1 });
    expect(rateInterval(0, 1, 0.95, 'exact').high).toBeCloseTo(0.975, 15);
    expect(rateInterval(1e9, 1e9).low).toBeCloseTo(1 - 3.841e-9, 11);
  });

  it('NPS: Wald and adjusted Wald from the issue\'s definition, written out per category', () => {
    const cases: [number, number, number][] = [[0, 0, 1], [1, 0, 1], [0, 1, 1], [4, 4, 10], [40, 25, 80], [80, 0, 80], [0, 80, 80], [300, 150, 1000], [2e6, 1e6, 5e6]];
    for (const [promoters, detractors, n] of cases) {
      for (const level of ['0.9', '0.95', '0.99']) {
        const z = Z_TABLE[level];
        for (const adjusted of [true, false]) {
          const m = adjusted ? n + 3 : n;
          const p = (promoters + (adjusted ? 0.75 : 0)) / m;
          const d = (detractors + (adjusted ? 0.75 : 0)) / m;
          const half = 100 * z * Math.sqrt((p + d - (p - d) ** 2) / m);
          const result = npsInterval(promoters, detractors, n, Number(level), adjusted ? 'adjusted' : 'wald');
          const label = `${promoters}/${detractors}/${n} ${level} ${adjusted}`;
          expect(result.estimate, label).toBeCloseTo((100 * (promoters - detractors)) / n, 12);
          expect(Math.abs(result.low - Math.max(-100, 100 * (p - d) - half)), label).toBeLessThan(1e-9);
          expect(Math.abs(result.high - Math.min(100, 100 * (p - d) + half)), label).toBeLessThan(1e-9);
        }
      }
    }
  });

  it('NPS_CI counts promoters (9–10) and detractors (0–6) from the scores', () => {
    const scores = column(1, 2, 3, 5, 7, 8, 9, 9, 9, 10);
    expect(values(call('NPS_CI', scores))).toEqual(values(call('NPS_CI', scores, 0.95, 'adjusted')));
    const [nps, low, high, n] = values(call('NPS_CI', scores)) as number[];
    expect([nps, n]).toEqual([0, 10]);
    expect(low).toBeCloseTo(-100 * 1.959963984540054 * Math.sqrt(9.5 / 13 / 13), 12);
    expect(high).toBeCloseTo(-low, 14);
    expect(values(call('NPS_CI', column(10, 10, 10), 0.95, 'wald'))).toEqual([100, 100, 100, 3]);
  });

  it('AB_TEST: pooled z and two-sided p against Simpson integration; the verdict reads p against 1 − confidence', () => {
    const cases: [number, number, number, number][] = [[48, 80, 56, 70], [200, 10_000, 240, 10_000], [84, 1000, 79, 1000], [0, 50, 5, 50], [0, 10, 0, 20], [10, 10, 20, 20], [1, 1, 0, 1], [5e7, 1e9, 50_010_000, 1e9]];
    for (const [ca, va, cb, vb] of cases) {
      const test = abTest(ca, va, cb, vb);
      const label = `${ca}/${va} vs ${cb}/${vb}`;
      const pooled = (ca + cb) / (va + vb);
      const se = Math.sqrt(pooled * (1 - pooled) * (1 / va + 1 / vb));
      const z = se === 0 ? 0 : (cb / vb - ca / va) / se;
      expect(test.z, label).toBeCloseTo(z, 10);
      expect(Math.abs(test.pValue - normalTwoSidedBySimpson(z)), label).toBeLessThan(1e-12);
      const [la, ha] = wilsonByBisection(ca, va, Z_TABLE['0.95']);
      const [lb, hb] = wilsonByBisection(cb, vb, Z_TABLE['0.95']);
      const d = cb / vb - ca / va;
      expect(Math.abs(test.low - (d - Math.sqrt((cb / vb - lb) ** 2 + (ha - ca / va) ** 2))), label).toBeLessThan(1e-9);
      expect(Math.abs(test.high - (d + Math.sqrt((hb - cb / vb) ** 2 + (ca / va - la) ** 2))), label).toBeLessThan(1e-9);
      expect(test.verdict, label).toBe(test.pValue < 0.05 ? (d > 0 ? 'b_better' : 'a_better') : 'not_significant');
    }
    expect(abTest(84, 1000, 79, 1000).verdict).toBe('not_significant');
    expect(abTest(200, 10_000, 260, 10_000).verdict).toBe('b_better');
    expect(abTest(260, 10_000, 200, 10_000).verdict).toBe('a_better');
    expect(abTest(0, 10, 0, 20)).toMatchObject({ z: 0, pValue: 1, lift: null, verdict: 'not_significant' });
    expect(abTest(200, 10_000, 240, 10_000).lift).toBeCloseTo(0.2, 12);
  });

  it('SAMPLE_SIZE: the issue\'s formula with the table\'s z, absolute and relative effects', () => {
    const cases: [number, number, string, string, boolean][] = [
      [0.1, 0.05, '0.8', '0.95', false], [0.05, 0.01, '0.8', '0.95', false], [0.05, 0.1, '0.8', '0.95', true], [0.2, -0.05, '0.9', '0.99', false],
      [0.5, 0.001, '0.8', '0.95', false], [0, 0.01, '0.8', '0.9', false], [0.99, 0.01, '0.9', '0.95', false], [0.03, -0.2, '0.8', '0.9', true],
    ];
    for (const [p1, effect, power, level, relative] of cases) {
      const p2 = relative ? p1 * (1 + effect) : p1 + effect;
      const mean = (p1 + p2) / 2;
      const root = Z_TABLE[level] * Math.sqrt(2 * mean * (1 - mean)) + Z_POWER[power] * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
      expect(sampleSize(p1, effect, Number(power), Number(level), relative), `${p1} ${effect} ${power} ${level} ${relative}`).toBe(Math.ceil((root / (p2 - p1)) ** 2));
    }
    // Two proportions 10% and 15%, α 0.05 two-sided, power 0.8: 686 per group without continuity correction.
    expect(call('SAMPLE_SIZE', 0.1, 0.05)).toBe(686);
    expect(call('SAMPLE_SIZE', 0.1, '50%', '', '', true)).toBe(686);
    expect(call('SAMPLE_SIZE', '10%', 0.05, 0.9, 0.95, false)).toBe(sampleSize(0.1, 0.05, 0.9));
  });

  it('MEAN_CI: Student\'s t interval with the t quantile found by bisection; n = 2, n = 10^5', () => {
    const samples: number[][] = [[10, 12], [10, 12, 9, 11, 13], [5, 5, 5, 6], Array.from({ length: 40 }, (_, i) => Math.sin(i) * 100 + i)];
    samples.push(Array.from({ length: 100_000 }, (_, i) => ((i * 7919) % 1000) / 10));
    for (const sample of samples) {
      for (const level of ['0.9', '0.95', '0.99']) {
        const n = sample.length;
        const mean = sample.reduce((a, b) => a + b, 0) / n;
        const sd = Math.sqrt(sample.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
        const half = (studentQuantileByBisection((1 + Number(level)) / 2, n - 1) * sd) / Math.sqrt(n);
        const result = meanInterval(sample, Number(level));
        expect(result.estimate).toBeCloseTo(mean, 9);
        expect(Math.abs(result.low - (mean - half)), `${n} ${level}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(mean)));
        expect(Math.abs(result.high - (mean + half)), `${n} ${level}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(mean)));
        expect(result.n).toBe(n);
      }
    }
    // 10, 12: mean 11, s = √2, t(0.975, 1) = 12.7062…: 11 ± 12.7062 × √2/√2.
    const [mean, low, high, n] = values(call('MEAN_CI', column(10, '', 12))) as number[];
    expect([mean, n]).toEqual([11, 2]);
    expect(high - mean).toBeCloseTo(12.706204736174703, 9);
    expect(low).toBeCloseTo(11 - 12.706204736174703, 9);
  });
});
