/** Every custom function on 10^4, 10^5 and 10^6-cell inputs shaped like Sheets input, as ratios to a Float64Array sum of the same length. */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { packTable } from '../scripts/pack-data';
import { unpacked } from '../src/summary/packed';
import { FakeUtilities } from '../src/local/fake/utilities';
import { call } from '../test/helpers/call';
import { customFunctions } from '../src/kpi/catalog';
import type { Kpi } from '../src/kpi/types';
import { baselineMs, fmt, keep, medianMs } from './measure';

const SIZES = [10_000, 100_000, 1_000_000];

/** A one-column range as Sheets passes it: numbers, 5% '' blanks, 1% numbers typed as text. */
function sheetColumn(n: number, kind: Kpi['params'][number]['kind'], domain: { min: number; max: number; whole?: boolean } = { min: 0, max: 1000 }): unknown[][] {
  const rows: unknown[][] = new Array(n);
  let seed = 12345;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const r = seed % 100;
    const whole = kind === 'list' || kind === 'grid' || domain.whole === true;
    const value = whole ? domain.min + (seed % (domain.max - domain.min + 1)) : domain.min + ((seed % 100000) / 100000) * (domain.max - domain.min);
    rows[i] = [r < 5 ? '' : r === 5 ? String(value) : value];
  }
  return rows;
}

/** The arguments: the first parameter gets the n-cell range, the others a single typical cell. */
export function argumentsFor(entry: Kpi, n: number): unknown[] {
  return entry.params.map((param, i) => {
    if (i === 0) return sheetColumn(n, param.kind, { min: param.domain?.min ?? 0, max: param.domain?.max ?? 1000, whole: param.domain?.whole });
    if (param.kind === 'fraction') return 0.5;
    // A part of a whole KPI's part stays small; every other count holds more than the range sums to (10^6 cells of at most 1,000).
    if (param.name === entry.bounded?.part || param.name === entry.bounded?.minus) return 1000;
    if (param.kind === 'count' || param.kind === 'money') return 1e12;
    if (param.kind === 'labels' || param.kind === 'option') return '';
    // Optional settings (a confidence, a horizon) keep their defaults.
    if (param.optional) return '';
    return 1000;
  });
}

/** The functions timed here: those whose first argument is a range of counts or amounts. */
export const benchedFunctions = (): Kpi[] => customFunctions().filter((e) => e.family !== 'cohorts' && e.family !== 'clv' && !e.params.some((p) => p.kind === 'dates') && e.params[0].kind !== 'fraction');

export async function benchCustomFunctions(): Promise<string> {
  const lines = [
    '## Custom functions on Sheets-shaped ranges',
    '',
    'Time of one call with the first argument a one-column range of n cells (numbers, 5% blanks, 1% numbers typed as text), divided by the time of a plain loop summing a Float64Array of n numbers in the same run. Median of 5 runs (3 at 10^6).',
    '',
    `| function | ${SIZES.map((n) => `ratio at ${n.toExponential(0).replace('e+', 'e')}`).join(' | ')} | ms at 1e6 | × the 2-D walk at 1e6 | growth 1e5→1e6 |`,
    `|---|${SIZES.map(() => '---:').join('|')}|---:|---:|---:|`,
  ];
  const baselines = SIZES.map((n) => baselineMs(n, n === 1_000_000 ? 5 : 9));
  // The floor the input's shape sets: a bare loop over the same million one-cell rows, adding the cells that are numbers.
  const column = sheetColumn(1_000_000, 'money');
  const walkMs = medianMs(() => {
    let total = 0;
    for (let r = 0; r < column.length; r++) {
      const cell = column[r][0];
      if (typeof cell === 'number') total += cell;
    }
    keep(total);
  }, 5);
  // The functions on counts and amounts; the raw-rows and model functions have their own sections, and SAMPLE_SIZE reads one rate, not a range.
  for (const entry of benchedFunctions()) {
    const ms = SIZES.map((n) => {
      const args = argumentsFor(entry, n);
      keep(call(entry.id, ...args));
      return medianMs(() => keep(call(entry.id, ...args)), n === 1_000_000 ? 3 : 5);
    });
    lines.push(`| ${entry.id} | ${ms.map((t, i) => fmt(t / baselines[i])).join(' | ')} | ${fmt(ms[2], 2)} | ${fmt(ms[2] / walkMs)} | ${fmt(ms[2] / ms[1], 2)}× |`);
  }
  lines.push(
    '',
    `Baseline (Float64Array sum) ms: ${baselines.map((b) => fmt(b, 3)).join(', ')}. The 2-D walk (a bare loop over 10^6 one-cell rows as Sheets passes them, adding the numbers): ${fmt(walkMs, 2)} ms, ${fmt(walkMs / baselines[2])}× the Float64Array sum: most of the distance to the Float64Array baseline is the input's shape, not the reading.`,
  );
  return lines.join('\n');
}

export async function benchArtifact(): Promise<string> {
  const path = new URL('../dist/Code.js', import.meta.url);
  const code = readFileSync(path, 'utf8');
  const bytes = statSync(path).size;
  const loadMs = medianMs(() => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
  }, 9);
  const emptyMs = medianMs(() => vm.runInContext('', vm.createContext({})), 9);
  // The packed tables (header words, definitions): expanded once per execution that needs them, against parsing their JSON.
  const tables = ['roles', 'definitions'].map((name) => fileURLToPath(new URL(`../src/summary/${name}.data.ts`, import.meta.url)));
  const packed = await Promise.all(tables.map(packTable));
  const json = tables.map((_, i) => zlib.gunzipSync(Buffer.from(packed[i], 'base64')).toString('utf8'));
  // The bundle's own expansion, through the fake's Utilities; a new object each time gets past its cache.
  const globals = globalThis as { Utilities?: unknown };
  globals.Utilities = FakeUtilities;
  const expandMs = medianMs(() => packed.forEach((base64) => unpacked({ packed: base64 })), 9);
  delete globals.Utilities;
  const parseMs = medianMs(() => json.forEach((text) => JSON.parse(text)), 9);
  const packedBytes = packed.reduce((sum, text) => sum + text.length, 0);
  const jsonBytes = json.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  return [
    '## The artifact',
    '',
    `- dist/Code.js: ${bytes.toLocaleString('en-US')} bytes (${fmt(bytes / 1024)} KB of a 300 KB budget).`,
    `- Load into a fresh vm context: ${fmt(loadMs, 2)} ms median of 9, ${fmt(loadMs / emptyMs)}× an empty context's ${fmt(emptyMs, 2)} ms.`,
    `- Packed tables (header words, definitions): ${packedBytes.toLocaleString('en-US')} bytes of base 64 for ${jsonBytes.toLocaleString('en-US')} bytes of JSON (${fmt(jsonBytes / packedBytes)}×); expanding both through the fake's Utilities takes ${fmt(expandMs, 2)} ms median of 9, ${fmt(expandMs / parseMs)}× parsing their JSON (${fmt(parseMs, 2)} ms). In Sheets the expansion is a Utilities call, once per execution that builds a summary or opens the sidebar.`,
  ].join('\n');
}
