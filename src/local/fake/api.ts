/**
 * The fake Apps Script objects. Each class `implements` the subset type from
 * src/server/apps-script-api.ts, so tsc checks its signatures against the real API; each is a
 * thin facade over FakeWorkbook. Every public method is counted ('Class.method') by
 * `instrument` at the bottom of this file.
 */
import type * as Api from '../../server/apps-script-api';
import { formatA1, parseA1, resolveRange, type GridRect } from './a1';
import { MAX_PROPERTY_STORE_BYTES, MAX_PROPERTY_VALUE_BYTES, PROPERTY_STORE_FULL, PROPERTY_VALUE_TOO_LARGE, utf8Bytes } from './limits';
import type { ChartMergeStrategyName, ChartModel, FakeWorkbook, MenuItem, MetadataModel, RuleCondition, RuleFormat, RuleModel, SheetModel, SheetRect, WriteRecord } from './workbook';

type Integer = GoogleAppsScript.Integer;

// ------------------------------------------------------------------ helpers

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Object[]';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  return typeof value;
}

/** Checks a 2-D argument against the range size, with Apps Script's messages. */
function checkGrid(values: unknown, rect: GridRect, method: string): unknown[][] {
  if (!Array.isArray(values) || !values.every((row) => Array.isArray(row))) {
    throw new Error(`The parameters (${describeType(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  const grid = values as unknown[][];
  if (grid.length !== rect.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of grid) {
    if (row.length !== rect.numColumns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numColumns}.`,
      );
    }
  }
  return grid;
}

function fill<T>(rect: GridRect, value: T): T[][] {
  return Array.from({ length: rect.numRows }, () => Array.from({ length: rect.numColumns }, () => value));
}

function cellCount(rect: GridRect): number {
  return rect.numRows * rect.numColumns;
}

/** One facade per sheet model, so that `sheet === range.getSheet()` holds. */
const sheetFacades = new WeakMap<SheetModel, FakeSheet>();

export function sheetFacade(wb: FakeWorkbook, model: SheetModel): FakeSheet {
  let facade = sheetFacades.get(model);
  if (!facade) {
    facade = new FakeSheet(wb, model);
    sheetFacades.set(model, facade);
  }
  return facade;
}

function modelOfSheet(sheet: Api.Sheet): SheetModel {
  if (!(sheet instanceof FakeSheet)) throw new Error('This Sheet does not belong to the fake spreadsheet.');
  return sheet.model;
}

function sheetRectOf(range: Api.Range): SheetRect {
  if (!(range instanceof FakeRange)) throw new Error('This Range does not belong to the fake spreadsheet.');
  return { sheet: range.model, rect: { ...range.rect } };
}

// ------------------------------------------------------------------ Range

export class FakeRange implements Api.Range {
  constructor(
    readonly wb: FakeWorkbook,
    readonly model: SheetModel,
    readonly rect: GridRect,
    readonly shape: { wholeColumns?: boolean; wholeRows?: boolean } = {},
  ) {}

  private write(kind: WriteRecord['kind'], method: string, detail?: unknown): void {
    this.wb.recordWrite({ kind, method: `Range.${method}`, sheet: this.model.name, a1: formatA1(this.rect), cells: cellCount(this.rect), detail });
  }

