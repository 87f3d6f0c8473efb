/**
 * A fake SpreadsheetApp backed by HyperFormula, for tests, the command line and the playground.
 * Development only: HyperFormula is GPL-3.0 and must never be bundled into dist/.
 *
 *     const fake = createFakeSpreadsheet({ timeZone: 'Asia/Tehran' });
 *     fake.registerCustomFunctions({ NPS: nps });
 *     const sheet = fake.spreadsheet.getSheets()[0];
 *     sheet.getRange('A1:A3').setValues([[9], [10], [3]]);
 *     sheet.getRange('B1').setFormula('=NPS(A1:A3)');
 *     fake.calls().counts['Range.setValues']; // 1
 */
import { createHash } from 'node:crypto';
import type * as Api from '../../server/apps-script-api';
import { formatA1, quoteSheetName } from './a1';
import {
  FakeCharts,
  FakeHtmlService,
  FakePropertiesService,
  FakeSession,
  FakeSpreadsheetApp,
  parseSelection,
  spreadsheetFacade,
} from './api';
import { chartView, type ChartView } from './charts';
import type { CustomFunction } from './custom-function-plugin';
import { isDate } from './dates';
import { FakeWorkbook, type CellExport, type CellStyle, type RuleCondition, type RuleFormat, type UiEvent, type WriteRecord } from './workbook';
import type { CellContent } from './user-input';
import { FakeUtilities } from './utilities';

export type { CustomFunction } from './custom-function-plugin';
export { chartSeries, chartTable, type ChartSeriesData, type ChartView } from './charts';
export type { CellExport, CellStyle, RuleCondition, RuleFormat, UiEvent, WriteRecord } from './workbook';
export type { CellContent } from './user-input';

export interface FakeSpreadsheetOptions {
  /** Spreadsheet locale (Spreadsheet.getSpreadsheetLocale), default 'en_US'. */
  locale?: string;
  /** Spreadsheet time zone, used to turn date serials into Dates; default 'UTC'. */
  timeZone?: string;
  /** Spreadsheet name, default 'Untitled spreadsheet'. */
  name?: string;
  /** Session.getActiveUserLocale(), default: the language of `locale` ('en'). */
  userLocale?: string;
  /** Spreadsheet id (getId), default a fixed fake id. */
  id?: string;
  /**
   * The Date constructor for values handed to the caller (getValues, custom-function arguments).
   * Pass a node:vm context's Date (vm.runInContext('Date', ctx)) so that code running there sees
   * `instanceof Date` hold, as it does in Apps Script.
   */
  DateClass?: DateConstructor;
  /** Files HtmlService.createHtmlOutputFromFile can open, by name. */
  htmlFiles?: Record<string, string>;
  /**
   * Initial sheets and their cells, written as Range.setValues would (so '=…' is a formula).
   * Without it the spreadsheet has one empty 'Sheet1'. Not recorded as writes, not counted.
   */
  sheets?: Array<{ name: string; values?: unknown[][]; maxRows?: number; maxColumns?: number }>;
  /** A workbook to load (see WorkbookModel; src/local/xlsx.ts builds one from .xlsx/.csv). */
  model?: WorkbookModel;
}

/** A whole workbook as plain data: what .xlsx import/export goes through. */
export interface WorkbookModel {
  sheets: SheetDataModel[];
  namedRanges: Array<{ name: string; sheet: string; a1: string }>;
  metadata?: Array<{ key: string; value: string | null }>;
}

export interface SheetDataModel {
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows?: number;
  frozenColumns?: number;
  rightToLeft?: boolean;
  hidden?: boolean;
  /** [column, width in pixels] */
  columnWidths?: Array<[number, number]>;
  cells: Array<{ row: number; column: number; content: CellContent; style?: CellStyle }>;
  conditionalRules?: Array<{ condition: RuleCondition | null; format: RuleFormat; ranges: string[] }>;
  metadata?: Array<{ key: string; value: string | null }>;
}

/** Cells of one sheet in a snapshot, keyed by A1: value (Dates as {date: ISO}), formula, format. */
export interface SnapshotCell {
  v: unknown;
  f?: string;
  nf?: string;
  s?: Omit<CellStyle, 'numberFormat'>;
}

