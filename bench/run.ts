/** `npm run bench`: runs every benchmark in one process and writes BENCHMARKS.md. */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchClv } from './clv';
import { benchArtifact, benchCustomFunctions } from './custom-functions';
import { benchForecast } from './forecast';
import { benchSummary } from './summary';
import { benchLiveCalls } from './live-calls';
import { benchBrowser } from './browser';
import { benchCli } from './cli';
import { benchPeriods, BENCH_PERIODS_HEADER } from './periods';

const sections: string[] = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Ratios are against a baseline measured in the same run; absolute times vary with the machine.`,
  '',
];
for (const [name, section] of [
  ['artifact', benchArtifact],
  ['custom functions', benchCustomFunctions],
  ['CLV fits', benchClv],
  ['CLV forecast', benchForecast],
  ['summary builder', benchSummary],
  ['live summary calls', benchLiveCalls],
  ['sidebar and playground', benchBrowser],
  ['command-line start', () => benchCli()],
  ['period tables', async () => `## Period and cohort tables from raw rows (month period, 3 years of dates)\n\n${BENCH_PERIODS_HEADER}\n${await benchPeriods()}`],
] as const) {
  console.error(`bench: ${name}…`);
  sections.push(await section(), '');
}
writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), sections.join('\n'));
console.log(sections.join('\n'));
