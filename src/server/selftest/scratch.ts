/**
 * The self-test's scratch sheet as plain data: every cell it writes (values, formulas that call the add-on's functions
 * through the sheet, number formats), and for each check the cells to read back and how to judge them. Written with
 * one setValues and one setNumberFormats, read with one getValues.
 *
 *     A        worked examples of the catalog, one formula a row
 *     C:E      a transaction log (customer, date, amount)
 *     G:K      tables of raw rows on that log, stacked, then SALES_CYCLE
 *     M:O      the CDNOW sample (x, t_x, T)
 *     Q:U      BGNBD_FIT over the sample
 *     W        a date cell, read back in the spreadsheet's time zone
 */
import { isDate } from '../../cells/read';
import { formatA1, type GridRect } from '../../summary/a1';
import { cdnowSample, CDNOW_SAMPLE_FIT } from './cdnow-sample';
import { compareTable, expectedTableText, matchesPrinted, sameCell, serialOfIso, shownNumber, shownValue, type ExpectedTable } from './compare';
import { phrase, type CheckGroup, type Text } from './labels';
import { salesCycleCheck, tableChecks, TRANSACTIONS, type LogRanges } from './raw-rows';
import { WORKED_EXAMPLES, type WorkedExample } from './worked-examples';

export const DATE_FORMAT = 'yyyy-mm-dd';
const GENERAL = 'General';

/** A check on cells of the scratch sheet: the area to read (1-based) and the verdict on what it holds. */
export interface CellCheck {
  readonly group: CheckGroup;
  readonly label: Text;
  readonly expected: Text;
  readonly area: GridRect;
  judge(values: readonly (readonly unknown[])[], timeZone: string): { pass: boolean; got: string };
}

export interface ScratchSheet {
  /** Everything written, from A1: values and formulas ('=…'), and their number formats. */
  readonly cells: (string | number)[][];
  readonly formats: string[][];
  readonly checks: readonly CellCheck[];
}

/** The day the date cell holds: a day when clocks change in many zones (10 March 2024, US), to catch an hour's shift. */
export const PROBE_DAY = '2024-03-10';

const COLUMN = { examples: 1, log: 3, tables: 7, sample: 13, fit: 17, probe: 23 } as const;

/** A grid of `rows` × `columns` blank cells and general formats that grows as cells are put. */
class Grid {
  readonly cells: (string | number)[][] = [];
  readonly formats: string[][] = [];
  constructor(private readonly columns: number) {}
  put(row: number, column: number, value: string | number, format = GENERAL): void {
    while (this.cells.length < row) {
      this.cells.push(new Array<string | number>(this.columns).fill(''));
      this.formats.push(new Array<string>(this.columns).fill(GENERAL));
    }
    this.cells[row - 1][column - 1] = value;
    this.formats[row - 1][column - 1] = format;
  }
}

const a1 = (row: number, column: number, numRows = 1, numColumns = 1): string => formatA1({ row, column, numRows, numColumns });

/** A worked example: its formula in one cell, the printed result. */
function exampleCheck(example: WorkedExample, row: number): CellCheck {
  return {
    group: 'examples',
    label: `=${example.call}`,
    expected: example.result,
    area: { row, column: COLUMN.examples, numRows: 1, numColumns: 1 },
    judge: (values, timeZone) => ({ pass: matchesPrinted(values[0]?.[0], example.result), got: shownValue(values[0]?.[0], timeZone) }),
  };
}

/** A spilled table: its header, its rows, and one more row and column that must stay blank. */
function tableCheck(group: CheckGroup, label: Text, expected: ExpectedTable, row: number, column: number): CellCheck {
  return {
    group,
    label,
    expected: expectedTableText(expected),
    area: { row, column, numRows: expected.rows.length + 2, numColumns: expected.columns + 1 },
    judge: (values, timeZone) => compareTable(values, expected, timeZone),
  };
}

