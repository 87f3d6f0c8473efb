/**
 * .xlsx (ExcelJS) and .csv in and out of the fake spreadsheet, for the command line and tests.
 *
 * Loaded: sheet order, values, formulas (Excel's _xlfn./_xlws. prefixes removed), number formats
 * (a date cell comes back from getValues as a Date), bold/background/alignment/wrap, column
 * widths, frozen rows/columns, right-to-left, hidden sheets, defined names that are plain ranges,
 * and conditional rules of the three kinds the fake supports. As in Sheets, a merge's value is in its
 * top-left cell only (the covered cells load blank); error literals ('#N/A' typed into the file, not
 * computed) load as errors. A package that would expand past ZIP_BOUNDS is refused before it is.
 * Saved: the same, with each formula's cached result (or none: `cachedValues: false`, the file then
 * asks to be recalculated on open). Array results are saved as array formulas over their spill.
 * Not representable in .xlsx: developer metadata, document properties, charts.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { customFunctions } from '../kpi/catalog';
import { inOtherPrograms } from '../summary/portable';
import { absoluteA1, formatA1, parseA1, resolveRange, splitSheetPrefix, type GridRect } from './fake/a1';
import { isDate, utcDateToSerial } from './fake/dates';
import {
  createFakeSpreadsheet,
  type CellContent,
  type CellStyle,
  type FakeSpreadsheet,
  type FakeSpreadsheetOptions,
  type RuleCondition,
  type RuleFormat,
  type SheetDataModel,
  type WorkbookModel,
} from './fake/index';
import { isGeneral } from './fake/number-format';
import { parseUserInput } from './fake/user-input';
import { checkExpandedSizes, readZip } from './zip';

export interface SaveXlsxOptions {
  /** Store each formula's computed result in the file (default true). */
  cachedValues?: boolean;
  /**
   * A file for Excel and LibreOffice, which have neither the add-on's functions nor SPARKLINE: a formula that calls one
   * of ours is saved as its value (with its spill), a SPARKLINE as a blank cell (default false).
   */
  forOtherPrograms?: boolean;
}

export interface LoadCsvOptions extends FakeSpreadsheetOptions {
  /** Sheet name; default: the file name without extension, or 'Sheet1'. */
  sheetName?: string;
  /** Field separator; default ','. */
  delimiter?: string;
  /** Turn '=…' (and '+…'/'-…' non-number) fields into formulas (Sheets' import option); default false: text. */
  formulas?: boolean;
}

const PIXELS_PER_CHARACTER = 7;
const EXCEL_ERRORS = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

// ------------------------------------------------------------------ colours

function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9A-Fa-f]{6,8}$/.test(argb)) return undefined;
  return `#${argb.slice(-6).toLowerCase()}`;
}

function hexToArgb(color: string): string | undefined {
  const named: Record<string, string> = { red: 'ff0000', green: '00ff00', blue: '0000ff', white: 'ffffff', black: '000000', yellow: 'ffff00' };
  const hex = named[color.toLowerCase()] ?? color.replace(/^#/, '');
  if (/^[0-9A-Fa-f]{3}$/.test(hex)) return `FF${hex.replace(/./g, (c) => c + c).toUpperCase()}`;
  if (/^[0-9A-Fa-f]{6}$/.test(hex)) return `FF${hex.toUpperCase()}`;
  return undefined;
}

// ------------------------------------------------------------------ load .xlsx

function stripExcelPrefixes(formula: string): string {
  return formula.replace(/_xlfn\.(_xlws\.)?/g, '').replace(/_xlws\./g, '');
}

function styleOf(cell: ExcelJS.Cell): CellStyle | undefined {
  const style: CellStyle = {};
  if (cell.numFmt && !isGeneral(cell.numFmt)) style.numberFormat = cell.numFmt;
  if (cell.font?.bold) style.fontWeight = 'bold';
  const fill = cell.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const color = argbToHex(fill.fgColor?.argb);
    if (color) style.background = color;
  }
  const horizontal = cell.alignment?.horizontal;
  if (horizontal === 'left' || horizontal === 'center' || horizontal === 'right') style.horizontalAlignment = horizontal;
  if (cell.alignment?.wrapText) style.wrap = true;
  return Object.keys(style).length > 0 ? style : undefined;
}

