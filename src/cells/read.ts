/** The cell boundary: reads what Sheets passes a custom function (a scalar or a 2-D array) into clean inputs, or throws a one-line error. */
import type { Calendar } from '../kpi/periods/period';
import type { Domain, NumberCells, NumberGrid, Param } from '../kpi/types';
import { IMPOSSIBLE_DATE, parseDateText, readDateText, NOT_A_DATE } from './date-text';
import { dateOfLocalDay, localDay, localDayReader } from './dates';
import { decimalMarkOf, languageOf } from './locale';
import { message, type MessageKey } from './messages';
import { NOT_A_NUMBER, readNumberText, UNREADABLE } from './number-text';

/** Where a call happens: the function's name and the spreadsheet's locale and time zone. */
export interface CallContext {
  readonly fn: string;
  readonly locale: string;
  readonly timeZone: string;
}

/** A thrown error whose message is the one line a user sees under #ERROR!. */
export class CellError extends Error {
  constructor(text: string) {
    super(text);
    this.name = 'CellError';
  }
}

/** A value Sheets passes as a cell: number, string, boolean, Date, '' for blank. */
export type Cell = unknown;
/** What a range argument is: rows of cells. */
export type Block = readonly (readonly Cell[])[];

// Module-scope aliases: a runtime whose global lookups are slow (a vm context, Apps Script) pays for them once.
const isArray = Array.isArray;
const { isFinite, isInteger } = Number;
const toText = Object.prototype.toString;
const DateClass = Date;

