/**
 * The table the self-test builds summaries on: twelve weekly rows over January–March 2024 with English headers the
 * builder recognises in any language, the KPIs it asks for, and their values over all rows and per month, by hand.
 */
import type { Language } from '../../kpi/types';
import type { SummaryMode } from '../../summary/plan';
import type { BuildRequest } from '../summary';

export const TEST_TABLE_HEADERS = ['Date', 'Cost', 'Leads', 'New customers', 'Revenue'] as const;

/** Date, cost, leads, new customers, revenue. */
export const TEST_TABLE_ROWS: readonly (readonly [string, number, number, number, number])[] = [
  ['2024-01-05', 100, 20, 2, 300],
  ['2024-01-12', 50, 10, 1, 150],
  ['2024-01-19', 100, 15, 2, 250],
  ['2024-01-26', 50, 15, 1, 100],
  ['2024-02-02', 100, 25, 1, 200],
  ['2024-02-09', 100, 25, 2, 300],
  ['2024-02-16', 100, 25, 1, 150],
  ['2024-02-23', 100, 25, 1, 350],
  ['2024-03-01', 150, 30, 3, 500],
  ['2024-03-08', 100, 30, 2, 300],
  ['2024-03-15', 150, 35, 3, 600],
  ['2024-03-22', 100, 30, 2, 400],
];

/** The month starts the summary's period columns show. */
export const TEST_TABLE_MONTHS = ['2024-01-01', '2024-02-01', '2024-03-01'] as const;

/**
 * Per KPI: the value over all rows, then per month. Monthly sums: cost 300, 400, 500; leads 60, 100, 125; new
 * customers 6, 5, 10; revenue 800, 1000, 1800.
 */
export const TEST_TABLE_EXPECTED: Readonly<Record<string, readonly number[]>> = {
  CAC: [1200 / 21, 300 / 6, 400 / 5, 500 / 10],
  CPL: [1200 / 285, 300 / 60, 400 / 100, 500 / 125],
  ROAS: [3600 / 1200, 800 / 300, 1000 / 400, 1800 / 500],
};

/** The summary request on the table at `a1`, in `mode`, with the report's language. */
export function testTableRequest(a1: string, mode: SummaryMode, language: Language): BuildRequest {
  return { ranges: [a1], roles: {}, kpis: Object.keys(TEST_TABLE_EXPECTED), targets: { CAC: 60 }, period: 'month', calendar: 'gregorian', mode, language };
}
