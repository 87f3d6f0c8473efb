/** The summary plan: selection facts + the user's choices → every cell, format, name, rule and chart of the "KPI Summary" sheet (pure). */
import { evaluate } from '../cells/evaluate';
import { dateOfLocalDay, localDay } from '../cells/dates';
import { kpiById } from '../kpi/catalog';
import { nextPeriodStart, periodStart, type Period } from '../kpi/periods';
import type { Kpi, Language, NativeTerms } from '../kpi/types';
import { columnToLetters } from './a1';
import { bind, summarizable, type BoundColumn } from './bindings';
import { tableSection, type TableSection } from './tables';
import type { ColumnDescription, RangeFacts } from './facts';
import { LABELS, numberFormatOf } from './labels';

export type SummaryMode = 'live' | 'portable' | 'values';

/** What the user chose in the sidebar (or on the command line). */
export interface SummaryRequest {
  readonly kpis: readonly string[];
  /** A target per KPI id; a Range KPI takes a [low, high] band. */
  readonly targets?: Readonly<Record<string, number | readonly [number, number]>>;
  readonly period: Period | 'none';
  readonly mode: SummaryMode;
  readonly language: Language;
  /** Per table KPI, its variant: the choice of its one option besides the period (PERIOD_SERIES aggregate, CHURN_BY_PERIOD basis, …). */
  readonly variants?: Readonly<Record<string, string>>;
}

/** Where and when: the spreadsheet's locale and time zone, the clock, and (values mode) each range's cells. */
export interface PlanContext {
  readonly locale: string;
  readonly timeZone: string;
  readonly now: Date;
  /** The values of each selected range, in the order of the facts; needed for values mode. */
  readonly data?: readonly (readonly (readonly unknown[])[])[];
}

/** A cell of the plan: a number, a date, a formula ('=…'), or text written as text ("'…"). */
export type PlanCell = number | string | Date | boolean;

/** A rectangle of the block, 0-based. */
export interface BlockRect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface ChartSpec {
  readonly type: 'line' | 'bar';
  readonly title: string;
  /** The series' ranges in the block (labels first). */
  readonly ranges: readonly BlockRect[];
  /** Where it sits: 1-based row and column of its top-left corner. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

export interface PlannedKpi {
  readonly id: string;
  /** 0-based row in the block. */
  readonly row: number;
  readonly mode: SummaryMode;
}

export interface SummaryPlan {
  readonly sheetName: string;
  readonly language: Language;
  readonly mode: SummaryMode;
  /** One rectangular block written at A1. */
  readonly cells: PlanCell[][];
  readonly numberFormats: string[][];
  readonly namedRanges: readonly { readonly name: string; readonly a1: string }[];
  /** The status column's data cells, as A1 on the summary sheet, and the words its rule colours. */
  readonly statusRule: { readonly a1: string; readonly onTrack: string; readonly offTrack: string } | null;
  readonly charts: readonly ChartSpec[];
  readonly kpis: readonly PlannedKpi[];
  readonly notes: readonly string[];
  /** The ranges the summary reads. */
  readonly sources: readonly string[];
}

const HEADER_ROW = 4;
const FIRST_KPI_ROW = 5;
const VALUE = 2;
const TARGET = 3;
const TARGET_HIGH = 4;
const STATUS = 5;
const FIXED_COLUMNS = 9;

/** User text as Sheets must keep it: a leading apostrophe stops =, +, - or a number-like text being read as a formula or a number. */
export const asText = (text: string): string => `'${text}`;

/** A1 of a block cell (0-based row and column) on the summary sheet, with $ on the row when asked. */
const cellA1 = (row: number, column: number, absoluteRow = false): string => `${columnToLetters(column + 1)}${absoluteRow ? '$' : ''}${row + 1}`;

/** A name for a named range from a role: kpi_cost, kpi_cost_2, … */
function nameFor(role: string, used: Set<string>): string {
  let name = `kpi_${role}`;
  for (let i = 2; used.has(name); i++) name = `kpi_${role}_${i}`;
  used.add(name);
  return name;
}