function contentOf(value: ExcelJS.CellValue, cell: ExcelJS.Cell): CellContent {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string') return value === '' ? { kind: 'blank' } : { kind: 'text', value };
  if (isDate(value)) return { kind: 'number', value: utcDateToSerial(value) };
  if ('formula' in value && typeof value.formula === 'string') return { kind: 'formula', formula: `=${stripExcelPrefixes(value.formula)}` };
  if ('sharedFormula' in value) {
    const formula = cell.formula;
    return formula ? { kind: 'formula', formula: `=${stripExcelPrefixes(formula)}` } : { kind: 'blank' };
  }
  if ('richText' in value) return { kind: 'text', value: value.richText.map((part) => part.text).join('') };
  if ('hyperlink' in value) return { kind: 'text', value: String(value.text) };
  if ('error' in value) return EXCEL_ERRORS.has(String(value.error)) ? { kind: 'error', value: String(value.error) } : { kind: 'text', value: String(value.error) };
  return { kind: 'text', value: String(value) };
}

interface CfRule {
  type: string;
  operator?: string;
  formulae?: unknown[];
  text?: string;
  style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string }; bold?: boolean } };
}

function ruleFromExcel(rule: CfRule): { condition: RuleCondition | null; format: RuleFormat } | undefined {
  const first = rule.formulae?.[0];
  let condition: RuleCondition | null;
  if (rule.type === 'expression' && first !== undefined) condition = { type: 'CUSTOM_FORMULA', formula: `=${stripExcelPrefixes(String(first))}` };
  else if (rule.type === 'cellIs' && rule.operator === 'greaterThan' && first !== undefined) condition = { type: 'NUMBER_GREATER_THAN', value: Number(first) };
  else if (rule.type === 'cellIs' && rule.operator === 'equal' && typeof first === 'string' && /^".*"$/.test(first)) {
    condition = { type: 'TEXT_EQUAL_TO', value: first.slice(1, -1).replace(/""/g, '"') };
  } else return undefined;
  const format: RuleFormat = {};
  const background = argbToHex(rule.style?.fill?.bgColor?.argb ?? rule.style?.fill?.fgColor?.argb);
  if (background) format.background = background;
  const fontColor = argbToHex(rule.style?.font?.color?.argb);
  if (fontColor) format.fontColor = fontColor;
  if (rule.style?.font?.bold !== undefined) format.bold = rule.style.font.bold;
  return { condition, format };
}

/** Whether `cell` is covered by a merge whose top-left cell is another one. */
function coveredByMerge(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master !== cell && cell.master.address !== cell.address;
}

