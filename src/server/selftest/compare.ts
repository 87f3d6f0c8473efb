/** How the self-test compares what a sheet shows with what it expects, and how it writes both as text for the report. */
import { ERROR_VALUES, isDate } from '../../cells/read';
import { localDay } from '../../cells/dates';
import { dayOfIso, isoOfDay } from '../../kpi/periods/period';

/** An expected cell: a number, text, a boolean, a blank (null) or a calendar date ('2024-01-31'). */
export type ExpectedCell = number | string | boolean | null | { readonly date: string };

/** An expected spilled table: a header row of text (in the spreadsheet's language, not compared), then these rows. */
export interface ExpectedTable {
  readonly columns: number;
  readonly rows: readonly (readonly ExpectedCell[])[];
  /** Relative tolerance of its numbers (default 1e-9): a fit found by an optimiser gets 1e-6. */
  readonly tolerance?: number;
}

/** Whether a value read from a cell is an error (any of the error values a cell can show is a failure, never a result). */
export const isErrorValue = (value: unknown): boolean => typeof value === 'string' && ERROR_VALUES.has(value);

/** Equal within a relative tolerance: |a − b| ≤ tolerance × max(1, |a|, |b|). */
export function close(a: number, b: number, tolerance = 1e-9): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The serial number Sheets stores for a calendar day (days since 1899-12-30). */
export const serialOfIso = (text: string): number => dayOfIso(text) + 25569;

/** A number as the report writes it: at most 10 significant digits, no exponent for everyday sizes. */
export function shownNumber(value: number): string {
  return String(Number(value.toPrecision(10)));
}

/** A cell value as the report writes it; a Date as its calendar day in the spreadsheet's time zone. */
export function shownValue(value: unknown, timeZone: string): string {
  if (value === '' || value === null || value === undefined) return '∅';
  if (typeof value === 'number') return shownNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return isoOfDay(localDay(value, timeZone));
  return String(value);
}

const shownExpected = (cell: ExpectedCell): string => (cell !== null && typeof cell === 'object' ? cell.date : shownValue(cell, 'UTC'));

/** Whether a cell read back is the expected one (a number within `tolerance`, a date on the same calendar day). */
export function sameCell(got: unknown, expected: ExpectedCell, timeZone: string, tolerance = 1e-9): boolean {
  if (expected === null) return got === '' || got === null || got === undefined;
  if (typeof expected === 'object') return isDate(got) && isoOfDay(localDay(got, timeZone)) === expected.date;
  if (typeof expected === 'number') return typeof got === 'number' && close(got, expected, tolerance);
  return got === expected;
}

/** Significant digits of a printed number: 0.04545 → 4, 25000 → 2, 3.988 → 4. */
export function significantDigits(printed: string): number {
  const digits = printed.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return printed.includes('.') ? digits.length : digits.replace(/0+$/, '').length;
}

/**
 * Whether a result is the one a worked example prints: equal within 1e-9 relative, or, for a result printed with four or
 * more significant digits (0.04545 for 115 ÷ 110 − 1), equal once rounded to those digits.
 */
export function matchesPrinted(got: unknown, printed: string): boolean {
  if (typeof got !== 'number') return false;
  const expected = Number(printed);
  if (close(got, expected)) return true;
  const digits = significantDigits(printed);
  return digits >= 4 && Number(got.toPrecision(digits)) === expected;
}

/** A table as one line: its size and first row ("3 × 5: 2024-01-01, 15, ∅, ∅, FALSE …"). */
export function shownTable(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '0 × 0';
  return `${rows.length} × ${rows[0].length}: ${rows[0].join(', ')}${rows.length > 1 ? ' …' : ''}`;
}

/** The expected table as the report writes it. */
export const expectedTableText = (table: ExpectedTable): string => shownTable(table.rows.map((row) => row.map(shownExpected)));

/**
 * Compares a spilled table read from the sheet (`grid`: its header row, its rows, then one more row and column that must
 * be blank) with the expected one. On a mismatch `got` names the first cell that differs, by row and column of the table.
 */
export function compareTable(grid: readonly (readonly unknown[])[], expected: ExpectedTable, timeZone: string): { pass: boolean; got: string } {
  const { columns, rows } = expected;
  const tolerance = expected.tolerance ?? 1e-9;
  const body = grid.slice(1, rows.length + 1).map((row) => row.slice(0, columns));
  const shown = body.map((row) => row.map((cell) => shownValue(cell, timeZone)));
  const header = grid[0]?.slice(0, columns) ?? [];
  if (header.some((cell) => cell === '' || cell === null || cell === undefined || isErrorValue(cell))) return { pass: false, got: `header: ${header.map((cell) => shownValue(cell, timeZone)).join(', ')}` };
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < columns; c++) {
      const cell = body[r]?.[c];
      if (!sameCell(cell, rows[r][c], timeZone, tolerance)) return { pass: false, got: `[${r + 1}, ${c + 1}] ${shownValue(cell, timeZone)} ≠ ${shownExpected(rows[r][c])}` };
    }
  }
  const below = grid[rows.length + 1]?.slice(0, columns + 1) ?? [];
  const beside = grid.slice(0, rows.length + 1).map((row) => row[columns]);
  if ([...below, ...beside].some((cell) => cell !== '' && cell !== null && cell !== undefined)) return { pass: false, got: `${shownTable(shown)} (spills beyond ${rows.length + 1} × ${columns})` };
  return { pass: true, got: shownTable(shown) };
}