  getA1Notation(): string {
    return formatA1(this.rect, this.shape);
  }
  getSheet(): Api.Sheet {
    return sheetFacade(this.wb, this.model);
  }
  getRow(): Integer {
    return this.rect.row;
  }
  getColumn(): Integer {
    return this.rect.column;
  }
  getLastRow(): Integer {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): Integer {
    return this.rect.column + this.rect.numColumns - 1;
  }
  getNumRows(): Integer {
    return this.rect.numRows;
  }
  getNumColumns(): Integer {
    return this.rect.numColumns;
  }
  getValues(): unknown[][] {
    return this.wb.readValues(this.model, this.rect);
  }
  getDisplayValues(): string[][] {
    return this.wb.readDisplayValues(this.model, this.rect);
  }
  getFormulas(): string[][] {
    return this.wb.readFormulas(this.model, this.rect);
  }
  getNumberFormats(): string[][] {
    return this.wb.readNumberFormats(this.model, this.rect);
  }
  setValues(values: unknown[][]): Api.Range {
    const grid = checkGrid(values, this.rect, 'setValues');
    this.wb.assertAlive(this.model);
    this.wb.writeValues(this.model, this.rect, grid);
    this.write('values', 'setValues');
    return this;
  }
  setValue(value: unknown): Api.Range {
    this.wb.assertAlive(this.model);
    this.wb.writeValues(this.model, this.rect, fill(this.rect, value));
    this.write('values', 'setValue');
    return this;
  }
  setFormulas(formulas: string[][]): Api.Range {
    const grid = checkGrid(formulas, this.rect, 'setFormulas');
    this.wb.assertAlive(this.model);
    this.wb.writeFormulas(this.model, this.rect, grid);
    this.write('formulas', 'setFormulas');
    return this;
  }
  setFormula(formula: string): Api.Range {
    this.wb.assertAlive(this.model);
    this.wb.fillFormula(this.model, this.rect, String(formula));
    this.write('formulas', 'setFormula', formula);
    return this;
  }
  setNumberFormats(numberFormats: string[][]): Api.Range {
    const grid = checkGrid(numberFormats, this.rect, 'setNumberFormats');
    this.wb.styleCells(this.model, this.rect, (i, j) => ({ numberFormat: String(grid[i][j]) }));
    this.write('formats', 'setNumberFormats');
    return this;
  }
  setNumberFormat(numberFormat: string): Api.Range {
    this.wb.styleCells(this.model, this.rect, () => ({ numberFormat: String(numberFormat) }));
    this.write('formats', 'setNumberFormat', numberFormat);
    return this;
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Api.Range {
    this.wb.styleCells(this.model, this.rect, () => ({ fontWeight: fontWeight ?? undefined }));
    this.write('formats', 'setFontWeight', fontWeight);
    return this;
  }
  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): Api.Range {
    const grid = checkGrid(fontWeights, this.rect, 'setFontWeights') as Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>;
    this.wb.styleCells(this.model, this.rect, (i, j) => ({ fontWeight: grid[i][j] ?? undefined }));
    this.write('formats', 'setFontWeights');
    return this;
  }
  setBackground(color: string | null): Api.Range {
    this.wb.styleCells(this.model, this.rect, () => ({ background: color ?? undefined }));
    this.write('formats', 'setBackground', color);
    return this;
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Api.Range {
    this.wb.styleCells(this.model, this.rect, () => ({ horizontalAlignment: alignment ?? undefined }));
    this.write('formats', 'setHorizontalAlignment', alignment);
    return this;
  }
  setWrap(isWrapEnabled: boolean): Api.Range {
    this.wb.styleCells(this.model, this.rect, () => ({ wrap: isWrapEnabled }));
    this.write('formats', 'setWrap', isWrapEnabled);
    return this;
  }
  clear(): Api.Range {
    this.wb.clearContents(this.model, this.rect);
    this.wb.clearStyles(this.model, this.rect);
    this.write('clear', 'clear');
    return this;
  }
  clearContent(): Api.Range {
    this.wb.clearContents(this.model, this.rect);
    this.write('clear', 'clearContent');
    return this;
  }
}

// ------------------------------------------------------------------ RangeList, NamedRange, metadata

export class FakeRangeList implements Api.RangeList {
  constructor(
    readonly wb: FakeWorkbook,
    private readonly ranges: SheetRect[],
  ) {}
  getRanges(): Api.Range[] {
    return this.ranges.map(({ sheet, rect }) => new FakeRange(this.wb, sheet, { ...rect }));
  }
}

export class FakeNamedRange implements Api.NamedRange {
  constructor(
    readonly wb: FakeWorkbook,
    private readonly name: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getRange(): Api.Range {
    const named = this.wb.namedRanges.get(this.name.toLowerCase());
    if (!named) throw new Error(`Named range ${this.name} no longer exists.`);
    return new FakeRange(this.wb, named.sheet, { ...named.rect });
  }
  remove(): void {
    const named = this.wb.namedRanges.get(this.name.toLowerCase());
    this.wb.removeNamedRange(this.name);
    this.wb.recordWrite({ kind: 'namedRange', method: 'NamedRange.remove', sheet: named?.sheet.name ?? null, a1: named ? formatA1(named.rect) : null, detail: { name: this.name, removed: true } });
  }
}

export class FakeDeveloperMetadata implements Api.DeveloperMetadata {
  constructor(
    readonly wb: FakeWorkbook,
    private readonly owner: { metadata: MetadataModel[] },
    private readonly model: MetadataModel,
    private readonly sheetName: string | null,
  ) {}
  getKey(): string {
    return this.model.key;
  }
  getValue(): string | null {
    return this.model.value;
  }
  setValue(value: string): Api.DeveloperMetadata {
    const text = value === null || value === undefined ? null : String(value);
    this.wb.setMetadataValue(this.owner, this.model, text, this.sheetName === null ? 'the spreadsheet' : `sheet "${this.sheetName}"`);
    this.wb.recordWrite({ kind: 'metadata', method: 'DeveloperMetadata.setValue', sheet: this.sheetName, a1: null, detail: { key: this.model.key, value: text } });
    return this;
  }
  remove(): void {
    this.owner.metadata = this.owner.metadata.filter((m) => m.id !== this.model.id);
    this.wb.recordWrite({ kind: 'metadata', method: 'DeveloperMetadata.remove', sheet: this.sheetName, a1: null, detail: { key: this.model.key, removed: true } });
  }
}

// ------------------------------------------------------------------ conditional formatting

export class FakeConditionalFormatRule implements Api.ConditionalFormatRule {
  constructor(
    readonly wb: FakeWorkbook,
    readonly model: RuleModel,
  ) {}
  getRanges(): Api.Range[] {
    return this.model.ranges.map(({ sheet, rect }) => new FakeRange(this.wb, sheet, { ...rect }));
  }
}

export class FakeConditionalFormatRuleBuilder implements Api.ConditionalFormatRuleBuilder {
  private condition: RuleCondition | null = null;
  private readonly format: RuleFormat = {};
  private ranges: SheetRect[] = [];

