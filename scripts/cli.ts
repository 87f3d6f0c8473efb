/** Entry of `npx kpi-sheets`, built into dist/cli.mjs: prints what the command did (or --help), or one line of error. */
import { main, UsageError } from '../src/local/cli';

try {
  for (const line of await main(process.argv.slice(2))) console.log(line);
} catch (error) {
  console.error(error instanceof UsageError ? error.message : `kpi-sheets: ${(error as Error).message}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
