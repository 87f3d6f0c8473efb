/** Invariants of the intervals (fast-check): they contain the estimate, widen as confidence rises and narrow as n grows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abTest } from '../../../src/kpi/statistics/ab-test';
import { meanInterval } from '../../../src/kpi/statistics/mean';
import { npsInterval, type NpsMethod } from '../../../src/kpi/statistics/nps';
import { rateInterval, type RateMethod } from '../../../src/kpi/statistics/rate';
import { sampleSize } from '../../../src/kpi/statistics/sample-size';

/** s successes among n trials, n up to a million, or now and then near 10^9. */
const proportion = fc
  .oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 999_000_000, max: 1_000_000_000 }))
  .chain((n) => fc.tuple(fc.oneof(fc.integer({ min: 0, max: n }), fc.constantFrom(0, n)), fc.constant(n)));
/** Two confidence levels, the first below the second. */
const levels = fc.tuple(fc.double({ min: 0.5, max: 0.999, noNaN: true }), fc.double({ min: 0.5, max: 0.999, noNaN: true })).filter(([a, b]) => b - a > 1e-6);
const width = (i: { low: number; high: number }): number => i.high - i.low;
const runs = { numRuns: 300 };

describe('rate intervals (Wilson and exact)', () => {
  for (const method of ['wilson', 'exact'] as RateMethod[]) {
    it(`${method}: 0 ≤ low ≤ rate ≤ high ≤ 1`, () => {
      fc.assert(
        fc.property(proportion, fc.double({ min: 0.5, max: 0.9999, noNaN: true }), ([s, n], level) => {
          const i = rateInterval(s, n, level, method);
          expect(0 <= i.low && i.low <= i.estimate && i.estimate <= i.high && i.high <= 1, JSON.stringify(i)).toBe(true);
        }),
        runs,
      );
    });

    it(`${method}: a higher confidence gives a wider interval holding the narrower one`, () => {
      fc.assert(
        fc.property(proportion, levels, ([s, n], [a, b]) => {
          const narrow = rateInterval(s, n, Math.min(a, b), method);
          const wide = rateInterval(s, n, Math.max(a, b), method);
          expect(wide.low).toBeLessThanOrEqual(narrow.low);
          expect(wide.high).toBeGreaterThanOrEqual(narrow.high);
          expect(width(wide)).toBeGreaterThan(width(narrow));
        }),
        runs,
      );
    });

    it(`${method}: the same rate from k times the trials gives a narrower interval`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))), fc.integer({ min: 2, max: 1000 }), ([s, n], k) => {
          expect(width(rateInterval(s * k, n * k, 0.95, method))).toBeLessThan(width(rateInterval(s, n, 0.95, method)));
        }),
        runs,
      );
    });
  }
});

describe('NPS intervals', () => {
  /** P promoters and D detractors among n answers. */
  const answers = fc.integer({ min: 1, max: 100_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))).chain(([p, n]) => fc.tuple(fc.constant(p), fc.integer({ min: 0, max: n - p }), fc.constant(n)));

  it('within −100…100; Wald always holds the NPS, adjusted Wald from 5 answers at 90% confidence and more', () => {
    fc.assert(
      fc.property(answers, fc.double({ min: 0.5, max: 0.9999, noNaN: true }), ([p, d, n], level) => {
        for (const method of ['wald', 'adjusted'] as NpsMethod[]) {
          const i = npsInterval(p, d, n, level, method);
          expect(-100 <= i.low && i.low <= i.high && i.high <= 100, JSON.stringify(i)).toBe(true);
          if (method === 'wald' || (n >= 5 && level >= 0.9)) expect(i.low <= i.estimate && i.estimate <= i.high, `${method} ${p}/${d}/${n} ${level}`).toBe(true);
        }
      }),
      runs,
    );
  });

  it('adjusted Wald: one answer at 95% (or every answer a promoter below 84% confidence) leaves the NPS outside, as the method does', () => {
    expect(npsInterval(1, 0, 1).high).toBeLessThan(100);
    expect(npsInterval(400, 0, 400, 0.8).high).toBeLessThan(100);
    expect(npsInterval(400, 0, 400, 0.85).high).toBe(100);
  });

  it('a higher confidence widens, more answers in the same proportions narrow', () => {
    fc.assert(
      fc.property(answers, levels, fc.integer({ min: 2, max: 50 }), ([p, d, n], [a, b], k) => {
        for (const method of ['wald', 'adjusted'] as NpsMethod[]) {
          const narrow = npsInterval(p, d, n, Math.min(a, b), method);
          const wide = npsInterval(p, d, n, Math.max(a, b), method);
          expect(wide.low).toBeLessThanOrEqual(narrow.low);
          expect(wide.high).toBeGreaterThanOrEqual(narrow.high);
          const base = npsInterval(p, d, n, 0.95, method);
          const more = npsInterval(p * k, d * k, n * k, 0.95, method);
          if (width(base) > 0) expect(width(more)).toBeLessThan(width(base));
        }
      }),
      runs,
    );
  });
});

describe('A/B test, mean and sample size', () => {
  it('the difference lies inside its interval, which widens with confidence and narrows with k times the visitors', () => {
    fc.assert(
      fc.property(proportion, proportion, levels, fc.integer({ min: 2, max: 100 }), ([ca, va], [cb, vb], [a, b], k) => {
        const test = abTest(ca, va, cb, vb, Math.min(a, b));
        expect(test.low <= test.difference && test.difference <= test.high, JSON.stringify(test)).toBe(true);
        expect(test.low).toBeGreaterThanOrEqual(-1 - 1e-12);
        expect(test.high).toBeLessThanOrEqual(1 + 1e-12);
        const wide = abTest(ca, va, cb, vb, Math.max(a, b));
        expect(width(wide)).toBeGreaterThan(width(test));
        if (va * k < 2e9 && vb * k < 2e9) expect(width(abTest(ca * k, va * k, cb * k, vb * k, Math.min(a, b)))).toBeLessThan(width(test));
        expect(test.pValue >= 0 && test.pValue <= 1).toBe(true);
      }),
      runs,
    );
  });

  const sample = fc.array(fc.integer({ min: -100_000_000, max: 100_000_000 }).map((cents) => cents / 100), { minLength: 2, maxLength: 200 }).filter((xs) => xs.some((x) => x !== xs[0]));

  it("the mean lies inside Student's interval, which widens with confidence and narrows as the sample repeats k times", () => {
    fc.assert(
      fc.property(sample, levels, fc.integer({ min: 2, max: 20 }), (xs, [a, b], k) => {
        const narrow = meanInterval(xs, Math.min(a, b));
        expect(narrow.low <= narrow.estimate && narrow.estimate <= narrow.high).toBe(true);
        expect(width(meanInterval(xs, Math.max(a, b)))).toBeGreaterThan(width(narrow));
        const repeated = Array.from({ length: k }, () => xs).flat();
        expect(width(meanInterval(repeated, Math.min(a, b)))).toBeLessThan(width(narrow));
      }),
      runs,
    );
  });

  it('the sample size grows with power and confidence and shrinks as the effect grows', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.5, noNaN: true }), fc.double({ min: 0.005, max: 0.2, noNaN: true }), (p, effect) => {
        const n = sampleSize(p, effect);
        expect(n).toBeGreaterThan(0);
        expect(sampleSize(p, effect, 0.9)).toBeGreaterThanOrEqual(n);
        expect(sampleSize(p, effect, 0.8, 0.99)).toBeGreaterThanOrEqual(n);
        expect(sampleSize(p, effect * 2)).toBeLessThanOrEqual(n);
      }),
      runs,
    );
  });
});
