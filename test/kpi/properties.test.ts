/** Invariants of every custom function over arbitrary Sheets input (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/kpi/catalog';
import { call } from '../helpers/call';

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true }) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom('12', '1,234', '1,5', 'n/a', '50%', '۱۲', '#N/A', 'Total') },
  { weight: 1, arbitrary: fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }) },
);
const range = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }).map((rows) => {
  const width = rows[0].length;
  return rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
});
const argument = fc.oneof(cell, range);

/** A finite number, or a spilled table whose numbers are all finite. */
function isFiniteResult(result: unknown): boolean {
  if (typeof result === 'number') return Number.isFinite(result);
  if (!Array.isArray(result)) return false;
  return result.every((row: unknown[]) => row.every((value) => typeof value !== 'number' || Number.isFinite(value)));
}

describe('every custom function, on arbitrary input', () => {
  for (const entry of customFunctions()) {
    it(`${entry.id}: a finite result or a one-line error that starts with its name`, () => {
      fc.assert(
        fc.property(fc.array(argument, { minLength: entry.params.length, maxLength: entry.params.length }), (args) => {
          try {
            expect(isFiniteResult(call(entry.id, ...args))).toBe(true);
          } catch (error) {
            const text = (error as Error).message;
            expect(text.startsWith(`${entry.id}: `), text).toBe(true);
            expect(text).not.toMatch(/\n|NaN|Infinity|undefined/);
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('invariants', () => {
  it('NPS lies within −100…100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), (scores) => {
        const nps = call('NPS', scores.map((s) => [s])) as number;
        expect(nps).toBeGreaterThanOrEqual(-100);
        expect(nps).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('CLI lies within 0…100', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 50 }), (answers) => {
        const cli = call('CLI', answers) as number;
        expect(cli).toBeGreaterThanOrEqual(0);
        expect(cli).toBeLessThanOrEqual(100);
      }),
    );
  });

  const scaleFree = customFunctions().filter(
    (entry) =>
      (entry.unit === 'percentage' || entry.unit === 'ratio') &&
      entry.params.every((param) => ['count', 'money', 'number'].includes(param.kind) || (param.kind === 'option' && param.optional)),
  );
  it(`rates are unchanged when every count is scaled by the same factor (${scaleFree.length} functions)`, () => {
    expect(scaleFree.length).toBeGreaterThan(20);
    for (const entry of scaleFree) {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 1, max: 1_000_000 }), {
            minLength: entry.params.filter((p) => p.kind !== 'option').length,
            maxLength: entry.params.filter((p) => p.kind !== 'option').length,
          }),
          fc.integer({ min: 2, max: 1000 }),
          (counts, factor) => {
            let base: number;
            try {
              base = call(entry.id, ...counts) as number;
            } catch {
              return; // e.g. RETENTION with more new customers than customers at the end
            }
            const scaled = call(entry.id, ...counts.map((c) => c * factor)) as number;
            expect(Math.abs(scaled - base)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(base)));
          },
        ),
        { numRuns: 50 },
      );
    }
  });
});