/** Reads an .xlsx file's contents into a WorkbookModel; refuses a package that would expand past ZIP_BOUNDS, before expanding it. */
export async function xlsxToModel(data: Buffer | ArrayBuffer | Uint8Array): Promise<WorkbookModel> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data);
  checkExpandedSizes(readZip(bytes));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: SheetDataModel[] = [];
  for (const worksheet of workbook.worksheets) {
    const cells: SheetDataModel['cells'] = [];
    const covered = new Set<string>();
    let maxRow = 0;
    let maxColumn = 0;
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        const value = cell.value;
        const style = styleOf(cell);
        if (value && typeof value === 'object' && 'shareType' in value && (value as { shareType?: string }).shareType === 'array') {
          const ref = (value as { ref?: string }).ref;
          const parsed = ref ? parseA1(ref) : undefined;
          if (parsed) {
            const rect = resolveRange(parsed, rowNumber, columnNumber);
            for (let r = rect.row; r < rect.row + rect.numRows; r++) {
              for (let c = rect.column; c < rect.column + rect.numColumns; c++) if (r !== rowNumber || c !== columnNumber) covered.add(`${r}:${c}`);
            }
          }
        }
        let content = contentOf(value, cell);
        // Like Sheets, only a merge's top-left cell holds its value (ExcelJS repeats it in the covered cells).
        if (covered.has(`${rowNumber}:${columnNumber}`) || coveredByMerge(cell)) content = { kind: 'blank' };
        if (isDate(value) && !style?.numberFormat) {
          cells.push({ row: rowNumber, column: columnNumber, content, style: { ...style, numberFormat: 'yyyy-mm-dd' } });
        } else if (content.kind !== 'blank' || style) {
          cells.push({ row: rowNumber, column: columnNumber, content, style });
        } else return;
        maxRow = Math.max(maxRow, rowNumber);
        maxColumn = Math.max(maxColumn, columnNumber);
      });
    });
    // Cells covered by an array formula that were read before the formula's anchor.
    const kept = cells.map((cell) => (covered.has(`${cell.row}:${cell.column}`) ? { ...cell, content: { kind: 'blank' as const } } : cell));

    const view = (worksheet.views?.[0] ?? {}) as { state?: string; xSplit?: number; ySplit?: number; rightToLeft?: boolean };
    const columnWidths: Array<[number, number]> = [];
    worksheet.columns?.forEach((column, index) => {
      if (column.width !== undefined) columnWidths.push([index + 1, Math.round(column.width * PIXELS_PER_CHARACTER)]);
    });
    const conditionalRules: SheetDataModel['conditionalRules'] = [];
    const formattings = ((worksheet as unknown as { conditionalFormattings?: Array<{ ref: string; rules: CfRule[] }> }).conditionalFormattings ?? []);
    for (const formatting of formattings) {
      for (const rule of formatting.rules) {
        const converted = ruleFromExcel(rule);
        if (converted) conditionalRules.push({ ...converted, ranges: formatting.ref.split(/\s+/).filter(Boolean).map((r) => r.replace(/\$/g, '')) });
      }
    }
    sheets.push({
      name: worksheet.name,
      maxRows: Math.max(1000, maxRow),
      maxColumns: Math.max(26, maxColumn),
      frozenRows: view.state === 'frozen' ? (view.ySplit ?? 0) : 0,
      frozenColumns: view.state === 'frozen' ? (view.xSplit ?? 0) : 0,
      rightToLeft: view.rightToLeft ?? false,
      hidden: worksheet.state === 'hidden' || worksheet.state === 'veryHidden',
      columnWidths,
      cells: kept,
      conditionalRules,
    });
  }
  const namedRanges: WorkbookModel['namedRanges'] = [];
  for (const { name, ranges } of workbook.definedNames.model as Array<{ name: string; ranges: string[] }>) {
    if (ranges.length !== 1) continue;
    try {
      const { sheetName, reference } = splitSheetPrefix(ranges[0]);
      if (sheetName === undefined) continue;
      namedRanges.push({ name, sheet: sheetName, a1: reference.replace(/\$/g, '') });
    } catch {
      // not a plain range
    }
  }
  return { sheets, namedRanges };
}

/** Loads an .xlsx file (path or bytes) into a new fake spreadsheet. */
export async function loadXlsx(file: string | Buffer | Uint8Array, options: FakeSpreadsheetOptions = {}): Promise<FakeSpreadsheet> {
  const data = typeof file === 'string' ? await readFile(file) : file;
  const model = await xlsxToModel(data);
  const name = options.name ?? (typeof file === 'string' ? basename(file, extname(file)) : undefined);
  return createFakeSpreadsheet({ ...options, name, model });
}

// ------------------------------------------------------------------ load .csv

/** RFC 4180 fields: quoted fields may hold separators, newlines and doubled quotes. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV text as a one-sheet WorkbookModel, each field converted as Sheets' import does. */
export function csvToModel(text: string, options: LoadCsvOptions = {}): WorkbookModel {
  const rows = parseCsv(text, options.delimiter ?? ',');
  const locale = options.locale ?? 'en_US';
  const cells: SheetDataModel['cells'] = [];
  let maxColumn = 0;
  rows.forEach((fields, i) => {
    fields.forEach((field, j) => {
      let parsed = parseUserInput(field, undefined, locale);
      if (parsed.content.kind === 'formula' && !options.formulas) parsed = { content: { kind: 'text', value: field } };
      if (parsed.content.kind === 'blank') return;
      cells.push({ row: i + 1, column: j + 1, content: parsed.content, style: parsed.impliedFormat ? { numberFormat: parsed.impliedFormat } : undefined });
      maxColumn = Math.max(maxColumn, j + 1);
    });
  });
  return {
    sheets: [{ name: options.sheetName ?? 'Sheet1', maxRows: Math.max(1000, rows.length), maxColumns: Math.max(26, maxColumn), cells }],
    namedRanges: [],
  };
}

