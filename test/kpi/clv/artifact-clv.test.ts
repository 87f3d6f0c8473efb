/** The CLV functions in dist/Code.js inside a bare node:vm context: a fit's spilled output fed to the predictions, as in Sheets. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { summary } from './cdnow-data';

const root = join(__dirname, '../../..');
let context: vm.Context;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts')], { cwd: root });
  context = vm.createContext({
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'en_US', getSpreadsheetTimeZone: () => 'UTC' }) },
  });
  vm.runInContext(readFileSync(join(root, 'dist/Code.js'), 'utf8'), context, { filename: 'Code.js' });
  context.columnsJson = JSON.stringify([summary.x, summary.tx, summary.T].map((values) => values.map((v) => [v])));
  vm.runInContext('var [x, tx, T] = JSON.parse(columnsJson);', context);
});

describe('CLV functions in the deployed artifact', () => {
  it('=BGNBD_PREDICT(BGNBD_FIT(…), …) with the standard-error row, arrays of the context\'s realm', () => {
    const fit = vm.runInContext('BGNBD_FIT(x, tx, T, true)', context) as unknown[][];
    expect(fit).toHaveLength(3);
    expect(fit[2][0] as number).toBeCloseTo(0.012557, 4);
    expect(vm.runInContext('BGNBD_PREDICT(BGNBD_FIT(x, tx, T, true), 2, 30.43, 38.86, 39)', context) as number).toBeCloseTo(1.226, 3);
    const alive = vm.runInContext("BGNBD_PREDICT(BGNBD_FIT(x, tx, T), x, tx, T, '', 'probability_alive')", context) as unknown[][];
    expect(alive).toHaveLength(2358);
  });

  it('PARETO_NBD_FIT and PARETO_NBD_PREDICT', () => {
    const fit = vm.runInContext('PARETO_NBD_FIT(x, tx, T)', context) as unknown[][];
    expect(fit[0]).toEqual(['r', 'alpha', 's', 'beta', 'Log-likelihood']);
    expect(fit[1][0] as number).toBeCloseTo(0.553, 2);
    expect(vm.runInContext("PARETO_NBD_PREDICT(PARETO_NBD_FIT(x, tx, T), '', '', '', 52)", context) as number).toBeCloseTo(1.47, 2);
  });
});
