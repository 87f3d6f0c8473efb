/**
 * The state behind the fake SpreadsheetApp: sheets, cell styles, named ranges, metadata,
 * properties, call counts and the write log, with HyperFormula holding cell contents and
 * computing formulas. The API classes (api.ts) are thin facades over this.
 */
import { CellError, DetailedCellError, HyperFormula } from 'hyperformula';
import type { CellValue, ConfigParams, RawCellContent, SimpleCellAddress } from 'hyperformula';
import { absoluteA1, boundOpenEndedRanges, formatA1, parseA1, quoteSheetName, resolveRange, type GridRect } from './a1';
import { createCustomFunctionPlugin, exactSizePlugin, SheetsNativeExtrasPlugin, type CustomFunction, type ResultSize } from './custom-function-plugin';
import { dateToSerial, serialToDate } from './dates';
import {
  characterCount,
  checkCellText,
  MAX_COLUMNS,
  MAX_METADATA_CHARACTERS,
  MAX_SPREADSHEET_CELLS,
  namedRangeNameProblem,
  TOO_MANY_CELLS,
  TOO_MANY_COLUMNS,
} from './limits';
import {
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATE_TIME_FORMAT,
  DEFAULT_TIME_FORMAT,
  formatNumber,
  formatText,
  isDateFormat,
  isGeneral,
} from './number-format';
import { sheetsExtraFunctions } from './sheets-extras';
import { parseSetValue, parseUserInput, shouldApplyImpliedFormat, type CellContent, type ParsedInput } from './user-input';

export interface CellStyle {
  numberFormat?: string;
  fontWeight?: 'bold' | 'normal';
  fontColor?: string;
  background?: string;
  horizontalAlignment?: 'left' | 'center' | 'right' | 'normal';
  wrap?: boolean;
}

export type RuleCondition =
  | { type: 'TEXT_EQUAL_TO'; value: string }
  | { type: 'CUSTOM_FORMULA'; formula: string }
  | { type: 'NUMBER_GREATER_THAN'; value: number };

export interface RuleFormat {
  background?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface SheetRect {
  sheet: SheetModel;
  rect: GridRect;
}

export interface RuleModel {
  condition: RuleCondition | null;
  format: RuleFormat;
  ranges: SheetRect[];
}

export type ChartMergeStrategyName = 'MERGE_COLUMNS' | 'MERGE_ROWS';

export interface ChartModel {
  id: number | null;
  type: string;
  ranges: SheetRect[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  /** EmbeddedChartBuilder.setTransposeRowsAndColumns (default false). */
  transposeRowsAndColumns: boolean;
  /** EmbeddedChartBuilder.setMergeStrategy (default MERGE_COLUMNS). */
  mergeStrategy: ChartMergeStrategyName;
  /** EmbeddedChartBuilder.setNumHeaders; negative (the default, -1) lets Sheets detect the headers. */
  numHeaders: number;
}

export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
}

/** One entry of the write log. */
export interface WriteRecord {
  kind: 'values' | 'formulas' | 'formats' | 'clear' | 'namedRange' | 'metadata' | 'rules' | 'chart' | 'sheet' | 'layout' | 'property';
  /** 'Class.method' of the call that wrote. */
  method: string;
  /** Sheet name (null for spreadsheet-level writes such as properties). */
  sheet: string | null;
  /** A1 notation of the cells written, without sheet name (null when not about cells). */
  a1: string | null;
  /** Number of cells written, when about cells. */
  cells?: number;
  /** Anything else worth knowing: the name of a named range, a metadata key, the new sheet name … */
  detail?: unknown;
}

/** A menu entry: an item that runs a function, a separator, or a sub-menu with its own entries. */
export type MenuItem = { caption: string; functionName: string } | 'separator' | { caption: string; items: MenuItem[] };

export interface UiEvent {
  kind: 'alert' | 'toast' | 'sidebar' | 'menu';
  title?: string;
  message?: string;
  items?: MenuItem[];
  content?: string;
}

export interface WorkbookOptions {
  id: string;
  name: string;
  locale: string;
  userLocale: string;
  timeZone: string;
  htmlFiles: Record<string, string>;
  /** Constructor of the Dates handed out (getValues, custom-function arguments): a node:vm context's own Date. */
  DateClass: DateConstructor;
}

/** Rows × columns key of a cell (1-based). */
export const cellKey = (row: number, column: number): number => row * 32768 + column;
export const keyRow = (key: number): number => Math.floor(key / 32768);
export const keyColumn = (key: number): number => key % 32768;

export class SheetModel {
  readonly styles = new Map<number, CellStyle>();
  /** Formulas as written by the caller when the engine needed a rewritten form (A2:A → A2:A1000). */
  readonly sheetsFormulas = new Map<number, { sheets: string; engine: string }>();
  readonly columnWidths = new Map<number, number>();
  rules: RuleModel[] = [];
  charts: ChartModel[] = [];
  metadata: MetadataModel[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  rightToLeft = false;
  hidden = false;
  deleted = false;

  constructor(
    readonly sheetId: number,
    public name: string,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}
}

const ENGINE_ERROR_VALUES: Record<string, string> = {
  CYCLE: '#REF!',
  SPILL: '#REF!',
};

const ERROR_STRINGS: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!',
  NAME: '#NAME?',
  VALUE: '#VALUE!',
  NUM: '#NUM!',
  NA: '#N/A',
  REF: '#REF!',
  LIC: '#LIC!',
  ERROR: '#ERROR!',
};

const ENGINE_ERROR_MESSAGES: Record<string, string> = {
  CYCLE: 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.',
  SPILL: 'Array result was not expanded because it would overwrite data.',
};

function isRichNumber(value: unknown): value is { val: number; getDetailedType(): string } {
  return typeof value === 'object' && value !== null && 'val' in value && typeof (value as { getDetailedType?: unknown }).getDetailedType === 'function';
}

const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

function defaultFormatForType(type: string): string | undefined {
  if (type === 'NUMBER_DATE') return DEFAULT_DATE_FORMAT;
  if (type === 'NUMBER_DATETIME') return DEFAULT_DATE_TIME_FORMAT;
  if (type === 'NUMBER_TIME') return DEFAULT_TIME_FORMAT;
  if (type === 'NUMBER_PERCENT') return '0.00%';
  return undefined;
}

export class FakeWorkbook {
  hf: HyperFormula;
  readonly sheets: SheetModel[] = [];
  readonly namedRanges = new Map<string, { name: string; sheet: SheetModel; rect: GridRect }>();
  metadata: MetadataModel[] = [];
  readonly documentProperties = new Map<string, string>();
  readonly userProperties = new Map<string, string>();
  readonly functions = new Map<string, CustomFunction>();
  readonly uiEvents: UiEvent[] = [];
  activeSheet: SheetModel | undefined;
  selection: SheetRect[] | undefined;

