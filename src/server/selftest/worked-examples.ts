/**
 * The catalog's worked examples that a cell can run as written: literal arguments (numbers and {…} arrays) and a number
 * as the result. The bundle leaves the catalog's examples out (scripts/build.ts), so the build writes this module's list
 * as a literal from `workedExamples(CATALOG)`; tests and the playground read the same list from the catalog.
 */
import { CATALOG } from '../../kpi/catalog';
import type { Kpi } from '../../kpi/types';

export interface WorkedExample {
  /** The call as the catalog prints it: CAC(1000000, 40). */
  readonly call: string;
  /** The result as the catalog prints it: 25000. */
  readonly result: string;
}

/** A call whose arguments are numbers and array literals only (no cell, name, text or nested function). */
const LITERAL_CALL = /^[A-Z][A-Z0-9_]*\([\d\s.,;{}-]*\)$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** The examples of `catalog` a formula can run as written, in catalog order. */
export function workedExamples(catalog: readonly Kpi[]): WorkedExample[] {
  return catalog
    .filter((entry) => entry.customFunction && entry.example && LITERAL_CALL.test(entry.example.call) && NUMBER.test(entry.example.result))
    .map((entry) => ({ call: entry.example!.call, result: entry.example!.result }));
}

/** Replaced by the build with the literal list (see scripts/build.ts). */
export const WORKED_EXAMPLES: readonly WorkedExample[] = workedExamples(CATALOG);
