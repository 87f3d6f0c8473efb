/**
 * `kpi-sheets summary INPUT --out OUTPUT.xlsx [...]`: the summary builder on an .xlsx or .csv, with the
 * fake spreadsheet and a real formula engine. From an .xlsx the output is the user's package with the
 * summary added (xlsx-package.ts); from a .csv, a new workbook. The output is never the input, and is
 * written to a temporary file renamed into place.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { customFunctions, kpiById } from '../kpi/catalog';
import { LANGUAGES, type Language } from '../kpi/types';
import { PERIODS, type Period } from '../kpi/periods';
import { run } from '../server/custom-functions';
import { buildSummary, readRange } from '../server/summary';
import { qualifiedA1 } from '../summary/a1';
import { proposeKpis } from '../summary/bindings';
import { describeRange } from '../summary/facts';
import { computeProblem } from '../summary/snapshot';
import type { SummaryMode } from '../summary/plan';
import { addSheetToXlsx, PackageError } from './xlsx-package';
import { loadCsvText, loadXlsx, toXlsxBuffer } from './xlsx';
import { megabytes, ZIP_BOUNDS } from './zip';

const USAGE = `usage: kpi-sheets summary INPUT.xlsx|INPUT.csv --out OUTPUT.xlsx [--kpis CAC,NPS,…] [--mode portable|live|values] [--period none|day|week|month|quarter|year] [--lang en|fa|ar|ru] [--target CAC=25000 …] [--locale en_US] [--time-zone UTC]`;

/** A failure the command line reports in one line, without a stack. */
export class UsageError extends Error {}

interface Options {
  input: string;
  out: string;
  kpis?: string[];
  mode: SummaryMode;
  period: Period | 'none';
  language: Language;
  targets: Record<string, number | [number, number]>;
  locale: string;
  timeZone: string;
}

function parse(argv: readonly string[]): Options {
  const [command, input, ...rest] = argv;
  if (command !== 'summary' || !input) throw new UsageError(USAGE);
  const options: Options = { input, out: '', mode: 'portable', period: 'none', language: 'en', targets: {}, locale: 'en_US', timeZone: 'UTC' };
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (value === undefined) throw new UsageError(`kpi-sheets: ${flag} needs a value\n${USAGE}`);
    if (flag === '--out') options.out = value;
    else if (flag === '--kpis') options.kpis = value.split(',').map((id) => id.trim().toUpperCase()).filter(Boolean);
    else if (flag === '--mode') {
      if (!['portable', 'live', 'values'].includes(value)) throw new UsageError(`kpi-sheets: --mode is "${value}", expected portable, live or values`);
      options.mode = value as SummaryMode;
    } else if (flag === '--period') {
      if (value !== 'none' && !PERIODS.includes(value as Period)) throw new UsageError(`kpi-sheets: --period is "${value}", expected none, ${PERIODS.join(', ')}`);
      options.period = value as Period | 'none';
    } else if (flag === '--lang') {
      if (!LANGUAGES.includes(value as Language)) throw new UsageError(`kpi-sheets: --lang is "${value}", expected ${LANGUAGES.join(', ')}`);
      options.language = value as Language;
    } else if (flag === '--target') {
      const match = /^(\w+)=(-?[\d.]+)(?:\.\.(-?[\d.]+))?$/.exec(value);
      if (!match) throw new UsageError(`kpi-sheets: --target is "${value}", expected ID=number or ID=low..high`);
      options.targets[match[1].toUpperCase()] = match[3] === undefined ? Number(match[2]) : [Number(match[2]), Number(match[3])];
    } else if (flag === '--locale') options.locale = value;
    else if (flag === '--time-zone') options.timeZone = value;
    else throw new UsageError(`kpi-sheets: unknown option ${flag}\n${USAGE}`);
  }
  if (!options.out) throw new UsageError(`kpi-sheets: --out OUTPUT.xlsx is required\n${USAGE}`);
  return options;
}

/** Whether two paths name one file: the same path, a symlink to it, or a hard link (same device and inode). */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Refuses an output that is the input or that cannot be written where it is asked for, before any work. */
function checkOutput(input: string, out: string): void {
  if (sameFile(input, out)) throw new UsageError(`kpi-sheets: --out ${out} is the input file; choose another name`);
  const folder = dirname(resolve(out));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`kpi-sheets: cannot write ${out}: folder ${folder} does not exist`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`kpi-sheets: cannot write ${out}: it is a folder`);
}