  readonly counts = new Map<string, number>();
  total = 0;
  private depth = 0;
  readonly writeLog: WriteRecord[] = [];

  private readonly sizes = new Map<string, ResultSize>();
  private readonly resizeQueue = new Map<string, SimpleCellAddress>();
  private nextSheetId = 0;
  private nextMetadataId = 1;
  nextChartId = 1;

  constructor(readonly options: WorkbookOptions) {
    for (const [name, fn] of Object.entries(sheetsExtraFunctions)) this.functions.set(name, fn);
    this.hf = this.buildEngine();
  }

  // ---------------------------------------------------------------- call accounting

  /** Runs an API method, counting it only when called from outside the fake. */
  track<T>(key: string, run: () => T): T {
    if (this.depth === 0) {
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      this.total += 1;
    }
    this.depth += 1;
    try {
      return run();
    } finally {
      this.depth -= 1;
    }
  }

  recordWrite(record: WriteRecord): void {
    this.writeLog.push(record);
  }

  // ---------------------------------------------------------------- engine

  private engineConfig(): Partial<ConfigParams> {
    const monthFirst = this.options.locale.startsWith('en_US') || this.options.locale === 'en';
    const names = [...this.functions.keys()];
    const host = this.customFunctionHost();
    const translated = [...names, ...Object.keys(SheetsNativeExtrasPlugin.implementedFunctions)];
    HyperFormula.getLanguage('enGB').extendFunctions(Object.fromEntries(translated.map((name) => [name, name])));
    return {
      licenseKey: 'gpl-v3',
      useArrayArithmetic: true,
      maxRows: 1_100_000,
      maxColumns: 18_278,
      smartRounding: false,
      dateFormats: monthFirst ? ['YYYY-MM-DD', 'MM/DD/YYYY', 'MM/DD/YY'] : ['YYYY-MM-DD', 'DD/MM/YYYY', 'DD/MM/YY'],
      timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
      functionPlugins: [
        ...HyperFormula.getAllFunctionPlugins(),
        ...['FILTER', 'UNIQUE'].map((id) => exactSizePlugin(HyperFormula.getFunctionPlugin(id)!, [id], host)),
        SheetsNativeExtrasPlugin,
        createCustomFunctionPlugin(host, names),
      ],
    };
  }

  private buildEngine(): HyperFormula {
    const hf = HyperFormula.buildEmpty(this.engineConfig());
    // Sheets accepts bare TRUE and FALSE in formulas; HyperFormula only TRUE() and FALSE().
    hf.addNamedExpression('TRUE', '=TRUE()');
    hf.addNamedExpression('FALSE', '=FALSE()');
    return hf;
  }