export interface SpreadsheetSnapshot {
  sheets: Array<{
    name: string;
    index: number;
    sheetId: number;
    maxRows: number;
    maxColumns: number;
    frozenRows: number;
    frozenColumns: number;
    rightToLeft: boolean;
    cells: Record<string, SnapshotCell>;
    metadata: Array<{ key: string; value: string | null }>;
    conditionalRules: number;
    charts: number;
  }>;
  namedRanges: Array<{ name: string; range: string }>;
  metadata: Array<{ key: string; value: string | null }>;
  documentProperties: Array<[string, string]>;
}

export interface CallCounts {
  /** Calls per 'Class.method'. */
  counts: Record<string, number>;
  total: number;
}

export interface FakeSpreadsheet {
  SpreadsheetApp: Api.SpreadsheetAppApi;
  PropertiesService: Api.PropertiesServiceApi;
  Session: Api.SessionApi;
  HtmlService: Api.HtmlServiceApi;
  Charts: Api.ChartsApi;
  /** The active spreadsheet (same object as SpreadsheetApp.getActiveSpreadsheet()). */
  spreadsheet: Api.Spreadsheet;
  /** All the globals at once, e.g. for a node:vm context. */
  globals(): Api.AppsScriptGlobals;
  /** Registers custom functions (called as Sheets would) and recomputes the workbook. */
  registerCustomFunctions(fns: Record<string, CustomFunction>): void;
  /** Calls of public methods of every fake object since creation or resetCalls(). */
  calls(): CallCounts;
  resetCalls(): void;
  /** Every write, in order (values, formulas, formats, named ranges, metadata, rules, charts, sheets, layout, properties). */
  writes(): WriteRecord[];
  resetWrites(): void;
  /** Stable description of the workbook (cells, named ranges, metadata, document properties). */
  snapshot(): SpreadsheetSnapshot;
  /** SHA-256 of the snapshot's JSON. */
  snapshotHash(): string;
  /** Sets the active range list (the last range is the active range; its sheet becomes active). */
  select(a1s: string[]): void;
  /** Message behind an error cell ('Sheet'!A1 or A1 on the active sheet); undefined if not an error. */
  errorMessage(a1: string): string | undefined;
  /** Alerts, toasts, menus and sidebars shown so far. */
  uiEvents(): UiEvent[];
  /** Every sheet's cells with content, values and styles, for exporters. */
  exportCells(sheetName: string): CellExport[];
  /** The workbook as plain data (contents and layout, not computed values); with `only`, that one sheet (and every named range). */
  exportModel(only?: { sheet: string }): WorkbookModel;
  /** The charts inserted on a sheet, with the options they were built with (see charts.ts and chartSeries). */
  charts(sheetName: string): ChartView[];
  /** getValues of 'Sheet'!A1 (or A1 on the active sheet), without counting a call: for reading a chart's ranges in tests. */
  readValues(a1: string): unknown[][];
}

/** JSON-friendly form of a getValues value. */
function snapshotValue(value: unknown): unknown {
  return isDate(value) ? { date: value.toISOString() } : value;
}

function writeInitialSheets(wb: FakeWorkbook, options: FakeSpreadsheetOptions): void {
  if (options.model) {
    loadModel(wb, options.model);
    return;
  }
  const sheets = options.sheets ?? [{ name: 'Sheet1' }];
  for (const spec of sheets) {
    const rows = spec.values?.length ?? 0;
    const columns = Math.max(0, ...(spec.values ?? []).map((row) => row.length));
    const model = wb.addSheet(spec.name, undefined, spec.maxRows ?? Math.max(1000, rows), spec.maxColumns ?? Math.max(26, columns));
    if (spec.values && rows > 0 && columns > 0) {
      const grid = spec.values.map((row) => Array.from({ length: columns }, (_, j) => (j < row.length ? row[j] : null)));
      wb.writeValues(model, { row: 1, column: 1, numRows: rows, numColumns: columns }, grid);
    }
  }
}

