/** Random row sets for the property tests: few customers, days drawn from a small pool (so several rows share a day), any order. */
import fc from 'fast-check';
import { PERIODS, type Period } from '../../../src/kpi/periods/period';
import { refDay } from './reference';

export const periodArb: fc.Arbitrary<Period> = fc.constantFrom(...PERIODS);

const FROM = refDay(2014, 12, 1) as number;
const TO = refDay(2024, 1, 20) as number;

export interface Rows {
  ids: string[];
  days: number[];
  values: number[];
}

/** Rows over at most `span` days starting somewhere in 2014-12…2024-01 (leap days, ISO week 53, year ends). */
export function rowsArb(span: number, maxRows = 40): fc.Arbitrary<Rows> {
  return fc
    .record({
      base: fc.integer({ min: FROM, max: TO }),
      pool: fc.array(fc.nat(span), { minLength: 1, maxLength: 10 }),
      rows: fc.array(
        fc.record({ customer: fc.nat(6), pick: fc.nat(), value: fc.integer({ min: -100, max: 100 }) }),
        { minLength: 1, maxLength: maxRows },
      ),
    })
    .map(({ base, pool, rows }) => ({
      ids: rows.map((r) => `c${r.customer}`),
      days: rows.map((r) => base + pool[r.pick % pool.length]),
      values: rows.map((r) => r.value),
    }));
}

export interface Customers {
  starts: number[];
  ends: number[];
}

/** One customer a row: a start and, for some, an end on or after it (NaN: still active). */
export function customersArb(span: number): fc.Arbitrary<Customers> {
  return fc
    .record({
      base: fc.integer({ min: FROM, max: TO }),
      rows: fc.array(fc.record({ start: fc.nat(span), length: fc.option(fc.nat(span), { freq: 3 }) }), {
        minLength: 1,
        maxLength: 30,
      }),
    })
    .map(({ base, rows }) => ({
      starts: rows.map((r) => base + r.start),
      ends: rows.map((r) => (r.length === null ? NaN : base + r.start + r.length)),
    }));
}

/** Spans that keep the tables (and the slow references) small: about 2–40 periods, more for days and weeks. */
export const SPAN: Readonly<Record<Period, number>> = { day: 420, week: 500, month: 1300, quarter: 2500, year: 3300 };
/** Smaller spans for the quadratic cohort tables. */
export const COHORT_SPAN: Readonly<Record<Period, number>> = { day: 70, week: 300, month: 1200, quarter: 2500, year: 3300 };