  constructor(readonly wb: FakeWorkbook) {}

  whenTextEqualTo(text: string): Api.ConditionalFormatRuleBuilder {
    this.condition = { type: 'TEXT_EQUAL_TO', value: String(text) };
    return this;
  }
  whenFormulaSatisfied(formula: string): Api.ConditionalFormatRuleBuilder {
    this.condition = { type: 'CUSTOM_FORMULA', formula: String(formula) };
    return this;
  }
  whenNumberGreaterThan(number: number): Api.ConditionalFormatRuleBuilder {
    this.condition = { type: 'NUMBER_GREATER_THAN', value: Number(number) };
    return this;
  }
  setBackground(color: string | null): Api.ConditionalFormatRuleBuilder {
    this.format.background = color ?? undefined;
    return this;
  }
  setFontColor(color: string | null): Api.ConditionalFormatRuleBuilder {
    this.format.fontColor = color ?? undefined;
    return this;
  }
  setBold(bold: boolean | null): Api.ConditionalFormatRuleBuilder {
    this.format.bold = bold ?? undefined;
    return this;
  }
  setRanges(ranges: Api.Range[]): Api.ConditionalFormatRuleBuilder {
    this.ranges = ranges.map(sheetRectOf);
    return this;
  }
  build(): Api.ConditionalFormatRule {
    if (this.ranges.length === 0) throw new Error('Conditional format rule must have at least one range.');
    return new FakeConditionalFormatRule(this.wb, { condition: this.condition, format: { ...this.format }, ranges: this.ranges.map((r) => ({ ...r })) });
  }
}

// ------------------------------------------------------------------ charts

export class FakeEmbeddedChart implements Api.EmbeddedChart {
  constructor(
    readonly wb: FakeWorkbook,
    readonly model: ChartModel,
  ) {}
  getChartId(): Integer | null {
    return this.model.id;
  }
  getRanges(): Api.Range[] {
    return this.model.ranges.map(({ sheet, rect }) => new FakeRange(this.wb, sheet, { ...rect }));
  }
  getMergeStrategy(): Api.ChartMergeStrategy {
    return FakeCharts.ChartMergeStrategy[this.model.mergeStrategy] as Api.ChartMergeStrategy;
  }
  getNumHeaders(): Integer {
    return this.model.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.model.transposeRowsAndColumns;
  }
  /** The options set with setOption; an option never set reads as null (ChartOptions.get). */
  getOptions(): Api.ChartOptions {
    const options = structuredClone(this.model.options);
    return { get: (option: string) => (Object.prototype.hasOwnProperty.call(options, option) ? options[option] : null) };
  }
}

export class FakeEmbeddedChartBuilder implements Api.EmbeddedChartBuilder {
  private readonly model: ChartModel = {
    id: null,
    type: 'LINE',
    ranges: [],
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    options: {},
    transposeRowsAndColumns: false,
    mergeStrategy: 'MERGE_COLUMNS',
    numHeaders: -1,
  };

  constructor(readonly wb: FakeWorkbook) {}