/** The end of a period starting at cell `start`, as a formula. */
function periodEnd(period: Period, start: string): string {
  switch (period) {
    case 'day':
      return `${start}+1`;
    case 'week':
      return `${start}+7`;
    case 'month':
      return `EDATE(${start},1)`;
    case 'quarter':
      return `EDATE(${start},3)`;
    case 'year':
      return `EDATE(${start},12)`;
  }
}

/** Whether native formulas read the bound columns exactly as our functions do (no text numbers, dates, errors; counts ≥ 0; scores 0–10). */
function nativeClean(entry: Kpi, bound: readonly (BoundColumn | undefined)[]): ColumnDescription[] {
  const unsafe: ColumnDescription[] = [];
  entry.params.forEach((param, i) => {
    const column = bound[i]?.column;
    if (!column) return;
    const bad =
      column.nativeUnsafe > 0 ||
      (param.domain?.min !== undefined && column.negatives > 0) ||
      (param.kind === 'list' && param.domain?.whole && !column.wholeNumbers0to10) ||
      param.kind === 'fraction';
    if (bad) unsafe.push(column);
  });
  return unsafe;
}

/** Native terms over named ranges, optionally narrowed to one period of a date range. */
function nativeTerms(entry: Kpi, names: readonly (string | undefined)[], filter?: { dates: string; start: string; end: string }): NativeTerms {
  const where = filter ? `,${filter.dates},">="&${filter.start},${filter.dates},"<"&${filter.end}` : '';
  const fallback = (i: number): string => String(entry.params[i].optional?.default ?? 0);
  return {
    sum: (i) => (names[i] ? (filter ? `SUMIFS(${names[i]}${where})` : `SUM(${names[i]})`) : fallback(i)),
    count: (i) => (filter ? `COUNTIFS(${names[i]},"<>"${where})` : `COUNT(${names[i]})`),
    countIf: (i, criterion) => (filter ? `COUNTIFS(${names[i]},${criterion}${where})` : `COUNTIF(${names[i]},${criterion})`),
  };
}

/** A live call of our function over named ranges (each narrowed with FILTER to a period when asked); trailing unbound parameters are left out. */
function liveCall(entry: Kpi, names: readonly (string | undefined)[], filter?: { dates: string; start: string; end: string }): string {
  const fn = entry.liveAs ?? entry.id;
  // FILTER of an empty period is #N/A: a sum over no rows is 0 (as SUMIFS gives), a list of answers is empty (an error, as COUNTIFS ÷ 0 is).
  const narrowed = (name: string, i: number): string =>
    `IFNA(FILTER(${name},${filter!.dates}>=${filter!.start},${filter!.dates}<${filter!.end}),${entry.params[i].kind === 'list' ? '""' : 0})`;
  const args = names.map((name, i) => (name ? (filter ? narrowed(name, i) : name) : ''));
  while (args.length > 0 && args[args.length - 1] === '') args.pop();
  return `${fn}(${args.join(',')})`;
}

/** The status formula for a value cell against its target(s), in the KPI's direction. */
function statusFormula(entry: Kpi, row: number, language: Language): string {
  const l = LABELS[language];
  const value = cellA1(row, VALUE);
  const low = cellA1(row, TARGET);
  const high = cellA1(row, TARGET_HIGH);
  const test =
    entry.direction === 'maximize' ? `${value}>=${low}` : entry.direction === 'minimize' ? `${value}<=${low}` : `AND(${value}>=${low},${value}<=${high})`;
  const targetGiven = entry.direction === 'range' ? `AND(ISNUMBER(${low}),ISNUMBER(${high}))` : `ISNUMBER(${low})`;
  return `=IF(NOT(ISNUMBER(${value})),"${l.noValue}",IF(NOT(${targetGiven}),"${l.noTarget}",IF(${test},"${l.onTrack}","${l.offTrack}")))`;
}

