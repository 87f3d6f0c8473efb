import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BgNbdParams, RfmUnit } from '../../../src/kpi/clv/index';
import {
  bgnbdConditionalExpectedPurchases,
  bgnbdExpectedPurchases,
  bgnbdProbabilityAlive,
  rfmSummary,
} from '../../../src/kpi/clv/index';

interface Transaction {
  readonly id: string;
  readonly day: number;
  readonly amount: number;
}

interface SlowRow {
  readonly id: string;
  readonly frequency: number;
  readonly recency: number;
  readonly age: number;
  readonly monetary: number;
  readonly holdoutFrequency: number;
  readonly holdoutMonetary: number;
}

/** The period a day falls in, in the obviously correct way: a week is Monday to Sunday (day 4 of 1970 was a Monday). */
function slowPeriod(day: number, unit: RfmUnit): number {
  if (unit === 'calendar_week') return Math.floor((day - 4) / 7);
  if (unit === 'calendar_month') {
    const date = new Date(day * 86_400_000);
    return date.getUTCFullYear() * 12 + date.getUTCMonth();
  }
  return day;
}

/** The obviously correct RFM: filter, group by id in first-appearance order, sum per period, read off. */
function slowRfm(log: readonly Transaction[], end: number, unit: RfmUnit, includeFirst = false, holdoutEnd = end): SlowRow[] {
  const kept = log.filter((t) => t.day <= end);
  const ids = [...new Set(kept.map((t) => t.id))];
  const size = typeof unit === 'number' ? unit : 1;
  const perPeriod = (rows: readonly Transaction[]): Map<number, number> => {
    const sums = new Map<number, number>();
    for (const t of rows) sums.set(slowPeriod(t.day, unit), (sums.get(slowPeriod(t.day, unit)) ?? 0) + t.amount);
    return sums;
  };
  return ids.map((id) => {
    const sums = perPeriod(kept.filter((k) => k.id === id));
    const periods = [...sums.keys()].sort((a, b) => a - b);
    const counted = includeFirst ? periods : periods.slice(1);
    const later = perPeriod(log.filter((t) => t.id === id && t.day > end && t.day <= holdoutEnd));
    const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((s, a) => s + a, 0) / values.length);
    return {
      id,
      frequency: counted.length,
      recency: (periods[periods.length - 1] - periods[0]) / size,
      age: (slowPeriod(end, unit) - periods[0]) / size,
      monetary: mean(counted.map((p) => sums.get(p) ?? 0)),
      holdoutFrequency: later.size,
      holdoutMonetary: mean([...later.values()]),
    };
  });
}

const transaction = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  day: fc.integer({ min: 9000, max: 9100 }),
  amount: fc.integer({ min: 0, max: 20000 }).map((cents) => cents / 100),
});

const params = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
  a: fc.double({ min: 0.05, max: 5, noNaN: true }),
  b: fc.double({ min: 0.05, max: 5, noNaN: true }),
});

/** A customer's (x, tₓ, T) with tₓ ≤ T and tₓ = 0 when x = 0. */
const customer = fc
  .record({ x: fc.integer({ min: 0, max: 60 }), T: fc.double({ min: 0, max: 100, noNaN: true }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ x, T, share }) => ({ x, T, tx: x === 0 ? 0 : T * share }));

describe('CLV properties', () => {
  it('rfmSummary agrees with the slow reference on small, unordered logs with several rows a period, in every unit and option', () => {
    fc.assert(
      fc.property(
        fc.array(transaction, { maxLength: 40 }),
        fc.integer({ min: 8995, max: 9105 }),
        fc.constantFrom<RfmUnit>(1, 7, 30.4375, 'calendar_week', 'calendar_month'),
        fc.boolean(),
        fc.integer({ min: 0, max: 60 }),
        (log, end, unit, includeFirst, holdout) => {
          const fast = rfmSummary(
            log.map((t) => t.id),
            Int32Array.from(log, (t) => t.day),
            log.map((t) => t.amount),
            end,
            unit,
            { includeFirstPurchase: includeFirst, holdoutEndDay: end + holdout },
          );
          const slow = slowRfm(log, end, unit, includeFirst, end + holdout);
          expect(fast.ids.map((id, c) => [id, fast.frequency[c], fast.holdout!.frequency[c]])).toEqual(slow.map((r) => [r.id, r.frequency, r.holdoutFrequency]));
          const size = typeof unit === 'number' ? unit : 1;
          expect(fast.holdout!.duration).toBeCloseTo((slowPeriod(end + holdout, unit) - slowPeriod(end, unit)) / size, 12);
          slow.forEach((r, c) => {
            expect(fast.recency[c]).toBeCloseTo(r.recency, 12);
            expect(fast.age[c]).toBeCloseTo(r.age, 12);
            expect(fast.monetary![c]).toBeCloseTo(r.monetary, 9);
            expect(fast.holdout!.monetary![c]).toBeCloseTo(r.holdoutMonetary, 9);
            expect(fast.recency[c]).toBeLessThanOrEqual(fast.age[c]);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('probability alive lies in [0, 1]', () => {
    fc.assert(
      fc.property(params, customer, (p: BgNbdParams, c) => {
        const alive = bgnbdProbabilityAlive(p, c.x, c.tx, c.T);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('expected purchases are finite and non-decreasing in t', () => {
    fc.assert(
      fc.property(
        params,
        customer,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (p: BgNbdParams, c, u, v) => {
          const [t1, t2] = u <= v ? [u, v] : [v, u];
          const e1 = bgnbdExpectedPurchases(p, t1);
          const e2 = bgnbdExpectedPurchases(p, t2);
          expect(Number.isFinite(e2)).toBe(true);
          expect(e1).toBeGreaterThanOrEqual(0);
          expect(e2).toBeGreaterThanOrEqual(e1 - 1e-9 * (1 + e1));
          const c1 = bgnbdConditionalExpectedPurchases(p, t1, c.x, c.tx, c.T);
          const c2 = bgnbdConditionalExpectedPurchases(p, t2, c.x, c.tx, c.T);
          expect(Number.isFinite(c2)).toBe(true);
          expect(c1).toBeGreaterThanOrEqual(0);
          expect(c2).toBeGreaterThanOrEqual(c1 - 1e-9 * (1 + c1));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('BG/NBD expectations at the removable singularities a = 1 and a + b = 1', () => {
  it('are continuous through them', () => {
    const base = { r: 0.5, alpha: 3 };
    for (const [a, b] of [
      [1, 2],
      [0.4, 0.6],
    ]) {
      const at = bgnbdExpectedPurchases({ ...base, a, b }, 20);
      const near = bgnbdExpectedPurchases({ ...base, a: a + 1e-3, b }, 20);
      expect(Number.isFinite(at)).toBe(true);
      expect(Math.abs(at - near)).toBeLessThan(1e-2 * near);
      const cond = bgnbdConditionalExpectedPurchases({ ...base, a, b }, 20, 0, 0, 10);
      const condNear = bgnbdConditionalExpectedPurchases({ ...base, a: a + 1e-3, b }, 20, 0, 0, 10);
      expect(Math.abs(cond - condNear)).toBeLessThan(1e-2 * condNear);
    }
  });
});