/** The scratch sheet and its checks (by default on the catalog's worked examples). */
export function scratchSheet(examples: readonly WorkedExample[] = WORKED_EXAMPLES): ScratchSheet {
  const grid = new Grid(COLUMN.probe);
  const checks: CellCheck[] = [];

  examples.forEach((example, i) => {
    grid.put(i + 1, COLUMN.examples, `=${example.call}`);
    checks.push(exampleCheck(example, i + 1));
  });

  // The transaction log, with its header.
  ['Customer', 'Date', 'Amount'].forEach((header, j) => grid.put(1, COLUMN.log + j, header));
  TRANSACTIONS.forEach(([customer, date, amount], i) => {
    grid.put(i + 2, COLUMN.log, customer);
    grid.put(i + 2, COLUMN.log + 1, serialOfIso(date), DATE_FORMAT);
    grid.put(i + 2, COLUMN.log + 2, amount);
  });
  const last = TRANSACTIONS.length + 1;
  const half = TRANSACTIONS.length / 2;
  const log: LogRanges = {
    customers: a1(2, COLUMN.log, TRANSACTIONS.length),
    dates: a1(2, COLUMN.log + 1, TRANSACTIONS.length),
    amounts: a1(2, COLUMN.log + 2, TRANSACTIONS.length),
    firstDates: a1(2, COLUMN.log + 1, half),
    lastDates: a1(2 + half, COLUMN.log + 1, last - 1 - half),
  };
  let row = 1;
  for (const table of tableChecks(log)) {
    grid.put(row, COLUMN.tables, `=${table.formula}`);
    checks.push(tableCheck('tables', `=${table.formula}`, table.expected, row, COLUMN.tables));
    row += table.expected.rows.length + 3;
  }
  const cycle = salesCycleCheck(log);
  grid.put(row, COLUMN.tables, `=${cycle.formula}`);
  const cycleRow = row;
  checks.push({
    group: 'tables',
    label: `=${cycle.formula}`,
    expected: shownNumber(cycle.expected),
    area: { row: cycleRow, column: COLUMN.tables, numRows: 1, numColumns: 1 },
    judge: (values, timeZone) => ({ pass: sameCell(values[0]?.[0], cycle.expected, timeZone), got: shownValue(values[0]?.[0], timeZone) }),
  });

  // The CDNOW sample and its fit.
  const sample = cdnowSample();
  ['x', 't_x', 'T'].forEach((header, j) => grid.put(1, COLUMN.sample + j, header));
  sample.forEach((customer, i) => {
    grid.put(i + 2, COLUMN.sample, customer.frequency);
    grid.put(i + 2, COLUMN.sample + 1, customer.recency);
    grid.put(i + 2, COLUMN.sample + 2, customer.age);
  });
  const column = (j: number): string => a1(2, COLUMN.sample + j, sample.length);
  const fitFormula = `BGNBD_FIT(${column(0)},${column(1)},${column(2)})`;
  grid.put(1, COLUMN.fit, `=${fitFormula}`);
  const fit = CDNOW_SAMPLE_FIT;
  const fitTable: ExpectedTable = { columns: 5, rows: [[fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood]], tolerance: 1e-6 };
  checks.push(tableCheck('tables', phrase('cdnowFit', `=${fitFormula}`, String(sample.length)), fitTable, 1, COLUMN.fit));

  // A date cell, for the environment checks.
  grid.put(1, COLUMN.probe, serialOfIso(PROBE_DAY), DATE_FORMAT);
  checks.push({
    group: 'environment',
    label: phrase('dateReadBack'),
    expected: PROBE_DAY,
    area: { row: 1, column: COLUMN.probe, numRows: 1, numColumns: 1 },
    judge: (values, timeZone) => ({ pass: sameCell(values[0]?.[0], { date: PROBE_DAY }, timeZone), got: describeDate(values[0]?.[0], timeZone) }),
  });

  return { cells: grid.cells, formats: grid.formats, checks };
}

/** A value read from the date cell: its day in the zone and, for a Date, the instant (to show an hour's shift). */
function describeDate(value: unknown, timeZone: string): string {
  const shown = shownValue(value, timeZone);
  return isDate(value) ? `${shown} (${value.toISOString()})` : shown;
}

/** The values of `area` out of a grid read from A1. */
export function areaOf(values: readonly (readonly unknown[])[], area: GridRect): unknown[][] {
  return Array.from({ length: area.numRows }, (_, i) => Array.from({ length: area.numColumns }, (_, j) => values[area.row - 1 + i]?.[area.column - 1 + j] ?? ''));
}

/** The rows and columns to read from A1 so that every check's area is inside. */
export function readExtent(sheet: ScratchSheet): { numRows: number; numColumns: number } {
  return {
    numRows: Math.max(sheet.cells.length, ...sheet.checks.map((check) => check.area.row + check.area.numRows - 1)),
    numColumns: Math.max(sheet.cells[0]?.length ?? 1, ...sheet.checks.map((check) => check.area.column + check.area.numColumns - 1)),
  };
}