/** Writes `bytes` to a temporary file beside `path`, then renames it into place; the temporary file is removed on failure. */
export async function writeFileAtomically(path: string, bytes: Buffer): Promise<void> {
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'no space left on the device' : (error as Error).message;
    throw new UsageError(`kpi-sheets: cannot write ${path}: ${reason}`);
  }
}

/** Runs the command; returns the lines it prints. */
export async function main(argv: readonly string[], now = new Date()): Promise<string[]> {
  const options = parse(argv);
  if (!existsSync(options.input)) throw new UsageError(`kpi-sheets: cannot read ${options.input}: no such file`);
  checkOutput(options.input, options.out);
  const size = statSync(options.input).size;
  if (size > ZIP_BOUNDS.totalBytes) throw new UsageError(`kpi-sheets: cannot read ${options.input}: it is ${megabytes(size)}, over the bound of ${megabytes(ZIP_BOUNDS.totalBytes)}`);
  const isCsv = extname(options.input).toLowerCase() === '.csv';
  const stem = basename(options.input, extname(options.input));
  const fakeOptions = { locale: options.locale, timeZone: options.timeZone, name: stem };
  let bytes: Buffer;
  let fake;
  try {
    bytes = await readFile(options.input);
    fake = isCsv ? loadCsvText(bytes.toString('utf8'), { ...fakeOptions, sheetName: stem }) : await loadXlsx(bytes, fakeOptions);
  } catch (error) {
    throw new UsageError(`kpi-sheets: cannot read ${options.input}: ${(error as Error).message}`);
  }
  const namesBefore = new Set(fake.spreadsheet.getNamedRanges().map((named) => named.getName().toLowerCase()));
  fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
  // Every sheet's used range is selected.
  const ranges = fake.spreadsheet
    .getSheets()
    .filter((sheet) => sheet.getLastRow() > 0)
    .map((sheet) => qualifiedA1(sheet.getName(), { row: 1, column: 1, numRows: sheet.getLastRow(), numColumns: sheet.getLastColumn() }));
  const inputs = ranges.map((a1) => readRange(fake.spreadsheet.getRange(a1)));
  const facts = inputs.map((input) => describeRange(input, options.locale, {}, options.timeZone));
  const check = { locale: options.locale, timeZone: options.timeZone };
  const proposals = proposeKpis(facts, options.language, (entry) => computeProblem(entry, facts, inputs.map((input) => input.values), check));
  // Without --kpis: every KPI the columns feed, but for those that cannot be computed on this data (each said why).
  const leftOut = options.kpis ? [] : proposals.filter((p) => p.available && p.problem);
  const chosen = options.kpis ?? proposals.filter((p) => p.available && !p.problem).map((p) => p.id);
  for (const id of chosen) {
    const proposal = proposals.find((p) => p.id === id);
    if (!kpiById(id)) throw new UsageError(`kpi-sheets: unknown KPI id ${id}`);
    if (!proposal) throw new UsageError(`kpi-sheets: ${id} cannot be written in a summary (it is a table function; type it in a cell)`);
    if (!proposal.available) throw new UsageError(`kpi-sheets: ${id} ${proposal.needs} in ${options.input}`);
  }
  if (chosen.length === 0) throw new UsageError(`kpi-sheets: no KPI can be computed from ${options.input}: give its columns headers such as Cost, Leads or Revenue`);
  // Other programs do not have our functions: a live summary is saved as values.
  const mode = options.mode === 'live' ? 'values' : options.mode;
  const result = buildSummary(fake, { ranges, kpis: chosen, mode, period: options.period, language: options.language, targets: options.targets }, now, { program: 'file' });
  // An .xlsx keeps every part of the user's package; only the summary sheet and its names are added.
  let output: Buffer;
  if (isCsv) output = await toXlsxBuffer(fake);
  else {
    const namedRanges = fake.exportModel({ sheet: result.sheetName }).namedRanges.filter((named) => !namesBefore.has(named.name.toLowerCase()));
    try {
      output = await addSheetToXlsx(bytes, fake, { sheetName: result.sheetName, namedRanges });
    } catch (error) {
      if (error instanceof PackageError) throw new UsageError(`kpi-sheets: cannot add the summary to ${options.input}: ${error.message}`);
      throw error;
    }
  }
  await writeFileAtomically(options.out, output);
  const lines = [`${options.out}: "${result.sheetName}" with ${result.kpis.length} KPIs (${mode}) from ${ranges.join(', ')}`];
  if (options.mode === 'live') lines.push('note: live formulas need the add-on, so the live summary was saved as values');
  for (const note of result.notes) lines.push(`note: ${note}`);
  for (const proposal of leftOut) lines.push(`note: ${proposal.id} is left out: ${proposal.problem}`);
  return lines;
}
