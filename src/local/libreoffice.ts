/**
 * LibreOffice headless as a second spreadsheet engine for tests.
 *
 * `recalculate` converts .xlsx files to .xlsx in one soffice process per call, with a fresh user
 * profile that forces every formula to be recalculated on load (cached results are ignored);
 * `readValues` reads the computed values back with ExcelJS.
 *
 * Caveats (LibreOffice 7.4): numbers are written with 15 significant digits (1/3 → 0.333333333333333);
 * functions newer than Excel 2007 need their `_xlfn.` prefix in the file (`_xlfn.IFS`, `_xlfn.MAXIFS`),
 * else #NAME?; XLOOKUP and Sheets-only functions (DIVIDE, ARRAYFORMULA) are #NAME?/#VALUE!.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

/** A computed cell value: blanks are null, errors their string ('#DIV/0!'), dates their serial number. */
export type CellResult = number | string | boolean | null;

/** Every sheet's values by sheet name, each a rectangular grid from A1. */
export type WorkbookValues = Record<string, CellResult[][]>;

export interface RecalculateOptions {
  /** Where the recalculated files go (created if missing); default: a new temp directory. */
  outDir?: string;
  /** Kill soffice after this long; default 120 000 ms. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const XLSX_FILTER = 'xlsx:Calc MS Excel 2007 XML';
const MS_PER_DAY = 86_400_000;

/** Registry settings: recalculate OOXML and ODF files on load, always (0); en-US locale, so "1/10/2024" in a criterion is January 10 whatever $LANG says. */
const RECALC_ON_LOAD_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

/** Whether `path` is an executable file. */
function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The soffice binary: $SOFFICE, soffice/libreoffice on PATH, then the Debian locations; null if none. */
export function findSoffice(): string | null {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['soffice', 'libreoffice']) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  for (const candidate of ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice']) {
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/** Runs `command args` in its own process group with `env`; kills the whole group after `timeoutMs`. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', () => undefined);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stderr, timedOut });
    });
  });
}

/**
 * Recalculates each input .xlsx in LibreOffice (one soffice process for the batch) and returns the
 * paths of the recalculated .xlsx files, in input order. Throws if soffice is missing, times out,
 * or does not write every output.
 */
export async function recalculate(inputs: string[], options: RecalculateOptions = {}): Promise<string[]> {
  if (inputs.length === 0) return [];
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) not found: set SOFFICE or install libreoffice-calc');
  const sources = inputs.map((input) => resolve(input));
  for (const source of sources) if (!existsSync(source)) throw new Error(`recalculate: input not found: ${source}`);

  const names = sources.map((source) => `${basename(source, extname(source))}.xlsx`);
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) throw new Error(`recalculate: two inputs would both be written to ${name}; rename one`);
    if (options.outDir && join(resolve(options.outDir), name) === sources[i]) throw new Error(`recalculate: output would overwrite its input ${sources[i]}; pass another outDir`);
  });
  const ownOutDir = options.outDir === undefined;
  const outDir = resolve(options.outDir ?? (await mkdtemp(join(tmpdir(), 'lo-recalc-out-'))));
  const outputs = names.map((name) => join(outDir, name));
  await mkdir(outDir, { recursive: true });
  await Promise.all(outputs.map((output) => rm(output, { force: true })));

  const work = await mkdtemp(join(tmpdir(), 'lo-recalc-'));
  try {
    const profile = join(work, 'profile');
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ON_LOAD_XCU);
    const home = join(work, 'home');
    await mkdir(home);

    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--convert-to',
      XLSX_FILTER,
      '--outdir',
      outDir,
      ...sources,
    ];
    const env = { ...process.env, HOME: home, TMPDIR: work };
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const { code, stderr, timedOut } = await run(soffice, args, env, timeoutMs);
    if (timedOut) throw new Error(`soffice timed out after ${timeoutMs} ms converting ${sources.length} file(s); stderr: ${stderr.trim()}`);
    const missing = outputs.filter((output) => !existsSync(output));
    if (missing.length > 0) {
      throw new Error(`soffice (exit ${code}) did not write ${missing.join(', ')}; stderr: ${stderr.trim() || '(empty)'}`);
    }
    return outputs;
  } catch (error) {
    if (ownOutDir) await rm(outDir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A Date as the workbook's serial day number (1900 or 1904 system). */
function dateToSerial(date: Date, date1904: boolean): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (date.getTime() - epoch) / MS_PER_DAY;
}

/** One ExcelJS value (not a formula) as a plain computed value. */
function toResult(value: ExcelJS.CellValue, date1904: boolean): CellResult {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : toResult(value.text, date1904);
  return null;
}

/**
 * A cell's computed value. Formula results are read from `cell.result`, because ExcelJS's
 * `cell.value` drops falsy results (0, false); a formula cell with no result at all is '' (LibreOffice
 * writes an empty-text result as `<v></v>`, which ExcelJS reads as no result).
 */
function cellResult(cell: ExcelJS.Cell, date1904: boolean): CellResult {
  if (cell.type !== ExcelJS.ValueType.Formula) return toResult(cell.value, date1904);
  const result = cell.result;
  return result === undefined ? '' : toResult(result, date1904);
}

/** Every sheet's computed values by sheet name, as a rectangular grid from A1 (formula cells give their result). */
export async function readValues(xlsxPath: string): Promise<WorkbookValues> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  const date1904 = Boolean(workbook.properties?.date1904);
  const values: WorkbookValues = {};
  workbook.eachSheet((sheet) => {
    const rows = sheet.rowCount;
    const columns = sheet.columnCount;
    const grid: CellResult[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: CellResult[] = [];
      for (let c = 1; c <= columns; c++) row.push(cellResult(sheet.getCell(r, c), date1904));
      grid.push(row);
    }
    values[sheet.name] = grid;
  });
  return values;
}

/** Recalculates the inputs in one LibreOffice batch and reads each one's values back. */
export async function recalculatedValues(inputs: string[]): Promise<WorkbookValues[]> {
  const outDir = await mkdtemp(join(tmpdir(), 'lo-values-'));
  try {
    const outputs = await recalculate(inputs, { outDir });
    return await Promise.all(outputs.map((output) => readValues(output)));
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