/** The error values a cell can show. */
export const ERROR_VALUES: ReadonlySet<string> = new Set(['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '#SPILL!', '#CALC!']);

/** True for a Date from any realm (Apps Script, a vm context or the host). */
export function isDate(value: Cell): value is Date {
  return value instanceof DateClass || toText.call(value) === '[object Date]';
}

/** The argument as rows of cells: a scalar is a 1×1 block. */
export function blockOf(raw: Cell): Block {
  return isArray(raw) ? (raw as Block) : [[raw]];
}

/**
 * The local day number of a cell that holds a date: a Date (its day in the time zone) or a date typed as text in the
 * locale (`readDateText`; Solar Hijri text too with `calendar` 'persian'); NOT_A_DATE for anything else (blanks,
 * numbers, other text, an invalid Date).
 */
export function dayOfCell(cell: Cell, locale: string, timeZone: string, calendar?: Calendar): number | typeof NOT_A_DATE {
  if (isDate(cell)) {
    const day = localDay(cell, timeZone);
    return day === day ? day : NOT_A_DATE;
  }
  return typeof cell === 'string' ? readDateText(cell, locale, calendar) : NOT_A_DATE;
}

/** Whether a cell needs the full domain check: a maximum, a whole-number or an open-bound rule; a minimum alone is one comparison. */
const needsFullCheck = (domain: Domain | undefined): boolean => domain !== undefined && (domain.max !== undefined || domain.whole === true || domain.open === true);

/** The ISO calendar date of a Date, for messages. */
export function showValue(value: Cell): string {
  if (isDate(value)) return value.getTime() !== value.getTime() ? 'Invalid Date' : value.toISOString().slice(0, 10);
  return String(value);
}

/** Reads the cells of one argument; every failure names the function, the argument, the cell and the reason. */
export class ArgumentReader {
  constructor(
    readonly context: CallContext,
    readonly param: Param,
    readonly raw: Cell,
  ) {}

  private mark: '.' | ',' | undefined;

  // Read only when a message or a text cell needs them: in Sheets the locale costs a service call.
  private get language() {
    return languageOf(this.context.locale);
  }
  private get decimalMark(): '.' | ',' {
    return (this.mark ??= decimalMarkOf(this.context.locale));
  }

  /** Throws the message `key` about this argument, at row r and column c of its range when given. */
  fail(key: MessageKey, values: Record<string, string | number | readonly string[]> = {}, r = -1, c = -1): never {
    throw new CellError(message(this.language, key, { fn: this.context.fn, arg: this.param.name, at: this.position(r, c), locale: this.context.locale, ...values }));
  }

  /** ' row 14', ' column 3' or ' row 2, column 3' inside the argument's range; '' for a single cell. */
  private position(r: number, c: number): string {
    if (r < 0 || !isArray(this.raw)) return '';
    const block = this.raw as Block;
    const rows = block.length;
    const columns = rows > 0 ? block[0].length : 0;
    if (columns === 1) return message(this.language, 'row', { row: r + 1 });
    if (rows === 1) return message(this.language, 'column', { column: c + 1 });
    return message(this.language, 'row_column', { row: r + 1, column: c + 1 });
  }

  /** The number a cell holds, or null for a blank, a boolean or non-numeric text; throws for dates (typed as text too), error values and unreadable text. */
  numberAt(cell: Cell, r: number, c: number): number | null {
    if (typeof cell === 'number') return isFinite(cell) ? cell : this.fail('error_value', { value: '#NUM!' }, r, c);
    if (cell === '' || cell === null || cell === undefined || typeof cell === 'boolean') return null;
    if (typeof cell === 'string') {
      if (ERROR_VALUES.has(cell)) this.fail('error_value', { value: cell }, r, c);
      const value = readNumberText(cell, this.decimalMark);
      if (typeof value === 'number') return value;
      // A date typed as text is a date, as a Date cell is.
      if (readDateText(cell, this.context.locale) !== NOT_A_DATE) this.fail('date_not_number', { value: cell }, r, c);
      if (value === UNREADABLE) this.fail('unreadable_number', { value: cell }, r, c);
      return null;
    }
    if (isDate(cell)) this.fail('date_not_number', { value: showValue(cell) }, r, c);
    return null;
  }

  /** Throws unless `value` lies in the parameter's domain. */
  checkDomain(value: number, domain: Domain | undefined, r: number, c: number): void {
    if (!domain) return;
    const { min, max, whole, open } = domain;
    const outside = open ? (min !== undefined && value <= min) || (max !== undefined && value >= max) : (min !== undefined && value < min) || (max !== undefined && value > max);
    if (outside || (whole && !isInteger(value))) {
      this.fail('out_of_domain', { value, expected: this.expected(domain) }, r, c);
    }
  }

  private expected(domain: Domain): string {
    const { min, max, whole, open } = domain;
    if (this.param.kind === 'fraction') return message(this.language, 'expected_fraction');
    if (open) return message(this.language, 'expected_between', { min: min ?? 0, max: max ?? 1 });
    if (min !== undefined && max !== undefined) return message(this.language, whole ? 'expected_whole_range' : 'expected_range', { min, max });
    return message(this.language, whole ? 'expected_whole_min' : 'expected_min', { min: min ?? 0 });
  }

  /** Throws unless the range is one column or one row. */
  checkVector(): void {
    const block = blockOf(this.raw);
    const rows = block.length;
    const columns = rows > 0 ? block[0].length : 0;
    if (rows > 1 && columns > 1) this.fail('not_vector', { rows, columns });
  }

  /** The sum of the numeric cells (SUM's rule), each checked against the domain; throws when there is no number at all. */
  sum(): number {
    const block = blockOf(this.raw);
    const domain = this.param.domain;
    const min = domain?.min ?? -Infinity;
    const full = needsFullCheck(domain);
    let total = 0;
    let found = false;
    for (let r = 0; r < block.length; r++) {
      const row = block[r];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        // The fast path: a plain number without a domain beyond a minimum, as almost every cell is.
        const value = typeof cell === 'number' && cell - cell === 0 ? cell : this.numberAt(cell, r, c);
        if (value === null) continue;
        if (value < min || full) this.checkDomain(value, domain, r, c);
        total += value;
        found = true;
      }
    }
    if (!found) this.fail('no_number');
    if (this.param.kind === 'fraction') this.checkDomain(total, domain, -1, -1);
    return total;
  }

  /** Calls `visit` with each numeric cell and its position, checked against the domain. */
  private eachNumber(visit: (value: number, r: number, c: number) => void): void {
    const block = blockOf(this.raw);
    const domain = this.param.domain;
    for (let r = 0; r < block.length; r++) {
      const row = block[r];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        const value = typeof cell === 'number' && cell - cell === 0 ? cell : this.numberAt(cell, r, c);
        if (value === null) continue;
        this.checkDomain(value, domain, r, c);
        visit(value, r, c);
      }
    }
  }

  /** The numeric cells in order with their positions; throws when there is none. */
  list(): NumberCells {
    if (this.param.vector) this.checkVector();
    const block = blockOf(this.raw);
    const capacity = block.length * (block[0]?.length ?? 0);
    const values = new Float64Array(capacity);
    const rows = new Int32Array(capacity);
    const columns = new Int32Array(capacity);
    let n = 0;
    this.eachNumber((value, r, c) => {
      values[n] = value;
      rows[n] = r;
      columns[n++] = c;
    });
    if (n === 0) this.fail('no_number');
    return { values: values.subarray(0, n), rows: rows.subarray(0, n), columns: columns.subarray(0, n) };
  }

  /** The block of numbers row by row, NaN for cells without one; throws when there is no number at all. */
  grid(): NumberGrid {
    const block = blockOf(this.raw);
    const columnCount = block[0]?.length ?? 0;
    const values = new Float64Array(block.length * columnCount);
    const domain = this.param.domain;
    const min = domain?.min ?? -Infinity;
    const full = needsFullCheck(domain);
    let found = false;
    let i = 0;
    for (let r = 0; r < block.length; r++) {
      const row = block[r];
      for (let c = 0; c < columnCount; c++, i++) {
        const cell = row[c];
        const value = typeof cell === 'number' && cell - cell === 0 ? cell : this.numberAt(cell, r, c);
        if (value === null) {
          values[i] = NaN;
          continue;
        }
        if (value < min || full) this.checkDomain(value, domain, r, c);
        values[i] = value;
        found = true;
      }
    }
    if (!found) this.fail('no_number');
    return { values, rowCount: block.length, columnCount };
  }

  /** The text of every cell in reading order; numbers as written, dates as ISO dates, blanks as ''. */
  labels(): string[] {
    if (this.param.vector) this.checkVector();
    const block = blockOf(this.raw);
    const columns = block.length > 0 ? block[0].length : 0;
    const out: string[] = new Array(block.length * columns);
    let i = 0;
    for (let r = 0; r < block.length; r++) {
      const row = block[r];
      for (let c = 0; c < columns; c++) {
        const cell = row[c];
        out[i++] = typeof cell === 'string' ? cell : cell === null || cell === undefined ? '' : showValue(cell);
      }
    }
    return out;
  }

  /** Whether the block holds text labels and no number (numbers typed as text count as numbers). */
  isText(): boolean {
    let text = false;
    for (const row of blockOf(this.raw)) {
      for (const cell of row) {
        if (typeof cell === 'number' || isDate(cell)) return false;
        if (typeof cell !== 'string' || cell === '' || ERROR_VALUES.has(cell)) continue;
        if (readNumberText(cell, this.decimalMark) !== NOT_A_NUMBER) return false;
        text = true;
      }
    }
    return text;
  }

  /**
   * Each cell as a local calendar day number, NaN for a blank; a date typed as text counts (`readDateText`: Solar Hijri
   * text too in a Persian locale or with `calendar` 'persian', the call's calendar argument), other text and plain numbers are errors.
   */
  days(calendar?: Calendar): Float64Array {
    return this.dateCells(localDayReader(this.context.timeZone), (day) => day, calendar);
  }

  /** Each cell as an instant in milliseconds (elapsed time does not depend on the time zone), NaN for a blank; a date typed as text is its local midnight. */
  times(calendar?: Calendar): Float64Array {
    return this.dateCells(
      (date) => date.getTime(),
      (day) => dateOfLocalDay(day, this.context.timeZone).getTime(),
      calendar,
    );
  }

  /** Each cell through `convert` (a Date) or `convertDay` (a date typed as text, as its local day number); NaN for a blank. */
  private dateCells(convert: (date: Date) => number, convertDay: (day: number) => number, calendar: Calendar | undefined): Float64Array {
    const block = blockOf(this.raw);
    const columns = block.length > 0 ? block[0].length : 0;
    const out = new Float64Array(block.length * columns);
    let i = 0;
    for (let r = 0; r < block.length; r++) {
      for (let c = 0; c < columns; c++, i++) {
        const cell = block[r][c];
        if (isDate(cell)) {
          const day = convert(cell);
          if (day !== day) this.fail('text_not_date', { value: 'Invalid Date' }, r, c);
          out[i] = day;
        } else if (cell === '' || cell === null || cell === undefined) out[i] = NaN;
        else if (typeof cell === 'string' && ERROR_VALUES.has(cell)) this.fail('error_value', { value: cell }, r, c);
        else if (typeof cell === 'number') this.fail('number_not_date', { value: cell }, r, c);
        else {
          const day = typeof cell === 'string' ? parseDateText(cell, this.context.locale, calendar) : NOT_A_DATE;
          if (day === IMPOSSIBLE_DATE) this.fail('impossible_jalali_date', { value: String(cell) }, r, c);
          if (day === NOT_A_DATE) this.fail('text_not_date', { value: showValue(cell) }, r, c);
          out[i] = convertDay(day);
        }
      }
    }
    return out;
  }

  /** One choice of the option parameter, matched without regard to case; its default when blank. */
  option(): string {
    const choices = this.param.choices ?? [];
    const cell = blockOf(this.raw)[0]?.[0];
    if (cell === '' || cell === undefined || cell === null) return String(this.param.optional?.default ?? '');
    const text = String(cell).trim().toLowerCase();
    const found = choices.find((choice) => choice.toLowerCase() === text);
    if (found === undefined) this.fail('bad_option', { value: showValue(cell), choices });
    return found;
  }
}
