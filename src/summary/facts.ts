/** Selection facts: what the add-on knows of each selected range and its columns, read from values alone (pure). */
import { isDate } from '../cells/read';
import { NOT_A_DATE, readDateText } from '../cells/date-text';
import { dateOfLocalDay } from '../cells/dates';
import { decimalMarkOf } from '../cells/locale';
import { NOT_A_NUMBER, readNumberText, UNREADABLE } from '../cells/number-text';
import type { Calendar } from '../kpi/periods/period';
import { absoluteA1, qualifiedA1 } from './a1';
import { recognizeColumn } from './recognize';
import type { Role } from './roles';

export type ColumnType = 'number' | 'percent' | 'money' | 'date' | 'text' | 'empty';

/** One column of a selected range. */
export interface ColumnDescription {
  /** 0-based column inside the range. */
  readonly index: number;
  readonly header: string;
  /** The data cells (below the header), as an absolute A1 reference with the sheet quoted. */
  readonly a1: string;
  readonly type: ColumnType;
  readonly nonBlank: number;
  /** The recognised role, or the user's override. */
  readonly role: Role | null;
  readonly confidence: number;
  readonly matched: string;
  /** Whether the user chose this column's role (an explicit join may combine such columns of several tables). */
  readonly chosen: boolean;
  /** The currency its number formats show ($, €, ریال, …), when they show one. */
  readonly currency?: string;
  /**
   * Cells native formulas would read differently from our functions: numbers typed as text, dates in a column that is
   * not a date column, error values, text that is not a number, and dates typed as text (`textDates`): SUMIFS, COUNTIFS
   * and FILTER compare a text date with a period's bounds as text, so period formulas over such a date column are not native.
   */
  readonly nativeUnsafe: number;
  /** Cells holding a date typed as text in the spreadsheet's locale (`2023-01-15`, `15.01.2023` in Russian); counted in `nonBlank`, in the type's vote as dates, and in `nativeUnsafe`. */
  readonly textDates: number;
  readonly negatives: number;
  /** Whether every number is a whole number 0–10 (survey answers). */
  readonly wholeNumbers0to10: boolean;
  readonly wholeNumbers1to6: boolean;
  /** For a column with dates: the first and last date as epoch ms (a date typed as text as its local midnight in the spreadsheet's time zone). */
  readonly firstDate?: number;
  readonly lastDate?: number;
}

export interface RangeFacts {
  /** The range as the user selected it, sheet quoted: 'O''Brien Q1'!A1:D90. */
  readonly a1: string;
  readonly sheetName: string;
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
  readonly hasHeader: boolean;
  readonly columns: readonly ColumnDescription[];
}

/** What the adapter reads of one selected range. */
export interface RangeInput {
  readonly sheetName: string;
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormats?: readonly (readonly string[])[];
}

const isBlank = (cell: unknown): boolean => cell === '' || cell === null || cell === undefined;

/** How the cells of a range are read: the spreadsheet's decimal mark, locale and chosen calendar (for dates typed as text) and time zone. */
interface Reading {
  readonly mark: '.' | ',';
  readonly locale: string;
  readonly timeZone: string | undefined;
  readonly calendar: Calendar | undefined;
}

/** A cell that reads as text for a person: a non-blank string that is neither a number nor a date in this locale. */
function isLabel(cell: unknown, reading: Reading): boolean {
  return typeof cell === 'string' && cell.trim() !== '' && readNumberText(cell, reading.mark) === NOT_A_NUMBER && readDateText(cell, reading.locale, reading.calendar) === NOT_A_DATE;
}

/** The first row is a header when it is all labels and the rows below hold something else, or its words name a role. */
function detectHeader(values: RangeInput['values'], reading: Reading): boolean {
  if (values.length < 2) return false;
  const first = values[0];
  if (!first.some((cell) => !isBlank(cell)) || !first.every((cell) => isBlank(cell) || isLabel(cell, reading))) return false;
  const below = values.slice(1);
  if (below.some((row) => row.some((cell) => !isBlank(cell) && !isLabel(cell, reading)))) return true;
  return first.some((cell) => typeof cell === 'string' && recognizeColumn(cell, { type: 'text', nonBlank: below.length, wholeNumbers0to10: false, wholeNumbers1to6: false }).role !== null);
}

/** The currency a set of number formats shows: a `[$…]` symbol, a quoted currency word, or a bare symbol; the first found. */
export function currencyOf(formats: ReadonlySet<string>): string | undefined {
  for (const format of formats) {
    const bracket = /\[\$([^\]-]+)(?:-[0-9A-Fa-f]+)?\]/.exec(format);
    if (bracket && bracket[1].trim()) return bracket[1].trim();
    const symbol = /[$€£¥₽﷼₺₹]/.exec(format.replace(/"[^"]*"/g, ''));
    if (symbol) return symbol[0];
    const quoted = /"([^"0-9#.,%]*\p{L}[^"0-9#.,%]*)"/u.exec(format);
    if (quoted && /ریال|تومان|ر\.س|د\.إ|ج\.م|руб|USD|EUR|IRR|IRT|SAR|AED|RUB/i.test(quoted[1])) return quoted[1].trim();
  }
  return undefined;
}

const MS_PER_DAY = 86_400_000;

