/**
 * The self-test over the fake spreadsheet: the built add-on (dist/Code.js) in a node:vm context, its runSelfTest called as
 * the sidebar calls it, and the workbook's fingerprint before and after. What `npm run selftest` and the tests run.
 */
import type vm from 'node:vm';
import type { CustomFunction, FakeSpreadsheet, FakeSpreadsheetOptions } from './fake';
import { openAddOn } from './addon';
import { differences, fingerprint } from './fingerprint';
import type { SelfTestResult } from '../server/selftest/report';

export interface SelfTestOnFakeOptions {
  /** An .xlsx or .csv file; default the sample workbook. */
  file?: string;
  /** Start from this model or these sheets instead of a file. */
  workbook?: Pick<FakeSpreadsheetOptions, 'sheets' | 'model'>;
  locale?: string;
  userLocale?: string;
  timeZone?: string;
  /** A custom function whose results are multiplied by 1.01 (numbers in a table too): the check must then fail. */
  perturb?: string;
  /** Runs after the add-on is loaded and before the check: may replace globals of the context to make a call fail. */
  prepare?: (context: vm.Context, fake: FakeSpreadsheet) => void;
  /** The language argument of runSelfTest (null: the user's). */
  language?: string | null;
}

export interface SelfTestOnFake {
  readonly result: SelfTestResult;
  /** Parts of the fingerprint that changed (none when the workbook is as it was). */
  readonly differences: readonly string[];
  /** How long runSelfTest took. */
  readonly milliseconds: number;
  readonly fake: FakeSpreadsheet;
}

/** A result ×1.01: a number, or every number of a table. */
function perturbed(value: unknown): unknown {
  if (typeof value === 'number') return value * 1.01;
  return Array.isArray(value) ? value.map(perturbed) : value;
}

export async function runSelfTestOnFake(options: SelfTestOnFakeOptions = {}): Promise<SelfTestOnFake> {
  const wrap = (id: string, fn: CustomFunction): CustomFunction => (id === options.perturb ? (...args: unknown[]) => perturbed(fn(...args)) : fn);
  const { context, fake, addOn } = await openAddOn(options, wrap);
  options.prepare?.(context, fake);
  const before = await fingerprint(fake);
  const started = performance.now();
  // Across the vm boundary as google.script.run carries it: JSON.
  const result = JSON.parse(JSON.stringify(addOn.call('runSelfTest', [options.language ?? null]))) as SelfTestResult;
  const milliseconds = Math.round(performance.now() - started);
  return { result, differences: differences(before, await fingerprint(fake)), milliseconds, fake };
}
