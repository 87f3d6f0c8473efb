/**
 * The verdicts on the summaries the self-test builds on its test table, one per mode: what was built, whether the three
 * modes agree with each other and with the values worked out by hand, whether the trend chart is one series, whether a
 * SPARKLINE or period cell shows an error, and whether every formula the builder wrote reads back as written.
 */
import { isDate } from '../../cells/read';
import { formatA1 } from '../../summary/a1';
import { HEADER_ROW, layoutFor, type Layout } from '../../summary/layout';
import type { SummaryMode, SummaryPlan } from '../../summary/plan';
import type { BuildResult } from '../summary';
import { isoOfDay } from '../../kpi/periods/period';
import { close, isErrorValue, shownValue } from './compare';
import { phrase, type Text } from './labels';
import type { SelfTestCheck } from './report';
import { TEST_TABLE_EXPECTED, TEST_TABLE_MONTHS } from './test-table';
import { localDay } from '../../cells/dates';

/** An embedded chart as read back: the values of its ranges, how they are merged and read, and its title option. */
export interface ChartRead {
  readonly ranges: readonly (readonly (readonly unknown[])[])[];
  readonly mergeStrategy: string;
  readonly transpose: boolean;
  readonly numHeaders: number;
  readonly title: unknown;
}

/** One built summary: the build's result, the plan it applied, and its block, formulas and charts read back. */
export interface BuiltSummary {
  readonly mode: SummaryMode;
  readonly result: BuildResult;
  readonly plan: SummaryPlan;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly string[])[];
  readonly charts: readonly ChartRead[];
}

/**
 * What a chart plots: the ranges merged (MERGE_ROWS stacks them, MERGE_COLUMNS sets them side by side), transposed
 * when asked, `numHeaders` rows taken as headers; then the first column is the domain and every further column one
 * series (Google Charts' data format for line charts). Headers left to detection (numHeaders < 0) give null: the
 * builder always sets them.
 */
export function chartData(chart: ChartRead): { domain: unknown[]; series: unknown[][] } | null {
  if (chart.numHeaders < 0) return null;
  const grids = chart.ranges.map((grid) => grid.map((row) => [...row]));
  const width = (grid: unknown[][]): number => Math.max(0, ...grid.map((row) => row.length));
  let table: unknown[][];
  if (chart.mergeStrategy === 'MERGE_ROWS') {
    const columns = Math.max(0, ...grids.map(width));
    table = grids.flatMap((grid) => grid.map((row) => Array.from({ length: columns }, (_, j) => row[j] ?? '')));
  } else {
    const rows = Math.max(0, ...grids.map((grid) => grid.length));
    table = Array.from({ length: rows }, (_, i) => grids.flatMap((grid) => Array.from({ length: width(grid) }, (_, j) => grid[i]?.[j] ?? '')));
  }
  if (chart.transpose) {
    const columns = Math.max(0, ...table.map((row) => row.length));
    table = Array.from({ length: columns }, (_, j) => table.map((row) => row[j] ?? ''));
  }
  const body = table.slice(chart.numHeaders);
  const columns = Math.max(0, ...table.map((row) => row.length));
  return { domain: body.map((row) => row[0] ?? ''), series: Array.from({ length: Math.max(0, columns - 1) }, (_, j) => body.map((row) => row[j + 1] ?? '')) };
}

/** The layout of a summary's block, from the period starts of its header row. */
function layoutOf(plan: SummaryPlan): Layout {
  return layoutFor(plan.cells[HEADER_ROW].filter((cell) => isDate(cell)).length, true);
}

/** A KPI row's value and period cells as read back. */
function rowValues(summary: BuiltSummary, id: string): unknown[] {
  const planned = summary.plan.kpis.find((kpi) => kpi.id === id);
  if (!planned) return [];
  const layout = layoutOf(summary.plan);
  return (summary.values[planned.row] ?? []).slice(layout.value, layout.firstPeriod + layout.periods);
}

const rowText = (cells: readonly unknown[], timeZone: string): string => cells.map((cell) => shownValue(cell, timeZone)).join(' | ');

/** What was built: the KPIs and the mode of each row (a portable row that falls back to live says so), and the notes. */
function builtCheck(summary: BuiltSummary): SelfTestCheck {
  const ids = Object.keys(TEST_TABLE_EXPECTED);
  const kpis = summary.result.kpis.map((kpi) => `${kpi.id} ${kpi.mode}`).join(', ');
  const pass = summary.result.kpis.map((kpi) => kpi.id).join() === ids.join() && summary.result.kpis.every((kpi) => kpi.mode === summary.mode) && summary.result.notes.length === 0;
  return { group: 'summary', label: phrase('built', phrase(summary.mode)), expected: ids.map((id) => `${id} ${summary.mode}`).join(', '), got: [kpis, ...summary.result.notes].join('; '), pass };
}

/** Per KPI: the three modes show the values worked out by hand, over all rows and per month. */
function agreementChecks(summaries: readonly BuiltSummary[], timeZone: string): SelfTestCheck[] {
  return Object.entries(TEST_TABLE_EXPECTED).map(([id, expected]) => {
    const rows = summaries.map((summary) => rowValues(summary, id));
    const matches = (row: unknown[]): boolean => row.length === expected.length && row.every((cell, i) => typeof cell === 'number' && close(cell, expected[i]));
    const texts = rows.map((row) => rowText(row, timeZone));
    const same = texts.length === 3 && texts.every((text) => text === texts[0]);
    const byMode = (mode: SummaryMode): string => texts[summaries.findIndex((summary) => summary.mode === mode)] ?? '∅';
    const got = same ? texts[0] : phrase('byMode', byMode('live'), byMode('portable'), byMode('values'));
    return { group: 'summary', label: phrase('modesAgree', id), expected: rowText(expected, timeZone), got, pass: rows.every(matches) };
  });
}

