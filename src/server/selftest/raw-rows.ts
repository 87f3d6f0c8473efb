/**
 * The self-test's raw-row tables: a small transaction log, the table functions called on it (and on the catalog's
 * literal survival and funnel examples), and the tables they must spill, worked out by hand (a test checks our own code
 * computes them). Header rows are in the spreadsheet's language and are not compared.
 */
import type { ExpectedTable } from './compare';

/** Eight transactions over January–March 2024: customer, day, amount. */
export const TRANSACTIONS: readonly (readonly [string, string, number])[] = [
  ['a', '2024-01-03', 10],
  ['b', '2024-01-20', 5],
  ['a', '2024-02-05', 7],
  ['c', '2024-02-25', 4],
  ['b', '2024-03-02', 8],
  ['a', '2024-03-18', 6],
  ['d', '2024-03-30', 9],
  ['c', '2024-03-31', 3],
];

/** Where the log's columns are, as A1 ranges on the scratch sheet. */
export interface LogRanges {
  readonly customers: string;
  readonly dates: string;
  readonly amounts: string;
  /** The first and the last four dates, for a cycle from one to the other. */
  readonly firstDates: string;
  readonly lastDates: string;
}

/** One table check: the formula (without "=") and the table it spills. */
export interface TableCheck {
  readonly formula: string;
  readonly expected: ExpectedTable;
}

const day = (date: string): { date: string } => ({ date });
/** Weeks between two days of 2024 (RFM_SUMMARY counts in weeks). */
const weeks = (days: number): number => days / 7;

/** The table functions on the log, with their tables. */
export function tableChecks(log: LogRanges): TableCheck[] {
  return [
    {
      // Totals per month 15, 11, 26; growth 11/15 − 1 and 26/11 − 1.
      formula: `PERIOD_SERIES(${log.amounts},${log.dates},"month","sum","gregorian")`,
      expected: {
        columns: 5,
        rows: [
          [day('2024-01-01'), 15, null, null, false],
          [day('2024-02-01'), 11, 11 / 15 - 1, null, false],
          [day('2024-03-01'), 26, 26 / 11 - 1, null, false],
        ],
      },
    },
    {
      // First purchases: a, b in January; c in February; d in March.
      formula: `NEW_CUSTOMERS(${log.customers},${log.dates},"month","gregorian")`,
      expected: { columns: 3, rows: [[day('2024-01-01'), 2, false], [day('2024-02-01'), 1, false], [day('2024-03-01'), 1, false]] },
    },
    {
      // January's cohort {a, b}: a returns in February, both in March; February's {c} returns in March.
      formula: `COHORT_RETENTION(${log.customers},${log.dates},"month","percent","gregorian")`,
      expected: {
        columns: 5,
        rows: [
          [day('2024-01-01'), 2, 1, 0.5, 1],
          [day('2024-02-01'), 1, 1, 1, null],
          [day('2024-03-01'), 1, 1, null, null],
        ],
      },
    },
    {
      // Per customer to 31 March: repeat purchases, weeks from first to last and from first to the end, mean repeat amount.
      formula: `RFM_SUMMARY(${log.customers},${log.dates},${log.amounts},DATE(2024,3,31))`,
      expected: {
        columns: 5,
        rows: [
          ['a', 2, weeks(75), weeks(88), (7 + 6) / 2],
          ['b', 1, weeks(42), weeks(71), 8],
          ['c', 1, weeks(35), weeks(35), 3],
          ['d', 0, 0, weeks(1), 0],
        ],
      },
    },
    {
      // The catalog's funnel example: 2000 → 500 (25 %) → 40 (8 %).
      formula: 'FUNNEL({2000;500;40})',
      expected: { columns: 5, rows: [['#1', 2000, null, 1, null], ['#2', 500, 0.25, 0.25, 0.75], ['#3', 40, 0.08, 0.02, 0.92]] },
    },
    {
      // The catalog's survival example (Fader & Hardie 2007's regular customers): α 0.668, β 3.806.
      formula: 'SBG_FIT({100;86.9;74.3;65.3;59.3;55.1;51.7;49.1})',
      expected: { columns: 3, rows: [[0.6680884007636911, 3.8060957673769793, -1611.1581473911583]], tolerance: 1e-6 },
    },
  ];
}

/** A scalar over the log: the median days from each of the first four dates to the matching one of the last four. */
export function salesCycleCheck(log: LogRanges): { formula: string; expected: number } {
  // 2024-01-03 → 03-02 (59), 01-20 → 03-18 (58), 02-05 → 03-30 (54), 02-25 → 03-31 (35): median (54 + 58) ÷ 2.
  return { formula: `SALES_CYCLE(${log.firstDates},${log.lastDates},"median")`, expected: 56 };
}