  private customFunctionHost() {
    return {
      lookup: (name: string) => this.functions.get(name.toUpperCase()),
      toSheetsValue: (value: unknown, address?: SimpleCellAddress) => this.engineValueToSheets(value, address),
      sheetRows: (engineSheetId: number) => this.sheetForEngineId(engineSheetId)?.maxRows ?? 1000,
      dateToSerial: (date: Date) => dateToSerial(date, this.options.timeZone),
      namedRangeSize: (name: string) => {
        const named = this.namedRanges.get(name.toLowerCase());
        return named ? { width: named.rect.numColumns, height: named.rect.numRows } : undefined;
      },
      cachedSize: (address: SimpleCellAddress, name: string) => this.sizes.get(`${address.sheet}:${address.row}:${address.col}:${name}`),
      reportSize: (address: SimpleCellAddress, name: string, size: ResultSize) => {
        const key = `${address.sheet}:${address.row}:${address.col}:${name}`;
        const known = this.sizes.get(key) ?? { width: 1, height: 1 };
        if (known.width === size.width && known.height === size.height) return false;
        this.sizes.set(key, size);
        this.resizeQueue.set(`${address.sheet}:${address.row}:${address.col}`, { ...address });
        return true;
      },
    };
  }

  /** Registers custom functions (name → implementation) and rebuilds the engine with them. */
  registerCustomFunctions(fns: Record<string, CustomFunction>): void {
    for (const [name, fn] of Object.entries(fns)) {
      if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) throw new Error(`Invalid custom function name: ${name}`);
      if (typeof fn !== 'function') throw new Error(`Custom function ${name} is not a function.`);
      this.functions.set(name.toUpperCase(), fn);
    }
    this.rebuild();
  }

  /** Rebuilds HyperFormula from the current contents (needed when the function set changes). */
  rebuild(): void {
    const contents = this.sheets.map((sheet) => ({ name: sheet.name, data: this.serializeSheet(sheet) }));
    this.hf.destroy();
    this.sizes.clear();
    this.resizeQueue.clear();
    this.hf = this.buildEngine();
    this.hf.batch(() => {
      for (const { name, data } of contents) {
        this.hf.addSheet(name);
        this.hf.setSheetContent(this.hf.getSheetId(name)!, data);
      }
      for (const { name, sheet, rect } of this.namedRanges.values()) this.hf.addNamedExpression(name, `=${absoluteA1(sheet.name, rect)}`);
    });
    this.settle();
  }

  /** Cell contents as the engine needs them to rebuild (formulas, raw values; spilled cells left out). */
  private serializeSheet(sheet: SheetModel): RawCellContent[][] {
    const id = this.engineId(sheet);
    const { width, height } = this.hf.getSheetDimensions(id);
    const data: RawCellContent[][] = [];
    for (let row = 0; row < height; row++) {
      const line: RawCellContent[] = [];
      for (let col = 0; col < width; col++) {
        const address = { sheet: id, row, col };
        const type = this.hf.getCellType(address);
        if (type === 'FORMULA' || type === 'ARRAYFORMULA') line.push(this.hf.getCellFormula(address) ?? null);
        else if (type === 'VALUE') line.push(this.hf.getCellSerialized(address) as RawCellContent);
        else line.push(null);
      }
      data.push(line);
    }
    return data;
  }

  /**
   * Re-enters formulas whose custom-function result changed size, so the engine spills them at
   * the size now known (HyperFormula fixes an array's size before evaluating it).
   */
  settle(): void {
    if (this.hf.isEvaluationSuspended()) return;
    for (let round = 0; round < 8 && this.resizeQueue.size > 0; round++) {
      const addresses = [...this.resizeQueue.values()];
      this.resizeQueue.clear();
      this.hf.batch(() => {
        for (const address of addresses) {
          if (!this.hf.doesSheetExist(this.hf.getSheetName(address.sheet) ?? '')) continue;
          const formula = this.hf.getCellFormula(address);
          if (formula !== undefined) this.hf.setCellContents(address, [[formula]]);
        }
      });
    }
    this.resizeQueue.clear();
  }

  // ---------------------------------------------------------------- sheets

