/** Start time of the built command line (`node dist/cli.mjs --help`) against starting Node alone (`node -e 0`), in the same run. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fmt } from './measure';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Wall time in ms of one `node ARGS` run to its exit. */
function runMs(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  const ms = performance.now() - start;
  if (result.status !== 0 && !args.includes('--colour')) throw new Error(`node ${args.join(' ')} exited ${result.status}`);
  return ms;
}

const median = (times: number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

/** The section: medians of interleaved runs (each command once per round, so that load on the machine falls on all alike). */
export async function benchCli(rounds = 9): Promise<string> {
  const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
  if (!existsSync(cli)) throw new Error('dist/cli.mjs is missing: npm run build first');
  const commands: [string, string[]][] = [
    ['`node -e 0` (the baseline)', ['-e', '0']],
    ['`node dist/cli.mjs --help`', [cli, '--help']],
    ['`node dist/cli.mjs summary data.csv --colour` (a refusal)', [cli, 'summary', 'data.csv', '--colour']],
    ['`tsx scripts/cli.ts --help` (the command before it was built ahead)', [fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url)), 'scripts/cli.ts', '--help']],
  ];
  const times: number[][] = commands.map(() => []);
  for (let round = 0; round < rounds; round++) commands.forEach(([, args], i) => times[i].push(runMs(args)));
  const baseline = median(times[0]);
  const rows = commands.map(([name], i) => `| ${name} | ${fmt(median(times[i]))} | ${fmt(median(times[i]) / baseline, 2)} |`);
  return [
    '## Command-line start',
    '',
    `Median of ${rounds} interleaved runs each, as a child process to its exit.`,
    '',
    '| command | ms | × node -e 0 |',
    '|---|---:|---:|',
    ...rows,
  ].join('\n');
}
