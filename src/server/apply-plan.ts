/**
 * The one adapter that writes a summary plan into a spreadsheet, in a fixed number of batched calls (plus one per named
 * range and chart). It changes only what the summary's record says the summary owns.
 */
import type { SummaryPlan } from '../summary/plan';
import type { ChartsApi, PropertiesServiceApi, Sheet, Spreadsheet, SpreadsheetAppApi } from './apps-script-api';
import { writeRecord, type SummaryRecord } from './summary-record';

export interface Services {
  readonly SpreadsheetApp: SpreadsheetAppApi;
  readonly PropertiesService: PropertiesServiceApi;
  readonly Charts: Pick<ChartsApi, 'ChartType' | 'ChartMergeStrategy'>;
}

/** Where a plan goes: an owned summary sheet with its record, or a sheet to create under `name`. */
export interface SummaryTarget {
  readonly sheet: Sheet | null;
  readonly name: string;
  readonly record: SummaryRecord;
}

/** Whether cell (row, column), 0-based, lies in the block a record says the summary wrote (an older summary: the whole sheet). */
const inBlock = (record: SummaryRecord, row: number, column: number): boolean => (record.rows === 0 && record.columns === 0) || (row < record.rows && column < record.columns);

/** The cells of the sheet the user typed: non-blank cells outside the summary's block, as [row, column] 0-based. */
export function userCells(sheet: Sheet, record: SummaryRecord): [number, number][] {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const cells: [number, number][] = [];
  values.forEach((line, r) =>
    line.forEach((value, c) => {
      if ((value !== '' || formulas[r][c] !== '') && !inBlock(record, r, c)) cells.push([r, c]);
    }),
  );
  return cells;
}

/** Whether a block of rows × columns at A1 would cover any of these cells. */
export const covers = (rows: number, columns: number, cells: readonly [number, number][]): boolean => cells.some(([r, c]) => r < rows && c < columns);

/** Clears what the summary wrote before: its block (or, for an older summary, the whole sheet), its charts and its rules. */
function clearOwn(sheet: Sheet, record: SummaryRecord): void {
  const whole = record.rows === 0 && record.columns === 0;
  if (whole) sheet.clear();
  else sheet.getRange(1, 1, record.rows, record.columns).clear();
  for (const chart of sheet.getCharts()) if (record.charts === null || record.charts.includes(chart.getChartId() ?? -1)) sheet.removeChart(chart);
}

/** Our named ranges: the ones no longer wanted go (when they still exist), the wanted ones are set. Returns the names now owned. */
function applyNames(spreadsheet: Spreadsheet, plan: SummaryPlan, record: SummaryRecord, existingNames: readonly string[]): string[] {
  const wanted = new Set(plan.namedRanges.map((named) => named.name.toLowerCase()));
  const existing = new Set(existingNames.map((name) => name.toLowerCase()));
  for (const name of record.names) if (!wanted.has(name.toLowerCase()) && existing.has(name.toLowerCase())) spreadsheet.removeNamedRange(name);
  for (const named of plan.namedRanges) spreadsheet.setNamedRange(named.name, spreadsheet.getRange(named.a1));
  return plan.namedRanges.map((named) => named.name);
}

/** The status colours: the user's rules on the sheet stay, ours (inside our old block) are replaced. */
function applyStatusRule(services: Services, sheet: Sheet, plan: SummaryPlan, record: SummaryRecord): void {
  const kept = sheet.getConditionalFormatRules().filter((rule) => !rule.getRanges().every((range) => inBlock(record, range.getRow() - 1, range.getColumn() - 1) && inBlock(record, range.getLastRow() - 1, range.getLastColumn() - 1)));
  const rules = [...kept];
  if (plan.statusRule) {
    const statusCells = [sheet.getRange(plan.statusRule.a1)];
    const rule = (text: string, colour: string) => services.SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(text).setBackground(colour).setRanges(statusCells).build();
    rules.push(rule(plan.statusRule.onTrack, '#d9ead3'), rule(plan.statusRule.offTrack, '#f4cccc'), rule(plan.statusRule.tooClose, '#fff2cc'));
  }
  sheet.setConditionalFormatRules(rules);
}

/** Inserts the plan's charts; returns their ids. */
function applyCharts(services: Services, sheet: Sheet, plan: SummaryPlan): number[] {
  const ids: number[] = [];
  for (const chart of plan.charts) {
    const { ChartType, ChartMergeStrategy } = services.Charts;
    let builder = sheet
      .newChart()
      .setChartType(chart.type === 'bar' ? ChartType.BAR : ChartType.LINE)
      .setMergeStrategy(chart.mergeRows ? ChartMergeStrategy.MERGE_ROWS : ChartMergeStrategy.MERGE_COLUMNS)
      .setTransposeRowsAndColumns(chart.transpose)
      .setNumHeaders(chart.numHeaders);
    for (const rect of chart.ranges) builder = builder.addRange(sheet.getRange(rect.row + 1, rect.column + 1, rect.numRows, rect.numColumns));
    const built = builder.setOption('title', chart.title).setPosition(chart.anchorRow, chart.anchorColumn, 0, 0).build();
    sheet.insertChart(built);
    const id = built.getChartId();
    if (id !== null) ids.push(id);
  }
  return ids;
}

/** Applies `plan` to its target: the summary's own block, names, rule and charts replaced; nothing else touched. Returns the sheet. */
/** `existingNames`: the spreadsheet's named ranges as the build read them (one read per build). */
export function applyPlan(services: Services, plan: SummaryPlan, target: SummaryTarget, existingNames: readonly string[]): Sheet {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = target.sheet ?? spreadsheet.insertSheet(target.name);
  if (target.sheet) clearOwn(sheet, target.record);
  const rows = plan.cells.length;
  const columns = plan.cells[0]?.length ?? 1;
  // Recorded before the names are set, so that a build cut short still knows every name it may have created.
  const pending = new Set([...target.record.names, ...plan.namedRanges.map((named) => named.name)]);
  writeRecord(sheet, { prefix: target.record.prefix, names: [...pending], rows, columns, charts: [] });
  const names = applyNames(spreadsheet, plan, target.record, existingNames);

  // A new sheet has 26 columns and 1,000 rows; many periods need more.
  const [maxColumns, maxRows] = [sheet.getMaxColumns(), sheet.getMaxRows()];
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const block = sheet.getRange(1, 1, rows, columns);
  block.setNumberFormats(plan.numberFormats);
  block.setValues(plan.cells);
  sheet.getRange(plan.frozen.rows - 1, 1, 2, columns).setFontWeight('bold');
  sheet.getRange(1, 1).setFontWeight('bold');
  for (const run of plan.widths) sheet.setColumnWidths(run.column, run.columns, run.width);
  for (const rect of plan.wrap) sheet.getRange(rect.row + 1, rect.column + 1, rect.numRows, rect.numColumns).setWrap(true);
  sheet.setFrozenRows(plan.frozen.rows);
  sheet.setFrozenColumns(plan.frozen.columns);
  sheet.setRightToLeft(plan.language === 'fa' || plan.language === 'ar');
  applyStatusRule(services, sheet, plan, target.record);
  const charts = applyCharts(services, sheet, plan);
  writeRecord(sheet, { prefix: target.record.prefix, names, rows, columns, charts });
  spreadsheet.setActiveSheet(sheet);
  return sheet;
}