/** The trend chart is one line over the month starts, plotting the first KPI row's period values. */
function trendCheck(summary: BuiltSummary, timeZone: string): SelfTestCheck {
  const spec = summary.plan.charts.find((chart) => chart.type === 'line');
  const first = summary.plan.kpis.find((kpi) => kpi.periods);
  const periods = first ? rowValues(summary, first.id).slice(1) : [];
  const expected = phrase('seriesOver', '1', TEST_TABLE_MONTHS.join(', '));
  const label = phrase('trendChart', phrase(summary.mode));
  if (summary.charts.length !== 1 || !spec) return { group: 'summary', label, expected, got: phrase('charts', String(summary.charts.length)), pass: false };
  const chart = summary.charts[0];
  const data = chartData(chart);
  if (!data) return { group: 'summary', label, expected, got: `numHeaders ${chart.numHeaders}`, pass: false };
  const domain = data.domain.map((cell) => (isDate(cell) ? isoOfDay(localDay(cell, timeZone)) : shownValue(cell, timeZone)));
  const got = phrase('seriesOver', String(data.series.length), domain.join(', '));
  const series = data.series[0] ?? [];
  const pass =
    data.series.length === 1 &&
    domain.join() === TEST_TABLE_MONTHS.join() &&
    series.length === periods.length &&
    series.every((cell, i) => typeof cell === 'number' && typeof periods[i] === 'number' && close(cell, periods[i] as number)) &&
    chart.title === spec.title;
  return { group: 'summary', label, expected, got: chart.title === spec.title ? got : phrase('chartTitle', shownValue(chart.title, timeZone)), pass };
}

/** No value, period or SPARKLINE cell of a KPI row shows an error. */
function errorCheck(summary: BuiltSummary, timeZone: string): SelfTestCheck {
  const layout = layoutOf(summary.plan);
  const columns = [layout.value, ...Array.from({ length: layout.periods }, (_, i) => layout.firstPeriod + i), ...(layout.trend >= 0 ? [layout.trend] : [])];
  const errors: string[] = [];
  for (const kpi of summary.plan.kpis) {
    for (const column of columns) {
      const value = summary.values[kpi.row]?.[column];
      if (isErrorValue(value)) errors.push(`${formatA1({ row: kpi.row + 1, column: column + 1, numRows: 1, numColumns: 1 })} ${shownValue(value, timeZone)}`);
    }
  }
  const none = phrase('noErrorCells');
  return { group: 'summary', label: phrase('noErrors', phrase(summary.mode)), expected: none, got: errors.length === 0 ? none : errors.slice(0, 3).join(', '), pass: errors.length === 0 };
}

/** Every formula of the plan reads back from its cell exactly as written. */
function formulaCheck(summary: BuiltSummary): SelfTestCheck {
  let count = 0;
  let mismatch: string | null = null;
  summary.plan.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (typeof cell !== 'string' || !cell.startsWith('=')) return;
      count++;
      const read = summary.formulas[r]?.[c] ?? '';
      if (read !== cell && mismatch === null) mismatch = `${formatA1({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 })}: ${cell} → ${read || '∅'}`;
    }),
  );
  const asWritten = phrase('asWritten', String(count));
  return { group: 'summary', label: phrase('formulasReadBack', phrase(summary.mode)), expected: asWritten, got: mismatch ?? asWritten, pass: mismatch === null && count > 0 };
}

/** The checks on the summaries, in mode order, then the agreement per KPI. */
export function summaryChecks(summaries: readonly BuiltSummary[], timeZone: string): SelfTestCheck[] {
  return [...summaries.flatMap((summary) => [builtCheck(summary), trendCheck(summary, timeZone), errorCheck(summary, timeZone), formulaCheck(summary)]), ...agreementChecks(summaries, timeZone)];
}

/** A range's values, formulas and number formats, to tell whether any cell changed. */
export interface CellsRead {
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly string[])[];
  readonly formats: readonly (readonly string[])[];
}

/** No cell of the test table changed between two reads: value, formula or number format; else the first that did. */
export function unchangedCheck(before: CellsRead, after: CellsRead, timeZone: string): SelfTestCheck {
  const text = (read: CellsRead, r: number, c: number): string => `${read.formulas[r]?.[c] || shownValue(read.values[r]?.[c], timeZone)} [${read.formats[r]?.[c] ?? ''}]`;
  let change: Text | null = null;
  before.values.forEach((line, r) =>
    line.forEach((_, c) => {
      const [was, is] = [text(before, r, c), text(after, r, c)];
      const sameInstant = isDate(before.values[r][c]) && isDate(after.values[r]?.[c]) ? (before.values[r][c] as Date).getTime() === (after.values[r][c] as Date).getTime() : true;
      if ((was !== is || !sameInstant) && change === null) change = phrase('changedAt', formatA1({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 }), was, is);
    }),
  );
  const unchanged = phrase('unchanged');
  return { group: 'summary', label: phrase('tableUnchanged'), expected: unchanged, got: change ?? unchanged, pass: change === null };
}