/** Loads a .csv file; the sheet (and spreadsheet) is named after the file. */
export async function loadCsv(path: string, options: LoadCsvOptions = {}): Promise<FakeSpreadsheet> {
  const text = await readFile(path, 'utf8');
  const sheetName = options.sheetName ?? basename(path, extname(path));
  return loadCsvText(text, { ...options, sheetName, name: options.name ?? sheetName });
}

export function loadCsvText(text: string, options: LoadCsvOptions = {}): FakeSpreadsheet {
  return createFakeSpreadsheet({ ...options, model: csvToModel(text, options) });
}

/** Loads .xlsx or .csv by extension. */
export async function loadWorkbookFile(path: string, options: FakeSpreadsheetOptions = {}): Promise<FakeSpreadsheet> {
  return extname(path).toLowerCase() === '.csv' ? loadCsv(path, options) : loadXlsx(path, options);
}

// ------------------------------------------------------------------ save .xlsx

function excelStyle(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  if (style.numberFormat && !isGeneral(style.numberFormat)) cell.numFmt = style.numberFormat;
  if (style.fontWeight === 'bold') cell.font = { bold: true };
  if (style.background) {
    const argb = hexToArgb(style.background);
    if (argb) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
  }
  if (style.horizontalAlignment || style.wrap) {
    const horizontal = style.horizontalAlignment === 'normal' ? undefined : style.horizontalAlignment;
    cell.alignment = { horizontal, wrapText: style.wrap };
  }
}

function excelResult(value: unknown): ExcelJS.CellFormulaValue['result'] {
  if (value === '' || value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.startsWith('#')) {
    return EXCEL_ERRORS.has(value) ? { error: value as '#N/A' } : { error: '#VALUE!' };
  }
  // ExcelJS tests `instanceof Date`: a Date from a vm context becomes one of this realm.
  if (isDate(value)) return new Date(value.getTime());
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return undefined;
}

/** Excel cell values are numbers for dates too: write the serial, the format makes it a date. */
function excelLiteral(content: CellContent): ExcelJS.CellValue {
  switch (content.kind) {
    case 'number':
    case 'boolean':
    case 'text':
      return content.value;
    case 'error':
      return EXCEL_ERRORS.has(content.value) ? { error: content.value as ExcelJS.CellErrorValue['error'] } : content.value;
    default:
      return null;
  }
}

function excelRule(condition: RuleCondition | null, format: RuleFormat): ExcelJS.ConditionalFormattingRule | undefined {
  const style: Partial<ExcelJS.Style> = {};
  if (format.background) {
    const argb = hexToArgb(format.background);
    if (argb) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb } };
  }
  if (format.fontColor || format.bold !== undefined) {
    const argb = format.fontColor ? hexToArgb(format.fontColor) : undefined;
    style.font = { ...(argb ? { color: { argb } } : {}), ...(format.bold !== undefined ? { bold: format.bold } : {}) };
  }
  if (!condition) return undefined;
  const priority = 1;
  switch (condition.type) {
    case 'CUSTOM_FORMULA':
      return { type: 'expression', formulae: [condition.formula.replace(/^=/, '')], style, priority };
    case 'NUMBER_GREATER_THAN':
      return { type: 'cellIs', operator: 'greaterThan', formulae: [condition.value], style, priority };
    case 'TEXT_EQUAL_TO':
      return { type: 'cellIs', operator: 'equal', formulae: [`"${condition.value.replace(/"/g, '""')}"`], style, priority };
  }
}