/** A bound column's data cells as Sheets passes them (one column of rows), rows kept where `keep` says. */
function columnCells(b: BoundColumn, ranges: readonly RangeFacts[], context: PlanContext, keep?: (range: RangeFacts, row: number) => boolean): unknown[][] {
  const data = context.data?.[ranges.indexOf(b.range)] ?? [];
  const cells: unknown[][] = [];
  for (let r = b.range.hasHeader ? 1 : 0; r < data.length; r++) if (!keep || keep(b.range, r)) cells.push([data[r][b.column.index]]);
  return cells.length > 0 ? cells : [['']];
}

/** The arguments of a KPI as Sheets would pass them, read from the data of the bound columns. */
function snapshotArgs(entry: Kpi, bound: readonly (BoundColumn | undefined)[], ranges: readonly RangeFacts[], context: PlanContext, keep?: (range: RangeFacts, row: number) => boolean): unknown[] {
  return entry.params.map((_, i) => (bound[i] ? columnCells(bound[i]!, ranges, context, keep) : undefined));
}

/** Plans the summary sheet for the chosen KPIs over the selection facts. */
export function planSummary(ranges: readonly RangeFacts[], request: SummaryRequest, context: PlanContext): SummaryPlan {
  const language = request.language;
  const l = LABELS[language];
  const used = new Set<string>();
  const namedRanges: { name: string; a1: string }[] = [];
  const nameOfColumn = new Map<ColumnDescription, string>();
  const nameOf = (column: ColumnDescription, role: string): string => {
    let name = nameOfColumn.get(column);
    if (!name) {
      name = nameFor(role, used);
      nameOfColumn.set(column, name);
      namedRanges.push({ name, a1: column.a1 });
    }
    return name;
  };

  // Periods: from the first to the last date of the date columns, in the spreadsheet's calendar.
  const dateColumnOf = (range: RangeFacts): ColumnDescription | undefined => range.columns.find((c) => c.role === 'date' && c.type === 'date');
  const period = request.period === 'none' ? null : request.period;
  const periodStarts: Date[] = [];
  if (period) {
    const dated = ranges.map(dateColumnOf).filter((c): c is ColumnDescription => c?.firstDate !== undefined);
    if (dated.length > 0) {
      const first = Math.min(...dated.map((c) => localDay(new Date(c.firstDate!), context.timeZone)));
      const last = Math.max(...dated.map((c) => localDay(new Date(c.lastDate!), context.timeZone)));
      for (let day = periodStart(first, period); day <= last; day = nextPeriodStart(day, period)) periodStarts.push(dateOfLocalDay(day, context.timeZone));
    }
  }
  const allEntries = request.kpis.map((id) => kpiById(id)).filter((entry): entry is Kpi => entry !== undefined && summarizable(entry));
  const entries = allEntries.filter((entry) => entry.unit !== 'table');
  const notes: string[] = [];

  // Tables spill under the KPI rows; their size decides how wide the block is.
  const tablePeriod: Period = period ?? 'month';
  const sections: TableSection[] = [];
  for (const entry of allEntries.filter((e) => e.unit === 'table')) {
    const binding = bind(entry, ranges);
    if (!Array.isArray(binding)) continue;
    const names = entry.params.map((param, i) => (binding[i] ? nameOf(binding[i]!.column, binding[i]!.column.role ?? param.name) : undefined));
    const section = tableSection(entry, binding, names, tablePeriod, request.variants?.[entry.id], {
      values: request.mode === 'values',
      locale: context.locale,
      timeZone: context.timeZone,
      cellsOf: (b) => columnCells(b, ranges, context),
    });
    if (section.error) notes.push(l.snapshotError(entry.id, section.error));
    else if (request.mode === 'portable') notes.push(l.noNative(entry.id));
    sections.push(section);
  }
  const width = Math.max(FIXED_COLUMNS + (periodStarts.length > 0 ? periodStarts.length + 1 : 0), ...sections.map((section) => section.columns));
  const blankRow = (): PlanCell[] => new Array<PlanCell>(width).fill('');
  const generalRow = (): string[] => new Array<string>(width).fill('General');

  const cells: PlanCell[][] = [];
  const formats: string[][] = [];
  const planned: PlannedKpi[] = [];
  const sources = ranges.map((range) => range.a1);

  const title = blankRow();
  title[0] = asText(l.title);
  const generated = blankRow();
  generated[0] = asText(`${l.generated}: ${context.now.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${l.modes[request.mode]}`);
  const sourceRow = blankRow();
  sourceRow[0] = asText(`${l.sources}: ${sources.join(', ')}`);
  cells.push(title, generated, sourceRow, blankRow());
  for (let i = 0; i < 4; i++) formats.push(generalRow());

  const header = blankRow();
  l.headers.forEach((text, i) => (header[i] = asText(text)));
  const headerFormats = generalRow();
  periodStarts.forEach((start, i) => {
    header[FIXED_COLUMNS + i] = start;
    headerFormats[FIXED_COLUMNS + i] = period === 'day' || period === 'week' ? 'yyyy-mm-dd' : period === 'year' ? 'yyyy' : 'mmm yyyy';
  });
  if (periodStarts.length > 0) header[width - 1] = asText(l.trend);
  cells.push(header);
  formats.push(headerFormats);

  for (const entry of entries) {
    const row = cells.length;
    const binding = bind(entry, ranges);
    if (!Array.isArray(binding)) continue;
    const names = entry.params.map((param, i) => (binding[i] ? nameOf(binding[i]!.column, binding[i]!.column.role ?? param.name) : undefined));
    const unsafe = nativeClean(entry, binding);
    let mode: SummaryMode = request.mode;
    if (mode === 'portable' && (!entry.native || unsafe.length > 0)) {
      mode = 'live';
      notes.push(entry.native ? l.liveFallback(entry.id, unsafe.map((c) => c.header || c.a1).join(', ')) : l.noNative(entry.id));
    }
    // Counts have no function of their own: live and portable are the same native SUM.
    const nativeOnly = !entry.customFunction && !entry.liveAs;
    const formulaFor = (filter?: { dates: string; start: string; end: string }): string =>
      mode === 'portable' || nativeOnly ? `=${entry.native!(nativeTerms(entry, names, filter))}` : `=${liveCall(entry, names, filter)}`;
    const snapshot = (keep?: (range: RangeFacts, row: number) => boolean): PlanCell => {
      try {
        const value = evaluate(entry, snapshotArgs(entry, binding, ranges, context, keep), {
          fn: entry.liveAs ?? entry.id,
          locale: context.locale,
          timeZone: context.timeZone,
        });
        return typeof value === 'number' ? value : '';
      } catch (error) {
        if (!keep) notes.push(l.snapshotError(entry.id, (error as Error).message));
        return '';
      }
    };

    const line = blankRow();
    const lineFormats = generalRow();
    const unitFormat = numberFormatOf(entry.unit, context.locale, language);
    line[0] = asText(entry.id);
    line[1] = asText(entry.names[language]);
    line[VALUE] = mode === 'values' ? snapshot() : formulaFor();
    const target = request.targets?.[entry.id];
    if (typeof target === 'number') line[TARGET] = target;
    else if (Array.isArray(target)) {
      line[TARGET] = target[0];
      line[TARGET_HIGH] = target[1];
    }
    line[STATUS] = statusFormula(entry, row, language);
    line[6] = asText(l.units[entry.unit]);
    line[7] = asText(entry.description);
    line[8] = asText(binding.map((b) => (b ? `${b.column.header || b.column.a1} (${b.column.a1})` : '')).filter(Boolean).join('; '));
    for (const column of [VALUE, TARGET, TARGET_HIGH]) lineFormats[column] = unitFormat;

    if (periodStarts.length > 0) {
      const first = binding.find((b) => b !== undefined)!;
      const dates = dateColumnOf(first.range);
      const sameTable = dates !== undefined && binding.every((b) => !b || b.range === first.range);
      if (!sameTable) notes.push(l.noPeriod(entry.id));
      else {
        const dateName = nameOf(dates, 'date');
        periodStarts.forEach((startDate, i) => {
          const column = FIXED_COLUMNS + i;
          const start = cellA1(HEADER_ROW, column, true);
          lineFormats[column] = unitFormat;
          if (mode === 'values') {
            const from = startDate.getTime();
            const to = i + 1 < periodStarts.length ? periodStarts[i + 1].getTime() : dateOfLocalDay(nextPeriodStart(localDay(startDate, context.timeZone), period!), context.timeZone).getTime();
            const data = context.data?.[ranges.indexOf(first.range)] ?? [];
            line[column] = snapshot((_, r) => {
              const cell = data[r][dates.index];
              return cell instanceof Date && cell.getTime() >= from && cell.getTime() < to;
            });
          } else line[column] = formulaFor({ dates: dateName, start, end: periodEnd(period!, start) });
        });
        line[width - 1] = `=SPARKLINE(${cellA1(row, FIXED_COLUMNS)}:${cellA1(row, width - 2)})`;
      }
    }
    cells.push(line);
    formats.push(lineFormats);
    planned.push({ id: entry.id, row, mode });
  }

  if (notes.length > 0) {
    cells.push(blankRow());
    formats.push(generalRow());
    const noteHeader = blankRow();
    noteHeader[0] = asText(l.notes);
    cells.push(noteHeader);
    formats.push(generalRow());
    for (const note of notes) {
      const line = blankRow();
      line[0] = asText(note);
      cells.push(line);
      formats.push(generalRow());
    }
  }

  const charts: ChartSpec[] = [];
  for (const section of sections) {
    if (section.error) continue;
    cells.push(blankRow());
    formats.push(generalRow());
    const title = blankRow();
    title[0] = asText(kpiById(section.id)!.names[language]);
    cells.push(title);
    formats.push(generalRow());
    const top = cells.length;
    for (let r = 0; r < section.rows; r++) {
      const line = blankRow();
      const source = section.values?.[r];
      if (source) source.forEach((cell, c) => (line[c] = typeof cell === 'string' ? asText(cell) : (cell as PlanCell)));
      cells.push(line);
      formats.push(generalRow().map((general, c) => (r === 0 ? general : (section.columnFormats[c] ?? general))));
    }
    if (section.formula) cells[top][0] = section.formula;
    // The funnel tells more as bars: stage names and counts.
    if (section.id === 'FUNNEL') {
      charts.push({ type: 'bar', title: kpiById('FUNNEL')!.names[language], ranges: [{ row: top, column: 0, numRows: section.rows, numColumns: 2 }], anchorRow: top + 1, anchorColumn: 7 });
    }
  }

  const lastKpiRow = FIRST_KPI_ROW + planned.length - 1;
  const chartRow = planned.find((p) => cells[p.row][FIXED_COLUMNS] !== '' && cells[p.row][FIXED_COLUMNS] !== undefined);
  if (periodStarts.length > 1 && chartRow) {
    const series = (row: number): BlockRect => ({ row, column: FIXED_COLUMNS, numRows: 1, numColumns: periodStarts.length });
    charts.push({ type: 'line', title: kpiById(chartRow.id)!.names[language], ranges: [series(HEADER_ROW), series(chartRow.row)], anchorRow: cells.length + 2, anchorColumn: 2 });
  }
  return {
    sheetName: l.sheetName,
    language,
    mode: request.mode,
    cells,
    numberFormats: formats,
    namedRanges,
    statusRule: planned.length > 0 ? { a1: `${cellA1(FIRST_KPI_ROW, STATUS)}:${cellA1(lastKpiRow, STATUS)}`, onTrack: l.onTrack, offTrack: l.offTrack } : null,
    charts,
    kpis: planned,
    notes,
    sources,
  };
}