  engineId(sheet: SheetModel): number {
    this.assertAlive(sheet);
    const id = this.hf.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`Sheet ${sheet.name} is missing from the engine.`);
    return id;
  }

  sheetForEngineId(id: number): SheetModel | undefined {
    const name = this.hf.getSheetName(id);
    return name === undefined ? undefined : this.sheetByName(name);
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  assertAlive(sheet: SheetModel): void {
    if (sheet.deleted) throw new Error('This sheet has been deleted.');
  }

  /** Cells of the whole spreadsheet: Σ maxRows × maxColumns (what Sheets' 10 million cell limit counts). */
  cellCount(): number {
    return this.sheets.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxColumns, 0);
  }

  /** Throws as Sheets does when a sheet would pass 18,278 columns or the spreadsheet 10 million cells after adding `cells`. */
  private checkGrowth(cells: number, columns: number): void {
    if (columns > MAX_COLUMNS) throw new Error(TOO_MANY_COLUMNS);
    if (this.cellCount() + cells > MAX_SPREADSHEET_CELLS) throw new Error(TOO_MANY_CELLS);
  }

  /** Grows a sheet at its end (Sheet.insertRowsAfter / insertColumnsAfter at the last row or column), within Sheets' limits. */
  growSheet(sheet: SheetModel, rows: number, columns: number): void {
    this.assertAlive(sheet);
    for (const [what, n] of [['rows', rows], ['columns', columns]] as const) {
      if (!Number.isInteger(n) || n < 0) throw new Error(`The number of ${what} to insert must be a whole number (got ${n}).`);
    }
    this.checkGrowth(rows * sheet.maxColumns + columns * (sheet.maxRows + rows), sheet.maxColumns + columns);
    sheet.maxRows += rows;
    sheet.maxColumns += columns;
  }

  addSheet(name: string | undefined, index: number | undefined, maxRows = 1000, maxColumns = 26): SheetModel {
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n += 1;
      sheetName = `Sheet${n}`;
    }
    this.validateSheetName(sheetName);
    this.checkGrowth(maxRows * maxColumns, maxColumns);
    const model = new SheetModel(this.nextSheetId === 0 ? 0 : 100_000_000 + this.nextSheetId * 7919, sheetName, maxRows, maxColumns);
    this.nextSheetId += 1;
    this.hf.addSheet(sheetName);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, model);
    if (!this.activeSheet) this.activeSheet = model;
    return model;
  }

  private validateSheetName(name: string, except?: SheetModel): void {
    if (name.trim() === '') throw new Error('Sheet names cannot be empty.');
    if (name.length > 100) throw new Error('Sheet names cannot exceed 100 characters.');
    const existing = this.sheetByName(name);
    if (existing && existing !== except && existing.name.toLowerCase() === name.toLowerCase()) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  renameSheet(sheet: SheetModel, name: string): void {
    this.validateSheetName(name, sheet);
    this.hf.renameSheet(this.engineId(sheet), name);
    sheet.name = name;
  }

  deleteSheet(sheet: SheetModel): void {
    this.assertAlive(sheet);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const id = this.engineId(sheet);
    for (const [key, named] of [...this.namedRanges]) {
      if (named.sheet === sheet) {
        this.namedRanges.delete(key);
        this.hf.removeNamedExpression(named.name);
      }
    }
    this.hf.removeSheet(id);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
    if (this.selection?.some((s) => s.sheet === sheet)) this.selection = undefined;
    this.settle();
  }

  // ---------------------------------------------------------------- ranges

  /** Resolves "Sheet!A1:B2" (or "A1:B2" on `defaultSheet`) to a sheet and rectangle. */
  resolveA1(a1: string, defaultSheet: SheetModel | undefined): SheetRect & { wholeColumns: boolean; wholeRows: boolean } {
    const parsed = parseA1(a1);
    if (!parsed) throw new Error(`Range not found: ${a1}`);
    const sheet = parsed.sheetName !== undefined ? this.sheetByName(parsed.sheetName) : defaultSheet;
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    const resolved = resolveRange(parsed, sheet.maxRows, sheet.maxColumns);
    this.checkBounds(sheet, resolved);
    return { sheet, rect: resolved, wholeColumns: resolved.wholeColumns, wholeRows: resolved.wholeRows };
  }

  checkBounds(sheet: SheetModel, rect: GridRect): void {
    if (!Number.isInteger(rect.row) || rect.row < 1) throw new Error('The starting row of the range is too small.');
    if (!Number.isInteger(rect.column) || rect.column < 1) throw new Error('The starting column of the range is too small.');
    if (!Number.isInteger(rect.numRows) || rect.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (!Number.isInteger(rect.numColumns) || rect.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.column + rect.numColumns - 1 > sheet.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  private engineRange(sheet: SheetModel, rect: GridRect) {
    const id = this.engineId(sheet);
    return {
      start: { sheet: id, row: rect.row - 1, col: rect.column - 1 },
      end: { sheet: id, row: rect.row + rect.numRows - 2, col: rect.column + rect.numColumns - 2 },
    };
  }

  private rawRange(sheet: SheetModel, rect: GridRect): CellValue[][] {
    return this.hf.getRangeValues(this.engineRange(sheet, rect));
  }

  /** The Sheets error string for an engine error ('#REF!' for cycles and blocked spills). */
  private errorValue(error: DetailedCellError): string {
    return ENGINE_ERROR_VALUES[error.type] ?? error.value;
  }

  private isDateCell(sheet: SheetModel, row: number, column: number, engineSheet: number): boolean {
    const format = sheet.styles.get(cellKey(row, column))?.numberFormat;
    if (!isGeneral(format)) return isDateFormat(format);
    const type = this.hf.getCellValueDetailedType({ sheet: engineSheet, row: row - 1, col: column - 1 });
    return DATE_TYPES.has(type);
  }

  /** Range.getValues. */
  readValues(sheet: SheetModel, rect: GridRect): unknown[][] {
    const raw = this.rawRange(sheet, rect);
    const id = this.engineId(sheet);
    return raw.map((line, i) =>
      line.map((value, j) => {
        if (value === null) return '';
        if (value instanceof DetailedCellError) return this.errorValue(value);
        if (typeof value === 'number') {
          return this.isDateCell(sheet, rect.row + i, rect.column + j, id) ? serialToDate(value, this.options.timeZone, this.options.DateClass) : value;
        }
        return value;
      }),
    );
  }

  /** Range.getDisplayValues. */
  readDisplayValues(sheet: SheetModel, rect: GridRect): string[][] {
    const raw = this.rawRange(sheet, rect);
    const id = this.engineId(sheet);
    return raw.map((line, i) =>
      line.map((value, j) => {
        const row = rect.row + i;
        const column = rect.column + j;
        const format = sheet.styles.get(cellKey(row, column))?.numberFormat;
        if (value === null) return '';
        if (value instanceof DetailedCellError) return this.errorValue(value);
        if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
        if (typeof value === 'string') return formatText(value, format);
        let effective = format;
        if (isGeneral(format)) effective = defaultFormatForType(this.hf.getCellValueDetailedType({ sheet: id, row: row - 1, col: column - 1 }));
        return formatNumber(value, effective);
      }),
    );
  }

  /** Range.getFormulas: the formula as written, '' for non-formula cells (and spilled cells). */
  readFormulas(sheet: SheetModel, rect: GridRect): string[][] {
    const id = this.engineId(sheet);
    const out: string[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const line: string[] = [];
      for (let j = 0; j < rect.numColumns; j++) {
        const row = rect.row + i;
        const column = rect.column + j;
        const formula = this.hf.getCellFormula({ sheet: id, row: row - 1, col: column - 1 });
        if (formula === undefined) {
          line.push('');
          continue;
        }
        const written = sheet.sheetsFormulas.get(cellKey(row, column));
        line.push(written && written.engine === formula ? written.sheets : formula);
      }
      out.push(line);
    }
    return out;
  }

  readNumberFormats(sheet: SheetModel, rect: GridRect): string[][] {
    const out: string[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const line: string[] = [];
      for (let j = 0; j < rect.numColumns; j++) line.push(sheet.styles.get(cellKey(rect.row + i, rect.column + j))?.numberFormat ?? 'General');
      out.push(line);
    }
    return out;
  }

  /** Formula text HyperFormula can parse (open-ended ranges bounded by the sheet size). */
  private engineFormula(sheet: SheetModel, formula: string): string {
    return boundOpenEndedRanges(formula, (name) => (name === undefined ? sheet.maxRows : (this.sheetByName(name)?.maxRows ?? 1000)));
  }

  private engineContent(sheet: SheetModel, row: number, column: number, content: CellContent): RawCellContent {
    const key = cellKey(row, column);
    sheet.sheetsFormulas.delete(key);
    switch (content.kind) {
      case 'blank':
        return null;
      case 'number':
      case 'boolean':
        return content.value;
      case 'text':
        return `'${content.value}`;
      case 'error':
        // HyperFormula reads an error literal as that error (all but #NULL!, which stays text).
        return content.value;
      case 'formula': {
        const engine = this.engineFormula(sheet, content.formula);
        if (engine !== content.formula) sheet.sheetsFormulas.set(key, { sheets: content.formula, engine: this.normalizedFormula(engine) });
        return engine;
      }
    }
  }

  /** The text HyperFormula reports back for a formula (function names upper-cased, etc.). */
  private normalizedFormula(formula: string): string {
    try {
      return this.hf.normalizeFormula(formula);
    } catch {
      return formula;
    }
  }

  /** Writes parsed contents (one per cell) into a rectangle and applies implied formats. */
  writeContents(sheet: SheetModel, rect: GridRect, parse: (value: unknown, format: string | undefined) => ParsedInput, values: unknown[][]): void {
    const contents: RawCellContent[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const line: RawCellContent[] = [];
      for (let j = 0; j < rect.numColumns; j++) {
        const row = rect.row + i;
        const column = rect.column + j;
        const key = cellKey(row, column);
        const style = sheet.styles.get(key);
        const parsed = parse(values[i][j], style?.numberFormat);
        if (parsed.impliedFormat && shouldApplyImpliedFormat(style?.numberFormat, parsed.impliedFormat)) {
          sheet.styles.set(key, { ...style, numberFormat: parsed.impliedFormat });
        }
        line.push(this.engineContent(sheet, row, column, parsed.content));
      }
      contents.push(line);
    }
    this.hf.setCellContents(this.engineRange(sheet, rect).start, contents);
    this.settle();
  }

  /** Writes already-parsed contents (used when loading a workbook). */
  writeCellContents(sheet: SheetModel, rect: GridRect, contents: CellContent[][]): void {
    this.writeContents(sheet, rect, (value) => ({ content: value as CellContent }), contents);
  }

  /** Throws Sheets' message when any string of the grid is longer than 50,000 characters (before anything is written). */
  private checkCellTexts(values: unknown[][]): void {
    for (const line of values) for (const value of line) checkCellText(value);
  }

  writeValues(sheet: SheetModel, rect: GridRect, values: unknown[][]): void {
    this.checkCellTexts(values);
    this.writeContents(sheet, rect, (value, format) => parseSetValue(value, format, this.options.locale, this.options.timeZone), values);
  }

  writeFormulas(sheet: SheetModel, rect: GridRect, formulas: unknown[][]): void {
    this.checkCellTexts(formulas);
    this.writeContents(
      sheet,
      rect,
      (value, format) => {
        if (value === null || value === undefined || value === '') return { content: { kind: 'blank' } };
        const text = String(value);
        if (text.startsWith('=')) return { content: { kind: 'formula', formula: text } };
        return parseUserInput(text, format, this.options.locale);
      },
      formulas,
    );
  }

  /** Range.setFormula on a block: the top-left formula is filled with relative references moved. */
  fillFormula(sheet: SheetModel, rect: GridRect, formula: string): void {
    checkCellText(formula);
    const first = { row: rect.row, column: rect.column, numRows: 1, numColumns: 1 };
    this.writeFormulas(sheet, first, [[formula]]);
    if (rect.numRows === 1 && rect.numColumns === 1) return;
    const source = this.engineRange(sheet, first);
    const engineText = this.hf.getCellFormula(source.start);
    if (engineText === undefined) {
      this.writeValues(sheet, rect, Array.from({ length: rect.numRows }, () => Array.from({ length: rect.numColumns }, () => formula)));
      return;
    }
    this.hf.copy({ start: source.start, end: source.start });
    for (let i = 0; i < rect.numRows; i++) {
      for (let j = 0; j < rect.numColumns; j++) {
        if (i > 0 || j > 0) this.hf.paste({ sheet: source.start.sheet, row: source.start.row + i, col: source.start.col + j });
      }
    }
    this.hf.clearClipboard();
    this.settle();
  }

  clearContents(sheet: SheetModel, rect: GridRect): void {
    const contents: RawCellContent[][] = Array.from({ length: rect.numRows }, () => Array.from({ length: rect.numColumns }, () => null));
    for (let i = 0; i < rect.numRows; i++) for (let j = 0; j < rect.numColumns; j++) sheet.sheetsFormulas.delete(cellKey(rect.row + i, rect.column + j));
    this.hf.setCellContents(this.engineRange(sheet, rect).start, contents);
    this.settle();
  }

  clearStyles(sheet: SheetModel, rect: GridRect): void {
    for (const key of [...sheet.styles.keys()]) {
      const row = keyRow(key);
      const column = keyColumn(key);
      if (row >= rect.row && row < rect.row + rect.numRows && column >= rect.column && column < rect.column + rect.numColumns) sheet.styles.delete(key);
    }
  }

  clearSheet(sheet: SheetModel): void {
    this.hf.clearSheet(this.engineId(sheet));
    sheet.styles.clear();
    sheet.sheetsFormulas.clear();
    this.settle();
  }

  /** Applies a style patch per cell; `patch(i, j)` returns the fields to set (undefined fields are removed). */
  styleCells(sheet: SheetModel, rect: GridRect, patch: (i: number, j: number) => Partial<CellStyle>): void {
    for (let i = 0; i < rect.numRows; i++) {
      for (let j = 0; j < rect.numColumns; j++) {
        const key = cellKey(rect.row + i, rect.column + j);
        const next: CellStyle = { ...sheet.styles.get(key), ...patch(i, j) };
        for (const field of Object.keys(next) as Array<keyof CellStyle>) if (next[field] === undefined) delete next[field];
        if (Object.keys(next).length === 0) sheet.styles.delete(key);
        else sheet.styles.set(key, next);
      }
    }
  }

  /** Last row (or column) holding content, 0 when the sheet is empty. */
  lastRow(sheet: SheetModel): number {
    const id = this.engineId(sheet);
    const { width, height } = this.hf.getSheetDimensions(id);
    for (let row = height - 1; row >= 0; row--) {
      for (let col = 0; col < width; col++) if (this.hf.getCellType({ sheet: id, row, col }) !== 'EMPTY') return row + 1;
    }
    return 0;
  }

  lastColumn(sheet: SheetModel): number {
    const id = this.engineId(sheet);
    const { width, height } = this.hf.getSheetDimensions(id);
    for (let col = width - 1; col >= 0; col--) {
      for (let row = 0; row < height; row++) if (this.hf.getCellType({ sheet: id, row, col }) !== 'EMPTY') return col + 1;
    }
    return 0;
  }

  // ---------------------------------------------------------------- values for custom functions

  /** What a custom function receives for an engine value (see custom-function-plugin.ts). */
  engineValueToSheets(value: unknown, address?: SimpleCellAddress): unknown {
    if (value === null || value === undefined || typeof value === 'symbol') return '';
    if (value instanceof DetailedCellError) return this.errorValue(value);
    if (value instanceof CellError) return ENGINE_ERROR_VALUES[value.type] ?? ERROR_STRINGS[value.type] ?? '#ERROR!';
    let number: number | undefined;
    let dateTyped = false;
    if (isRichNumber(value)) {
      number = value.val;
      dateTyped = DATE_TYPES.has(value.getDetailedType());
    } else if (typeof value === 'number') {
      number = value;
    }
    if (number !== undefined) {
      if (address) {
        const sheet = this.sheetForEngineId(address.sheet);
        const format = sheet?.styles.get(cellKey(address.row + 1, address.col + 1))?.numberFormat;
        if (!isGeneral(format)) dateTyped = isDateFormat(format);
      }
      return dateTyped ? serialToDate(number, this.options.timeZone, this.options.DateClass) : number;
    }
    return value;
  }

  /** The message behind an error cell (a custom function's Error message, a parse error …). */
  errorMessage(sheet: SheetModel, row: number, column: number): string | undefined {
    const value = this.hf.getCellValue({ sheet: this.engineId(sheet), row: row - 1, col: column - 1 });
    if (!(value instanceof DetailedCellError)) return undefined;
    return ENGINE_ERROR_MESSAGES[value.type] ?? value.message;
  }

  // ---------------------------------------------------------------- named ranges and metadata

  setNamedRange(name: string, sheet: SheetModel, rect: GridRect): void {
    const problem = namedRangeNameProblem(name);
    if (problem) throw new Error(`The named range name "${name}" is invalid: a name ${problem}.`);
    const expression = `=${absoluteA1(sheet.name, rect)}`;
    const existing = this.namedRanges.get(name.toLowerCase());
    if (existing) this.hf.changeNamedExpression(existing.name, expression);
    else this.hf.addNamedExpression(name, expression);
    this.namedRanges.set(name.toLowerCase(), { name: existing?.name ?? name, sheet, rect: { ...rect } });
    this.reenterFormulasMentioning(name);
    this.settle();
  }

  /** Re-enters formulas that mention a name, so that array sizes are predicted again. */
  private reenterFormulasMentioning(name: string): void {
    const pattern = new RegExp(`(^|[^A-Za-z0-9_.])${name.replace(/[.\\]/g, '\\$&')}($|[^A-Za-z0-9_.(])`, 'i');
    this.hf.batch(() => {
      for (const sheet of this.sheets) {
        const id = this.engineId(sheet);
        this.hf.getSheetFormulas(id).forEach((line, row) =>
          line.forEach((formula, col) => {
            if (formula !== undefined && pattern.test(formula.replace(/"[^"]*"/g, ''))) this.hf.setCellContents({ sheet: id, row, col }, [[formula]]);
          }),
        );
      }
    });
  }

  removeNamedRange(name: string): boolean {
    const existing = this.namedRanges.get(name.toLowerCase());
    if (!existing) return false;
    this.namedRanges.delete(name.toLowerCase());
    this.hf.removeNamedExpression(existing.name);
    this.reenterFormulasMentioning(existing.name);
    this.settle();
    return true;
  }

  newMetadata(key: string, value: string | null): MetadataModel {
    const model = { id: this.nextMetadataId, key, value };
    this.nextMetadataId += 1;
    return model;
  }

  /** Characters of metadata (keys and values) held at one location: a sheet or the spreadsheet. */
  static metadataCharacters(metadata: readonly MetadataModel[]): number {
    return metadata.reduce((sum, m) => sum + characterCount(m.key) + characterCount(m.value ?? ''), 0);
  }

  /** Throws when `extra` more characters would pass the 30,000 characters a location may hold. */
  private checkMetadataRoom(owner: { metadata: MetadataModel[] }, extra: number, where: string): void {
    const total = FakeWorkbook.metadataCharacters(owner.metadata) + extra;
    if (total > MAX_METADATA_CHARACTERS) {
      throw new Error(`Developer metadata on ${where} would hold ${total} characters; the limit is ${MAX_METADATA_CHARACTERS} characters of keys and values per sheet and for the spreadsheet.`);
    }
  }

  /** Adds developer metadata at a location (a sheet, or the workbook for the spreadsheet), within Sheets' rules. */
  addMetadata(owner: { metadata: MetadataModel[] }, key: string, value: string | null, where: string): MetadataModel {
    if (key === '') throw new Error('Developer metadata must have a key: the key is empty.');
    this.checkMetadataRoom(owner, characterCount(key) + characterCount(value ?? ''), where);
    const model = this.newMetadata(key, value);
    owner.metadata.push(model);
    return model;
  }

  /** DeveloperMetadata.setValue: replaces the value, within the location's limit. */
  setMetadataValue(owner: { metadata: MetadataModel[] }, model: MetadataModel, value: string | null, where: string): void {
    if (!owner.metadata.some((m) => m.id === model.id)) throw new Error('This developer metadata has been removed.');
    this.checkMetadataRoom(owner, characterCount(value ?? '') - characterCount(model.value ?? ''), where);
    model.value = value;
  }

  // ---------------------------------------------------------------- export

  /** A1 of a rectangle with its sheet, e.g. "'O''Brien Q1'!A1:D90". */
  qualified(sheetRect: SheetRect): string {
    return `${quoteSheetName(sheetRect.sheet.name)}!${formatA1(sheetRect.rect)}`;
  }

  /** Every non-empty cell of a sheet in row-major order: content, computed value, style. */
  cellsOf(sheet: SheetModel): CellExport[] {
    const id = this.engineId(sheet);
    const { width, height } = this.hf.getSheetDimensions(id);
    const cells = new Map<number, CellExport>();
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        const address = { sheet: id, row, col };
        const type = this.hf.getCellType(address);
        if (type === 'EMPTY') continue;
        const r = row + 1;
        const c = col + 1;
        const [[value]] = this.readValues(sheet, { row: r, column: c, numRows: 1, numColumns: 1 });
        let content: CellContent;
        if (type === 'FORMULA' || type === 'ARRAYFORMULA') {
          const [[formula]] = this.readFormulas(sheet, { row: r, column: c, numRows: 1, numColumns: 1 });
          content = { kind: 'formula', formula };
        } else if (type === 'ARRAY') {
          content = { kind: 'blank' };
        } else {
          const raw = this.hf.getCellValue(address);
          if (typeof raw === 'number') content = { kind: 'number', value: raw };
          else if (typeof raw === 'boolean') content = { kind: 'boolean', value: raw };
          else if (typeof raw === 'string') content = { kind: 'text', value: raw };
          else if (raw instanceof DetailedCellError) content = { kind: 'error', value: raw.value };
          else content = { kind: 'blank' };
        }
        const cell: CellExport = { row: r, column: c, content, value };
        if (type === 'ARRAY') cell.spilled = true;
        if (type === 'ARRAYFORMULA') {
          let numColumns = 1;
          while (this.hf.getCellType({ sheet: id, row, col: col + numColumns }) === 'ARRAY') numColumns += 1;
          let numRows = 1;
          while (this.hf.getCellType({ sheet: id, row: row + numRows, col }) === 'ARRAY') numRows += 1;
          if (numRows > 1 || numColumns > 1) cell.spill = { numRows, numColumns };
        }
        const style = sheet.styles.get(cellKey(r, c));
        if (style) cell.style = { ...style };
        if (value === '#ERROR!' || (typeof value === 'string' && value.startsWith('#'))) {
          const message = this.errorMessage(sheet, r, c);
          if (message !== undefined && type !== 'VALUE') cell.errorMessage = message;
        }
        cells.set(cellKey(r, c), cell);
      }
    }
    for (const [key, style] of sheet.styles) {
      if (cells.has(key)) continue;
      cells.set(key, { row: keyRow(key), column: keyColumn(key), content: { kind: 'blank' }, value: '', style: { ...style } });
    }
    return [...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, cell]) => cell);
  }
}

/** One cell as exported (for xlsx and snapshots). */
export interface CellExport {
  row: number;
  column: number;
  /** What the cell holds: a literal, a formula (as written), or blank (style-only or spilled cells). */
  content: CellContent;
  /** The value getValues returns (Date for date cells, '' for blanks, '#N/A' for errors). */
  value: unknown;
  /** True when the value comes from an array formula anchored elsewhere. */
  spilled?: boolean;
  /** On an array formula's anchor: the size of its spilled result. */
  spill?: { numRows: number; numColumns: number };
  style?: CellStyle;
  errorMessage?: string;
}
