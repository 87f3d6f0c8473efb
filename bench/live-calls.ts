/** Custom-function calls of a live summary: each formula cell that calls one of our functions is one request to the Apps Script server in Sheets. */
import { customFunctions } from '../src/kpi/catalog';
import { loadXlsx } from '../src/local/xlsx';
import { run } from '../src/server/custom-functions';
import { buildSummary, readRange } from '../src/server/summary';
import { qualifiedA1 } from '../src/summary/a1';
import { proposeKpis } from '../src/summary/bindings';
import { describeRange } from '../src/summary/facts';
import { cellsCalling } from '../src/summary/portable';

/** A live, monthly summary of every KPI the sample workbook feeds: its custom-function calls and its KPI rows. */
async function liveSummaryCalls(): Promise<{ calls: number; rows: number; kpis: number }> {
  const fake = await loadXlsx(new URL('../examples/sample.xlsx', import.meta.url).pathname);
  const functions = customFunctions();
  fake.registerCustomFunctions(Object.fromEntries(functions.map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
  const locale = fake.spreadsheet.getSpreadsheetLocale();
  const ranges = fake.spreadsheet
    .getSheets()
    .filter((sheet) => sheet.getLastRow() > 0)
    .map((sheet) => qualifiedA1(sheet.getName(), { row: 1, column: 1, numRows: sheet.getLastRow(), numColumns: sheet.getLastColumn() }));
  const facts = ranges.map((a1) => describeRange(readRange(fake.spreadsheet.getRange(a1)), locale, {}, fake.spreadsheet.getSpreadsheetTimeZone()));
  const kpis = proposeKpis(facts, 'en').filter((p) => p.available).map((p) => p.id);
  const result = buildSummary(fake, { ranges, kpis, mode: 'live', period: 'month', language: 'en' }, new Date(Date.UTC(2026, 11, 1)));
  const sheet = fake.spreadsheet.getSheetByName(result.sheetName)!;
  const calls = cellsCalling(sheet.getDataRange().getFormulas(), new Set(functions.map((entry) => entry.id)));
  return { calls, rows: result.kpis.length, kpis: kpis.length };
}

/** Calls measured at commit fb5d94d, before live rows became one call each: one call per KPI per period. */
const BEFORE = { calls: 276, rows: 24, commit: 'fb5d94d' };

/** The BENCHMARKS.md section: custom-function calls of a live monthly summary of the sample workbook, before and now. */
export async function benchLiveCalls(): Promise<string> {
  const now = await liveSummaryCalls();
  return [
    '## Custom-function calls of a live summary (examples/sample.xlsx, every KPI, monthly)',
    '',
    'In Sheets every formula cell that calls a custom function is one request to the Apps Script server. Counted on the built sheet.',
    '',
    '| build | KPI rows | custom-function calls | calls per row |',
    '|---|---:|---:|---:|',
    `| before (${BEFORE.commit}: one call per KPI per period, tables mixed) | ${BEFORE.rows} | ${BEFORE.calls} | ${(BEFORE.calls / BEFORE.rows).toFixed(2)} |`,
    `| now (one KPI_BY_PERIOD call per row, one row per table) | ${now.rows} | ${now.calls} | ${(now.calls / now.rows).toFixed(2)} |`,
    '',
    `The ${now.kpis} KPIs the sample feeds now give ${now.rows} rows, one per table that feeds each; counts (LEADS, MQL, …) are native SUM and SUMIFS, no call.`,
  ].join('\n');
}
