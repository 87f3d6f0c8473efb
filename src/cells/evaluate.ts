/** Runs one catalog KPI on the raw arguments of a custom-function call and returns what the cell shows. */
import { BY_PERIOD_ID } from '../kpi/by-period';
import { columnLabel } from '../kpi/columns';
import { KpiFailure } from '../kpi/failure';
import type { Calendar, PeriodCalendar } from '../kpi/periods/period';
import { LANGUAGE_PARAM } from '../kpi/define';
import type { Args, Kpi, KpiResult, LabelCell, Language, NumberCells, NumberGrid, Outcome, PartOfWhole, Table } from '../kpi/types';
import { kpiInterval } from '../kpi/statistics/kpi-interval';
import type { Interval } from '../kpi/statistics/rate';
import { evaluateByPeriod } from './by-period';
import { dateOfLocalDay } from './dates';
import { languageOf, periodCalendarOf } from './locale';
import { message } from './messages';
import { recognizeStatusLabel } from './status-labels';
import { ArgumentReader, blockOf, CellError, type CallContext, type Cell } from './read';

/** What a custom function returns to Sheets: a number, or rows that spill (blank cells as ''). */
export type CellOutput = number | (number | string | boolean | Date)[][];

/** The arguments of one call, read lazily (each at most once) by their parameter's kind. */
class CallArgs implements Args {
  private readonly readers: ArgumentReader[];
  private readonly cache = new Map<string, unknown>();

  constructor(
    private readonly entry: Kpi,
    private readonly context: CallContext,
    private readonly raw: readonly Cell[],
  ) {
    this.readers = entry.params.map((param, i) => new ArgumentReader(context, param, raw[i]));
  }

  given(index: number): boolean {
    const value = this.raw[index];
    return value !== undefined && value !== '' && value !== null;
  }

  private read<T>(index: number, how: string, readOne: (reader: ArgumentReader) => T, fallback?: () => T): T {
    const key = `${how}:${index}`;
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const reader = this.readers[index];
    const optional = fallback !== undefined && reader.param.optional !== undefined;
    if (!this.given(index) && !optional && this.raw[index] === undefined) reader.fail('missing');
    const value = this.given(index) || !optional ? readOne(reader) : fallback();
    this.cache.set(key, value);
    return value;
  }

  number(index: number): number {
    return this.read(index, 'number', (r) => r.sum(), () => Number(this.entry.params[index].optional?.default));
  }
  list(index: number): NumberCells {
    return this.read(index, 'list', (r) => r.list());
  }
  grid(index: number): NumberGrid {
    return this.read(index, 'grid', (r) => r.grid());
  }
  labels(index: number): string[] | undefined {
    return this.read<string[] | undefined>(index, 'labels', (r) => r.labels(), () => undefined);
  }
  days(index: number): Float64Array {
    return this.read(index, 'days', (r) => r.days(this.calendarArgument()));
  }
  times(index: number): Float64Array {
    return this.read(index, 'times', (r) => r.times(this.calendarArgument()));
  }
  periodCalendar(index: number): PeriodCalendar {
    const choice = this.option(index);
    return periodCalendarOf(this.context.locale, choice === '' ? undefined : (choice as Calendar));
  }

  /** The calendar the call's `calendar` argument names, when the function has one and it is given (it decides how text dates read). */
  private calendarArgument(): Calendar | undefined {
    const index = this.entry.params.findIndex((param) => param.name === 'calendar' && param.kind === 'option');
    return index >= 0 && this.given(index) ? (this.option(index) as Calendar) : undefined;
  }
  isText(index: number): boolean {
    return this.given(index) && this.read(index, 'isText', (r) => r.isText());
  }
  statuses(index: number): (Outcome | null)[] {
    return this.read(index, 'statuses', (r) => r.labels().map((text) => (text === '' ? null : recognizeStatusLabel(text))));
  }
  option(index: number): string {
    return this.read(index, 'option', (r) => r.option(), () => String(this.entry.params[index].optional?.default ?? ''));
  }

  /**
   * Throws when a part exceeds its whole (`CHURN: lost (400) is more than customers_at_start (300)`), the values written
   * in the locale's digits. A status column in place of the part (WIN_RATE over won / lost labels) is a part by construction.
   */
  checkPartOfWhole({ part, minus, whole }: PartOfWhole): void {
    const index = (name: string): number => this.entry.params.findIndex((param) => param.name === name);
    const p = index(part);
    const m = minus === undefined ? -1 : index(minus);
    const w = index(whole);
    if (!this.given(p) || !this.given(w) || (m >= 0 && !this.given(m)) || this.isText(p)) return;
    const value = this.number(p) - (m >= 0 ? this.number(m) : 0);
    const total = this.number(w);
    if (value > total) {
      const shown = (n: number): string => localNumber(n, this.context.locale);
      this.readers[p].fail('part_exceeds_whole', { arg: m >= 0 ? `${part} − ${minus}` : part, value: shown(value), other: whole, whole: shown(total) });
    }
  }

