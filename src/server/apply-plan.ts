/** The one adapter that writes a summary plan into a spreadsheet, in a fixed number of batched calls (plus one per named range and chart). */
import type { SummaryPlan } from '../summary/plan';
import type { PropertiesServiceApi, Sheet, Spreadsheet, SpreadsheetAppApi } from './apps-script-api';

/** The developer-metadata key that marks the sheet the builder owns. */
export const OWNER_KEY = 'kpi-sheets-summary';
/** Document properties: the names of our named ranges, and the last request for "Rebuild summary". */
export const NAMES_PROPERTY = 'kpiSheets.namedRanges';
export const REQUEST_PROPERTY = 'kpiSheets.lastRequest';

export interface Services {
  readonly SpreadsheetApp: SpreadsheetAppApi;
  readonly PropertiesService: PropertiesServiceApi;
  readonly Charts: { ChartType: { LINE: GoogleAppsScript.Charts.ChartType; BAR: GoogleAppsScript.Charts.ChartType } };
}

/** Our summary sheet: the sheet of that name when it carries our mark, else a new sheet under a free name. */
function ownSheet(spreadsheet: Spreadsheet, name: string): Sheet {
  for (let i = 1; i < 50; i++) {
    const candidate = i === 1 ? name : `${name} (${i})`;
    const sheet = spreadsheet.getSheetByName(candidate);
    if (!sheet) {
      const created = spreadsheet.insertSheet(candidate);
      created.addDeveloperMetadata(OWNER_KEY, 'true');
      return created;
    }
    if (sheet.getDeveloperMetadata().some((meta) => meta.getKey() === OWNER_KEY)) return sheet;
  }
  throw new Error(`No free sheet name for "${name}": rename or delete some of the sheets called "${name} (…)".`);
}

/** Applies `plan`: our sheet cleared and rewritten, our named ranges replaced, the user's sheets untouched. Returns the sheet's name and id. */
export function applyPlan(services: Services, plan: SummaryPlan): { name: string; id: number } {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const properties = services.PropertiesService.getDocumentProperties();
  const sheet = ownSheet(spreadsheet, plan.sheetName);
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);

  // Our named ranges from the last build go; the user's own names stay.
  const previous: string[] = JSON.parse(properties.getProperty(NAMES_PROPERTY) ?? '[]');
  const wanted = new Set(plan.namedRanges.map((named) => named.name));
  for (const name of previous) if (!wanted.has(name)) spreadsheet.removeNamedRange(name);
  for (const named of plan.namedRanges) spreadsheet.setNamedRange(named.name, spreadsheet.getRange(named.a1));

  const rows = plan.cells.length;
  const columns = plan.cells[0]?.length ?? 1;
  // A new sheet has 26 columns and 1,000 rows; many periods need more.
  const [maxColumns, maxRows] = [sheet.getMaxColumns(), sheet.getMaxRows()];
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const block = sheet.getRange(1, 1, rows, columns);
  block.setNumberFormats(plan.numberFormats);
  block.setValues(plan.cells);
  sheet.getRange(5, 1, 1, columns).setFontWeight('bold');
  sheet.getRange(1, 1).setFontWeight('bold');
  sheet.setFrozenRows(5);
  sheet.setRightToLeft(plan.language === 'fa' || plan.language === 'ar');

  if (plan.statusRule) {
    const statusCells = [sheet.getRange(plan.statusRule.a1)];
    const onTrack = services.SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(plan.statusRule.onTrack).setBackground('#d9ead3').setRanges(statusCells).build();
    const offTrack = services.SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(plan.statusRule.offTrack).setBackground('#f4cccc').setRanges(statusCells).build();
    sheet.setConditionalFormatRules([onTrack, offTrack]);
  }
  for (const chart of plan.charts) {
    let builder = sheet.newChart().setChartType(chart.type === 'bar' ? services.Charts.ChartType.BAR : services.Charts.ChartType.LINE);
    for (const rect of chart.ranges) builder = builder.addRange(sheet.getRange(rect.row + 1, rect.column + 1, rect.numRows, rect.numColumns));
    sheet.insertChart(builder.setOption('title', chart.title).setPosition(chart.anchorRow, chart.anchorColumn, 0, 0).build());
  }
  properties.setProperty(NAMES_PROPERTY, JSON.stringify([...wanted]));
  spreadsheet.setActiveSheet(sheet);
  return { name: sheet.getName(), id: sheet.getSheetId() };
}