/** Adds `sheet` of the fake to an ExcelJS workbook: view, column widths, cells with styles, conditional rules. */
function addWorksheet(workbook: ExcelJS.Workbook, fake: FakeSpreadsheet, sheet: SheetDataModel, cachedValues: boolean, forOtherPrograms = false): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: [
      sheet.frozenRows || sheet.frozenColumns
        ? { state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows, rightToLeft: sheet.rightToLeft }
        : { state: 'normal', rightToLeft: sheet.rightToLeft },
    ],
  });
  for (const [column, width] of sheet.columnWidths ?? []) worksheet.getColumn(column).width = width / PIXELS_PER_CHARACTER;
  const ours = new Set(customFunctions().map((entry) => entry.id));
  // Spilled cells of a formula saved as its value are values too.
  const valueSpills: GridRect[] = [];
  const inSpill = (row: number, column: number): boolean => valueSpills.some((r) => row >= r.row && row < r.row + r.numRows && column >= r.column && column < r.column + r.numColumns);
  for (const cell of fake.exportCells(sheet.name)) {
    const target = worksheet.getCell(cell.row, cell.column);
    const saved = forOtherPrograms && cell.content.kind === 'formula' ? inOtherPrograms(cell.content.formula, ours) : 'formula';
    if (saved !== 'formula' || (cell.spilled && inSpill(cell.row, cell.column))) {
      const result = saved === 'blank' ? undefined : excelResult(cell.value);
      target.value = result === undefined ? null : (result as ExcelJS.CellValue);
      if (cell.spill) valueSpills.push({ row: cell.row, column: cell.column, ...cell.spill });
    } else if (cell.content.kind === 'formula') {
      const formula = cell.content.formula.replace(/^=/, '');
      const result = cachedValues ? excelResult(cell.value) : undefined;
      if (cell.spill) {
        const ref = formatA1({ row: cell.row, column: cell.column, numRows: cell.spill.numRows, numColumns: cell.spill.numColumns });
        target.value = { formula, result, shareType: 'array', ref } as ExcelJS.CellValue;
      } else {
        target.value = result === undefined ? { formula } : { formula, result };
      }
    } else if (cell.spilled) {
      if (cachedValues) {
        const result = excelResult(cell.value);
        target.value = result === undefined || typeof result === 'object' ? null : (result as ExcelJS.CellValue);
      }
    } else {
      target.value = excelLiteral(cell.content);
    }
    excelStyle(target, cell.style);
  }
  for (const rule of sheet.conditionalRules ?? []) {
    const converted = excelRule(rule.condition, rule.format);
    if (converted) worksheet.addConditionalFormatting({ ref: rule.ranges.join(' '), rules: [converted] });
  }
}

function newWorkbook(cachedValues: boolean): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kpi-sheets fake';
  if (!cachedValues) workbook.calcProperties.fullCalcOnLoad = true;
  return workbook;
}

/** The fake spreadsheet as .xlsx bytes. */
export async function toXlsxBuffer(fake: FakeSpreadsheet, options: SaveXlsxOptions = {}): Promise<Buffer> {
  const cachedValues = options.cachedValues ?? true;
  const workbook = newWorkbook(cachedValues);
  const model = fake.exportModel();
  for (const sheet of model.sheets) addWorksheet(workbook, fake, sheet, cachedValues, options.forOtherPrograms);
  for (const named of model.namedRanges) {
    const rect = resolveRange(parseA1(named.a1)!, 1, 1);
    workbook.definedNames.add(absoluteA1(named.sheet, rect), named.name);
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}

/** One sheet of the fake as the only sheet of an .xlsx package (no defined names; formulas keep their references to other sheets). */
export async function sheetXlsxBuffer(fake: FakeSpreadsheet, sheetName: string, options: SaveXlsxOptions = {}): Promise<Buffer> {
  const cachedValues = options.cachedValues ?? true;
  const workbook = newWorkbook(cachedValues);
  const sheet = fake.exportModel({ sheet: sheetName }).sheets[0];
  if (!sheet) throw new Error(`No sheet named ${sheetName}`);
  addWorksheet(workbook, fake, { ...sheet, hidden: false }, cachedValues);
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}

/** Saves the fake spreadsheet to an .xlsx file. */
export async function saveXlsx(fake: FakeSpreadsheet, path: string, options: SaveXlsxOptions = {}): Promise<void> {
  await writeFile(path, await toXlsxBuffer(fake, options));
}