function loadModel(wb: FakeWorkbook, model: WorkbookModel): void {
  const created = model.sheets.map((spec) => wb.addSheet(spec.name, undefined, spec.maxRows, spec.maxColumns));
  wb.hf.batch(() => {
    model.sheets.forEach((spec, index) => {
      const sheet = created[index];
      sheet.frozenRows = spec.frozenRows ?? 0;
      sheet.frozenColumns = spec.frozenColumns ?? 0;
      sheet.rightToLeft = spec.rightToLeft ?? false;
      sheet.hidden = spec.hidden ?? false;
      for (const [column, width] of spec.columnWidths ?? []) sheet.columnWidths.set(column, width);
      for (const cell of spec.cells) {
        if (cell.style) wb.styleCells(sheet, { row: cell.row, column: cell.column, numRows: 1, numColumns: 1 }, () => ({ ...cell.style }));
      }
      for (const m of spec.metadata ?? []) wb.addMetadata(sheet, m.key, m.value, `sheet "${sheet.name}"`);
      const rows = spec.cells.reduce((max, c) => Math.max(max, c.row), 0);
      const columns = spec.cells.reduce((max, c) => Math.max(max, c.column), 0);
      if (rows === 0 || columns === 0) return;
      const grid: CellContent[][] = Array.from({ length: rows }, () => Array.from({ length: columns }, () => ({ kind: 'blank' as const })));
      for (const cell of spec.cells) grid[cell.row - 1][cell.column - 1] = cell.content;
      wb.writeCellContents(sheet, { row: 1, column: 1, numRows: rows, numColumns: columns }, grid);
    });
  });
  model.sheets.forEach((spec, index) => {
    const sheet = created[index];
    for (const rule of spec.conditionalRules ?? []) {
      const ranges = rule.ranges.map((a1) => {
        const { rect } = wb.resolveA1(a1, sheet);
        return { sheet, rect };
      });
      sheet.rules.push({ condition: rule.condition, format: { ...rule.format }, ranges });
    }
  });
  for (const named of model.namedRanges) {
    const sheet = wb.sheetByName(named.sheet);
    if (!sheet) continue;
    try {
      const { rect } = wb.resolveA1(named.a1, sheet);
      wb.setNamedRange(named.name, sheet, rect);
    } catch {
      // A defined name Sheets cannot hold (a formula, an invalid name) is dropped.
    }
  }
  for (const m of model.metadata ?? []) wb.addMetadata(wb, m.key, m.value, 'the spreadsheet');
  wb.settle();
}

