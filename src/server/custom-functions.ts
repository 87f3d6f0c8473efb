/** The custom-function entry: every generated top-level wrapper in Code.js calls `run` with its catalog id. */
import { evaluate, type CellOutput } from '../cells/evaluate';
import { CellError } from '../cells/read';
import { kpiById } from '../kpi/catalog';
import { callContext } from './settings';

/** Computes the KPI `id` on the arguments Sheets passed; a bad input throws one line that Sheets shows under #ERROR!. */
export function run(id: string, args: readonly unknown[]): CellOutput {
  const entry = kpiById(id);
  if (!entry?.customFunction) throw new CellError(`${id}: unknown function`);
  return evaluate(entry, args, callContext(id));
}