/** The instant a local day starts in the time zone; without one, noon UTC of the day (its local day in zones within ±12 h of UTC). */
function instantOfDay(day: number, timeZone: string | undefined): number {
  return timeZone === undefined ? day * MS_PER_DAY + MS_PER_DAY / 2 : dateOfLocalDay(day, timeZone).getTime();
}

/** Describes one column's data cells. */
function describeColumn(input: RangeInput, index: number, hasHeader: boolean, reading: Reading, override: Role | null | undefined): ColumnDescription {
  const { mark } = reading;
  const first = hasHeader ? 1 : 0;
  const header = hasHeader ? String(input.values[0][index] ?? '').trim() : '';
  let numbers = 0;
  let dates = 0;
  let textDates = 0;
  let texts = 0;
  let nativeUnsafe = 0;
  let negatives = 0;
  let whole0to10 = true;
  let whole1to6 = true;
  let firstDate = Infinity;
  let lastDate = -Infinity;
  const distinct = new Set<string>();
  const formats = new Set<string>();
  for (let r = first; r < input.values.length; r++) {
    const cell = input.values[r][index];
    if (isBlank(cell) || typeof cell === 'boolean') continue;
    const format = input.numberFormats?.[r]?.[index];
    if (format) formats.add(format);
    let value: number | null = null;
    if (typeof cell === 'number') value = cell;
    else if (isDate(cell)) {
      dates++;
      firstDate = Math.min(firstDate, cell.getTime());
      lastDate = Math.max(lastDate, cell.getTime());
      continue;
    } else if (typeof cell === 'string') {
      nativeUnsafe++;
      const read = readNumberText(cell, mark);
      if (read === NOT_A_NUMBER || read === UNREADABLE) {
        const day = readDateText(cell, reading.locale, reading.calendar);
        if (day !== NOT_A_DATE) {
          dates++;
          textDates++;
          const ms = instantOfDay(day, reading.timeZone);
          firstDate = Math.min(firstDate, ms);
          lastDate = Math.max(lastDate, ms);
          continue;
        }
        texts++;
        if (distinct.size < 50) distinct.add(cell.trim());
        continue;
      }
      value = read;
    }
    if (value === null) continue;
    numbers++;
    if (value < 0) negatives++;
    if (!(Number.isInteger(value) && value >= 0 && value <= 10)) whole0to10 = false;
    if (!(Number.isInteger(value) && value >= 1 && value <= 6)) whole1to6 = false;
  }
  const nonBlank = numbers + dates + texts;
  const formatText = [...formats].join(' ');
  let type: ColumnType = 'empty';
  if (nonBlank > 0) {
    const most = Math.max(numbers, dates, texts);
    if (most === dates) type = 'date';
    else if (most === numbers) type = /%/.test(formatText) ? 'percent' : /[$€£¥₽﷼]|\[\$/.test(formatText) ? 'money' : 'number';
    else type = 'text';
  }
  // Date cells in a column of another type are cells native formulas would skip silently (text dates are counted already).
  if (type !== 'date') nativeUnsafe += dates - textDates;
  const recognized = recognizeColumn(header, {
    type,
    nonBlank,
    wholeNumbers0to10: numbers > 0 && whole0to10,
    wholeNumbers1to6: numbers > 0 && whole1to6,
    distinctTexts: [...distinct],
  });
  const rows = input.values.length - first;
  const dataRect = { row: input.row + first, column: input.column + index, numRows: Math.max(rows, 1), numColumns: 1 };
  const currency = currencyOf(formats);
  return {
    index,
    header,
    a1: absoluteA1(input.sheetName, dataRect),
    type,
    nonBlank,
    role: override === undefined ? recognized.role : override,
    confidence: override === undefined ? recognized.confidence : 1,
    matched: override === undefined ? recognized.matched : 'chosen by you',
    chosen: override !== undefined,
    nativeUnsafe,
    textDates,
    negatives,
    wholeNumbers0to10: numbers > 0 && whole0to10,
    wholeNumbers1to6: numbers > 0 && whole1to6,
    ...(dates > 0 ? { firstDate, lastDate } : {}),
    ...(currency ? { currency } : {}),
  };
}

/**
 * Facts about one selected range; `overrides` maps a column index to the role the user chose for it. `timeZone` (the
 * spreadsheet's) places dates typed as text on the time line as Date cells are; without it they sit at noon UTC.
 * Solar Hijri dates typed as text (`۱۴۰۲/۰۱/۱۵`) are dates in a Persian locale or when `calendar` is 'persian'.
 */
export function describeRange(input: RangeInput, locale: string, overrides: Readonly<Record<number, Role | null>> = {}, timeZone?: string, calendar?: Calendar): RangeFacts {
  const reading: Reading = { mark: decimalMarkOf(locale), locale, timeZone, calendar };
  const numColumns = input.values[0]?.length ?? 0;
  const hasHeader = detectHeader(input.values, reading);
  return {
    a1: qualifiedA1(input.sheetName, { row: input.row, column: input.column, numRows: input.values.length, numColumns }),
    sheetName: input.sheetName,
    row: input.row,
    column: input.column,
    numRows: input.values.length,
    numColumns,
    hasHeader,
    columns: Array.from({ length: numColumns }, (_, i) => describeColumn(input, i, hasHeader, reading, overrides[i])),
  };
}
