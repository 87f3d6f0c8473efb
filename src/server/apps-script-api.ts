/**
 * The part of the Apps Script API that the add-on uses, derived from `@types/google-apps-script`.
 *
 * Methods that return plain data (strings, numbers, 2-D arrays) are picked from the real types
 * unchanged. Methods that return another API object are re-declared with the same parameters but
 * returning the subset type, so that both the real services and the local fake
 * (src/local/fake/) satisfy these types: the real ones because they return supersets, the fake
 * because tsc checks each fake class with `implements`.
 *
 * Server code should type its parameters with these types (never with the full
 * `GoogleAppsScript.*` types), so that whatever it uses is implemented by the fake.
 */

type Integer = GoogleAppsScript.Integer;
type RealRange = GoogleAppsScript.Spreadsheet.Range;
type RealSheet = GoogleAppsScript.Spreadsheet.Sheet;
type RealSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type RealFontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

export interface Range
  extends Pick<
    RealRange,
    | 'getA1Notation'
    | 'getRow'
    | 'getColumn'
    | 'getLastRow'
    | 'getLastColumn'
    | 'getNumRows'
    | 'getNumColumns'
    | 'getValues'
    | 'getDisplayValues'
    | 'getFormulas'
    | 'getNumberFormats'
  > {
  getSheet(): Sheet;
  setValues(values: Parameters<RealRange['setValues']>[0]): Range;
  setValue(value: Parameters<RealRange['setValue']>[0]): Range;
  setFormulas(formulas: Parameters<RealRange['setFormulas']>[0]): Range;
  setFormula(formula: Parameters<RealRange['setFormula']>[0]): Range;
  setNumberFormats(numberFormats: Parameters<RealRange['setNumberFormats']>[0]): Range;
  setNumberFormat(numberFormat: Parameters<RealRange['setNumberFormat']>[0]): Range;
  setFontWeight(fontWeight: RealFontWeight | null): Range;
  setFontWeights(fontWeights: Array<Array<RealFontWeight | null>>): Range;
  setBackground(color: string | null): Range;
  setHorizontalAlignment(alignment: Parameters<RealRange['setHorizontalAlignment']>[0]): Range;
  setWrap(isWrapEnabled: boolean): Range;
  clear(): Range;
  clearContent(): Range;
}

export interface RangeList {
  getRanges(): Range[];
}

export interface NamedRange extends Pick<GoogleAppsScript.Spreadsheet.NamedRange, 'getName' | 'remove'> {
  getRange(): Range;
}

export interface DeveloperMetadata extends Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadata, 'getKey' | 'getValue' | 'remove'> {
  setValue(value: string): DeveloperMetadata;
}

export interface ConditionalFormatRule {
  getRanges(): Range[];
}

export interface ConditionalFormatRuleBuilder {
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder;
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder;
  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilder;
  setBackground(color: string | null): ConditionalFormatRuleBuilder;
  setFontColor(color: string | null): ConditionalFormatRuleBuilder;
  setBold(bold: boolean | null): ConditionalFormatRuleBuilder;
  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder;
  build(): ConditionalFormatRule;
}

export type ChartType = GoogleAppsScript.Charts.ChartType;
export type ChartMergeStrategy = GoogleAppsScript.Charts.ChartMergeStrategy;

/** A chart's options, of which the add-on reads one at a time (the title). */
export type ChartOptions = Pick<GoogleAppsScript.Charts.ChartOptions, 'get'>;

export interface EmbeddedChart extends Pick<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId' | 'getNumHeaders' | 'getTransposeRowsAndColumns'> {
  getRanges(): Range[];
  getMergeStrategy(): ChartMergeStrategy;
  getOptions(): ChartOptions;
}

export interface EmbeddedChartBuilder {
  setChartType(type: ChartType): EmbeddedChartBuilder;
  addRange(range: Range): EmbeddedChartBuilder;
  setPosition(anchorRowPos: Integer, anchorColPos: Integer, offsetX: Integer, offsetY: Integer): EmbeddedChartBuilder;
  setOption(option: string, value: unknown): EmbeddedChartBuilder;
  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilder;
  setMergeStrategy(mergeStrategy: ChartMergeStrategy): EmbeddedChartBuilder;
  setNumHeaders(headers: Integer): EmbeddedChartBuilder;
  build(): EmbeddedChart;
}