export function createFakeSpreadsheet(options: FakeSpreadsheetOptions = {}): FakeSpreadsheet {
  const locale = options.locale ?? 'en_US';
  const wb = new FakeWorkbook({
    id: options.id ?? '1FakeSpreadsheetId0000000000000000000000000',
    name: options.name ?? 'Untitled spreadsheet',
    locale,
    userLocale: options.userLocale ?? locale.split(/[_-]/)[0],
    timeZone: options.timeZone ?? 'UTC',
    htmlFiles: options.htmlFiles ?? {},
    DateClass: options.DateClass ?? Date,
  });
  writeInitialSheets(wb, options);
  wb.activeSheet = wb.sheets[0];

  const SpreadsheetApp = new FakeSpreadsheetApp(wb);
  const PropertiesService = new FakePropertiesService(wb);
  const Session = new FakeSession(wb);
  const HtmlService = new FakeHtmlService(wb);
  const spreadsheet = spreadsheetFacade(wb);

  const snapshot = (): SpreadsheetSnapshot => ({
    sheets: wb.sheets.map((sheet, index) => {
      const cells: Record<string, SnapshotCell> = {};
      for (const cell of wb.cellsOf(sheet)) {
        const entry: SnapshotCell = { v: snapshotValue(cell.value) };
        if (cell.content.kind === 'formula') entry.f = cell.content.formula;
        const { numberFormat, ...style } = cell.style ?? {};
        if (numberFormat !== undefined) entry.nf = numberFormat;
        if (Object.keys(style).length > 0) entry.s = style;
        cells[formatA1({ row: cell.row, column: cell.column, numRows: 1, numColumns: 1 })] = entry;
      }
      return {
        name: sheet.name,
        index: index + 1,
        sheetId: sheet.sheetId,
        maxRows: sheet.maxRows,
        maxColumns: sheet.maxColumns,
        frozenRows: sheet.frozenRows,
        frozenColumns: sheet.frozenColumns,
        rightToLeft: sheet.rightToLeft,
        cells,
        metadata: sheet.metadata.map(({ key, value }) => ({ key, value })),
        conditionalRules: sheet.rules.length,
        charts: sheet.charts.length,
      };
    }),
    namedRanges: [...wb.namedRanges.values()]
      .map((named) => ({ name: named.name, range: `${quoteSheetName(named.sheet.name)}!${formatA1(named.rect)}` }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    metadata: wb.metadata.map(({ key, value }) => ({ key, value })),
    documentProperties: [...wb.documentProperties.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  });

  return {
    SpreadsheetApp,
    PropertiesService,
    Session,
    HtmlService,
    Charts: FakeCharts,
    spreadsheet,
    globals: () => ({ SpreadsheetApp, PropertiesService, Session, HtmlService, Charts: FakeCharts, Utilities: FakeUtilities }),
    registerCustomFunctions: (fns) => wb.registerCustomFunctions(fns),
    calls: () => ({ counts: Object.fromEntries([...wb.counts.entries()].sort()), total: wb.total }),
    resetCalls: () => {
      wb.counts.clear();
      wb.total = 0;
    },
    writes: () => wb.writeLog.map((record) => ({ ...record })),
    resetWrites: () => {
      wb.writeLog.length = 0;
    },
    snapshot,
    snapshotHash: () => createHash('sha256').update(JSON.stringify(snapshot())).digest('hex'),
    select: (a1s) => {
      const selection = a1s.map((a1) => parseSelection(wb, a1));
      if (selection.length === 0) throw new Error('Select at least one range.');
      wb.selection = selection;
      wb.activeSheet = selection[selection.length - 1].sheet;
    },
    errorMessage: (a1) => {
      const { sheet, rect } = wb.resolveA1(a1, wb.activeSheet ?? wb.sheets[0]);
      return wb.errorMessage(sheet, rect.row, rect.column);
    },
    uiEvents: () => wb.uiEvents.map((event) => ({ ...event })),
    exportCells: (sheetName) => {
      const sheet = wb.sheetByName(sheetName);
      if (!sheet) throw new Error(`No sheet named ${sheetName}`);
      return wb.cellsOf(sheet);
    },
    charts: (sheetName) => {
      const sheet = wb.sheetByName(sheetName);
      if (!sheet) throw new Error(`No sheet named ${sheetName}`);
      return sheet.charts.map(chartView);
    },
    readValues: (a1) => {
      const { sheet, rect } = wb.resolveA1(a1, wb.activeSheet ?? wb.sheets[0]);
      return wb.readValues(sheet, rect);
    },
    exportModel: (only) => ({
      sheets: wb.sheets.filter((sheet) => !only || sheet.name === only.sheet).map((sheet) => ({
        name: sheet.name,
        maxRows: sheet.maxRows,
        maxColumns: sheet.maxColumns,
        frozenRows: sheet.frozenRows,
        frozenColumns: sheet.frozenColumns,
        rightToLeft: sheet.rightToLeft,
        hidden: sheet.hidden,
        columnWidths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
        cells: wb
          .cellsOf(sheet)
          .filter((cell) => !cell.spilled || cell.style)
          .map((cell) => ({ row: cell.row, column: cell.column, content: cell.spilled ? { kind: 'blank' as const } : cell.content, style: cell.style })),
        conditionalRules: sheet.rules.map((rule) => ({
          condition: rule.condition,
          format: { ...rule.format },
          ranges: rule.ranges.map((r) => formatA1(r.rect)),
        })),
        metadata: sheet.metadata.map(({ key, value }) => ({ key, value })),
      })),
      namedRanges: [...wb.namedRanges.values()].map((named) => ({ name: named.name, sheet: named.sheet.name, a1: formatA1(named.rect) })),
      metadata: wb.metadata.map(({ key, value }) => ({ key, value })),
    }),
  };
}