  setChartType(type: Api.ChartType): Api.EmbeddedChartBuilder {
    this.model.type = String(type);
    return this;
  }
  /** "If the range has already been added to the chart, it is not added again" (EmbeddedChartBuilder.addRange). */
  addRange(range: Api.Range): Api.EmbeddedChartBuilder {
    const added = sheetRectOf(range);
    const same = (r: SheetRect): boolean =>
      r.sheet === added.sheet && r.rect.row === added.rect.row && r.rect.column === added.rect.column && r.rect.numRows === added.rect.numRows && r.rect.numColumns === added.rect.numColumns;
    if (!this.model.ranges.some(same)) this.model.ranges.push(added);
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): Api.EmbeddedChartBuilder {
    if (typeof transpose !== 'boolean') throw new Error(`The parameters (${describeType(transpose)}) don't match the method signature for EmbeddedChartBuilder.setTransposeRowsAndColumns.`);
    this.model.transposeRowsAndColumns = transpose;
    return this;
  }
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): Api.EmbeddedChartBuilder {
    const name = String(mergeStrategy);
    if (name !== 'MERGE_COLUMNS' && name !== 'MERGE_ROWS') {
      throw new Error(`The parameters (${describeType(mergeStrategy)}) don't match the method signature for EmbeddedChartBuilder.setMergeStrategy.`);
    }
    this.model.mergeStrategy = name as ChartMergeStrategyName;
    return this;
  }
  setNumHeaders(headers: Integer): Api.EmbeddedChartBuilder {
    if (!Number.isInteger(headers)) throw new Error(`The parameters (${describeType(headers)}) don't match the method signature for EmbeddedChartBuilder.setNumHeaders.`);
    this.model.numHeaders = headers;
    return this;
  }
  setPosition(anchorRowPos: Integer, anchorColPos: Integer, offsetX: Integer, offsetY: Integer): Api.EmbeddedChartBuilder {
    this.model.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): Api.EmbeddedChartBuilder {
    this.model.options[option] = value;
    return this;
  }
  build(): Api.EmbeddedChart {
    return new FakeEmbeddedChart(this.wb, { ...this.model, ranges: [...this.model.ranges], position: { ...this.model.position }, options: { ...this.model.options } });
  }
}

// ------------------------------------------------------------------ Sheet

export class FakeSheet implements Api.Sheet {
  constructor(
    readonly wb: FakeWorkbook,
    readonly model: SheetModel,
  ) {}

  private write(kind: WriteRecord['kind'], method: string, a1: string | null, detail?: unknown): void {
    this.wb.recordWrite({ kind, method: `Sheet.${method}`, sheet: this.model.name, a1, detail });
  }