export interface Sheet
  extends Pick<
    RealSheet,
    | 'getName'
    | 'getSheetId'
    | 'getIndex'
    | 'getLastRow'
    | 'getLastColumn'
    | 'getMaxRows'
    | 'getMaxColumns'
    | 'clearConditionalFormatRules'
    | 'setFrozenRows'
    | 'setFrozenColumns'
    | 'isSheetHidden'
  > {
  setName(name: string): Sheet;
  getParent(): Spreadsheet;
  activate(): Sheet;
  getRange(row: Integer, column: Integer, numRows?: Integer, numColumns?: Integer): Range;
  getRange(a1Notation: string): Range;
  getDataRange(): Range;
  clear(): Sheet;
  getConditionalFormatRules(): ConditionalFormatRule[];
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void;
  newChart(): EmbeddedChartBuilder;
  insertChart(chart: EmbeddedChart): void;
  getCharts(): EmbeddedChart[];
  removeChart(chart: EmbeddedChart): void;
  addDeveloperMetadata(key: string, value?: string): Sheet;
  getDeveloperMetadata(): DeveloperMetadata[];
  setColumnWidth(columnPosition: Integer, width: Integer): Sheet;
  setColumnWidths(startColumn: Integer, numColumns: Integer, width: Integer): Sheet;
  autoResizeColumns(startColumn: Integer, numColumns: Integer): Sheet;
  setRightToLeft(rightToLeft: boolean): Sheet;
  insertColumnsAfter(afterPosition: Integer, howMany: Integer): Sheet;
  insertRowsAfter(afterPosition: Integer, howMany: Integer): Sheet;
}

export interface Spreadsheet
  extends Pick<
    RealSpreadsheet,
    'getId' | 'getName' | 'removeNamedRange' | 'getSpreadsheetLocale' | 'getSpreadsheetTimeZone' | 'getUrl'
  > {
  getSheets(): Sheet[];
  getSheetByName(name: string): Sheet | null;
  insertSheet(sheetName?: string, sheetIndex?: Integer): Sheet;
  deleteSheet(sheet: Sheet): void;
  getActiveSheet(): Sheet;
  setActiveSheet(sheet: Sheet): Sheet;
  getActiveRange(): Range | null;
  getActiveRangeList(): RangeList | null;
  getRange(a1Notation: string): Range;
  getRangeByName(name: string): Range | null;
  setNamedRange(name: string, range: Range): void;
  getNamedRanges(): NamedRange[];
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void;
  addDeveloperMetadata(key: string, value?: string): Spreadsheet;
  getDeveloperMetadata(): DeveloperMetadata[];
}

export type Menu = Pick<GoogleAppsScript.Base.Menu, 'addToUi'> & {
  addItem(caption: string, functionName: string): Menu;
  addSeparator(): Menu;
  addSubMenu(menu: Menu): Menu;
};

export type HtmlOutput = Pick<GoogleAppsScript.HTML.HtmlOutput, 'getContent'> & {
  setTitle(title: string): HtmlOutput;
};

export interface UiApi extends Pick<GoogleAppsScript.Base.Ui, 'Button' | 'ButtonSet' | 'alert'> {
  createAddonMenu(): Menu;
  createMenu(caption: string): Menu;
  showSidebar(userInterface: HtmlOutput): void;
}

export interface SpreadsheetAppApi extends Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'flush'> {
  getActiveSpreadsheet(): Spreadsheet;
  getActive(): Spreadsheet;
  getUi(): UiApi;
  newConditionalFormatRule(): ConditionalFormatRuleBuilder;
}

export type Properties = Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'getProperties'> & {
  setProperty(key: string, value: string): Properties;
  setProperties(properties: { [key: string]: string }): Properties;
  deleteProperty(key: string): Properties;
};

export interface PropertiesServiceApi {
  getDocumentProperties(): Properties;
  getUserProperties(): Properties;
}

export type SessionApi = Pick<GoogleAppsScript.Base.Session, 'getActiveUserLocale'>;

export interface HtmlServiceApi {
  createHtmlOutputFromFile(filename: string): HtmlOutput;
  createHtmlOutput(html?: string): HtmlOutput;
}

/** `Charts.ChartType` and `Charts.ChartMergeStrategy`, the parts of the Charts service the add-on uses. */
export interface ChartsApi {
  ChartType: typeof GoogleAppsScript.Charts.ChartType;
  ChartMergeStrategy: typeof GoogleAppsScript.Charts.ChartMergeStrategy;
}

/** The globals a server entry point may touch, as one record (for `node:vm` contexts and tests). */
/** A Blob: bytes with a content type. */
export interface Blob {
  getBytes(): number[];
  getContentType(): string | null;
  getDataAsString(): string;
  getDataAsString(charset: string): string;
}

/** Utilities: what the add-on calls (packed tables, waiting while custom functions compute). */
export interface UtilitiesApi {
  base64Decode(encoded: string): number[];
  newBlob(data: number[], contentType: string): Blob;
  ungzip(blob: GoogleAppsScript.Base.BlobSource): Blob;
  sleep(milliseconds: number): void;
}

export interface AppsScriptGlobals {
  SpreadsheetApp: SpreadsheetAppApi;
  PropertiesService: PropertiesServiceApi;
  Session: SessionApi;
  HtmlService: HtmlServiceApi;
  Charts: ChartsApi;
  Utilities: UtilitiesApi;
}
