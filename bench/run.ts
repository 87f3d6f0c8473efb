/**
 * `npm run bench`: runs every benchmark in one process and writes BENCHMARKS.md. `npx tsx bench/run.ts clv` runs the
 * named sections only (keys: artifact, functions, clv, summary, calls, sidebar, cli, periods) and replaces just their sections
 * (by heading) in BENCHMARKS.md, leaving the others as they were.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchClv } from './clv';
import { benchArtifact, benchCustomFunctions } from './custom-functions';
import { benchSummary } from './summary';
import { benchLiveCalls } from './live-calls';
import { benchBrowser } from './browser';
import { benchCli } from './cli';
import { benchPeriods, BENCH_PERIODS_HEADER } from './periods';

const file = new URL('../BENCHMARKS.md', import.meta.url);
const preamble = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Ratios are against a baseline measured in the same run; absolute times vary with the machine.`,
  '',
];
const all = [
  ['artifact', benchArtifact],
  ['functions', benchCustomFunctions],
  ['clv', benchClv],
  ['summary', benchSummary],
  ['calls', benchLiveCalls],
  ['sidebar', benchBrowser],
  ['cli', () => benchCli()],
  ['periods', async () => `## Period and cohort tables from raw rows (month period, 3 years of dates)\n\n${BENCH_PERIODS_HEADER}\n${await benchPeriods()}`],
] as const;

const wanted = process.argv.slice(2);
const chosen = wanted.length === 0 ? all : all.filter(([key]) => wanted.includes(key));
if (chosen.length < wanted.length) throw new Error(`unknown section; the sections are ${all.map(([key]) => key).join(', ')}`);
const sections: string[] = [];
for (const [name, section] of chosen) {
  console.error(`bench: ${name}…`);
  sections.push(await section());
}

/** The document split at its level-2 headings: the text before the first, then one block per section. */
function splitSections(text: string): string[] {
  return text.split(/\n(?=## )/);
}

let output: string;
if (wanted.length === 0 || !existsSync(file)) output = [...preamble, ...sections.flatMap((s) => [s, ''])].join('\n');
else {
  const blocks = splitSections(readFileSync(file, 'utf8').trimEnd());
  for (const section of sections) {
    const heading = section.split('\n')[0];
    const at = blocks.findIndex((block) => block.split('\n')[0] === heading);
    if (at >= 0) blocks[at] = `${section}\n`;
    else blocks.push(`${section}\n`);
  }
  output = `${blocks.join('\n').trimEnd()}\n`;
}
writeFileSync(file, output);
console.log(sections.join('\n\n'));