  getName(): string {
    return this.model.name;
  }
  setName(name: string): Api.Sheet {
    const previous = this.model.name;
    this.wb.renameSheet(this.model, String(name));
    this.write('sheet', 'setName', null, { from: previous, to: this.model.name });
    return this;
  }
  getSheetId(): Integer {
    return this.model.sheetId;
  }
  getIndex(): Integer {
    this.wb.assertAlive(this.model);
    return this.wb.sheets.indexOf(this.model) + 1;
  }
  getParent(): Api.Spreadsheet {
    return spreadsheetFacade(this.wb);
  }
  activate(): Api.Sheet {
    this.wb.assertAlive(this.model);
    this.wb.activeSheet = this.model;
    this.wb.selection = undefined;
    return this;
  }
  getRange(rowOrA1: Integer | string, column?: Integer, numRows?: Integer, numColumns?: Integer): Api.Range {
    this.wb.assertAlive(this.model);
    if (typeof rowOrA1 === 'string') {
      const { sheet, rect, wholeColumns, wholeRows } = this.wb.resolveA1(rowOrA1, this.model);
      return new FakeRange(this.wb, sheet, rect, { wholeColumns, wholeRows });
    }
    if (column === undefined) throw new Error('The parameters (number) don\'t match the method signature for SpreadsheetApp.Sheet.getRange.');
    const rect = { row: rowOrA1, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 };
    this.wb.checkBounds(this.model, rect);
    return new FakeRange(this.wb, this.model, rect);
  }
  getDataRange(): Api.Range {
    const rows = Math.max(1, this.wb.lastRow(this.model));
    const columns = Math.max(1, this.wb.lastColumn(this.model));
    return new FakeRange(this.wb, this.model, { row: 1, column: 1, numRows: rows, numColumns: columns });
  }
  getLastRow(): Integer {
    return this.wb.lastRow(this.model);
  }
  getLastColumn(): Integer {
    return this.wb.lastColumn(this.model);
  }
  getMaxRows(): Integer {
    return this.model.maxRows;
  }
  getMaxColumns(): Integer {
    return this.model.maxColumns;
  }
  /** Grows the grid; the cells after the position are empty in the builder's use (a new sheet), so nothing moves here. */
  insertColumnsAfter(afterPosition: Integer, howMany: Integer): Api.Sheet {
    if (afterPosition !== this.model.maxColumns) throw new Error('The fake inserts columns only at the end of a sheet.');
    this.wb.growSheet(this.model, 0, howMany);
    this.write('layout', 'insertColumnsAfter', null);
    return this;
  }
  insertRowsAfter(afterPosition: Integer, howMany: Integer): Api.Sheet {
    if (afterPosition !== this.model.maxRows) throw new Error('The fake inserts rows only at the end of a sheet.');
    this.wb.growSheet(this.model, howMany, 0);
    this.write('layout', 'insertRowsAfter', null);
    return this;
  }
  clear(): Api.Sheet {
    this.wb.clearSheet(this.model);
    this.write('clear', 'clear', null);
    return this;
  }
  clearConditionalFormatRules(): void {
    this.model.rules = [];
    this.write('rules', 'clearConditionalFormatRules', null, { count: 0 });
  }
  getConditionalFormatRules(): Api.ConditionalFormatRule[] {
    return this.model.rules.map((rule) => new FakeConditionalFormatRule(this.wb, rule));
  }
  setConditionalFormatRules(rules: Api.ConditionalFormatRule[]): void {
    this.model.rules = rules.map((rule) => {
      if (!(rule instanceof FakeConditionalFormatRule)) throw new Error('This rule does not belong to the fake spreadsheet.');
      for (const range of rule.model.ranges) {
        if (range.sheet !== this.model) throw new Error('The conditional format rule cannot reference a different sheet.');
      }
      return rule.model;
    });
    this.write('rules', 'setConditionalFormatRules', null, { count: rules.length });
  }
  newChart(): Api.EmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.wb);
  }
  insertChart(chart: Api.EmbeddedChart): void {
    if (!(chart instanceof FakeEmbeddedChart)) throw new Error('This chart does not belong to the fake spreadsheet.');
    if (chart.model.id === null) {
      chart.model.id = this.wb.nextChartId;
      this.wb.nextChartId += 1;
    }
    this.model.charts.push(chart.model);
    this.write('chart', 'insertChart', null, { id: chart.model.id, type: chart.model.type });
  }
  getCharts(): Api.EmbeddedChart[] {
    return this.model.charts.map((model) => new FakeEmbeddedChart(this.wb, model));
  }
  removeChart(chart: Api.EmbeddedChart): void {
    if (!(chart instanceof FakeEmbeddedChart)) throw new Error('This chart does not belong to the fake spreadsheet.');
    this.model.charts = this.model.charts.filter((model) => model.id !== chart.model.id);
    this.write('chart', 'removeChart', null, { id: chart.model.id, removed: true });
  }
  addDeveloperMetadata(key: string, value?: string): Api.Sheet {
    this.wb.addMetadata(this.model, String(key), value === undefined ? null : String(value), `sheet "${this.model.name}"`);
    this.write('metadata', 'addDeveloperMetadata', null, { key, value: value ?? null });
    return this;
  }
  getDeveloperMetadata(): Api.DeveloperMetadata[] {
    return this.model.metadata.map((m) => new FakeDeveloperMetadata(this.wb, this.model, m, this.model.name));
  }
  setFrozenRows(rows: Integer): void {
    if (rows < 0 || rows > this.model.maxRows) throw new Error('Those rows are out of bounds.');
    this.model.frozenRows = rows;
    this.write('layout', 'setFrozenRows', null, { rows });
  }
  setFrozenColumns(columns: Integer): void {
    if (columns < 0 || columns > this.model.maxColumns) throw new Error('Those columns are out of bounds.');
    this.model.frozenColumns = columns;
    this.write('layout', 'setFrozenColumns', null, { columns });
  }
  setColumnWidth(columnPosition: Integer, width: Integer): Api.Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: Integer, numColumns: Integer, width: Integer): Api.Sheet {
    if (!Number.isInteger(startColumn) || !Number.isInteger(numColumns) || startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > this.model.maxColumns) {
      throw new Error('Those columns are out of bounds.');
    }
    if (!Number.isInteger(width) || width < 0) throw new Error(`The parameters (number,number,${width}) don't match the method signature for SpreadsheetApp.Sheet.setColumnWidths.`);
    for (let j = 0; j < numColumns; j++) this.model.columnWidths.set(startColumn + j, width);
    this.write('layout', 'setColumnWidths', null, { startColumn, numColumns, width });
    return this;
  }
  autoResizeColumns(startColumn: Integer, numColumns: Integer): Api.Sheet {
    const values = this.wb.readDisplayValues(this.model, { row: 1, column: startColumn, numRows: Math.max(1, this.wb.lastRow(this.model)), numColumns });
    for (let j = 0; j < numColumns; j++) {
      const longest = Math.max(0, ...values.map((row) => row[j].length));
      this.model.columnWidths.set(startColumn + j, Math.max(20, Math.min(600, 7 * longest + 10)));
    }
    this.write('layout', 'autoResizeColumns', null, { startColumn, numColumns });
    return this;
  }
  setRightToLeft(rightToLeft: boolean): Api.Sheet {
    this.model.rightToLeft = rightToLeft;
    this.write('layout', 'setRightToLeft', null, { rightToLeft });
    return this;
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
}

// ------------------------------------------------------------------ Spreadsheet

const spreadsheetFacades = new WeakMap<FakeWorkbook, FakeSpreadsheetObject>();

export function spreadsheetFacade(wb: FakeWorkbook): FakeSpreadsheetObject {
  let facade = spreadsheetFacades.get(wb);
  if (!facade) {
    facade = new FakeSpreadsheetObject(wb);
    spreadsheetFacades.set(wb, facade);
  }
  return facade;
}

export class FakeSpreadsheetObject implements Api.Spreadsheet {
  constructor(readonly wb: FakeWorkbook) {}

  private activeModel(): SheetModel {
    const sheet = this.wb.activeSheet ?? this.wb.sheets[0];
    return sheet;
  }

