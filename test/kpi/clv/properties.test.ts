import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BgNbdParams, RfmRow } from '../../../src/kpi/clv/index';
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

/** The obviously correct RFM: filter, group by id in first-appearance order, sum per day, read off. */
function slowRfm(log: readonly Transaction[], end: number, unit: number): RfmRow[] {
  const kept = log.filter((t) => t.day <= end);
  const ids = [...new Set(kept.map((t) => t.id))];
  return ids.map((id) => {
    const perDay = new Map<number, number>();
    for (const t of kept.filter((k) => k.id === id)) perDay.set(t.day, (perDay.get(t.day) ?? 0) + t.amount);
    const days = [...perDay.keys()].sort((a, b) => a - b);
    const repeats = days.slice(1).map((d) => perDay.get(d) ?? 0);
    return {
      id,
      frequency: days.length - 1,
      recency: (days[days.length - 1] - days[0]) / unit,
      age: (end - days[0]) / unit,
      monetary: repeats.length === 0 ? 0 : repeats.reduce((s, a) => s + a, 0) / repeats.length,
    };
  });
}

const transaction = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  day: fc.integer({ min: 9000, max: 9030 }),
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
  it('rfmSummary agrees with the slow reference on small, unordered logs with several rows a day', () => {
    fc.assert(
      fc.property(
        fc.array(transaction, { maxLength: 40 }),
        fc.integer({ min: 8995, max: 9035 }),
        fc.constantFrom(1, 7, 30.4375),
        (log, end, unit) => {
          const fast = rfmSummary(
            log.map((t) => t.id),
            Int32Array.from(log, (t) => t.day),
            log.map((t) => t.amount),
            end,
            unit,
          );
          const slow = slowRfm(log, end, unit);
          expect(fast.map((r) => [r.id, r.frequency])).toEqual(slow.map((r) => [r.id, r.frequency]));
          fast.forEach((r, i) => {
            expect(r.recency).toBeCloseTo(slow[i].recency, 12);
            expect(r.age).toBeCloseTo(slow[i].age, 12);
            expect(r.monetary).toBeCloseTo(slow[i].monetary, 9);
            expect(r.recency).toBeLessThanOrEqual(r.age);
          });
        },
      ),
      { numRuns: 300 },
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
