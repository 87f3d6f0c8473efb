/**
 * Help → Check the add-on, in the open spreadsheet: writes the scratch sheet (formulas that call the add-on's functions
 * through the sheet) and a test table, builds a summary of the table in live, portable and values modes, flushes, waits
 * until nothing is still calculating, reads everything back and judges it (scratch.ts, summary-checks.ts), then removes
 * all it created (restore.ts), also when a check fails or throws. The decisions are in those pure modules; this file
 * only carries values across the Apps Script boundary, in a fixed number of calls per sheet.
 */
import { localDay } from '../../cells/dates';
import { languageOf } from '../../cells/locale';
import type { Language } from '../../kpi/types';
import { quoteSheetName } from '../../summary/a1';
import type { SummaryMode, SummaryPlan } from '../../summary/plan';
import type { Services } from '../apply-plan';
import type { Range, Sheet, Spreadsheet } from '../apps-script-api';
import { buildSummary } from '../summary';
import { serialOfIso } from './compare';
import { phrase, type Text } from './labels';
import type { SelfTestCheck, SelfTestResult } from './report';
import { freeSheetName, markSheet, noteState, removeLeftovers, restoreState, stateDifferences, type StartState } from './restore';
import { areaOf, DATE_FORMAT, readExtent, scratchSheet, type ScratchSheet } from './scratch';
import { summaryChecks, unchangedCheck, type BuiltSummary, type CellsRead, type ChartRead } from './summary-checks';
import { TEST_TABLE_HEADERS, TEST_TABLE_ROWS, testTableRequest } from './test-table';

/** What the self-test needs from its host: the services, a clock, and (in Apps Script) a way to wait. */
export interface SelfTestHost {
  readonly services: Services;
  /** Milliseconds since 1970 (Date.now). */
  now(): number;
  /** Utilities.sleep; without it (the fake computes at once) the values are read once. */
  readonly sleep?: (milliseconds: number) => void;
  /** How long to wait for formulas to compute before judging what is there; default 4 minutes of Apps Script's 6. */
  readonly waitBudgetMs?: number;
}

const MODES: readonly SummaryMode[] = ['live', 'portable', 'values'];
const SCRATCH_SHEET = 'KPI self-test';
const TABLE_SHEET = 'KPI self-test table';
const POLL_MS = 1000;
const WAIT_BUDGET_MS = 240_000;

/** A formula cell still being calculated: Sheets shows "Loading…" (in the spreadsheet's language) and the value reads as #N/A. */
const LOADING = /^\s*(loading|загрузка|در حال بارگ|جار\S* التحميل)/i;

/** One read of a range to judge: values, displayed text, and the 0-based cells that hold formulas (the ones to wait for). */
interface Read {
  readonly values: unknown[][];
  readonly shown: string[][];
  readonly formulas: readonly (readonly [number, number])[];
}

const readOf = (range: Range, formulas: readonly (readonly [number, number])[]): Read => ({ values: range.getValues(), shown: range.getDisplayValues(), formulas });
const busy = (read: Read): boolean => read.formulas.some(([r, c]) => LOADING.test(read.shown[r]?.[c] ?? '') || read.values[r]?.[c] === '#N/A');

/** The 0-based cells of a grid to be written that hold formulas. */
const formulaCells = (cells: readonly (readonly unknown[])[]): [number, number][] =>
  cells.flatMap((line, r) => line.flatMap((cell, c): [number, number][] => (typeof cell === 'string' && cell.startsWith('=') ? [[r, c]] : [])));

/** A new sheet at the end, marked as the self-test's. */
function newSheet(spreadsheet: Spreadsheet, base: string, start: StartState): Sheet {
  const sheets = spreadsheet.getSheets();
  const sheet = spreadsheet.insertSheet(freeSheetName(base, sheets.map((s) => s.getName())), sheets.length);
  markSheet(sheet, start);
  return sheet;
}

/** Writes the scratch sheet in two calls. */
function writeScratch(sheet: Sheet, scratch: ScratchSheet): Range {
  const rows = scratch.cells.length;
  const columns = scratch.cells[0].length;
  const range = sheet.getRange(1, 1, rows, columns);
  range.setNumberFormats(scratch.formats);
  range.setValues(scratch.cells);
  const extent = readExtent(scratch);
  return sheet.getRange(1, 1, extent.numRows, extent.numColumns);
}

/** Writes the test table (header, then dates as serials formatted as dates); returns its range. */
function writeTestTable(sheet: Sheet): Range {
  const range = sheet.getRange(1, 1, TEST_TABLE_ROWS.length + 1, TEST_TABLE_HEADERS.length);
  range.setNumberFormats([TEST_TABLE_HEADERS.map(() => 'General'), ...TEST_TABLE_ROWS.map((row) => row.map((_, j) => (j === 0 ? DATE_FORMAT : 'General')))]);
  range.setValues([[...TEST_TABLE_HEADERS], ...TEST_TABLE_ROWS.map(([date, ...numbers]) => [serialOfIso(date), ...numbers])]);
  return range;
}

const cellsOf = (range: Range): CellsRead => ({ values: range.getValues(), formulas: range.getFormulas(), formats: range.getNumberFormats() });

/** The charts of a sheet as read back through the API. */
function chartsOf(sheet: Sheet): ChartRead[] {
  return sheet.getCharts().map((chart) => ({
    ranges: chart.getRanges().map((range) => range.getValues()),
    mergeStrategy: String(chart.getMergeStrategy()),
    transpose: chart.getTransposeRowsAndColumns(),
    numHeaders: chart.getNumHeaders(),
    title: chart.getOptions().get('title') as unknown,
  }));
}

