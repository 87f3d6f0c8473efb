/** The summary plan: selection facts + the user's choices → every cell, format, name, rule and chart of the "KPI Summary" sheet (pure). */
import { evaluate, evaluateInterval } from '../cells/evaluate';
import { nativeIntervalOf } from '../kpi/statistics/native';
import { BY_PERIOD_ID } from '../kpi/by-period';
import { kpiById } from '../kpi/catalog';
import { dayOfIso, isoOfDay, type Calendar, type Period, type PeriodCalendar } from '../kpi/periods';
import { calendarOf, languageOf, periodCalendarOf } from '../cells/locale';
import { clauseText, listText, type Kpi, type Language, type NativeTerms } from '../kpi/types';
import { columnToLetters } from './a1';
import { planAbTest, type AbTestChoice } from './ab-test';
import { candidates, summarizable, tableLabel, type Binding, type Candidate } from './bindings';
import { CALIBRATED_TABLES } from './calibrated-tables';
import { definition } from './definitions';
import type { ColumnDescription, RangeFacts } from './facts';
import { LABELS, noteName, numberFormatOf, type SummaryLabels } from './labels';
import { FIRST_KPI_ROW, HEADER_ROW, layoutFor, type Layout } from './layout';
import { NameAllocator, type NamePolicy } from './names';
import { nativeUnsafeColumns, periodDatesProblem } from './native-safety';
import { dateColumnOf, nativePeriodCell, PERIOD_DATE_FORMAT, periodCriteria, periodEndFormula, periodName, periodStartDate, periodStarts, type PeriodFilter } from './period-columns';
import { columnCells } from './snapshot';
import { tableSection, type TableSection } from './tables';
import { shownLength, widthRuns, type ColumnContent, type WidthRun } from './widths';

export type SummaryMode = 'live' | 'portable' | 'values';

/** What the user chose in the sidebar (or on the command line). */
export interface SummaryRequest {
  readonly kpis: readonly string[];
  /** A target per KPI id; a Range KPI takes a [low, high] band. */
  readonly targets?: Readonly<Record<string, number | readonly [number, number]>>;
  readonly period: Period | 'none';
  readonly mode: SummaryMode;
  readonly language: Language;
  /** Per table KPI option the sidebar offers, its choice, keyed as variantKey: PERIOD_SERIES (its aggregate), CLV_FORECAST (unit), CLV_FORECAST.model. */
  readonly variants?: Readonly<Record<string, string>>;
  /** The last day ("yyyy-mm-dd") the CLV tables fit their model on: CLV_TRACKING's split (default defaultCalibrationEnd), CLV_FORECAST's (default the last date). */
  readonly calibrationEnd?: string;
  /** The calendar of the periods; default the spreadsheet locale's (Solar Hijri in fa_IR, Gregorian elsewhere). */
  readonly calendar?: Calendar;
  /** An A/B test of two variants' conversion rates: two ranges by index, or a variant column `range:column`. */
  readonly abTest?: AbTestChoice;
}

/** Where and when: the spreadsheet's locale and time zone, the clock, each range's cells, the names it may use, the program it is for. */
export interface PlanContext {
  readonly locale: string;
  readonly timeZone: string;
  readonly now: Date;
  /** The values of each selected range, in the order of the facts; needed for values mode. */
  readonly data?: readonly (readonly (readonly unknown[])[])[];
  /** The summary's name prefix and the names it must not take; default kpi_ and none taken. */
  readonly names?: NamePolicy;
  /** 'sheets' (default) or 'file': a file for Excel or LibreOffice, which have neither our functions nor SPARKLINE. */
  readonly program?: 'sheets' | 'file';
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
  /** The data ranges in the block; with `mergeRows` their rows are stacked into one table. */
  readonly ranges: readonly BlockRect[];
  readonly mergeRows: boolean;
  /** Rows are series (a KPI row over its period columns) rather than columns. */
  readonly transpose: boolean;
  /** Header rows (or, transposed, columns) of the data table. */
  readonly numHeaders: number;
  /** Where it sits: 1-based row and column of its top-left corner. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

export interface PlannedKpi {
  readonly id: string;
  /** The table it reads ("Campaigns"; "Sales + Costs" for a join the user made). */
  readonly table: string;
  /** 0-based row in the block. */
  readonly row: number;
  readonly mode: SummaryMode;
  /** Whether its period columns are filled (its table has the date column). */
  readonly periods: boolean;
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
  readonly statusRule: { readonly a1: string; readonly onTrack: string; readonly offTrack: string; readonly tooClose: string } | null;
  readonly charts: readonly ChartSpec[];
  readonly kpis: readonly PlannedKpi[];
  readonly notes: readonly string[];
  /** The ranges the summary reads. */
  readonly sources: readonly string[];
  /** Rows and columns kept in view: the header rows and the ID and KPI columns. */
  readonly frozen: { readonly rows: number; readonly columns: number };
  /** Column widths of the KPI block, as runs of equal width. */
  readonly widths: readonly WidthRun[];
  /** The cells whose text wraps: the definition and inputs of the header and KPI rows. */
  readonly wrap: readonly BlockRect[];
}