  getId(): string {
    return this.wb.options.id;
  }
  getName(): string {
    return this.wb.options.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.wb.options.id}/edit`;
  }
  getSheets(): Api.Sheet[] {
    return this.wb.sheets.map((model) => sheetFacade(this.wb, model));
  }
  /**
   * The sheet of exactly this name, else null. Sheets keeps names unique regardless of case
   * (insertSheet('kpi summary') fails next to 'KPI Summary'), but the reference does not say that
   * getSheetByName matches regardless of case; the fake takes the stricter reading, so that code
   * which looks a sheet up and then inserts it on null fails here as it may in Sheets.
   */
  getSheetByName(name: string): Api.Sheet | null {
    const model = this.wb.sheets.find((s) => s.name === name);
    return model ? sheetFacade(this.wb, model) : null;
  }
  insertSheet(sheetName?: string | Integer, sheetIndex?: Integer): Api.Sheet {
    const name = typeof sheetName === 'string' ? sheetName : undefined;
    const index = typeof sheetName === 'number' ? sheetName : sheetIndex;
    const model = this.wb.addSheet(name, index);
    this.wb.activeSheet = model;
    this.wb.selection = undefined;
    this.wb.recordWrite({ kind: 'sheet', method: 'Spreadsheet.insertSheet', sheet: model.name, a1: null, detail: { inserted: true, index: this.wb.sheets.indexOf(model) } });
    return sheetFacade(this.wb, model);
  }
  deleteSheet(sheet: Api.Sheet): void {
    const model = modelOfSheet(sheet);
    this.wb.deleteSheet(model);
    this.wb.recordWrite({ kind: 'sheet', method: 'Spreadsheet.deleteSheet', sheet: model.name, a1: null, detail: { deleted: true } });
  }
  getActiveSheet(): Api.Sheet {
    return sheetFacade(this.wb, this.activeModel());
  }
  setActiveSheet(sheet: Api.Sheet): Api.Sheet {
    const model = modelOfSheet(sheet);
    this.wb.assertAlive(model);
    this.wb.activeSheet = model;
    this.wb.selection = undefined;
    return sheet;
  }
  getActiveRange(): Api.Range | null {
    const selection = this.wb.selection;
    if (selection && selection.length > 0) {
      const last = selection[selection.length - 1];
      return new FakeRange(this.wb, last.sheet, { ...last.rect });
    }
    return new FakeRange(this.wb, this.activeModel(), { row: 1, column: 1, numRows: 1, numColumns: 1 });
  }
  getActiveRangeList(): Api.RangeList | null {
    const selection = this.wb.selection ?? [{ sheet: this.activeModel(), rect: { row: 1, column: 1, numRows: 1, numColumns: 1 } }];
    return new FakeRangeList(this.wb, selection);
  }
  getRange(a1Notation: string): Api.Range {
    const { sheet, rect, wholeColumns, wholeRows } = this.wb.resolveA1(String(a1Notation), this.activeModel());
    return new FakeRange(this.wb, sheet, rect, { wholeColumns, wholeRows });
  }
  getRangeByName(name: string): Api.Range | null {
    const named = this.wb.namedRanges.get(String(name).toLowerCase());
    return named ? new FakeRange(this.wb, named.sheet, { ...named.rect }) : null;
  }
  setNamedRange(name: string, range: Api.Range): void {
    const { sheet, rect } = sheetRectOf(range);
    this.wb.setNamedRange(String(name), sheet, rect);
    this.wb.recordWrite({ kind: 'namedRange', method: 'Spreadsheet.setNamedRange', sheet: sheet.name, a1: formatA1(rect), detail: { name } });
  }
  getNamedRanges(): Api.NamedRange[] {
    return [...this.wb.namedRanges.values()].map((named) => new FakeNamedRange(this.wb, named.name));
  }
  /** "Throws an exception if no range with the given name is found in the spreadsheet" (Spreadsheet.removeNamedRange). */
  removeNamedRange(name: string): void {
    const named = this.wb.namedRanges.get(String(name).toLowerCase());
    if (!named) throw new Error(`Spreadsheet.removeNamedRange: no named range "${name}" exists in this spreadsheet.`);
    this.wb.removeNamedRange(String(name));
    this.wb.recordWrite({
      kind: 'namedRange',
      method: 'Spreadsheet.removeNamedRange',
      sheet: named?.sheet.name ?? null,
      a1: named ? formatA1(named.rect) : null,
      detail: { name, removed: true },
    });
  }
  getSpreadsheetLocale(): string {
    return this.wb.options.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.wb.options.timeZone;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.wb.uiEvents.push({ kind: 'toast', message: String(msg), title: title === undefined ? undefined : String(title) });
    void timeoutSeconds;
  }
  addDeveloperMetadata(key: string, value?: string): Api.Spreadsheet {
    this.wb.addMetadata(this.wb, String(key), value === undefined ? null : String(value), 'the spreadsheet');
    this.wb.recordWrite({ kind: 'metadata', method: 'Spreadsheet.addDeveloperMetadata', sheet: null, a1: null, detail: { key, value: value ?? null } });
    return this;
  }
  getDeveloperMetadata(): Api.DeveloperMetadata[] {
    return this.wb.metadata.map((m) => new FakeDeveloperMetadata(this.wb, this.wb, m, null));
  }
}

// ------------------------------------------------------------------ Ui, HtmlService

export class FakeMenu implements Api.Menu {
  private readonly items: MenuItem[] = [];
  constructor(
    readonly wb: FakeWorkbook,
    private readonly caption: string,
  ) {}
  /** A sub-menu made with Ui.createMenu: its caption and its items as they are now. */
  addSubMenu(menu: Api.Menu): Api.Menu {
    if (!(menu instanceof FakeMenu)) throw new Error('The parameters (Object) don\'t match the method signature for Menu.addSubMenu.');
    this.items.push({ caption: menu.caption, items: [...menu.items] });
    return this;
  }
  addItem(caption: string, functionName: string): Api.Menu {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): Api.Menu {
    this.items.push('separator');
    return this;
  }
  addToUi(): void {
    this.wb.uiEvents.push({ kind: 'menu', title: this.caption, items: [...this.items] });
  }
}

export class FakeHtmlOutput implements Api.HtmlOutput {
  private title = '';
  constructor(
    readonly wb: FakeWorkbook,
    private readonly content: string,
  ) {}
  setTitle(title: string): Api.HtmlOutput {
    this.title = String(title);
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
}

const BUTTON = { CLOSE: 0, OK: 1, CANCEL: 2, YES: 3, NO: 4, 0: 'CLOSE', 1: 'OK', 2: 'CANCEL', 3: 'YES', 4: 'NO' };
const BUTTON_SET = { OK: 0, OK_CANCEL: 1, YES_NO: 2, YES_NO_CANCEL: 3, 0: 'OK', 1: 'OK_CANCEL', 2: 'YES_NO', 3: 'YES_NO_CANCEL' };

export class FakeUi implements Api.UiApi {
  readonly Button = BUTTON as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = BUTTON_SET as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  constructor(readonly wb: FakeWorkbook) {}

  alert(titleOrPrompt: string, promptOrButtons?: string | GoogleAppsScript.Base.ButtonSet, buttons?: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button {
    const hasTitle = typeof promptOrButtons === 'string';
    this.wb.uiEvents.push({ kind: 'alert', title: hasTitle ? titleOrPrompt : undefined, message: hasTitle ? promptOrButtons : titleOrPrompt });
    void buttons;
    return this.Button.OK;
  }
  createAddonMenu(): Api.Menu {
    return new FakeMenu(this.wb, this.wb.options.name);
  }
  createMenu(caption: string): Api.Menu {
    return new FakeMenu(this.wb, String(caption));
  }
  showSidebar(userInterface: Api.HtmlOutput): void {
    const title = userInterface instanceof FakeHtmlOutput ? userInterface.getTitle() : undefined;
    this.wb.uiEvents.push({ kind: 'sidebar', title, content: userInterface.getContent() });
  }
}

export class FakeHtmlService implements Api.HtmlServiceApi {
  constructor(readonly wb: FakeWorkbook) {}
  createHtmlOutputFromFile(filename: string): Api.HtmlOutput {
    const files = this.wb.options.htmlFiles;
    const content = files[filename] ?? files[`${filename}.html`];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(this.wb, content);
  }
  createHtmlOutput(html?: string): Api.HtmlOutput {
    return new FakeHtmlOutput(this.wb, html === undefined ? '' : String(html));
  }
}

// ------------------------------------------------------------------ services

export class FakeProperties implements Api.Properties {
  constructor(
    readonly wb: FakeWorkbook,
    private readonly store: Map<string, string>,
    private readonly scope: 'document' | 'user',
  ) {}
  private write(method: string, detail: unknown): void {
    this.wb.recordWrite({ kind: 'property', method: `Properties.${method}`, sheet: null, a1: null, detail: { scope: this.scope, ...(detail as object) } });
  }
  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  /** Writes entries after checking Apps Script's quotas: 9 KB per value, 500 KB (keys and values) per store; nothing is written when one fails. */
  private put(entries: Array<[string, string]>): void {
    for (const [, value] of entries) if (utf8Bytes(value) > MAX_PROPERTY_VALUE_BYTES) throw new Error(PROPERTY_VALUE_TOO_LARGE);
    const next = new Map(this.store);
    for (const [key, value] of entries) next.set(key, value);
    let bytes = 0;
    for (const [key, value] of next) bytes += utf8Bytes(key) + utf8Bytes(value);
    if (bytes > MAX_PROPERTY_STORE_BYTES) throw new Error(PROPERTY_STORE_FULL);
    for (const [key, value] of entries) this.store.set(key, value);
  }
  setProperty(key: string, value: string): Api.Properties {
    this.put([[String(key), String(value)]]);
    this.write('setProperty', { key });
    return this;
  }
  setProperties(properties: { [key: string]: string }): Api.Properties {
    this.put(Object.entries(properties).map(([key, value]) => [key, String(value)]));
    this.write('setProperties', { keys: Object.keys(properties) });
    return this;
  }
  deleteProperty(key: string): Api.Properties {
    this.store.delete(String(key));
    this.write('deleteProperty', { key });
    return this;
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }
}

export class FakePropertiesService implements Api.PropertiesServiceApi {
  constructor(readonly wb: FakeWorkbook) {}
  getDocumentProperties(): Api.Properties {
    return new FakeProperties(this.wb, this.wb.documentProperties, 'document');
  }
  getUserProperties(): Api.Properties {
    return new FakeProperties(this.wb, this.wb.userProperties, 'user');
  }
}

export class FakeSession implements Api.SessionApi {
  constructor(readonly wb: FakeWorkbook) {}
  getActiveUserLocale(): string {
    return this.wb.options.userLocale;
  }
}

export class FakeSpreadsheetApp implements Api.SpreadsheetAppApi {
  private ui: FakeUi | undefined;
  constructor(readonly wb: FakeWorkbook) {}
  getActiveSpreadsheet(): Api.Spreadsheet {
    return spreadsheetFacade(this.wb);
  }
  getActive(): Api.Spreadsheet {
    return spreadsheetFacade(this.wb);
  }
  getUi(): Api.UiApi {
    this.ui ??= new FakeUi(this.wb);
    return this.ui;
  }
  newConditionalFormatRule(): Api.ConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.wb);
  }
  flush(): void {
    // Writes are applied at once; nothing is pending.
  }
}

/** `Charts.ChartType` and `Charts.ChartMergeStrategy` values (strings at runtime; Apps Script's are opaque enum objects). */
export const FakeCharts: Api.ChartsApi = {
  ChartType: Object.fromEntries(
    ['TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL'].map((t) => [t, t]),
  ) as unknown as typeof GoogleAppsScript.Charts.ChartType,
  ChartMergeStrategy: { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' } as unknown as typeof GoogleAppsScript.Charts.ChartMergeStrategy,
};

// ------------------------------------------------------------------ call counting

/**
 * Wraps every method of each class so that a call from outside the fake increments the counter
 * 'Class.method' (calls the fake makes to itself are not counted).
 */
function instrument(cls: { prototype: object }, className: string): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor') continue;
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (!descriptor || typeof descriptor.value !== 'function') continue;
    const original = descriptor.value as (...args: unknown[]) => unknown;
    if (name === 'write' || name === 'activeModel' || name === 'put') continue;
    Object.defineProperty(proto, name, {
      ...descriptor,
      value: function counted(this: { wb: FakeWorkbook }, ...args: unknown[]) {
        return this.wb.track(`${className}.${name}`, () => original.apply(this, args));
      },
    });
  }
}

instrument(FakeRange, 'Range');
instrument(FakeRangeList, 'RangeList');
instrument(FakeNamedRange, 'NamedRange');
instrument(FakeDeveloperMetadata, 'DeveloperMetadata');
instrument(FakeConditionalFormatRule, 'ConditionalFormatRule');
instrument(FakeConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder');
instrument(FakeEmbeddedChart, 'EmbeddedChart');
instrument(FakeEmbeddedChartBuilder, 'EmbeddedChartBuilder');
instrument(FakeSheet, 'Sheet');
instrument(FakeSpreadsheetObject, 'Spreadsheet');
instrument(FakeMenu, 'Menu');
instrument(FakeHtmlOutput, 'HtmlOutput');
instrument(FakeUi, 'Ui');
instrument(FakeHtmlService, 'HtmlService');
instrument(FakeProperties, 'Properties');
instrument(FakePropertiesService, 'PropertiesService');
instrument(FakeSession, 'Session');
instrument(FakeSpreadsheetApp, 'SpreadsheetApp');

/** Parses a selection entry for FakeSpreadsheet.select. */
export function parseSelection(wb: FakeWorkbook, a1: string): SheetRect {
  const parsed = parseA1(a1);
  if (!parsed) throw new Error(`Range not found: ${a1}`);
  const sheet = parsed.sheetName !== undefined ? wb.sheetByName(parsed.sheetName) : (wb.activeSheet ?? wb.sheets[0]);
  if (!sheet) throw new Error(`Range not found: ${a1}`);
  const rect = resolveRange(parsed, sheet.maxRows, sheet.maxColumns);
  wb.checkBounds(sheet, rect);
  return { sheet, rect: { row: rect.row, column: rect.column, numRows: rect.numRows, numColumns: rect.numColumns } };
}