/** The environment: locale and time zone, each with what the add-on makes of it. */
function environmentChecks(locale: string, timeZone: string): SelfTestCheck[] {
  let zoneRead = true;
  try {
    localDay(new Date(0), timeZone);
  } catch {
    zoneRead = false;
  }
  return [
    { group: 'environment', label: phrase('locale'), expected: phrase('knownLocale'), got: phrase('localeGot', locale, languageOf(locale)), pass: /^[a-z]{2,3}([_-][A-Za-z0-9]+)*$/.test(locale) },
    { group: 'environment', label: phrase('timeZone'), expected: phrase('knownZone'), got: timeZone, pass: zoneRead && timeZone !== '' },
  ];
}

/** The message of a thrown value (an Error of any realm, or anything else as text). */
const messageOf = (error: unknown): string => (typeof error === 'object' && error !== null && 'message' in error ? String((error as Error).message) : String(error));

/** A summary built in `mode` on the table at `a1`, with the plan it applied. */
function build(services: Services, a1: string, mode: SummaryMode, language: Language, now: Date): { mode: SummaryMode; plan: SummaryPlan; result: ReturnType<typeof buildSummary> } {
  let applied: SummaryPlan | null = null;
  const result = buildSummary(services, testTableRequest(a1, mode, language), now, { newSheet: true, onPlan: (plan) => (applied = plan) });
  return { mode, plan: applied!, result };
}

/** Runs every check (summaries built with labels in `language`) and cleans up; a failed or throwing check is a row of the result, never an exception. */
export function checkAddOn(host: SelfTestHost, language: Language): SelfTestResult {
  const started = host.now();
  const { services } = host;
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const properties = services.PropertiesService.getDocumentProperties();
  const checks: SelfTestCheck[] = [];
  try {
    const leftovers = removeLeftovers(spreadsheet, properties);
    if (leftovers.length > 0) checks.push({ group: 'cleanup', label: phrase('leftovers'), expected: phrase('noLeftovers'), got: leftovers.join(', '), pass: true });
  } catch (error) {
    checks.push({ group: 'cleanup', label: phrase('leftovers'), expected: phrase('noLeftovers'), got: messageOf(error), pass: false });
  }
  const start = noteState(spreadsheet, properties);
  let failure: string | null = null;
  let settled = true;
  // Where a throw happened, named as the code names it (the report's text, in any language).
  let step = 'getSpreadsheetLocale';
  try {
    const locale = spreadsheet.getSpreadsheetLocale();
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    checks.push(...environmentChecks(locale, timeZone));

    step = 'scratch sheet';
    const scratch = scratchSheet();
    const scratchRange = writeScratch(newSheet(spreadsheet, SCRATCH_SHEET, start), scratch);
    const tableSheet = newSheet(spreadsheet, TABLE_SHEET, start);
    const tableRange = writeTestTable(tableSheet);
    const tableBefore = cellsOf(tableRange);
    const a1 = `${quoteSheetName(tableSheet.getName())}!${tableRange.getA1Notation()}`;
    const builds = MODES.map((mode) => {
      step = `buildSummary(${mode})`;
      return build(services, a1, mode, language, new Date(host.now()));
    });
    step = 'flush and read back';
    services.SpreadsheetApp.flush();

    // Everything computes at once in Sheets (the custom functions are separate calls): wait for all, then read.
    const summaryRanges = builds.map(({ result, plan }) => {
      const sheet = spreadsheet.getSheets().find((candidate) => candidate.getSheetId() === result.sheetId)!;
      return { sheet, range: sheet.getRange(1, 1, plan.cells.length, plan.cells[0].length) };
    });
    const scratchFormulas = formulaCells(scratch.cells);
    const summaryFormulas = builds.map(({ plan }) => formulaCells(plan.cells));
    const readAll = (): Read[] => [readOf(scratchRange, scratchFormulas), ...summaryRanges.map(({ range }, i) => readOf(range, summaryFormulas[i]))];
    const deadline = started + (host.waitBudgetMs ?? WAIT_BUDGET_MS);
    let reads = readAll();
    while (reads.some(busy) && host.sleep && host.now() < deadline) {
      host.sleep(POLL_MS);
      reads = readAll();
    }
    settled = !reads.some(busy);

    step = 'checks';
    const [scratchRead, ...summaryReads] = reads;
    for (const check of scratch.checks) {
      const verdict = check.judge(areaOf(scratchRead.values, check.area), timeZone);
      checks.push({ group: check.group, label: check.label, expected: check.expected, got: verdict.got, pass: verdict.pass });
    }
    const summaries: BuiltSummary[] = builds.map(({ mode, plan, result }, i) => ({
      mode,
      plan,
      result,
      values: summaryReads[i].values,
      formulas: summaryRanges[i].range.getFormulas(),
      charts: chartsOf(summaryRanges[i].sheet),
    }));
    checks.push(...summaryChecks(summaries, timeZone), unchangedCheck(tableBefore, cellsOf(tableRange), timeZone));
  } catch (error) {
    failure = `${step}: ${messageOf(error)}`;
  } finally {
    let differences: string[];
    try {
      differences = [...restoreState(spreadsheet, properties, start), ...stateDifferences(start, noteState(spreadsheet, properties))];
    } catch (error) {
      differences = [messageOf(error)];
    }
    const seconds = ((host.now() - started) / 1000).toFixed(0);
    const noError = phrase('noError');
    const ran: Text = failure ?? (settled ? noError : phrase('stillLoading', seconds));
    checks.push({ group: 'cleanup', label: phrase('ranToEnd'), expected: noError, got: ran, pass: failure === null && settled });
    checks.push({ group: 'cleanup', label: phrase('removed'), expected: phrase('asFound'), got: differences.length === 0 ? phrase('asFound') : differences.join('; '), pass: differences.length === 0 });
  }
  return { language, checks, elapsedMs: host.now() - started };
}