  /** Rethrows a KPI's refusal as the one-line message about the argument it names, at its cell when it gives a position. */
  explain(failure: KpiFailure): never {
    const { argument, other, position, count, value, whole } = failure.detail;
    const index = this.entry.params.findIndex((param) => param.name === argument);
    // A failure may name an expression of arguments ("own_spend + competitors_spend") rather than one of them.
    const reader = index >= 0 ? this.readers[index] : new ArgumentReader(this.context, { name: String(argument ?? ''), kind: 'number', description: '' }, undefined);
    let r = -1;
    let c = -1;
    if (typeof position === 'number' && index >= 0) {
      const columns = blockOf(this.raw[index])[0]?.length || 1;
      r = (position - (position % columns)) / columns;
      c = position % columns;
    }
    const shown = (n: string | number | readonly string[] | undefined): string | readonly string[] => (typeof n === 'number' ? localNumber(n, this.context.locale) : (n ?? ''));
    return reader.fail(failure.reason, { other: String(other ?? ''), count: count ?? '', value: shown(value), whole: shown(whole) }, r, c);
  }
}

/** A number as the locale writes it (۴۰۰ in Persian, 0,5 in Russian), without grouping; ASCII when the runtime does not know the locale. */
function localNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale.replace(/_/g, '-'), { useGrouping: false, maximumFractionDigits: 10 }).format(value);
  } catch {
    return String(value);
  }
}

/**
 * A table as the rows Sheets spills: a header row in `language`, blanks as '', day numbers as dates.
 * The body rows are the table's own arrays with their cells rewritten in place (a table is handed over by its
 * computation): a table of 20,000 customers is not copied a second time.
 */
function tableRows(table: Table, context: CallContext, language: Language): (number | string | boolean | Date)[][] {
  const dateColumns = table.dateColumns ?? [];
  const out = new Array<(number | string | boolean | Date)[]>(table.rows.length + 1);
  out[0] = table.columns.map((key) => columnLabel(key, language));
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r] as (number | string | boolean | null | LabelCell | Date)[];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === null) row[c] = '';
      else if (typeof cell === 'object') row[c] = columnLabel((cell as LabelCell).label, language);
    }
    for (const c of dateColumns) if (typeof row[c] === 'number') row[c] = dateOfLocalDay(row[c] as number, context.timeZone);
    out[r + 1] = row as (number | string | boolean | Date)[];
  }
  return out;
}

/** The value a cell shows for `entry` called with `raw` arguments; throws a CellError with one line otherwise. */
export function evaluate(entry: Kpi, raw: readonly Cell[], context: CallContext): CellOutput {
  if (entry.id === BY_PERIOD_ID) return evaluateByPeriod(entry, raw, context, evaluate);
  if (!entry.compute) throw new CellError(`${entry.id}: not a function`);
  const args = new CallArgs(entry, context, raw);
  let result: KpiResult;
  try {
    result = entry.compute(args);
  } catch (error) {
    if (error instanceof KpiFailure) args.explain(error);
    throw error;
  }
  // After the computation, which read the arguments (cached) and raised any other error first.
  if (entry.bounded) args.checkPartOfWhole(entry.bounded);
  if (typeof result === 'number') {
    if (!(result - result === 0)) throw new CellError(message(languageOf(context.locale), 'not_finite', { fn: entry.id }));
    return result;
  }
  const language = entry.params[entry.params.length - 1].name === LANGUAGE_PARAM ? (args.option(entry.params.length - 1) as Language | '') : '';
  return tableRows(result, context, language || languageOf(context.locale));
}

/** The confidence interval of a KPI's value on raw arguments (a proportion's Wilson interval, NPS's adjusted Wald), or undefined for a KPI without one. */
export function evaluateInterval(entry: Kpi, raw: readonly Cell[], context: CallContext, confidence = 0.95): Interval | undefined {
  const args = new CallArgs(entry, context, raw);
  try {
    return kpiInterval(entry, args, confidence);
  } catch (error) {
    if (error instanceof KpiFailure) args.explain(error);
    throw error;
  }
}
