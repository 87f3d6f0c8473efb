/**
 * `npm run selftest [-- FILE.xlsx|FILE.csv] [--locale fa_IR] [--lang fa] [--time-zone Asia/Tehran] [--perturb CAC]`:
 * Help → Check the add-on, run by the built dist/Code.js in a node:vm context over the fake spreadsheet (the sample
 * workbook by default), through the same top-level function the sidebar calls. Prints the report and whether the
 * workbook is byte for byte as it was (its snapshot and its .xlsx export); exits 1 when a check fails or it is not.
 * --perturb ID multiplies the results of that custom function by 1.01, to see the check fail.
 */
import { devArguments } from '../src/local/dev-arguments';
import { runSelfTestOnFake, type SelfTestOnFakeOptions } from '../src/local/selftest';
import { makeReport } from '../src/server/selftest/report';

const USAGE = 'usage: npm run selftest -- [FILE.xlsx|FILE.csv] [--locale en_US] [--lang en|fa|ar|ru] [--time-zone UTC] [--perturb ID]';

function parse(argv: readonly string[]): SelfTestOnFakeOptions {
  const { own, ...options } = devArguments(argv, USAGE, ['perturb']);
  return { ...options, ...(own.perturb !== undefined ? { perturb: own.perturb } : {}) };
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const run = await runSelfTestOnFake(options);
  const report = makeReport(run.result);
  process.stdout.write(report.text);
  const unchanged = run.differences.length === 0;
  console.log(`\nworkbook byte for byte as it was (snapshot and .xlsx parts): ${unchanged ? 'yes' : `no: ${run.differences.join(', ')}`}`);
  console.log(`runSelfTest took ${run.milliseconds} ms on the fake (Apps Script allows 360000 ms)`);
  process.exitCode = report.failed === 0 && unchanged ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