/** The most characters a Sheets cell holds. */
export const MAX_CELL_TEXT = 50_000;

/** User text as Sheets must keep it: a leading apostrophe stops =, +, - or a number-like text being read as a formula; cut to what a cell holds. */
export const asText = (text: string): string => `'${text.length < MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - 2)}…`}`;

/** A1 of a block cell (0-based row and column) on the summary sheet, with $ on the row and column when asked. */
const cellA1 = (row: number, column: number, absolute = false): string => `${absolute ? '$' : ''}${columnToLetters(column + 1)}${absolute ? '$' : ''}${row + 1}`;

/** A formula string argument. */
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Native terms over named ranges, optionally narrowed to one period of a date range. */
function nativeTerms(entry: Kpi, names: readonly (string | undefined)[], filter?: PeriodFilter): NativeTerms {
  const where = filter ? `,${periodCriteria(filter)}` : '';
  const fallback = (i: number): string => String(entry.params[i].optional?.default ?? 0);
  return {
    sum: (i) => (names[i] ? (filter ? `SUMIFS(${names[i]}${where})` : `SUM(${names[i]})`) : fallback(i)),
    count: (i) => (filter ? `COUNTIFS(${names[i]},"<>"${where})` : `COUNT(${names[i]})`),
    countIf: (i, criterion) => (filter ? `COUNTIFS(${names[i]},${criterion}${where})` : `COUNTIF(${names[i]},${criterion})`),
  };
}

/** Arguments of a call over named ranges, blank where a parameter is unbound, trailing blanks left out. */
function callArgs(names: readonly (string | undefined)[]): string[] {
  const args = names.map((name) => name ?? '');
  while (args.length > 0 && args[args.length - 1] === '') args.pop();
  return args;
}

/** A value's 95% interval as formula terms (or numbers, in values mode), for the status to read. */
interface IntervalEnds {
  readonly low: string;
  readonly high: string;
}

/**
 * The status formula for a value cell against its target(s), in the KPI's direction. With an interval: "too close to
 * call" when a target lies inside it, on or off track only when the whole interval is on one side.
 */
function statusFormula(entry: Kpi, row: number, layout: Layout, l: SummaryLabels, interval?: IntervalEnds): string {
  const value = cellA1(row, layout.value);
  const low = cellA1(row, layout.target);
  const high = cellA1(row, layout.targetHigh);
  const test =
    entry.direction === 'maximize' ? `${value}>=${low}` : entry.direction === 'minimize' ? `${value}<=${low}` : `AND(${value}>=${low},${value}<=${high})`;
  const targetGiven = entry.direction === 'range' ? `AND(ISNUMBER(${low}),ISNUMBER(${high}))` : `ISNUMBER(${low})`;
  const inside = (target: string): string => `AND(${interval!.low}<=${target},${target}<=${interval!.high})`;
  const verdict = `IF(${test},${quoted(l.onTrack)},${quoted(l.offTrack)})`;
  const judged = interval ? `IF(${entry.direction === 'range' ? `OR(${inside(low)},${inside(high)})` : inside(low)},${quoted(l.tooClose)},${verdict})` : verdict;
  return `=IF(NOT(ISNUMBER(${value})),${quoted(l.noValue)},IF(NOT(${targetGiven}),${quoted(l.noTarget)},${judged}))`;
}

/** What the plan is writing: the block, its formats, notes and names, shared by the steps below. */
class Draft {
  readonly cells: PlanCell[][] = [];
  readonly formats: string[][] = [];
  readonly notes: string[] = [];
  readonly namedRanges: { name: string; a1: string }[] = [];
  private readonly nameOfColumn = new Map<ColumnDescription, string>();
  private readonly allocator: NameAllocator;

  /** Columns of the block; set once the table sections' widths are known. */
  width = 0;

  constructor(names: NamePolicy) {
    this.allocator = new NameAllocator(names);
  }

  blankRow(): PlanCell[] {
    return new Array<PlanCell>(this.width).fill('');
  }
  generalRow(): string[] {
    return new Array<string>(this.width).fill('General');
  }
  push(cells: PlanCell[], formats = this.generalRow()): void {
    this.cells.push(cells);
    this.formats.push(formats);
  }
  /** A line of text in the first column. */
  line(text: string): void {
    const row = this.blankRow();
    row[0] = asText(text);
    this.push(row);
  }
  /** The named range of a column, created on first use. */
  nameOf(column: ColumnDescription, role: string): string {
    let name = this.nameOfColumn.get(column);
    if (!name) {
      name = this.allocator.next(role);
      this.nameOfColumn.set(column, name);
      this.namedRanges.push({ name, a1: column.a1 });
    }
    return name;
  }
  /** Names of a binding's columns, per parameter. */
  namesOf(entry: Kpi, binding: Binding): (string | undefined)[] {
    return entry.params.map((param, i) => (binding[i] ? this.nameOf(binding[i]!.column, binding[i]!.column.role ?? param.name) : undefined));
  }
}

/** One row of the KPI block: a KPI over one table. */
interface KpiRow {
  readonly entry: Kpi;
  readonly candidate: Candidate;
  readonly table: string;
}

/** The KPI rows of a request: every requested row KPI once per table that feeds it. */
function kpiRows(ranges: readonly RangeFacts[], ids: readonly string[]): KpiRow[] {
  const rows: KpiRow[] = [];
  for (const entry of ids.map((id) => kpiById(id))) {
    if (!entry || !summarizable(entry) || entry.unit === 'table') continue;
    const found = candidates(entry, ranges);
    if (Array.isArray(found)) for (const candidate of found) rows.push({ entry, candidate, table: tableLabel(candidate.ranges, ranges) });
  }
  return rows;
}

/** Everything one KPI row needs to be written. */
interface RowContext {
  readonly draft: Draft;
  readonly layout: Layout;
  readonly ranges: readonly RangeFacts[];
  readonly request: SummaryRequest;
  readonly context: PlanContext;
  readonly period: Period | null;
  /** Period starts as local day numbers, in the calendar. */
  readonly starts: readonly number[];
  readonly calendar: PeriodCalendar;
}

/** How a row is written: the request's mode, unless portable cannot be native (then live in Sheets, values in a file). */
function rowMode(row: KpiRow, c: RowContext, dates: ColumnDescription | undefined): SummaryMode {
  const { entry, candidate } = row;
  const l = LABELS[c.request.language];
  // SUMIFS and COUNTIFS compare a date typed as text as text: such a date column cannot narrow rows natively.
  const unsafe = [...nativeUnsafeColumns(entry, candidate.binding), ...(periodDatesProblem(dates) === 'text_dates' ? [dates!] : [])];
  if (c.request.mode !== 'portable' || (entry.native && unsafe.length === 0)) return c.request.mode;
  const inFile = c.context.program === 'file';
  if (!entry.native) c.draft.notes.push(inFile ? l.noNativeInFile(noteName(entry, c.request.language)) : l.noNative(noteName(entry, c.request.language)));
  else c.draft.notes.push(l.liveFallback(noteName(entry, c.request.language), listText(unsafe.map((column) => column.header || column.a1), c.request.language)) + (inFile ? ` ${l.valuesInFile}` : ''));
  return inFile ? 'values' : 'live';
}

/** The KPI's value and its period values in values mode: KPI_BY_PERIOD run on the snapshot, as the live row would. */
function snapshotRow(row: KpiRow, c: RowContext, dates: ColumnDescription | undefined): PlanCell[] {
  const { entry, candidate } = row;
  const fn = entry.liveAs ?? entry.id;
  const inputs = entry.params.map((_, i) => (candidate.binding[i] ? columnCells(candidate.binding[i]!, c.ranges, c.context.data) : ''));
  const context = { fn, locale: c.context.locale, timeZone: c.context.timeZone };
  try {
    if (!dates) return [evaluate(kpiById(fn)!, inputs, context) as number];
    const dateCells = columnCells({ range: candidate.ranges[0], column: dates }, c.ranges, c.context.data);
    const raw = [fn, dateCells, c.period, [c.starts.map((day) => periodStartDate(day, c.context.timeZone))], ...inputs];
    return (evaluate(kpiById(BY_PERIOD_ID)!, raw, { ...context, fn: BY_PERIOD_ID }) as PlanCell[][])[0];
  } catch (error) {
    c.draft.notes.push(LABELS[c.request.language].snapshotError(noteName(entry, c.request.language), (error as Error).message));
    return [''];
  }
}

/** The value and period cells of a row in live or portable mode: one call that spills, or native formulas cell by cell. */
function formulaRow(row: KpiRow, c: RowContext, mode: SummaryMode, dates: ColumnDescription | undefined): PlanCell[] {
  const { entry, candidate } = row;
  const names = c.draft.namesOf(entry, candidate.binding);
  const native = mode === 'portable' || (!entry.customFunction && !entry.liveAs);
  const fn = entry.liveAs ?? entry.id;
  if (!dates) return [native ? `=${entry.native!(nativeTerms(entry, names))}` : `=${fn}(${callArgs(names).join(',')})`];
  const dateName = c.draft.nameOf(dates, 'date');
  const { firstPeriod, periods } = c.layout;
  if (!native) {
    const header = `${cellA1(HEADER_ROW, firstPeriod, true)}:${cellA1(HEADER_ROW, firstPeriod + periods - 1, true)}`;
    return [`=${BY_PERIOD_ID}(${[quoted(fn), dateName, quoted(c.period!), header, ...callArgs(names)].join(',')})`];
  }
  const cells: PlanCell[] = [`=${entry.native!(nativeTerms(entry, names))}`];
  for (let i = 0; i < periods; i++) {
    const start = cellA1(HEADER_ROW, firstPeriod + i).replace(/(\d+)$/, '$$$1');
    const filter = { dates: dateName, start, end: periodEndFormula(c.starts[i], c.period!, c.calendar) };
    cells.push(nativePeriodCell(entry.native!(nativeTerms(entry, names, filter)), filter));
  }
  return cells;
}

/**
 * The 95% interval of a proportion's or a survey score's value: its margin and n cells, and its ends for the status. Native
 * formulas over the row's names (live and portable alike), numbers in values mode; none for other KPIs, or when the
 * columns are not what native formulas read as the function does.
 */
function intervalCells(row: KpiRow, c: RowContext, mode: SummaryMode): (IntervalEnds & { margin: PlanCell; n: PlanCell }) | undefined {
  const { entry, candidate } = row;
  if (!entry.sampling) return undefined;
  if (mode === 'values') {
    const inputs = entry.params.map((_, i) => (candidate.binding[i] ? columnCells(candidate.binding[i]!, c.ranges, c.context.data) : ''));
    try {
      const interval = evaluateInterval(entry, inputs, { fn: entry.liveAs ?? entry.id, locale: c.context.locale, timeZone: c.context.timeZone });
      return interval && { low: String(interval.low), high: String(interval.high), margin: interval.margin, n: interval.n };
    } catch {
      return undefined;
    }
  }
  if (nativeUnsafeColumns(entry, candidate.binding).length > 0) return undefined;
  const terms = nativeTerms(entry, c.draft.namesOf(entry, candidate.binding));
  const native = nativeIntervalOf(entry, terms);
  if (!native) return undefined;
  const whole = entry.bounded ? entry.params.findIndex((param) => param.name === entry.bounded!.whole) : -1;
  const n = entry.sampling.kind === 'nps' ? terms.count(0) : terms.sum(whole);
  return { low: native.low, high: native.high, margin: `=${native.margin}`, n: `=${n}` };
}

/** Writes one KPI row: ID, name · table, targets, status, interval, value and periods, trend, unit, definition, inputs. */
function planKpiRow(row: KpiRow, c: RowContext): PlannedKpi {
  const { entry, candidate } = row;
  const { draft, layout, request, context } = c;
  const l = LABELS[request.language];
  const index = draft.cells.length;
  const oneTable = candidate.ranges.length === 1;
  const dates = c.starts.length > 0 && oneTable ? dateColumnOf(candidate.ranges[0]) : undefined;
  const mode = rowMode(row, c, dates);
  if (c.starts.length > 0 && !dates) draft.notes.push(oneTable ? l.noPeriod(noteName(entry, request.language), row.table) : l.noPeriodJoin(noteName(entry, request.language)));

  const cells = draft.blankRow();
  const formats = draft.generalRow();
  const unitFormat = numberFormatOf(entry.unit, context.locale, request.language);
  cells[layout.id] = asText(entry.id);
  cells[layout.name] = asText(c.ranges.length > 1 ? `${entry.names[request.language]} · ${row.table}` : entry.names[request.language]);
  const target = request.targets?.[entry.id];
  if (typeof target === 'number') cells[layout.target] = target;
  else if (Array.isArray(target)) [cells[layout.target], cells[layout.targetHigh]] = target;
  const values = mode === 'values' ? snapshotRow(row, c, dates) : formulaRow(row, c, mode, dates);
  values.forEach((value, i) => (cells[layout.value + i] = value));
  const interval = intervalCells(row, c, mode);
  if (interval) {
    [cells[layout.margin], cells[layout.n]] = [interval.margin, interval.n];
    [formats[layout.margin], formats[layout.n]] = [unitFormat, '#,##0'];
  }
  cells[layout.status] = statusFormula(entry, index, layout, l, interval);
  for (let column = layout.target; column <= layout.targetHigh; column++) formats[column] = unitFormat;
  for (let column = layout.value; column < layout.value + 1 + (dates ? layout.periods : 0); column++) formats[column] = unitFormat;
  if (dates && layout.trend >= 0) cells[layout.trend] = `=SPARKLINE(${cellA1(index, layout.firstPeriod)}:${cellA1(index, layout.firstPeriod + layout.periods - 1)})`;
  cells[layout.unit] = asText(l.units[entry.unit]);
  cells[layout.definition] = asText(definition(entry, request.language));
  cells[layout.inputs] = asText(clauseText(candidate.binding.map((b) => (b ? `${b.column.header || b.column.a1} (${b.column.a1})` : '')).filter(Boolean), request.language));
  draft.push(cells, formats);
  return { id: entry.id, table: row.table, row: index, mode, periods: dates !== undefined };
}

/** The title, when and how it was made, its sources, and the header row with the period starts. */
function planHeader(draft: Draft, layout: Layout, request: SummaryRequest, context: PlanContext, periods: { starts: readonly number[]; calendar: PeriodCalendar }, sources: readonly string[]): void {
  const l = LABELS[request.language];
  draft.line(l.title);
  const calendar = periods.starts.length > 0 ? ` · ${l.calendars[periods.calendar.calendar]}` : '';
  draft.line(`${l.generated}: ${context.now.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${l.modes[request.mode]}${calendar}`);
  draft.line(`${l.sources}: ${listText(sources, request.language)}`);
  // Above each period's date, its name in the user's language and calendar.
  const names = draft.blankRow();
  periods.starts.forEach((start, i) => (names[layout.firstPeriod + i] = asText(periodName(start, request.period as Period, periods.calendar, request.language))));
  draft.push(names);
  const header = draft.blankRow();
  const formats = draft.generalRow();
  // In the order of the labels' headers: ID, KPI, Value, Target, Target (high), Status, Unit, Definition, Inputs.
  const columns = [layout.id, layout.name, layout.value, layout.target, layout.targetHigh, layout.status, layout.unit, layout.definition, layout.inputs];
  columns.forEach((column, i) => (header[column] = asText(l.headers[i])));
  [header[layout.margin], header[layout.n]] = [asText(l.margin), asText(l.sampleSize)];
  periods.starts.forEach((start, i) => {
    header[layout.firstPeriod + i] = periodStartDate(start, context.timeZone);
    formats[layout.firstPeriod + i] = PERIOD_DATE_FORMAT;
  });
  if (layout.trend >= 0) header[layout.trend] = asText(l.trend);
  draft.push(header, formats);
}

/** The table sections requested (FUNNEL, PERIOD_SERIES, …): a spilled formula, or values in values mode and in files. */
function planTables(ranges: readonly RangeFacts[], request: SummaryRequest, context: PlanContext, draftNames: (entry: Kpi, binding: Binding) => (string | undefined)[], notes: string[]): TableSection[] {
  const l = LABELS[request.language];
  const inFile = context.program === 'file';
  const sections: TableSection[] = [];
  for (const entry of request.kpis.map((id) => kpiById(id))) {
    if (!entry || !summarizable(entry) || entry.unit !== 'table') continue;
    const found = candidates(entry, ranges);
    if (!Array.isArray(found)) continue;
    const binding = found[0].binding;
    const values = request.mode === 'values' || inFile;
    const section = tableSection(entry, binding, draftNames(entry, binding), (request.period === 'none' ? 'month' : request.period) as Period, request.variants, {
      values,
      ...(request.calibrationEnd && CALIBRATED_TABLES.includes(entry.id) ? { calibrationEnd: dayOfIso(request.calibrationEnd) } : {}),
      locale: context.locale,
      timeZone: context.timeZone,
      cellsOf: (b) => columnCells(b, ranges, context.data),
      // Written only when it is not the locale's own calendar, so formulas stay short.
      ...(request.calendar && request.calendar !== calendarOf(context.locale) ? { calendar: request.calendar } : {}),
      // Headers in the summary's language when the spreadsheet's is another.
      ...(request.language !== languageOf(context.locale) ? { language: request.language } : {}),
    });
    if (section.error) notes.push(l.snapshotError(noteName(entry, request.language), section.error));
    else if (request.mode === 'portable') notes.push(inFile ? l.noNativeInFile(noteName(entry, request.language)) : l.noNative(noteName(entry, request.language)));
    sections.push(section.calibrationEnd === undefined ? section : { ...section, caption: l.fittedTo(isoOfDay(section.calibrationEnd)) });
  }
  return sections;
}

/** Each table section under its title, with room reserved for its spill; the funnel gets a bar chart, the tracking table a line chart. */
function writeTables(draft: Draft, sections: readonly TableSection[], language: Language, charts: ChartSpec[]): void {
  for (const section of sections) {
    if (section.error) continue;
    draft.push(draft.blankRow());
    const title = section.title ?? kpiById(section.id)!.names[language];
    draft.line(title);
    if (section.caption) draft.line(section.caption);
    const top = draft.cells.length;
    for (let r = 0; r < section.rows; r++) {
      const line = draft.blankRow();
      section.values?.[r]?.forEach((cell, c) => (line[c] = typeof cell === 'string' ? asText(cell) : (cell as PlanCell)));
      draft.push(line, draft.generalRow().map((general, c) => (r === 0 ? general : (section.columnFormats[c] ?? general))));
    }
    if (section.formula) draft.cells[top][0] = section.formula;
    const rect = (column: number, numColumns: number): BlockRect => ({ row: top, column, numRows: section.rows, numColumns });
    const chart = { title, mergeRows: false, transpose: false, numHeaders: 1, anchorRow: top + 1 };
    // The funnel: one series (counts) over the stages. The tracking table: actual and expected cumulative repeat purchases over the period starts.
    if (section.id === 'FUNNEL') charts.push({ ...chart, type: 'bar', ranges: [rect(0, 2)], anchorColumn: 7 });
    if (section.id === 'CLV_TRACKING') charts.push({ ...chart, type: 'line', ranges: [rect(1, 1), rect(4, 2)], anchorColumn: 9 });
  }
}

/** A line chart of the first KPI row with period values: the period header row and that row, stacked and read as one series. */
function trendChart(draft: Draft, layout: Layout, planned: readonly PlannedKpi[], language: Language): ChartSpec | null {
  const first = planned.find((p) => p.periods);
  if (!first || layout.periods < 2) return null;
  const series = (row: number): BlockRect => ({ row, column: layout.firstPeriod, numRows: 1, numColumns: layout.periods });
  return {
    type: 'line',
    title: `${kpiById(first.id)!.names[language]} · ${first.table}`,
    ranges: [series(HEADER_ROW), series(first.row)],
    mergeRows: true,
    transpose: true,
    numHeaders: 0,
    anchorRow: draft.cells.length + 2,
    anchorColumn: layout.value + 1,
  };
}

/** What each column of the KPI block shows on the header and KPI rows: texts, and for formulas and numbers the length their format shows. */
function blockContents(draft: Draft, layout: Layout, planned: readonly PlannedKpi[], l: SummaryLabels): ColumnContent[] {
  const statusWords = [l.onTrack, l.offTrack, l.tooClose, l.noTarget, l.noValue].reduce((a, b) => (b.length > a.length ? b : a));
  const shown = (cell: PlanCell, format: string, column: number): string => {
    if (typeof cell === 'string' && cell.startsWith("'")) return cell.slice(1);
    if (typeof cell === 'string' && cell.startsWith('=')) return column === layout.status ? statusWords : 'x'.repeat(shownLength(format));
    if (cell === '' || typeof cell === 'boolean') return String(cell);
    return 'x'.repeat(shownLength(format));
  };
  return Array.from({ length: layout.width }, (_, column) => ({
    header: shown(draft.cells[HEADER_ROW][column], draft.formats[HEADER_ROW][column], column),
    cells: planned.map((p) => shown(draft.cells[p.row][column], draft.formats[p.row][column], column)),
  }));
}

/** The block's column contents with the texts table sections need shown whole (the A/B verdict) added to their columns. */
function fitSections(contents: ColumnContent[], sections: readonly TableSection[]): ColumnContent[] {
  return contents.map((content, c) => {
    const texts = sections.flatMap((section) => (section.error || !section.fit?.[c] ? [] : [section.fit[c]!]));
    return texts.length > 0 ? { ...content, cells: [...content.cells, ...texts] } : content;
  });
}

/** Plans the summary sheet for the chosen KPIs over the selection facts. */
export function planSummary(ranges: readonly RangeFacts[], request: SummaryRequest, context: PlanContext): SummaryPlan {
  const l = LABELS[request.language];
  const period = request.period === 'none' ? null : request.period;
  const calendar = periodCalendarOf(context.locale, request.calendar);
  const starts = period ? periodStarts(ranges, period, context.timeZone, calendar) : [];
  const rows = kpiRows(ranges, request.kpis);
  const layout = layoutFor(starts.length, context.program !== 'file');
  const notes: string[] = [];
  if (period && starts.length === 0 && rows.length > 0) notes.push(l.noDateColumn);

  const draft = new Draft(context.names ?? { prefix: 'kpi_', foreign: () => false });
  const sections = planTables(ranges, request, context, (entry, binding) => draft.namesOf(entry, binding), notes);
  const abTest = planAbTest(ranges, request, context, (column, role) => draft.nameOf(column, role), notes);
  if (abTest) sections.push(abTest);
  draft.width = Math.max(layout.width, ...sections.map((section) => section.columns));
  const sources = ranges.map((range) => range.a1);
  planHeader(draft, layout, request, context, { starts, calendar }, sources);

  const rowContext: RowContext = { draft, layout, ranges, request, context, period, starts, calendar };
  const planned = rows.map((row) => planKpiRow(row, rowContext));
  draft.notes.unshift(...notes);
  if (draft.notes.length > 0) {
    draft.push(draft.blankRow());
    draft.line(l.notes);
    for (const note of draft.notes) draft.line(note);
  }
  const charts: ChartSpec[] = [];
  writeTables(draft, sections, request.language, charts);
  const trend = trendChart(draft, layout, planned, request.language);
  if (trend) charts.push(trend);
  const lastKpiRow = FIRST_KPI_ROW + planned.length - 1;
  return {
    sheetName: l.sheetName,
    language: request.language,
    mode: request.mode,
    cells: draft.cells,
    numberFormats: draft.formats,
    namedRanges: draft.namedRanges,
    statusRule: planned.length > 0 ? { a1: `${cellA1(FIRST_KPI_ROW, layout.status)}:${cellA1(lastKpiRow, layout.status)}`, onTrack: l.onTrack, offTrack: l.offTrack, tooClose: l.tooClose } : null,
    charts,
    kpis: planned,
    notes: draft.notes,
    sources,
    frozen: { rows: HEADER_ROW + 1, columns: layout.name + 1 },
    widths: widthRuns(layout, fitSections(blockContents(draft, layout, planned, l), sections)),
    wrap: [layout.definition, layout.inputs].map((column) => ({ row: HEADER_ROW, column, numRows: planned.length + 1, numColumns: 1 })),
  };
}
