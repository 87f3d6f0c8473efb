/** Calls a catalog function the way Sheets would, in a given locale, without Apps Script. */
import { evaluate, type CellOutput } from '../../src/cells/evaluate';
import { kpiById } from '../../src/kpi/catalog';
import { KpiFailure } from '../../src/kpi/failure';

export function callIn(locale: string, id: string, ...args: unknown[]): CellOutput {
  const entry = kpiById(id);
  if (!entry) throw new Error(`no catalog entry ${id}`);
  return evaluate(entry, args, { fn: id, locale, timeZone: 'UTC' });
}

/** Calls in the en_US locale. */
export const call = (id: string, ...args: unknown[]): CellOutput => callIn('en_US', id, ...args);

/** A column range as Sheets passes it: [[a], [b], …]. */
export const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);

/** The message of the error `run` throws. */
export function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

/**
 * Parses a catalog example call of literals, like `CAC(1000000, 40)` or `NPS({1;2;3})`, into its id and Sheets-shaped
 * arguments; null for an example over cell references (`A2:A900`), which only a sheet can run.
 */
export function parseExample(text: string): { id: string; args: unknown[] } | null {
  const match = /^(\w+)\((.*)\)$/.exec(text);
  if (!match) throw new Error(`bad example ${text}`);
  const args: unknown[] = [];
  for (const part of match[2].match(/\{[^}]*\}|[^,\s][^,]*/g) ?? []) {
    if (part.startsWith('{')) {
      const body = part.slice(1, -1);
      args.push(body.split(';').map((row) => row.split(',').map(Number)));
    } else if (/^-?[\d.]+$/.test(part.trim())) args.push(Number(part));
    else return null;
  }
  return { id: match[1], args };
}

/** The reason of the KpiFailure `run` throws, or 'no failure'; any other error is rethrown. */
export function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof KpiFailure) return error.reason;
    throw error;
  }
  return 'no failure';
}
